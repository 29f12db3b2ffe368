// The lesson library's query: full-text search with facets and counts, in the SQL that PocketBase's
// own API cannot express. Visibility is part of every query (the same rule as the lessons
// collection), and the route re-checks each returned record with canAccessRecord.

const FACETS = {
  domain: { column: "l.domain", values: ["wmo", "jeugd", "participatie", "schuldhulp", "armoede", "wonen", "gezondheid", "onderwijs", "veiligheid", "overig"] },
  kind: { column: "l.kind", values: ["werkzaam_element", "valkuil", "randvoorwaarde", "tip"] },
  principle: { column: null, values: ["burgerparticipatie", "integrale_aanpak", "preventie", "maatwerk", "digitalisering", "data_gedreven", "samenwerking"] },
  evidence: { column: "p.evidence_level", values: ["goed_beschreven", "goed_onderbouwd", "eerste_aanwijzingen", "goede_aanwijzingen", "sterke_aanwijzingen"] },
  province: { column: "m.province", values: ["groningen", "friesland", "drenthe", "overijssel", "flevoland", "gelderland", "utrecht", "noord_holland", "zuid_holland", "zeeland", "noord_brabant", "limburg"] },
  size: { column: "m.size_class", values: ["klein", "middelgroot", "groot", "zeer_groot"] },
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

function whereClause(filters, except) {
  const clauses = [visibleTo("l")];
  for (const name of Object.keys(filters)) {
    if (name === except) continue;
    if (name === "principle") clauses.push("EXISTS (SELECT 1 FROM json_each(l.principles) WHERE json_each.value = {:principle})");
    else clauses.push(`${FACETS[name].column} = {:${name}}`);
  }
  return clauses.join(" AND ");
}

function fromClause(match) {
  return (
    "FROM lessons l JOIN municipalities m ON m.id = l.municipality " +
    `LEFT JOIN pilots p ON p.id = l.pilot AND ${visibleTo("p")} ` +
    (match ? "JOIN lessons_fts ON lessons_fts.rowid = l.rowid AND lessons_fts MATCH {:match} " : "")
  );
}

function facetCountSql(name, filters, match) {
  const from = fromClause(match);
  const where = whereClause(filters, name);
  if (name === "principle") {
    return `SELECT json_each.value AS value, COUNT(*) AS count ${from} JOIN json_each(l.principles) WHERE ${where} GROUP BY json_each.value`;
  }
  return `SELECT ${FACETS[name].column} AS value, COUNT(*) AS count ${from} WHERE ${where} AND ${FACETS[name].column} != '' GROUP BY ${FACETS[name].column}`;
}

module.exports = { FACETS, PER_PAGE, readFilters, whereClause, fromClause, facetCountSql };
