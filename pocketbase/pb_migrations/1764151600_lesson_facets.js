/// <reference path="../pb_data/types.d.ts" />
// The lesson library filters and counts facets over every full-text hit. Read from the lessons
// table with its municipality and pilot joined, each hit drags three wide rows (the lesson's body
// alone is the largest) through the page cache, for every count (docs/benchmark.md). lessons_facets is a narrow copy of what the search filters, counts and sorts on, the
// municipality's province and size class and the pilot's visibility and evidence level included,
// keyed by the same rowid as lessons and lessons_fts and kept in step by triggers on all three
// tables, so a hit costs one lookup of some 100 bytes.
const OWN = ["visibility", "municipality", "domain", "kind", "principles", "pilot", "created"];
const FROM_MUNICIPALITY = { province: "province", size: "size_class" };
const FROM_PILOT = { pilot_visibility: "visibility", pilot_municipality: "municipality", evidence: "evidence_level" };

const columns = [...OWN, ...Object.keys(FROM_MUNICIPALITY), ...Object.keys(FROM_PILOT)];
/** The row of lesson `alias` (`new` in a trigger, `lessons` in the first fill). */
const values = (alias) => [
  ...OWN.map((column) => `${alias}.${column}`),
  ...Object.values(FROM_MUNICIPALITY).map(
    (column) => `COALESCE((SELECT ${column} FROM municipalities WHERE id = ${alias}.municipality), '')`,
  ),
  ...Object.values(FROM_PILOT).map((column) => `COALESCE((SELECT ${column} FROM pilots WHERE id = ${alias}.pilot), '')`),
];
const set = (mapping) =>
  Object.entries(mapping)
    .map(([column, source]) => `${column} = new.${source}`)
    .join(", ");
const TRIGGERS = [
  "lessons_facets_insert",
  "lessons_facets_update",
  "lessons_facets_delete",
  "lessons_facets_municipality",
  "lessons_facets_pilot",
];

migrate(
  (app) => {
    const db = app.db();
    const run = (sql) => db.newQuery(sql).execute();
    run(`CREATE TABLE lessons_facets (rowid INTEGER PRIMARY KEY, ${columns.map((column) => `${column} TEXT NOT NULL`).join(", ")})`);
    run(`INSERT INTO lessons_facets (rowid, ${columns.join(", ")}) SELECT rowid, ${values("lessons").join(", ")} FROM lessons`);
    run("CREATE INDEX idx_lessons_facets_municipality ON lessons_facets (municipality)");
    run("CREATE INDEX idx_lessons_facets_pilot ON lessons_facets (pilot)");
    run("CREATE INDEX idx_lessons_facets_created ON lessons_facets (created)");
    const row = `(rowid, ${columns.join(", ")}) VALUES (new.rowid, ${values("new").join(", ")})`;
    run(`CREATE TRIGGER lessons_facets_insert AFTER INSERT ON lessons BEGIN INSERT INTO lessons_facets ${row}; END`);
    run(`CREATE TRIGGER lessons_facets_update AFTER UPDATE ON lessons BEGIN INSERT OR REPLACE INTO lessons_facets ${row}; END`);
    run("CREATE TRIGGER lessons_facets_delete AFTER DELETE ON lessons BEGIN DELETE FROM lessons_facets WHERE rowid = old.rowid; END");
    run(
      `CREATE TRIGGER lessons_facets_municipality AFTER UPDATE OF ${Object.values(FROM_MUNICIPALITY).join(", ")} ON municipalities ` +
        `BEGIN UPDATE lessons_facets SET ${set(FROM_MUNICIPALITY)} WHERE municipality = new.id; END`,
    );
    run(
      `CREATE TRIGGER lessons_facets_pilot AFTER UPDATE OF ${Object.values(FROM_PILOT).join(", ")} ON pilots ` +
        `BEGIN UPDATE lessons_facets SET ${set(FROM_PILOT)} WHERE pilot = new.id; END`,
    );
  },
  (app) => {
    const db = app.db();
    for (const trigger of TRIGGERS) db.newQuery(`DROP TRIGGER IF EXISTS ${trigger}`).execute();
    db.newQuery("DROP TABLE IF EXISTS lessons_facets").execute();
  },
);
