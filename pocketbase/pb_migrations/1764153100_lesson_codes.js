/// <reference path="../pb_data/types.d.ts" />
// A lesson search for a common word looks up every hit's facets: 43,645 lookups for "jongeren".
// lessons_codes holds per lesson only what the search filters, counts and sorts on, packed into
// integers (some 40 bytes a row instead of some 200 in lessons_facets), so those lookups and the
// hits the search gathers stay small (docs/benchmark.md, issue 13). It is kept by triggers on
// lessons_facets, which its own triggers keep in step with lessons, municipalities and pilots, so
// every write that moves a facet moves its code in the same transaction.
//
// The bit layout is pb_hooks/lib/lesson-codes.js's; a value's code is its position in these lists
// plus one (0: none). tests/unit/lesson-codes.test.ts checks both sides agree.
const LISTS = {
  visibility: { shift: 0, values: ["network", "public"] },
  pilot_visibility: { shift: 2, values: ["private", "network", "public"] },
  domain: {
    shift: 4,
    values: ["wmo", "jeugd", "participatie", "schuldhulp", "armoede", "wonen", "gezondheid", "onderwijs", "veiligheid", "overig"],
  },
  kind: { shift: 8, values: ["werkzaam_element", "valkuil", "randvoorwaarde", "tip"] },
  evidence: {
    shift: 11,
    values: ["goed_beschreven", "goed_onderbouwd", "eerste_aanwijzingen", "goede_aanwijzingen", "sterke_aanwijzingen"],
  },
  province: {
    shift: 14,
    values: [
      "groningen",
      "friesland",
      "drenthe",
      "overijssel",
      "flevoland",
      "gelderland",
      "utrecht",
      "noord_holland",
      "zuid_holland",
      "zeeland",
      "noord_brabant",
      "limburg",
    ],
  },
  size: { shift: 18, values: ["klein", "middelgroot", "groot", "zeer_groot"] },
};
const PRINCIPLES = {
  shift: 21,
  values: ["burgerparticipatie", "integrale_aanpak", "preventie", "maatwerk", "digitalisering", "data_gedreven", "samenwerking"],
};
const TRIGGERS = ["lessons_codes_insert", "lessons_codes_update", "lessons_codes_delete"];

/** The code of lessons_facets row `alias`, as an SQL expression. */
function codeSql(alias) {
  const parts = Object.entries(LISTS).map(
    ([column, { shift, values }]) =>
      `(CASE ${alias}.${column} ${values.map((value, i) => `WHEN '${value}' THEN ${(i + 1) << shift}`).join(" ")} ELSE 0 END)`,
  );
  const principle = PRINCIPLES.values.map((value, i) => `WHEN '${value}' THEN ${1 << (PRINCIPLES.shift + i)}`).join(" ");
  parts.push(
    `(SELECT COALESCE(SUM(DISTINCT CASE value ${principle} ELSE 0 END), 0) ` +
      `FROM json_each(CASE WHEN json_valid(${alias}.principles) THEN ${alias}.principles ELSE '[]' END))`,
  );
  return parts.join(" + ");
}

/** created as milliseconds, so that ordering by it equals ordering by PocketBase's date text. */
const createdSql = (alias) =>
  `COALESCE(CAST(strftime('%s', ${alias}.created) AS INTEGER) * 1000 + CAST(substr(${alias}.created, 21, 3) AS INTEGER), 0)`;

const rowSql = (alias) =>
  `(rowid, code, municipality, pilot_municipality, created) VALUES (${alias}.rowid, ${codeSql(alias)}, ` +
  `${alias}.municipality, ${alias}.pilot_municipality, ${createdSql(alias)})`;

migrate(
  (app) => {
    const run = (sql) => app.db().newQuery(sql).execute();
    run(
      "CREATE TABLE lessons_codes (rowid INTEGER PRIMARY KEY, code INTEGER NOT NULL, municipality TEXT NOT NULL, " +
        "pilot_municipality TEXT NOT NULL, created INTEGER NOT NULL)",
    );
    run(
      `INSERT INTO lessons_codes (rowid, code, municipality, pilot_municipality, created) SELECT f.rowid, ${codeSql("f")}, ` +
        `f.municipality, f.pilot_municipality, ${createdSql("f")} FROM lessons_facets f`,
    );
    // The library without a text lists the newest first.
    run("CREATE INDEX idx_lessons_codes_created ON lessons_codes (created)");
    // lessons_facets is written with INSERT OR REPLACE (a replace fires no delete trigger) and UPDATE.
    run(
      `CREATE TRIGGER lessons_codes_insert AFTER INSERT ON lessons_facets BEGIN INSERT OR REPLACE INTO lessons_codes ${rowSql("new")}; END`,
    );
    run(
      `CREATE TRIGGER lessons_codes_update AFTER UPDATE ON lessons_facets BEGIN INSERT OR REPLACE INTO lessons_codes ${rowSql("new")}; END`,
    );
    run("CREATE TRIGGER lessons_codes_delete AFTER DELETE ON lessons_facets BEGIN DELETE FROM lessons_codes WHERE rowid = old.rowid; END");
  },
  (app) => {
    for (const trigger of TRIGGERS) app.db().newQuery(`DROP TRIGGER IF EXISTS ${trigger}`).execute();
    app.db().newQuery("DROP TABLE IF EXISTS lessons_codes").execute();
  },
);
