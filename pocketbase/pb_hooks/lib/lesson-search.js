// The lesson library's query: full-text search with facets and counts, in the SQL that PocketBase's
// own API cannot express. Visibility is part of every query (the same rule as the lessons
// collection), and the route re-checks each returned record with canAccessRecord.
//
// Filters and counts read lessons_facets (a narrow copy of the lessons' facet columns, see
// migration 1764151600), never the wide lessons rows; the hits are gathered once, in a
// materialised CTE, and every facet is counted from that.

// The facet values are src/domain/lesson-filters.ts lessonFacets; tests/integration/domain-matches-pocketbase.test.ts compares them.
const FACETS = {
  domain: {
    column: "domain",
    values: ["wmo", "jeugd", "participatie", "schuldhulp", "armoede", "wonen", "gezondheid", "onderwijs", "veiligheid", "overig"],
  },
  kind: { column: "kind", values: ["werkzaam_element", "valkuil", "randvoorwaarde", "tip"] },
  principle: {
    column: null,
    values: ["burgerparticipatie", "integrale_aanpak", "preventie", "maatwerk", "digitalisering", "data_gedreven", "samenwerking"],
  },
  evidence: {
    column: "evidence",
    values: ["goed_beschreven", "goed_onderbouwd", "eerste_aanwijzingen", "goede_aanwijzingen", "sterke_aanwijzingen"],
  },
  province: {
    column: "province",
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
  size: { column: "size", values: ["klein", "middelgroot", "groot", "zeer_groot"] },
};
const PER_PAGE = 20;

const visibleTo = (alias) =>
  `(${alias}.visibility = 'public' OR ({:signedIn} = 1 AND ${alias}.visibility = 'network') OR ${alias}.municipality = {:own})`;

/** Keeps only known facet values; anything else in the URL is ignored, not an error. */
function readFilters(query) {
  const filters = {};
  for (const name of Object.keys(FACETS)) {
    const value = query[name];
    if (typeof value === "string" && FACETS[name].values.includes(value)) filters[name] = value;
  }
  const page = parseInt(query.page, 10);
  return { filters, page: Number.isFinite(page) && page >= 1 && page <= 10000 ? page : 1 };
}

/**
 * Every lesson the caller may see that matches the text, with the values of all its facets. With
 * a text the FTS index drives (CROSS JOIN keeps SQLite from scanning lessons and probing FTS per
 * row); without one, every visible lesson is a hit. Ranking costs, so only the page query asks
 * for it. The evidence level counts only when the caller may see the pilot it belongs to.
 */
function hitsSql(match, ranked) {
  const source = match ? "lessons_fts CROSS JOIN lessons_facets f ON f.rowid = lessons_fts.rowid" : "lessons_facets f";
  const pilotVisible = visibleTo("f")
    .replace(/f\.visibility/g, "f.pilot_visibility")
    .replace(/f\.municipality/g, "f.pilot_municipality");
  return (
    "SELECT f.rowid AS rowid, f.domain AS domain, f.kind AS kind, f.principles AS principles, f.created AS created, " +
    `f.province AS province, f.size AS size, CASE WHEN ${pilotVisible} THEN f.evidence ELSE '' END AS evidence` +
    (ranked && match ? ", bm25(lessons_fts) AS rank " : ", 0 AS rank ") +
    `FROM ${source} WHERE ${match ? "lessons_fts MATCH {:match} AND " : ""}${visibleTo("f")}`
  );
}

/** The facet filters on the hits, leaving one facet out (so that facet's counts show its alternatives). */
function filterSql(filters, except) {
  const clauses = ["1 = 1"];
  for (const name of Object.keys(filters)) {
    if (name === except) continue;
    if (name === "principle") clauses.push("EXISTS (SELECT 1 FROM json_each(hits.principles) WHERE json_each.value = {:principle})");
    else clauses.push(`hits.${FACETS[name].column} = {:${name}}`);
  }
  return clauses.join(" AND ");
}

/** One statement, rows of (facet, value, count); the row with facet '' is the number of results. */
function countsSql(filters, match) {
  const parts = [`SELECT '' AS facet, '' AS value, COUNT(*) AS count FROM hits WHERE ${filterSql(filters, null)}`];
  for (const name of Object.keys(FACETS)) {
    const where = filterSql(filters, name);
    if (name === "principle") {
      parts.push(
        `SELECT 'principle', json_each.value, COUNT(*) FROM hits JOIN json_each(hits.principles) WHERE ${where} GROUP BY json_each.value`,
      );
    } else {
      const column = `hits.${FACETS[name].column}`;
      parts.push(`SELECT '${name}', ${column}, COUNT(*) FROM hits WHERE ${where} AND ${column} != '' GROUP BY ${column}`);
    }
  }
  return `WITH hits AS MATERIALIZED (${hitsSql(match, false)}) ${parts.join(" UNION ALL ")}`;
}

/** One page of results, best match first (newest first without a text); only its 20 rows are read whole. */
function pageSql(filters, match) {
  // Without a text, rank is 0 for all and the order is that of idx_lessons_facets_created.
  const order = match ? "rank, created DESC, rowid DESC" : "created DESC, rowid DESC";
  return (
    `WITH hits AS (${hitsSql(match, true)}), ` +
    `top AS (SELECT rowid, rank, created FROM hits WHERE ${filterSql(filters, null)} ORDER BY ${order} LIMIT {:limit} OFFSET {:offset}) ` +
    "SELECT l.id AS id, l.title AS title, substr(l.body, 1, 400) AS excerpt, l.kind AS kind, l.domain AS domain, " +
    "l.visibility AS visibility, l.created AS created, m.id AS municipality_id, m.name AS municipality_name, " +
    "m.size_class AS size_class, m.province AS province, COALESCE(p.id, '') AS pilot_id, COALESCE(p.title, '') AS pilot_title, " +
    "COALESCE(p.evidence_level, '') AS evidence_level " +
    "FROM top JOIN lessons l ON l.rowid = top.rowid JOIN municipalities m ON m.id = l.municipality " +
    `LEFT JOIN pilots p ON p.id = l.pilot AND ${visibleTo("p")} ` +
    `ORDER BY ${order.replace(/(\w+)/g, (word) => (word === "DESC" ? word : `top.${word}`))}`
  );
}

/** The route's answer for this caller: one page of hits, the total and the facet counts. */
function answer(e, { filters, match, page, params }) {
  const db = e.app.db();
  const counts = arrayOf(new DynamicModel({ facet: "", value: "", count: 0 }));
  db.newQuery(countsSql(filters, match)).bind(params).all(counts);
  const facets = {};
  for (const name of Object.keys(FACETS)) facets[name] = {};
  let totalItems = 0;
  for (const row of counts) {
    if (row.facet === "") totalItems = row.count;
    else facets[row.facet][row.value] = row.count;
  }

  const rows = arrayOf(
    new DynamicModel({
      id: "",
      title: "",
      excerpt: "",
      kind: "",
      domain: "",
      visibility: "",
      created: "",
      municipality_id: "",
      municipality_name: "",
      size_class: "",
      province: "",
      pilot_id: "",
      pilot_title: "",
      evidence_level: "",
    }),
  );
  db.newQuery(pageSql(filters, match)).bind(params).all(rows);

  const items = require(`${__hooks}/lib/readable-rows.js`).readableRows(e, "lessons", rows);

  return { page, perPage: PER_PAGE, totalItems, totalPages: Math.max(1, Math.ceil(totalItems / PER_PAGE)), items, facets };
}

module.exports = { FACETS, PER_PAGE, readFilters, answer };
