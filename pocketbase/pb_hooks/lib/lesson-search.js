// The lesson library's query: full-text search with facets and counts, in the SQL that PocketBase's
// own API cannot express. Visibility is part of every query (the same rule as the lessons
// collection), and the route re-checks each returned record with canAccessRecord.
//
// Filters and counts read lessons_facets (a narrow copy of the lessons' facet columns, see
// migration 1764151600), never the wide lessons rows. With a text, one statement gathers the hits
// once (a materialised CTE), counts every facet from them and picks the page; bm25 is computed only
// for hits that pass every filter, because ranking is what a common word costs most (docs/benchmark.md).

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
/** The "gemeente" facet: its values are record ids, so only their form is checked. */
const MUNICIPALITY = { column: "municipality", pattern: /^[a-z0-9]{15}$/, max: 20 };
const GROUPS = [...Object.keys(FACETS), "municipality"];
const PER_PAGE = 20;

const visibleTo = (alias) =>
  `(${alias}.visibility = 'public' OR ({:signedIn} = 1 AND ${alias}.visibility = 'network') OR ${alias}.municipality = {:own})`;

/**
 * Several values per facet (repeated parameters), each known value once in a fixed order so that
 * equal questions share a cache entry; anything else in the URL is ignored, not an error.
 * `all(name)` gives every value of a query parameter.
 */
function readFilters(all, first) {
  const filters = {};
  for (const name of Object.keys(FACETS)) {
    const given = all(name);
    const values = FACETS[name].values.filter((value) => given.includes(value));
    if (values.length) filters[name] = values;
  }
  const ids = [...new Set(all("municipality").filter((id) => MUNICIPALITY.pattern.test(id)))].sort();
  if (ids.length) filters.municipality = ids.slice(0, MUNICIPALITY.max);
  if (first("notOwn") === "1") filters.notOwn = true;
  const page = parseInt(first("page"), 10);
  return { filters, page: Number.isFinite(page) && page >= 1 && page <= 10000 ? page : 1 };
}

/** The query parameters for the filters' values: {:domain0}, {:domain1}, … */
function filterParams(filters) {
  const params = {};
  for (const name of GROUPS) {
    (filters[name] || []).forEach((value, i) => {
      params[`${name}${i}`] = value;
    });
  }
  return params;
}

const placeholders = (name, values) => values.map((_, i) => `{:${name}${i}}`).join(", ");

/** One group's filter on rows of `alias`: any of its chosen values. */
function groupSql(name, values, alias) {
  if (name === "principle")
    return `EXISTS (SELECT 1 FROM json_each(${alias}.principles) WHERE json_each.value IN (${placeholders(name, values)}))`;
  return `${alias}.${(FACETS[name] || MUNICIPALITY).column} IN (${placeholders(name, values)})`;
}

/** The facet filters on rows of `alias`, leaving one group out (so its counts show its alternatives): OR within a group, AND between. */
function filterSql(filters, except, alias) {
  const clauses = ["1 = 1"];
  for (const name of GROUPS) if (filters[name] && name !== except) clauses.push(groupSql(name, filters[name], alias));
  return clauses.join(" AND ");
}

/**
 * A hit that fails two chosen groups counts nowhere (each count leaves at most one group out), so
 * it is not gathered: with a text and two facets that leaves some 40% of the hits to write.
 */
function nearSql(filters, evidence) {
  const chosen = GROUPS.filter((name) => filters[name]);
  if (chosen.length < 2) return "";
  const misses = chosen.map((name) => `(NOT ${groupSql(name, filters[name], "f").replace(/f\.evidence/g, `(${evidence})`)})`);
  return ` AND ${misses.join(" + ")} <= 1`;
}

/**
 * Every lesson the caller may see that matches the text (and is not the caller's own when asked),
 * with its facet values. With a text the FTS index drives (CROSS JOIN keeps SQLite from scanning
 * lessons and probing FTS per row). The evidence level counts only when the caller may see the
 * pilot it belongs to.
 */
