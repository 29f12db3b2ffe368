/// <reference path="../pb_data/types.d.ts" />
// "% hypothesen bevestigd" is confirmed hypotheses out of those with a verdict (bevestigd, verworpen
// or onbeslist), in the key figures and in the network comparison alike. shared_figures gets the
// number of judged hypotheses per municipality, computed here once from the shared pilots as
// pb_hooks/lib/shared-figures.js counts them on this migration's day; the hooks keep it from here on.
const FILL_JUDGED = `
UPDATE shared_figures SET judged = (
  SELECT COUNT(*) FROM pilots p JOIN hypotheses h ON h.pilot = p.id
  WHERE p.municipality = shared_figures.id AND p.visibility != 'private'
    AND h.verdict IN ('bevestigd', 'verworpen', 'onbeslist')
)`;

migrate(
  (app) => {
    const figures = app.findCollectionByNameOrId("shared_figures");
    // Hypotheses of shared pilots with a verdict other than open: the share's denominator.
    figures.fields.add(new NumberField({ name: "judged", required: false, onlyInt: true, min: 0 }));
    app.save(figures);
    app.db().newQuery(FILL_JUDGED).execute();
  },
  (app) => {
    const figures = app.findCollectionByNameOrId("shared_figures");
    figures.fields.removeByName("judged");
    app.save(figures);
  },
);
