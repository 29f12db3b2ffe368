/// <reference path="../pb_data/types.d.ts" />
// Hypotheses, budget lines and risks follow their pilot: whoever may read the pilot reads them,
// and only writers of the pilot's municipality change them. A child never moves to another pilot.
const READ =
  'pilot.visibility = "public" || (@request.auth.id != "" && (pilot.visibility = "network" || pilot.municipality = @request.auth.municipality))';
const WRITER =
  '@request.auth.id != "" && (@request.auth.role = "innovatiemanager" || @request.auth.role = "directeur")' +
  " && pilot.municipality = @request.auth.municipality";

const childRules = {
  listRule: READ,
  viewRule: READ,
  createRule: WRITER,
  updateRule: `${WRITER} && @request.body.pilot:changed = false`,
  deleteRule: WRITER,
};

const timestamps = [
  { name: "created", type: "autodate", onCreate: true, onUpdate: false },
  { name: "updated", type: "autodate", onCreate: true, onUpdate: true },
];

migrate(
  (app) => {
    const pilots = app.findCollectionByNameOrId("pilots");
    const pilotField = { name: "pilot", type: "relation", required: true, maxSelect: 1, collectionId: pilots.id, cascadeDelete: true };

    app.save(
      new Collection({
        type: "base",
        name: "hypotheses",
        ...childRules,
        fields: [
          pilotField,
          // "Als wij … voor …, dan verwachten wij …"
          { name: "statement", type: "text", required: true, min: 10, max: 1000 },
          { name: "indicator", type: "text", required: true, max: 300 },
          { name: "unit", type: "text", required: false, max: 40 },
          { name: "direction", type: "select", required: true, maxSelect: 1, values: ["omhoog", "omlaag"] },
          // Not "required": PocketBase reads required numbers as non-zero, and 0 is a real baseline.
          { name: "baseline", type: "number", required: false, min: -1e12, max: 1e12 },
          { name: "target", type: "number", required: false, min: -1e12, max: 1e12 },
          { name: "measure_by", type: "date", required: false },
          { name: "verdict", type: "select", required: false, maxSelect: 1, values: ["open", "bevestigd", "verworpen", "onbeslist"] },
          ...timestamps,
        ],
        indexes: ["CREATE INDEX idx_hypotheses_pilot ON hypotheses (pilot)"],
      }),
    );

    app.save(
      new Collection({
        type: "base",
        name: "budget_lines",
        ...childRules,
        fields: [
          pilotField,
          {
            name: "source",
            type: "select",
            required: true,
            maxSelect: 1,
            values: ["rijk", "esf_plus", "gemeente", "fondsen_donaties", "zorgverzekeraar", "partners", "overig"],
          },
          { name: "year", type: "number", required: true, onlyInt: true, min: 2000, max: 2100 },
          // Whole euro cents; at most one billion euro.
          { name: "planned_cents", type: "number", required: false, onlyInt: true, min: 0, max: 100000000000 },
          { name: "spent_cents", type: "number", required: false, onlyInt: true, min: 0, max: 100000000000 },
          { name: "reporting_deadline", type: "date", required: false },
          ...timestamps,
        ],
        indexes: [
          "CREATE INDEX idx_budget_lines_pilot ON budget_lines (pilot)",
          "CREATE INDEX idx_budget_lines_source_year ON budget_lines (source, year)",
        ],
      }),
    );

    app.save(
      new Collection({
        type: "base",
        name: "risks",
        ...childRules,
        fields: [
          pilotField,
          { name: "title", type: "text", required: true, min: 3, max: 300 },
          {
            name: "category",
            type: "select",
            required: true,
            maxSelect: 1,
            values: ["beperkte_resultaten", "privacy", "digitale_kloof", "draagvlak", "financiering", "uitvoering", "juridisch", "overig"],
          },
          { name: "likelihood", type: "number", required: true, onlyInt: true, min: 1, max: 5 },
          { name: "impact", type: "number", required: true, onlyInt: true, min: 1, max: 5 },
          { name: "mitigation", type: "text", required: false, max: 1000 },
          { name: "owner", type: "text", required: false, max: 120 },
          { name: "status", type: "select", required: true, maxSelect: 1, values: ["open", "beheerst", "opgetreden", "gesloten"] },
          ...timestamps,
        ],
        indexes: ["CREATE INDEX idx_risks_pilot ON risks (pilot)"],
      }),
    );
  },
  (app) => {
    for (const name of ["risks", "budget_lines", "hypotheses"]) app.delete(app.findCollectionByNameOrId(name));
  },
);
