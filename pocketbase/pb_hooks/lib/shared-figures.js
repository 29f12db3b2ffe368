// The network comparison's figures, one shared_figures row per municipality (id = the municipality's
// id), computed only from what the municipality shares: pilots with visibility network or public,
// and the hypotheses and budget lines of those pilots. The portfolio reads all rows in one request;
// the figures are kept up to date here instead of aggregating the whole network on every read.
// Used by pb_hooks/shared_figures.pb.js and by the benchmark (REFRESH_ALL_SQL). Hook handlers run in
// isolated contexts: require() this inside them.

const TABLE = "shared_figures";

// The verdicts that judge a hypothesis: "% hypothesen bevestigd" is confirmed out of these, as
// src/domain/portfolio/figures.ts (confirmedShare) counts it for the key figures.
const JUDGED_VERDICTS = ["bevestigd", "verworpen", "onbeslist"];
const JUDGED_SQL = JUDGED_VERDICTS.map((verdict) => `'${verdict}'`).join(", ");

// Per municipality: shared pilots (in all and per domain), their hypotheses (in all, judged and confirmed)
// and what was spent on them per funding source, as the views of 1764151200_portfolio.js counted
// them. {{pilots}} and {{municipalities}} limit the work to one municipality, or not at all.
const UPSERT = `
WITH shared AS (
  SELECT id, municipality, domain FROM pilots WHERE visibility != 'private' {{pilots}}
),
by_domain AS (
  SELECT municipality, SUM(n) AS pilots, json_group_object(domain, n) AS pilots_by_domain
  FROM (SELECT municipality, domain, COUNT(*) AS n FROM shared GROUP BY municipality, domain)
  GROUP BY municipality
),
by_verdict AS (
  SELECT s.municipality AS municipality, COUNT(*) AS hypotheses, SUM(CASE WHEN h.verdict = 'bevestigd' THEN 1 ELSE 0 END) AS confirmed,
    SUM(CASE WHEN h.verdict IN (${JUDGED_SQL}) THEN 1 ELSE 0 END) AS judged
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
INSERT INTO ${TABLE} (id, municipality, size_class, pilots, pilots_by_domain, hypotheses, confirmed, judged, spent_by_source)
SELECT m.id, m.id, m.size_class, COALESCE(d.pilots, 0), COALESCE(d.pilots_by_domain, '{}'),
  COALESCE(v.hypotheses, 0), COALESCE(v.confirmed, 0), COALESCE(v.judged, 0), COALESCE(b.spent_by_source, '{}')
FROM municipalities m
LEFT JOIN by_domain d ON d.municipality = m.id
LEFT JOIN by_verdict v ON v.municipality = m.id
LEFT JOIN by_source b ON b.municipality = m.id
WHERE {{municipalities}}
ON CONFLICT (id) DO UPDATE SET
  municipality = excluded.municipality, size_class = excluded.size_class, pilots = excluded.pilots,
  pilots_by_domain = excluded.pilots_by_domain, hypotheses = excluded.hypotheses,
  confirmed = excluded.confirmed, judged = excluded.judged, spent_by_source = excluded.spent_by_source`;

// ("WHERE 1" keeps SQLite from reading ON CONFLICT as a join constraint.)
const UPSERT_ONE = UPSERT.replace("{{pilots}}", "AND municipality = {:municipality}").replace(
  "{{municipalities}}",
  "m.id = {:municipality}",
);
const UPSERT_ALL = UPSERT.replace("{{pilots}}", "").replace("{{municipalities}}", "1");

// What a write must change for the figures to change; other edits (a title, a statement) leave them.
const RELEVANT = {
  pilots: ["municipality", "visibility", "domain"],
  hypotheses: ["pilot", "verdict"],
  budget_lines: ["pilot", "source", "spent_cents"],
  municipalities: ["size_class"],
};

/**
 * Whether the collection exists with every column the SQL writes. While older migrations run on a
 * new database it does not yet (1764151500 made it, 1764152200 added "judged"), and their own fill
 * computes the rows once it does.
 */
function ready(app) {
  if (!app.hasTable(TABLE)) return false;
  try {
    return Boolean(app.findCollectionByNameOrId(TABLE).fields.getByName("judged"));
  } catch (_) {
    return false;
  }
}

/**
 * Recomputes the rows of the given municipalities (ids; empty and repeated ones are skipped, and a
 * municipality that does not exist gets no row).
 */
function refresh(app, municipalityIds) {
  const ids = [...new Set(municipalityIds.filter((id) => typeof id === "string" && id !== ""))];
  if (ids.length === 0 || !ready(app)) return;
  for (const id of ids) app.db().newQuery(UPSERT_ONE).bind({ municipality: id }).execute();
}

/**
 * Every row recomputed, and rows of municipalities that no longer exist removed: the benchmark runs
 * it after writing its data set straight into SQLite (past the hooks).
 */
const REFRESH_ALL_SQL = [UPSERT_ALL, `DELETE FROM ${TABLE} WHERE id NOT IN (SELECT id FROM municipalities)`];

/** The municipalities of those of the given pilots that are shared, as stored now. */
function municipalitiesOfSharedPilots(app, pilotIds) {
  const ids = [...new Set(pilotIds.filter((id) => typeof id === "string" && id !== ""))];
  if (ids.length === 0) return [];
  const rows = arrayOf(new DynamicModel({ municipality: "" }));
  app
    .db()
    .select("municipality")
    .from("pilots")
    .where($dbx.in("id", ...ids))
    .andWhere($dbx.exp("visibility != 'private'"))
    .all(rows);
  return rows.map((row) => row.municipality);
}

/** Whether an update changed a field the figures depend on. */
function changesFigures(record) {
  const original = record.original();
  return RELEVANT[record.collection().name].some((name) => JSON.stringify(record.get(name)) !== JSON.stringify(original.get(name)));
}

/**
 * The municipalities whose row a write of this record changes, read with the given app (inside the
 * write's transaction, after the write). A private pilot and its rows count for nothing, so writing
 * them changes nothing; for an update both the old and the new state count.
 */
function affectedMunicipalities(app, record, isUpdate) {
  const name = record.collection().name;
  const states = isUpdate ? [record, record.original()] : [record];
  if (name === "municipalities") return [record.id];
  if (name === "pilots") {
    return states.filter((pilot) => pilot.getString("visibility") !== "private").map((pilot) => pilot.getString("municipality"));
  }
  // A row of a pilot: its pilot's municipality, if that pilot is shared. When a pilot is deleted its
  // rows go after it (cascade) and find no pilot here; the pilot's own delete recomputes its
  // municipality once they are gone.
  return municipalitiesOfSharedPilots(
    app,
    states.map((row) => row.getString("pilot")),
  );
}

/**
 * Runs a record write (the execute hook's e.next()) and recomputes the affected rows in the same
 * transaction: the write's own when it has one (a batch, a cascade), otherwise a new one, so that
 * no reader sees the write without its figures, and a failed recompute undoes the write.
 * kind: "create", "update" or "delete".
 */
function writeAndRefresh(e, kind) {
  if (kind === "update" && !changesFigures(e.record)) {
    e.next();
    return;
  }
  const outer = e.app;
  outer.runInTransaction((txApp) => {
    e.app = txApp; // the write itself (e.next()) runs in this transaction too
    try {
      e.next();
      refresh(txApp, affectedMunicipalities(txApp, e.record, kind === "update"));
    } finally {
      e.app = outer;
    }
  });
}

module.exports = { refresh, writeAndRefresh, REFRESH_ALL_SQL, JUDGED_VERDICTS };
