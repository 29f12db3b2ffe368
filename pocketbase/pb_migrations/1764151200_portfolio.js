/// <reference path="../pb_data/types.d.ts" />
// For the director's portfolio: when a pilot entered its current stage and when its decision was
// taken (set by pb_hooks/pilot_invariants.pb.js), and network figures computed only from records
// that municipalities share (visibility network or public), one row per municipality.
migrate(
  (app) => {
    const pilots = app.findCollectionByNameOrId("pilots");
    pilots.fields.add(new DateField({ name: "stage_since", required: false }));
    pilots.fields.add(new DateField({ name: "decided_at", required: false }));
    app.save(pilots);
    app.db().newQuery("UPDATE pilots SET stage_since = updated WHERE stage_since = ''").execute();
    app.db().newQuery("UPDATE pilots SET decided_at = updated WHERE decision != '' AND decided_at = ''").execute();

    const signedIn = '@request.auth.id != ""';
    app.save(
      new Collection({
        type: "view",
        name: "shared_domain_figures",
        listRule: signedIn,
        viewRule: signedIn,
        viewQuery:
          "SELECT (p.municipality || '-' || p.domain) AS id, p.municipality AS municipality, p.domain AS domain, COUNT(*) AS pilots " +
          "FROM pilots p WHERE p.visibility != 'private' GROUP BY p.municipality, p.domain",
      }),
    );
    app.save(
      new Collection({
        type: "view",
        name: "shared_hypothesis_figures",
        listRule: signedIn,
        viewRule: signedIn,
        viewQuery:
          "SELECT p.municipality AS id, COUNT(h.id) AS hypotheses, SUM(CASE WHEN h.verdict = 'bevestigd' THEN 1 ELSE 0 END) AS confirmed " +
          "FROM pilots p JOIN hypotheses h ON h.pilot = p.id WHERE p.visibility != 'private' GROUP BY p.municipality",
      }),
    );
    app.save(
      new Collection({
        type: "view",
        name: "shared_budget_figures",
        listRule: signedIn,
        viewRule: signedIn,
        viewQuery:
          "SELECT (p.municipality || '-' || b.source) AS id, p.municipality AS municipality, b.source AS source, " +
          "SUM(b.planned_cents) AS planned_cents, SUM(b.spent_cents) AS spent_cents " +
          "FROM pilots p JOIN budget_lines b ON b.pilot = p.id WHERE p.visibility != 'private' GROUP BY p.municipality, b.source",
      }),
    );
  },
  (app) => {
    for (const name of ["shared_budget_figures", "shared_hypothesis_figures", "shared_domain_figures"])
      app.delete(app.findCollectionByNameOrId(name));
    const pilots = app.findCollectionByNameOrId("pilots");
    pilots.fields.removeByName("stage_since");
    pilots.fields.removeByName("decided_at");
    app.save(pilots);
  },
);
