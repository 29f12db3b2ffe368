/// <reference path="../pb_data/types.d.ts" />
// The network comparison's figures as one stored row per municipality (shared_figures), kept up
// to date by pb_hooks/shared_figures.pb.js, instead of three views that aggregated the whole
// network on every read (and again for every page of a read). Signed-in users read the rows;
// nobody writes them through the API. The hooks keep the rows up to date with the SQL in
// pb_hooks/lib/shared-figures.js; this migration fills them once with its own copy of that SQL as of
// this day, as a migration must not change with the hooks.
const signedIn = '@request.auth.id != ""';

// The views of 1764151200_portfolio.js, restored by the down migration.
const VIEWS = {
  shared_domain_figures:
    "SELECT (p.municipality || '-' || p.domain) AS id, p.municipality AS municipality, p.domain AS domain, COUNT(*) AS pilots " +
    "FROM pilots p WHERE p.visibility != 'private' GROUP BY p.municipality, p.domain",
  shared_hypothesis_figures:
    "SELECT p.municipality AS id, COUNT(h.id) AS hypotheses, SUM(CASE WHEN h.verdict = 'bevestigd' THEN 1 ELSE 0 END) AS confirmed " +
    "FROM pilots p JOIN hypotheses h ON h.pilot = p.id WHERE p.visibility != 'private' GROUP BY p.municipality",
  shared_budget_figures:
    "SELECT (p.municipality || '-' || b.source) AS id, p.municipality AS municipality, b.source AS source, " +
    "SUM(b.planned_cents) AS planned_cents, SUM(b.spent_cents) AS spent_cents " +
    "FROM pilots p JOIN budget_lines b ON b.pilot = p.id WHERE p.visibility != 'private' GROUP BY p.municipality, b.source",
};

// Every municipality's row, as pb_hooks/lib/shared-figures.js computed it on this migration's day.
const FILL_ALL = `
WITH shared AS (
  SELECT id, municipality, domain FROM pilots WHERE visibility != 'private'
),
by_domain AS (
  SELECT municipality, SUM(n) AS pilots, json_group_object(domain, n) AS pilots_by_domain
  FROM (SELECT municipality, domain, COUNT(*) AS n FROM shared GROUP BY municipality, domain)
  GROUP BY municipality
),
by_verdict AS (
  SELECT s.municipality AS municipality, COUNT(*) AS hypotheses, SUM(CASE WHEN h.verdict = 'bevestigd' THEN 1 ELSE 0 END) AS confirmed
  FROM shared s JOIN hypotheses h ON h.pilot = s.id
  GROUP BY s.municipality
),
by_source AS (
  SELECT municipality, json_group_object(source, spent) AS spent_by_source
  FROM (
    SELECT s.municipality AS municipality, b.source AS source, SUM(b.spent_cents) AS spent
    FROM shared s JOIN budget_lines b ON b.pilot = s.id
    GROUP BY s.municipality, b.source
  )
  GROUP BY municipality
)
INSERT INTO shared_figures (id, municipality, size_class, pilots, pilots_by_domain, hypotheses, confirmed, spent_by_source)
SELECT m.id, m.id, m.size_class, COALESCE(d.pilots, 0), COALESCE(d.pilots_by_domain, '{}'),
  COALESCE(v.hypotheses, 0), COALESCE(v.confirmed, 0), COALESCE(b.spent_by_source, '{}')
FROM municipalities m
LEFT JOIN by_domain d ON d.municipality = m.id
LEFT JOIN by_verdict v ON v.municipality = m.id
LEFT JOIN by_source b ON b.municipality = m.id
WHERE 1
ON CONFLICT (id) DO UPDATE SET
  municipality = excluded.municipality, size_class = excluded.size_class, pilots = excluded.pilots,
  pilots_by_domain = excluded.pilots_by_domain, hypotheses = excluded.hypotheses,
  confirmed = excluded.confirmed, spent_by_source = excluded.spent_by_source`;

migrate(
  (app) => {
    const municipalities = app.findCollectionByNameOrId("municipalities");
    app.save(
      new Collection({
        type: "base",
        name: "shared_figures",
        listRule: signedIn,
        viewRule: signedIn,
        createRule: null,
        updateRule: null,
        deleteRule: null,
        fields: [
          // The row's id is the municipality's id too.
          { name: "municipality", type: "relation", required: true, maxSelect: 1, collectionId: municipalities.id, cascadeDelete: true },
          { name: "size_class", type: "select", required: false, maxSelect: 1, values: ["klein", "middelgroot", "groot", "zeer_groot"] },
          // Shared pilots in all (0: the municipality shares nothing and has no figures).
          { name: "pilots", type: "number", required: false, onlyInt: true, min: 0 },
          // { domain: number of shared pilots }, only domains with at least one.
          { name: "pilots_by_domain", type: "json", required: false, maxSize: 2000 },
          // Hypotheses of shared pilots, and how many of them were confirmed (verdict bevestigd).
          { name: "hypotheses", type: "number", required: false, onlyInt: true, min: 0 },
          { name: "confirmed", type: "number", required: false, onlyInt: true, min: 0 },
          // { funding source: spent cents }, every source with a budget line on a shared pilot.
          { name: "spent_by_source", type: "json", required: false, maxSize: 2000 },
        ],
      }),
    );
    app.db().newQuery(FILL_ALL).execute();
    for (const name of Object.keys(VIEWS)) app.delete(app.findCollectionByNameOrId(name));
  },
  (app) => {
    for (const [name, viewQuery] of Object.entries(VIEWS)) {
      app.save(new Collection({ type: "view", name, listRule: signedIn, viewRule: signedIn, viewQuery }));
    }
    app.delete(app.findCollectionByNameOrId("shared_figures"));
  },
);