function hitsSql(filters, match) {
  const source = match ? "lessons_fts CROSS JOIN lessons_facets f ON f.rowid = lessons_fts.rowid" : "lessons_facets f";
  const pilotVisible = visibleTo("f")
    .replace(/f\.visibility/g, "f.pilot_visibility")
    .replace(/f\.municipality/g, "f.pilot_municipality");
  const evidence = `CASE WHEN ${pilotVisible} THEN f.evidence ELSE '' END`;
  // CASE evaluates bm25 only for the rows that will be ranked; the evidence filter needs the visible level.
  const rank = match
    ? `CASE WHEN ${filterSql(filters, null, "f").replace(/f\.evidence/g, `(${evidence})`)} THEN bm25(lessons_fts) END`
    : "0";
  return (
    "SELECT f.rowid AS rowid, f.domain AS domain, f.kind AS kind, f.principles AS principles, f.created AS created, " +
    `f.province AS province, f.size AS size, f.municipality AS municipality, ${evidence} AS evidence, ${rank} AS rank ` +
    `FROM ${source} WHERE ${match ? "lessons_fts MATCH {:match} AND " : ""}${visibleTo("f")}` +
    (filters.notOwn ? " AND f.municipality != {:own}" : "") +
    nearSql(filters, evidence)
  );
}

/**
 * One statement, rows of (facet, value, name, count): facet '' is the number of results, 'notOwn'
 * the number outside the caller's municipality, 'page' (with a text) the page's rowids in order.
 * Only a group with chosen values needs its counts from all hits; every other group counts the
 * hits that pass all filters (`matched`, usually far fewer), as does the total and the page.
 */
function countsSql(filters, match) {
  /** Rows to count for a group, as `hits`, with the filters still to apply to them. */
  const from = (group) =>
    filters[group] ? { source: "hits", where: filterSql(filters, group, "hits") } : { source: "matched hits", where: "1 = 1" };
  const parts = ["SELECT '' AS facet, '' AS value, '' AS name, COUNT(*) AS count FROM matched"];
  for (const name of Object.keys(FACETS)) {
    const { source, where } = from(name);
    if (name === "principle") {
      parts.push(
        `SELECT 'principle', json_each.value, '', COUNT(*) FROM ${source} JOIN json_each(hits.principles) WHERE ${where} GROUP BY json_each.value`,
      );
    } else {
      const column = `hits.${FACETS[name].column}`;
      parts.push(`SELECT '${name}', ${column}, '', COUNT(*) FROM ${source} WHERE ${where} AND ${column} != '' GROUP BY ${column}`);
    }
  }
  const others = from("municipality");
  parts.push(
    "SELECT 'municipality', c.value, m.name, c.count FROM " +
      `(SELECT hits.municipality AS value, COUNT(*) AS count FROM ${others.source} WHERE ${others.where} GROUP BY hits.municipality) c ` +
      "JOIN municipalities m ON m.id = c.value",
  );
  // A chosen municipality stays in the list (with 0) when the other filters leave it no lessons.
  if (filters.municipality)
    parts.push(
      `SELECT 'municipality', m.id, m.name, 0 FROM municipalities m WHERE m.id IN (${placeholders("municipality", filters.municipality)})`,
    );
  parts.push(
    `SELECT 'notOwn', '', '', COUNT(*) FROM ${others.source} WHERE ${others.where} AND {:signedIn} = 1 AND hits.municipality != {:own}`,
  );
  if (match)
    parts.push(
      // SQLite hands a UNION ALL's parts on in their own order, so the page's rows come ranked.
      "SELECT * FROM (SELECT 'page', CAST(rowid AS TEXT), '', 0 FROM matched " +
        "ORDER BY rank, created DESC, rowid DESC LIMIT {:limit} OFFSET {:offset})",
    );
  return (
    `WITH hits AS MATERIALIZED (${hitsSql(filters, match)}), ` +
    // Without a chosen value every hit matches: a second copy would only cost.
    `matched AS ${GROUPS.some((group) => filters[group]) ? "" : "NOT "}MATERIALIZED ` +
    `(SELECT * FROM hits WHERE ${filterSql(filters, null, "hits")}) ${parts.join(" UNION ALL ")}`
  );
}

