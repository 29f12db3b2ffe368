/// <reference path="../pb_data/types.d.ts" />
// The evidence ladder earned from records instead of ticked: the two self-awarded checkboxes go;
// a pilot gets a theory of change (goed onderbouwd), a measurement its comparison group (goede
// aanwijzingen), and an adopted copy's hypothesis a link to the original's hypothesis, so that an
// adopter confirming it is a replication of the original (sterke aanwijzingen). The rule itself is
// pb_hooks/lib/evidence-level.js; measurement_public hides a comparison group under 10 as it hides
// the measurement's own small sample.
//
// Backfill: every stored pilot gets its level by the new rule. The theory of change is new here, so
// no stored pilot can reach past goed beschreven yet: the UPDATE below is the rule for exactly that
// rung (in practice, described, a hypothesis with an indicator and a target that differs from the
// baseline), in SQL, because a migration must not load hook code. It is plain SQL past the hooks, so
// `updated` stays as it was and the lessons_facets trigger carries the level into the lesson
// library. tests/integration/evidence-backfill.test.ts holds it to the lib's result.

// Every character JavaScript's String.prototype.trim removes, for SQLite's trim.
const WHITESPACE =
  "char(9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288, 65279)";
const filled = (column) => `trim(${column}, ${WHITESPACE}) != ''`;
const BACKFILL =
  "UPDATE pilots SET evidence_level = CASE WHEN stage NOT IN ('idee', 'ontwerp')" +
  ` AND ${filled("summary")} AND ${filled("problem")} AND ${filled("target_group")}` +
  ` AND EXISTS (SELECT 1 FROM hypotheses h WHERE h.pilot = pilots.id AND ${filled("h.indicator")} AND h.baseline != h.target)` +
  " THEN 'goed_beschreven' ELSE '' END";

const measurementPublic = (comparison) => `
  SELECT m.id AS id, m.evaluation AS evaluation, m.hypothesis AS hypothesis, e.pilot AS pilot, m.period AS period,
    (CASE WHEN m.sample_size < 10 THEN NULL ELSE m.value END) AS value,
    (CASE WHEN m.sample_size < 10 THEN NULL ELSE m.sample_size END) AS sample_size,
    (CASE WHEN m.sample_size < 10 THEN 1 ELSE 0 END) AS small_sample${comparison}
  FROM measurements m JOIN evaluations e ON e.id = m.evaluation`;
// No comparison group is a size of 0: both stay empty, and it is not a small one.
const COMPARISON = `,
    (CASE WHEN m.comparison_sample_size < 10 THEN NULL ELSE m.comparison_value END) AS comparison_value,
    (CASE WHEN m.comparison_sample_size < 10 THEN NULL ELSE m.comparison_sample_size END) AS comparison_sample_size,
    (CASE WHEN m.comparison_sample_size > 0 AND m.comparison_sample_size < 10 THEN 1 ELSE 0 END) AS comparison_small_sample`;

// A copy's hypothesis names a hypothesis of the pilot the copy was adopted from, while the adopter
// may read it (as adopting itself requires), set when adopting only.
const LINK_ON_CREATE =
  '(adopted_from = "" || (adopted_from.pilot = pilot.adopted_from' +
  ' && (adopted_from.pilot.visibility != "private" || adopted_from.pilot.municipality = @request.auth.municipality)))';
const LINK_UNCHANGED = "@request.body.adopted_from:changed = false";

migrate(
  (app) => {
    const pilots = app.findCollectionByNameOrId("pilots");
    // Why the approach should lead to the effect the hypotheses name (goed onderbouwd).
    pilots.fields.add(new TextField({ name: "theory_of_change", required: false, max: 4000 }));
    pilots.fields.removeByName("comparison_group");
    pilots.fields.removeByName("independent_replication");
    app.save(pilots);

    const hypotheses = app.findCollectionByNameOrId("hypotheses");
    hypotheses.fields.add(
      new RelationField({ name: "adopted_from", required: false, maxSelect: 1, collectionId: hypotheses.id, cascadeDelete: false }),
    );
    hypotheses.addIndex("idx_hypotheses_adopted_from", false, "adopted_from", "");
    hypotheses.createRule = `${hypotheses.createRule} && ${LINK_ON_CREATE}`;
    hypotheses.updateRule = `${hypotheses.updateRule} && ${LINK_UNCHANGED}`;
    app.save(hypotheses);

    const measurements = app.findCollectionByNameOrId("measurements");
    // The same indicator in a group that did not take part; a size of 0 means no comparison group.
    measurements.fields.add(new NumberField({ name: "comparison_value", required: false, min: -1e12, max: 1e12 }));
    measurements.fields.add(new NumberField({ name: "comparison_sample_size", required: false, onlyInt: true, min: 0, max: 10000000 }));
    app.save(measurements);

    const shown = app.findCollectionByNameOrId("measurement_public");
    shown.viewQuery = measurementPublic(COMPARISON);
    app.save(shown);

    app.db().newQuery(BACKFILL).execute();
  },
  (app) => {
    const shown = app.findCollectionByNameOrId("measurement_public");
    shown.viewQuery = measurementPublic("");
    app.save(shown);

    const measurements = app.findCollectionByNameOrId("measurements");
    measurements.fields.removeByName("comparison_value");
    measurements.fields.removeByName("comparison_sample_size");
    app.save(measurements);

    const hypotheses = app.findCollectionByNameOrId("hypotheses");
    hypotheses.createRule = hypotheses.createRule.replace(` && ${LINK_ON_CREATE}`, "");
    hypotheses.updateRule = hypotheses.updateRule.replace(` && ${LINK_UNCHANGED}`, "");
    hypotheses.removeIndex("idx_hypotheses_adopted_from");
    hypotheses.fields.removeByName("adopted_from");
    app.save(hypotheses);

    const pilots = app.findCollectionByNameOrId("pilots");
    pilots.fields.removeByName("theory_of_change");
    pilots.fields.add(new BoolField({ name: "comparison_group", required: false }));
    pilots.fields.add(new BoolField({ name: "independent_replication", required: false }));
    app.save(pilots);
  },
);
