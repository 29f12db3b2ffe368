// The number of pilots a caller may see with the overview's filters, in plain SQL over the pilots
// table (idx_pilots_visibility_municipality, migration 1764151700, covers the rule). It must equal the totalItems that
// PocketBase's list gives for the same filter (tests/integration/pilot-count.test.ts compares them):
// - the read rule of pilots: public, or signed in and network or of the caller's municipality;
// - q: contained in title, summary, problem or target group, case-insensitive as SQLite's LIKE.
//   The site removes @, %, _ and \ from q before it asks either (src/domain/pilot-filters.ts), so
//   PocketBase's "~" is a plain contains there too; here they are removed the same way.

const TEXT_FIELDS = ["title", "summary", "problem", "target_group"];
const EQUALS = ["domain", "stage", "visibility", "municipality"];

function readFilters(query) {
  const filters = {};
  const q = String(query.q || "").slice(0, 100).replace(/[@%_\\]/g, " ").trim();
  if (q) filters.q = q;
  for (const name of EQUALS) {
    const value = query[name];
    if (typeof value === "string" && value !== "") filters[name] = value.slice(0, 100);
  }
  return filters;
}

function countSql(filters) {
  const clauses = ["(visibility = 'public' OR ({:signedIn} = 1 AND (visibility = 'network' OR municipality = {:own})))"];
  if (filters.q) clauses.push(`(${TEXT_FIELDS.map((field) => `${field} LIKE '%' || {:q} || '%'`).join(" OR ")})`);
  for (const name of EQUALS) if (filters[name] !== undefined) clauses.push(`${name} = {:${name}}`);
  return `SELECT COUNT(*) AS count FROM pilots WHERE ${clauses.join(" AND ")}`;
}

module.exports = { readFilters, countSql };