/** Without a text: the newest first, straight from idx_lessons_facets_created. */
function newestSql(filters) {
  return (
    `WITH hits AS (${hitsSql(filters, "")}) SELECT 'page' AS facet, CAST(rowid AS TEXT) AS value, '' AS name, 0 AS count FROM hits ` +
    `WHERE ${filterSql(filters, null, "hits")} ORDER BY created DESC, rowid DESC LIMIT {:limit} OFFSET {:offset}`
  );
}

/** The page's lessons, read whole: only these 20 rows touch the wide tables. */
function rowsSql(count) {
  return (
    "SELECT l.rowid AS rowid, l.id AS id, l.title AS title, substr(l.body, 1, 1000) AS excerpt, l.kind AS kind, l.domain AS domain, " +
    "l.visibility AS visibility, l.created AS created, m.id AS municipality_id, m.name AS municipality_name, " +
    "m.size_class AS size_class, m.province AS province, COALESCE(p.id, '') AS pilot_id, COALESCE(p.title, '') AS pilot_title, " +
    "COALESCE(p.evidence_level, '') AS evidence_level " +
    "FROM lessons l JOIN municipalities m ON m.id = l.municipality " +
    `LEFT JOIN pilots p ON p.id = l.pilot AND ${visibleTo("p")} ` +
    `WHERE l.rowid IN (${Array.from({ length: count }, (_, i) => `{:row${i}}`).join(", ") || "NULL"})`
  );
}

const countRow = () => new DynamicModel({ facet: "", value: "", name: "", count: 0 });

/** The route's answer for this caller: one page of hits, the total and the facet counts. */
function answer(e, { filters, match, page, params }) {
  const db = e.app.db();
  const bound = Object.assign({}, params, filterParams(filters));
  const counts = arrayOf(countRow());
  db.newQuery(countsSql(filters, match)).bind(bound).all(counts);
  if (!match) {
    const newest = arrayOf(countRow());
    db.newQuery(newestSql(filters)).bind(bound).all(newest);
    for (const row of newest) counts.push(row);
  }
  const facets = {};
  for (const name of Object.keys(FACETS)) facets[name] = {};
  const municipalities = {};
  const order = [];
  let totalItems = 0;
  let notOwn = 0;
  for (const row of counts) {
    if (row.facet === "") totalItems = row.count;
    else if (row.facet === "notOwn") notOwn = row.count;
    else if (row.facet === "page") order.push(Number(row.value));
    else if (row.facet === "municipality") {
      const known = municipalities[row.value];
      municipalities[row.value] = { id: row.value, name: row.name, count: Math.max(row.count, known ? known.count : 0) };
    } else facets[row.facet][row.value] = row.count;
  }

  const rows = arrayOf(
    new DynamicModel({
      rowid: 0,
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
  const rowParams = Object.assign({}, params);
  order.forEach((rowid, i) => {
    rowParams[`row${i}`] = rowid;
  });
  db.newQuery(rowsSql(order.length)).bind(rowParams).all(rows);
  const position = new Map(order.map((rowid, i) => [rowid, i]));
  const ordered = [...rows].sort((a, b) => position.get(a.rowid) - position.get(b.rowid));

  // No snippets here: the site makes them from `excerpt` (src/server/lesson-snippets.ts), where they
  // cost a few ms instead of 50–300 in this engine (docs/benchmark.md).
  const items = require(`${__hooks}/lib/readable-rows.js`)
    .readableRows(e, "lessons", ordered)
    .map((row) => {
      const item = JSON.parse(JSON.stringify(row));
      delete item.rowid;
      return item;
    });

  return {
    page,
    perPage: PER_PAGE,
    totalItems,
    totalPages: Math.max(1, Math.ceil(totalItems / PER_PAGE)),
    items,
    facets,
    municipalities: Object.values(municipalities).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "nl")),
    notOwn: params.signedIn ? notOwn : null,
  };
}

module.exports = { FACETS, PER_PAGE, readFilters, answer };
