/// <reference path="../pb_data/types.d.ts" />
// Written only by pb_hooks/audit.pb.js (which saves as the app, past the rules); users read their
// own municipality's entries and nobody changes them through the API.
migrate(
  (app) => {
    const municipalities = app.findCollectionByNameOrId("municipalities");
    const users = app.findCollectionByNameOrId("users");
    app.save(
      new Collection({
        type: "base",
        name: "audit_log",
        listRule: '@request.auth.id != "" && municipality = @request.auth.municipality',
        viewRule: '@request.auth.id != "" && municipality = @request.auth.municipality',
        createRule: null,
        updateRule: null,
        deleteRule: null,
        fields: [
          { name: "municipality", type: "relation", required: false, maxSelect: 1, collectionId: municipalities.id, cascadeDelete: false },
          { name: "actor", type: "relation", required: false, maxSelect: 1, collectionId: users.id, cascadeDelete: false },
          // Kept as text too, so the entry still says who it was after an account is removed.
          { name: "actor_name", type: "text", required: false, max: 200 },
          { name: "action", type: "select", required: true, maxSelect: 1, values: ["create", "update", "delete"] },
          { name: "collection", type: "text", required: true, max: 100 },
          { name: "record", type: "text", required: true, max: 30 },
          { name: "changed_fields", type: "json", required: false, maxSize: 10000 },
          { name: "time", type: "autodate", onCreate: true, onUpdate: false },
        ],
        indexes: [
          "CREATE INDEX idx_audit_log_municipality_time ON audit_log (municipality, time)",
          "CREATE INDEX idx_audit_log_record ON audit_log (collection, record)",
        ],
      }),
    );
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId("audit_log"));
  },
);
