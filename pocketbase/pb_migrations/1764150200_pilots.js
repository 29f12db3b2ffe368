/// <reference path="../pb_data/types.d.ts" />
// Pilots: private ones only for their own municipality, network ones for every signed-in user,
// public ones for everyone. Only innovatiemanagers and directeuren of the owning municipality write;
// the owner never changes, and only a directeur records a stage-gate decision.
const READ = 'visibility = "public" || (@request.auth.id != "" && (visibility = "network" || municipality = @request.auth.municipality))';
const WRITER =
  '@request.auth.id != "" && (@request.auth.role = "innovatiemanager" || @request.auth.role = "directeur")' +
  " && municipality = @request.auth.municipality";
const DECISION_BY_DIRECTOR = '@request.auth.role = "directeur"';
// A pilot may only be adopted from one the adopter can see; the link to the original never changes.
const ADOPTS_VISIBLE =
  '(adopted_from = "" || adopted_from.visibility != "private" || adopted_from.municipality = @request.auth.municipality)';

migrate(
  (app) => {
    const municipalities = app.findCollectionByNameOrId("municipalities");
    const pilots = new Collection({
      type: "base",
      name: "pilots",
      listRule: READ,
      viewRule: READ,
      // Set below, once the adopted_from field they refer to exists.
      createRule: null,
      updateRule: null,
      deleteRule: WRITER,
      fields: [
        { name: "municipality", type: "relation", required: true, maxSelect: 1, collectionId: municipalities.id, cascadeDelete: false },
        { name: "title", type: "text", required: true, min: 3, max: 200 },
        { name: "summary", type: "text", required: true, min: 10, max: 1000 },
        { name: "problem", type: "text", required: true, min: 10, max: 10000 },
        { name: "target_group", type: "text", required: true, max: 300 },
        {
          name: "domain",
          type: "select",
          required: true,
          maxSelect: 1,
          values: ["wmo", "jeugd", "participatie", "schuldhulp", "armoede", "wonen", "gezondheid", "onderwijs", "veiligheid", "overig"],
        },
        {
          name: "principles",
          type: "select",
          required: false,
          maxSelect: 7,
          values: ["burgerparticipatie", "integrale_aanpak", "preventie", "maatwerk", "digitalisering", "data_gedreven", "samenwerking"],
        },
        { name: "stage", type: "select", required: true, maxSelect: 1, values: ["idee", "ontwerp", "uitvoering", "evaluatie", "besluit"] },
        { name: "decision", type: "select", required: false, maxSelect: 1, values: ["opschalen", "borgen", "bijstellen", "stoppen"] },
        { name: "decision_rationale", type: "text", required: false, max: 10000 },
        { name: "start_date", type: "date", required: false },
        { name: "end_date", type: "date", required: false },
        // [{ name, role }], checked in pb_hooks/pilot_invariants.pb.js
        { name: "partners", type: "json", required: false, maxSize: 20000 },
        { name: "visibility", type: "select", required: true, maxSelect: 1, values: ["private", "network", "public"] },
        {
          name: "evidence_level",
          type: "select",
          required: false,
          maxSelect: 1,
          values: ["goed_beschreven", "goed_onderbouwd", "eerste_aanwijzingen", "goede_aanwijzingen", "sterke_aanwijzingen"],
        },
        // ["tag", …], checked in pb_hooks/pilot_invariants.pb.js
        { name: "tags", type: "json", required: false, maxSize: 2000 },
        { name: "created", type: "autodate", onCreate: true, onUpdate: false },
        { name: "updated", type: "autodate", onCreate: true, onUpdate: true },
      ],
      indexes: [
        "CREATE INDEX idx_pilots_municipality ON pilots (municipality, updated)",
        "CREATE INDEX idx_pilots_visibility ON pilots (visibility, updated)",
        "CREATE INDEX idx_pilots_domain ON pilots (domain)",
        "CREATE INDEX idx_pilots_stage ON pilots (stage)",
        "CREATE INDEX idx_pilots_updated ON pilots (updated)",
      ],
    });
    app.save(pilots);

    // The self-relation needs the collection's id, so it is added once the collection exists.
    pilots.fields.add(
      new RelationField({ name: "adopted_from", required: false, maxSelect: 1, collectionId: pilots.id, cascadeDelete: false }),
    );
    pilots.addIndex("idx_pilots_adopted_from", false, "adopted_from", "");
    pilots.createRule =
      `${WRITER} && ${ADOPTS_VISIBLE}` +
      ` && (decision = "" || ${DECISION_BY_DIRECTOR}) && (decision_rationale = "" || ${DECISION_BY_DIRECTOR})`;
    pilots.updateRule =
      `${WRITER} && @request.body.municipality:changed = false && @request.body.adopted_from:changed = false` +
      ` && (@request.body.decision:changed = false || ${DECISION_BY_DIRECTOR})` +
      ` && (@request.body.decision_rationale:changed = false || ${DECISION_BY_DIRECTOR})`;
    app.save(pilots);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId("pilots"));
  },
);
