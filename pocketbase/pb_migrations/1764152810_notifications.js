/// <reference path="../pb_data/types.d.ts" />
// Notifications in the site (DESIGN.md, "notifications"): hooks write them (pb_hooks/notifications.pb.js),
// nobody creates or deletes one through the API; a user reads their own and may only mark them read.
// Issue 12 adds e-mail and per-kind preferences beside this collection.
const OWN = '@request.auth.id != "" && user = @request.auth.id';
const FIXED = ["user", "kind", "lesson", "pilot", "comment", "title"];

migrate(
  (app) => {
    const users = app.findCollectionByNameOrId("users");
    const lessons = app.findCollectionByNameOrId("lessons");
    const pilots = app.findCollectionByNameOrId("pilots");
    const comments = app.findCollectionByNameOrId("comments");
    app.save(
      new Collection({
        type: "base",
        name: "notifications",
        listRule: OWN,
        viewRule: OWN,
        createRule: null,
        updateRule: `${OWN} && ${FIXED.map((field) => `@request.body.${field}:changed = false`).join(" && ")}`,
        deleteRule: null,
        fields: [
          { name: "user", type: "relation", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: true },
          {
            name: "kind",
            type: "select",
            required: true,
            maxSelect: 1,
            values: ["vraag", "antwoord", "besluit_nodig", "evaluatie_te_laat", "nieuwe_les"],
          },
          // Gone with what they point at: a notification about a deleted question says nothing.
          { name: "lesson", type: "relation", required: false, maxSelect: 1, collectionId: lessons.id, cascadeDelete: true },
          { name: "pilot", type: "relation", required: false, maxSelect: 1, collectionId: pilots.id, cascadeDelete: true },
          { name: "comment", type: "relation", required: false, maxSelect: 1, collectionId: comments.id, cascadeDelete: true },
          { name: "title", type: "text", required: true, max: 200 },
          { name: "read", type: "bool" },
          { name: "created", type: "autodate", onCreate: true, onUpdate: false },
          { name: "updated", type: "autodate", onCreate: true, onUpdate: true },
        ],
        indexes: [
          "CREATE INDEX idx_notifications_user_read ON notifications (user, read)",
          "CREATE INDEX idx_notifications_user_created ON notifications (user, created)",
        ],
      }),
    );
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId("notifications"));
  },
);
