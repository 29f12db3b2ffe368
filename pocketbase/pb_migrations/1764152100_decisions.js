/// <reference path="../pb_data/types.d.ts" />
// The directeur's stage-gate decisions as a history: each decision is a record of its own, with who
// took it (set by pb_hooks/decisions.pb.js from the account, never from input), when, and an
// optional collegebesluit or memo as a protected file. The pilot keeps the latest decision in its
// own fields for lists and the portfolio; those fields are written only by that hook now, so the
// pilots API no longer accepts a decision or a move to the stage Besluit. An evaluation's proposal
// offers the same decisions as the directeur plus "doorgaan".
const PILOT_READ_SIGNED_IN = '@request.auth.id != "" && (pilot.visibility != "private" || pilot.municipality = @request.auth.municipality)';
const DIRECTOR_OF_PILOT = '@request.auth.id != "" && @request.auth.role = "directeur" && pilot.municipality = @request.auth.municipality';
const WRITER =
  '@request.auth.id != "" && (@request.auth.role = "innovatiemanager" || @request.auth.role = "directeur")' +
  " && municipality = @request.auth.municipality";
const ADOPTS_VISIBLE =
  '(adopted_from = "" || adopted_from.visibility != "private" || adopted_from.municipality = @request.auth.municipality)';
const DECISION_FIELDS = ["decision", "decision_rationale", "stop_reason", "decided_at"];
const DOCUMENT_TYPES = [
  "application/pdf",
  "application/msword",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.oasis.opendocument.text",
];

migrate(
  (app) => {
    const evaluations = app.findCollectionByNameOrId("evaluations");
    evaluations.fields.getByName("decision").values = ["doorgaan", "opschalen", "borgen", "bijstellen", "stoppen"];
    app.save(evaluations);

    const pilots = app.findCollectionByNameOrId("pilots");
    const users = app.findCollectionByNameOrId("users");
    app.save(
      new Collection({
        type: "base",
        name: "decisions",
        listRule: PILOT_READ_SIGNED_IN,
        viewRule: PILOT_READ_SIGNED_IN,
        createRule: DIRECTOR_OF_PILOT,
        // A decision taken stays as it was; a changed decision is a new record.
        updateRule: null,
        deleteRule: null,
        fields: [
          { name: "pilot", type: "relation", required: true, maxSelect: 1, collectionId: pilots.id, cascadeDelete: true },
          { name: "decision", type: "select", required: true, maxSelect: 1, values: ["opschalen", "borgen", "bijstellen", "stoppen"] },
          { name: "decision_rationale", type: "text", required: true, max: 10000 },
          { name: "stop_reason", type: "text", required: false, max: 2000 },
          { name: "decided_by", type: "relation", required: false, maxSelect: 1, collectionId: users.id, cascadeDelete: false },
          { name: "decided_by_name", type: "text", required: false, max: 200 },
          {
            name: "document",
            type: "file",
            required: false,
            maxSelect: 1,
            maxSize: 10 * 1024 * 1024,
            // Downloads need a file token, as for evaluation attachments.
            protected: true,
            mimeTypes: DOCUMENT_TYPES,
          },
          { name: "created", type: "autodate", onCreate: true, onUpdate: false },
        ],
        indexes: ["CREATE INDEX idx_decisions_pilot ON decisions (pilot, created)"],
      }),
    );

    const unchanged = DECISION_FIELDS.map((field) => `@request.body.${field}:changed = false`).join(" && ");
    pilots.createRule = `${WRITER} && ${ADOPTS_VISIBLE} && stage != "besluit" && decision = "" && decision_rationale = "" && stop_reason = ""`;
    pilots.updateRule =
      `${WRITER} && @request.body.municipality:changed = false && @request.body.adopted_from:changed = false` +
      ` && (@request.body.stage:changed = false || (@request.body.stage != "besluit" && stage != "besluit"))` +
      ` && ${unchanged}`;
    app.save(pilots);

    // Decisions taken before the history existed become its first entries.
    app
      .db()
      .newQuery(
        "INSERT INTO decisions (id, pilot, decision, decision_rationale, stop_reason, decided_by, decided_by_name, document, created) " +
          "SELECT substr(lower(hex(randomblob(8))), 1, 15), id, decision, decision_rationale, stop_reason, '', '', '', " +
          "CASE WHEN decided_at != '' THEN decided_at ELSE updated END FROM pilots WHERE decision != ''",
      )
      .execute();
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId("decisions"));
    const evaluations = app.findCollectionByNameOrId("evaluations");
    evaluations.fields.getByName("decision").values = ["doorgaan", "bijstellen", "opschalen", "stoppen"];
    app.save(evaluations);
    const pilots = app.findCollectionByNameOrId("pilots");
    const DIRECTOR = '@request.auth.role = "directeur"';
    const byDirector = (field) => `(@request.body.${field}:changed = false || ${DIRECTOR})`;
    pilots.createRule =
      `${WRITER} && ${ADOPTS_VISIBLE} && (stage != "besluit" || ${DIRECTOR})` +
      ` && (decision = "" || ${DIRECTOR}) && (decision_rationale = "" || ${DIRECTOR}) && (stop_reason = "" || ${DIRECTOR})`;
    pilots.updateRule =
      `${WRITER} && @request.body.municipality:changed = false && @request.body.adopted_from:changed = false` +
      ` && (@request.body.stage:changed = false || (@request.body.stage != "besluit" && stage != "besluit") || ${DIRECTOR})` +
      ` && ${byDirector("decision")} && ${byDirector("decision_rationale")} && ${byDirector("stop_reason")}`;
    app.save(pilots);
  },
);
