// The indicator catalogue (content/indicatoren.json, kept by platformbeheer) written into the
// indicators collection on every start, and what pilots on one catalogue indicator achieved.
// Hypotheses link catalogue records, so the sync adds and updates by key and never deletes: an
// indicator taken out of the file stays for the hypotheses that use it.

const FILE = "content/indicatoren.json";
const FIELDS = ["name", "definition", "unit", "direction", "source", "source_code", "level"];
const latest = require(`${__hooks}/lib/latest-measurements.js`);
/** The pooling rule of DESIGN.md "small numbers". */
const MIN_MUNICIPALITIES = 3;
const TOO_FEW = "te weinig vergelijkbare pilots";

function readCatalogue() {
  const path = `${__hooks}/../../${FILE}`;
  if (typeof $os === "undefined") return JSON.parse(require("node:fs").readFileSync(path, "utf8"));
  return JSON.parse(toString($os.readFile(path)));
}

/**
 * Adds and updates every entry (the collection's own field rules validate each); an entry PocketBase
 * refuses is logged and skipped, so one typo does not keep the platform from starting.
 * Returns the number of records written.
 */
function syncCatalogue(app) {
  let entries;
  try {
    entries = readCatalogue();
  } catch (error) {
    app.logger().error("Indicatorencatalogus niet geladen: het bestand is niet te lezen", "file", FILE, "error", String(error));
    return 0;
  }
  const collection = app.findCollectionByNameOrId("indicators");
  let written = 0;
  for (const entry of Array.isArray(entries) ? entries : []) {
    const key = entry && typeof entry.key === "string" ? entry.key : "";
    let record;
    try {
      record = app.findFirstRecordByData("indicators", "key", key);
    } catch (_) {
      record = new Record(collection);
      record.set("key", key);
    }
    const changed = record.isNew() || FIELDS.some((name) => record.getString(name) !== String(entry[name] ?? ""));
    if (!changed) continue;
    for (const name of FIELDS) record.set(name, String(entry[name] ?? ""));
    try {
      app.save(record);
      written++;
    } catch (error) {
      app.logger().error("Indicator uit de catalogus geweigerd", "key", key, "error", String(error));
    }
  }
  return written;
}

// The pilots' read rule; the route checks every pilot with canAccessRecord as well.
const READ = require(`${__hooks}/lib/read-scope.js`).readableInScope("p");

// Per hypothesis on the indicator: its baseline and its latest measurement from at least 10 participants.
const LAST_MEASUREMENTS_SQL = `${latest.latestMeasurementsSql(
  ["p.id AS pilot", "p.municipality AS municipality", "h.baseline AS baseline", "ms.value AS value"],
  `h.indicator_ref = {:indicator} AND p.id != {:exclude} AND ${READ}`,
)} ORDER BY pilot`;

/**
 * What the pilots the caller may read achieved on this indicator: one relative change per pilot
 * (the median of its hypotheses' on the indicator), pooled when they come from at least three
 * municipalities. `exclude`: a pilot left out (the one being edited).
 */
function achieved(e, indicatorId, scope, exclude) {
  const { relativeChange, summarise } = require(`${__hooks}/lib/relative-change.js`);
  const indicator = e.app.findRecordById("indicators", indicatorId);
  const direction = indicator.getString("direction");
  const rows = arrayOf(new DynamicModel({ pilot: "", municipality: "", baseline: 0, value: 0 }));
  e.app
    .db()
    .newQuery(LAST_MEASUREMENTS_SQL)
    .bind(Object.assign({ indicator: indicatorId, exclude: exclude || "" }, scope))
    .all(rows);
  const readable = require(`${__hooks}/lib/readable-rows.js`).readableRows(
    e,
    "pilots",
    [...new Set(rows.map((row) => row.pilot))].map((id) => ({ id })),
  );
  const readableIds = new Set(readable.map((row) => row.id));
  const perPilot = new Map();
  for (const row of rows) {
    if (!readableIds.has(row.pilot)) continue;
    const change = relativeChange(row.baseline, row.value, direction);
    if (change === null) continue;
    const entry = perPilot.get(row.pilot) || { municipality: row.municipality, changes: [] };
    entry.changes.push(change);
    perPilot.set(row.pilot, entry);
  }
  const values = [...perPilot.values()].map((entry) => summarise(entry.changes).median);
  const municipalities = new Set([...perPilot.values()].map((entry) => entry.municipality)).size;
  const summary = summarise(values);
  const base = { indicator: indicatorId, direction, pilots: summary.n, municipalities };
  if (municipalities < MIN_MUNICIPALITIES) return Object.assign(base, { median: null, min: null, max: null, note: TOO_FEW });
  return Object.assign(base, { median: summary.median, min: summary.min, max: summary.max, note: "" });
}

module.exports = { CATALOGUE_FILE: FILE, readCatalogue, syncCatalogue, achieved, MIN_MUNICIPALITIES, TOO_FEW };
