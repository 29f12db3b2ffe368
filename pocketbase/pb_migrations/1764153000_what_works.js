/// <reference path="../pb_data/types.d.ts" />
// Issue 15's records, in one place: a catalogue of shared outcome indicators (written only by
// platformbeheer and the catalogue sync from content/), named interventions that pilots of several
// municipalities share, a link from a hypothesis to a catalogue indicator, and costs and benefits
// per actor of a pilot (MKBA-lite), which follow their pilot exactly as its budget lines do.
const WRITER_ROLES = '(@request.auth.role = "innovatiemanager" || @request.auth.role = "directeur")';

migrate(
  (app) => {
    app.save(
      new Collection({
        type: "base",
        name: "indicators",
        listRule: "",
        viewRule: "",
        createRule: null,
        updateRule: null,
        deleteRule: null,
        fields: [
          // The catalogue's own key (content/), stable when a name is reworded.
          { name: "key", type: "text", required: true, max: 80, pattern: "^[a-z0-9-]+$" },
          { name: "name", type: "text", required: true, max: 200 },
          { name: "definition", type: "text", required: true, max: 2000 },
          { name: "unit", type: "text", required: false, max: 40 },
          { name: "direction", type: "select", required: true, maxSelect: 1, values: ["omhoog", "omlaag"] },
          { name: "source", type: "text", required: false, max: 120 },
          { name: "source_code", type: "text", required: false, max: 120 },
          { name: "level", type: "select", required: true, maxSelect: 1, values: ["inwoner", "huishouden", "gemeente"] },
          { name: "created", type: "autodate", onCreate: true, onUpdate: false },
          { name: "updated", type: "autodate", onCreate: true, onUpdate: true },
        ],
        indexes: ["CREATE UNIQUE INDEX idx_indicators_key ON indicators (key)"],
      }),
    );
    const indicators = app.findCollectionByNameOrId("indicators");

    const hypotheses = app.findCollectionByNameOrId("hypotheses");
    hypotheses.fields.add(
      new RelationField({ name: "indicator_ref", required: false, maxSelect: 1, collectionId: indicators.id, cascadeDelete: false }),
    );
    hypotheses.addIndex("idx_hypotheses_indicator_ref", false, "indicator_ref", "");
    app.save(hypotheses);

    // Names are public (they say what was tried, never where); whoever registers one first names it,
    // and only platformbeheer renames or merges (a superuser, so null rules).
    app.save(
      new Collection({
        type: "base",
        name: "interventions",
        listRule: "",
        viewRule: "",
        createRule: `@request.auth.id != "" && ${WRITER_ROLES} && @request.auth.deactivated = false`,
        updateRule: null,
        deleteRule: null,
        fields: [
          { name: "name", type: "text", required: true, min: 3, max: 200 },
          { name: "description", type: "text", required: false, max: 2000 },
          { name: "created", type: "autodate", onCreate: true, onUpdate: false },
          { name: "updated", type: "autodate", onCreate: true, onUpdate: true },
        ],
        indexes: ["CREATE UNIQUE INDEX idx_interventions_name ON interventions (name COLLATE NOCASE)"],
      }),
    );
    const interventions = app.findCollectionByNameOrId("interventions");

    const pilots = app.findCollectionByNameOrId("pilots");
    pilots.fields.add(
      new RelationField({ name: "intervention", required: false, maxSelect: 1, collectionId: interventions.id, cascadeDelete: false }),
    );
    pilots.addIndex("idx_pilots_intervention", false, "intervention", "");
    app.save(pilots);

    const budgetLines = app.findCollectionByNameOrId("budget_lines");
    app.save(
      new Collection({
        type: "base",
        name: "pilot_effects",
        listRule: budgetLines.listRule,
        viewRule: budgetLines.viewRule,
        createRule: budgetLines.createRule,
        updateRule: budgetLines.updateRule,
        deleteRule: budgetLines.deleteRule,
        fields: [
          { name: "pilot", type: "relation", required: true, maxSelect: 1, collectionId: pilots.id, cascadeDelete: true },
          {
            name: "actor",
            type: "select",
            required: true,
            maxSelect: 1,
            values: ["gemeente", "rijk", "uwv", "zorgverzekeraar", "corporatie", "werkgevers", "inwoners"],
          },
          { name: "kind", type: "select", required: true, maxSelect: 1, values: ["kosten", "baten"] },
          // Euro cents per year (docs/decisions/004); not "required": 0 is a real amount.
          { name: "expected_cents", type: "number", required: false, onlyInt: true, min: 0, max: 1e13 },
          { name: "realised_cents", type: "number", required: false, onlyInt: true, min: 0, max: 1e13 },
          { name: "year", type: "number", required: true, onlyInt: true, min: 2000, max: 2100 },
          { name: "source_note", type: "text", required: false, max: 1000 },
          { name: "created", type: "autodate", onCreate: true, onUpdate: false },
          { name: "updated", type: "autodate", onCreate: true, onUpdate: true },
        ],
        indexes: ["CREATE INDEX idx_pilot_effects_pilot ON pilot_effects (pilot)"],
      }),
    );
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId("pilot_effects"));
    const pilots = app.findCollectionByNameOrId("pilots");
    pilots.fields.removeByName("intervention");
    pilots.removeIndex("idx_pilots_intervention");
    app.save(pilots);
    app.delete(app.findCollectionByNameOrId("interventions"));
    const hypotheses = app.findCollectionByNameOrId("hypotheses");
    hypotheses.fields.removeByName("indicator_ref");
    hypotheses.removeIndex("idx_hypotheses_indicator_ref");
    app.save(hypotheses);
    app.delete(app.findCollectionByNameOrId("indicators"));
  },
);
