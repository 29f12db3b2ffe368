/// <reference path="../pb_data/types.d.ts" />
// Learning cards. Evaluations follow their pilot's visibility. Measurements are read in full only by
// the owning municipality; everyone else reads measurement_public, where a value from fewer than 10
// participants is left out (null) so that neither reading nor filtering can recover it.
// Testimonials never leave the owning municipality.
const PILOT_READ =
  'pilot.visibility = "public" || (@request.auth.id != "" && (pilot.visibility = "network" || pilot.municipality = @request.auth.municipality))';
const WRITER_ROLE = '@request.auth.id != "" && (@request.auth.role = "innovatiemanager" || @request.auth.role = "directeur")';
const OWN_VIA_EVALUATION = '@request.auth.id != "" && evaluation.pilot.municipality = @request.auth.municipality';
const WRITER_VIA_EVALUATION = `${WRITER_ROLE} && evaluation.pilot.municipality = @request.auth.municipality`;

const timestamps = [
  { name: "created", type: "autodate", onCreate: true, onUpdate: false },
  { name: "updated", type: "autodate", onCreate: true, onUpdate: true },
];

migrate(
  (app) => {
    const pilots = app.findCollectionByNameOrId("pilots");
    const hypotheses = app.findCollectionByNameOrId("hypotheses");

    const evaluations = new Collection({
      type: "base",
      name: "evaluations",
      listRule: PILOT_READ,
      viewRule: PILOT_READ,
      createRule: `${WRITER_ROLE} && pilot.municipality = @request.auth.municipality`,
      updateRule: `${WRITER_ROLE} && pilot.municipality = @request.auth.municipality && @request.body.pilot:changed = false`,
      deleteRule: `${WRITER_ROLE} && pilot.municipality = @request.auth.municipality`,
      fields: [
        { name: "pilot", type: "relation", required: true, maxSelect: 1, collectionId: pilots.id, cascadeDelete: true },
        { name: "date", type: "date", required: true },
        { name: "kind", type: "select", required: true, maxSelect: 1, values: ["tussentijds", "eind"] },
        { name: "observations", type: "text", required: true, max: 10000 },
        { name: "what_worked", type: "text", required: false, max: 10000 },
        { name: "what_did_not", type: "text", required: false, max: 10000 },
        { name: "participants", type: "number", required: false, onlyInt: true, min: 0, max: 10000000 },
        // The decision the evaluation proposes; the directeur's stage-gate decision is on the pilot.
        { name: "decision", type: "select", required: true, maxSelect: 1, values: ["doorgaan", "bijstellen", "opschalen", "stoppen"] },
        { name: "rationale", type: "text", required: true, max: 10000 },
        {
          name: "attachments",
          type: "file",
          required: false,
          maxSelect: 5,
          maxSize: 10 * 1024 * 1024,
          // Downloads need a file token, so a private pilot's documents are not open to anyone with the link.
          protected: true,
          mimeTypes: [
            "application/pdf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "image/png",
            "image/jpeg",
            "image/webp",
          ],
        },
        ...timestamps,
      ],
      indexes: [
        "CREATE INDEX idx_evaluations_pilot ON evaluations (pilot, date)",
        "CREATE INDEX idx_evaluations_kind ON evaluations (kind)",
      ],
    });
    app.save(evaluations);

    app.save(
      new Collection({
        type: "base",
        name: "measurements",
        listRule: OWN_VIA_EVALUATION,
        viewRule: OWN_VIA_EVALUATION,
        createRule: WRITER_VIA_EVALUATION,
        updateRule: `${WRITER_VIA_EVALUATION} && @request.body.evaluation:changed = false && @request.body.hypothesis:changed = false`,
        deleteRule: WRITER_VIA_EVALUATION,
        fields: [
          { name: "evaluation", type: "relation", required: true, maxSelect: 1, collectionId: evaluations.id, cascadeDelete: true },
          { name: "hypothesis", type: "relation", required: true, maxSelect: 1, collectionId: hypotheses.id, cascadeDelete: true },
          { name: "value", type: "number", required: false, min: -1e12, max: 1e12 },
          { name: "sample_size", type: "number", required: true, onlyInt: true, min: 1, max: 10000000 },
          // A calendar month, "2026-03".
          { name: "period", type: "text", required: true, pattern: "^[0-9]{4}-(0[1-9]|1[0-2])$" },
          ...timestamps,
        ],
        indexes: [
          "CREATE UNIQUE INDEX idx_measurements_evaluation_hypothesis ON measurements (evaluation, hypothesis)",
          "CREATE INDEX idx_measurements_hypothesis ON measurements (hypothesis, period)",
        ],
      }),
    );

    app.save(
      new Collection({
        type: "base",
        name: "testimonials",
        listRule: OWN_VIA_EVALUATION,
        viewRule: OWN_VIA_EVALUATION,
        createRule: WRITER_VIA_EVALUATION,
        updateRule: `${WRITER_VIA_EVALUATION} && @request.body.evaluation:changed = false`,
        deleteRule: WRITER_VIA_EVALUATION,
        fields: [
          { name: "evaluation", type: "relation", required: true, maxSelect: 1, collectionId: evaluations.id, cascadeDelete: true },
          { name: "quote", type: "text", required: true, max: 1000 },
          // A pseudonym such as "deelnemer A, 24 jaar": never a real name.
          { name: "label", type: "text", required: true, max: 60 },
          // A required bool must be true: no testimonial is stored without recorded consent.
          { name: "consent", type: "bool", required: true },
          ...timestamps,
        ],
        indexes: ["CREATE INDEX idx_testimonials_evaluation ON testimonials (evaluation)"],
      }),
    );

    app.save(
      new Collection({
        type: "view",
        name: "measurement_public",
        listRule: PILOT_READ,
        viewRule: PILOT_READ,
        viewQuery: `
          SELECT m.id AS id, m.evaluation AS evaluation, m.hypothesis AS hypothesis, e.pilot AS pilot, m.period AS period,
            (CASE WHEN m.sample_size < 10 THEN NULL ELSE m.value END) AS value,
            (CASE WHEN m.sample_size < 10 THEN NULL ELSE m.sample_size END) AS sample_size,
            (CASE WHEN m.sample_size < 10 THEN 1 ELSE 0 END) AS small_sample
          FROM measurements m JOIN evaluations e ON e.id = m.evaluation`,
      }),
    );
  },
  (app) => {
    for (const name of ["measurement_public", "testimonials", "measurements", "evaluations"]) {
      app.delete(app.findCollectionByNameOrId(name));
    }
  },
);
