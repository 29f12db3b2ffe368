// The pilot overview's page and total for a caller, in plain SQL over the pilots table
// (idx_pilots_visibility_municipality, migration 1764151700, covers the rule; idx_pilots_updated
// gives the order). It must give what PocketBase's own list gives for the same filter and sort
// (tests/integration/pilot-list.test.ts compares ids, order and totals for every role):
// - the read rule of pilots: public, or signed in and network or of the caller's municipality;
// - q: contained in title, summary, problem or target group, case-insensitive as SQLite's LIKE.
//   The site removes @, %, _ and \ from q before it asks (src/domain/pilot-filters.ts), so
//   PocketBase's "~" is a plain contains there too; here they are removed the same way.
// The route checks each returned pilot with canAccessRecord as well.

const TEXT_FIELDS = ["title", "summary", "problem", "target_group"];
const EQUALS = ["domain", "stage", "visibility", "municipality"];
/** src/data/pilots.ts PILOTS_PER_PAGE; tests/integration/domain-matches-pocketbase.test.ts compares them. */
const PER_PAGE = 20;

function readFilters(query) {
  const filters = {};
  const q = String(query.q || "")
    .slice(0, 100)
    .replace(/[@%_\\]/g, " ")
    .trim();
  if (q) filters.q = q;
  for (const name of EQUALS) {
    const value = query[name];
    if (typeof value === "string" && value !== "") filters[name] = value.slice(0, 100);
  }
  const page = parseInt(query.page, 10);
  return { filters, page: Number.isFinite(page) && page >= 1 && page <= 10000 ? page : 1 };
}

function whereSql(filters) {
  const clauses = [require(`${__hooks}/lib/read-scope.js`).readableInScope("")];
  if (filters.q) clauses.push(`(${TEXT_FIELDS.map((field) => `${field} LIKE '%' || {:q} || '%'`).join(" OR ")})`);
  for (const name of EQUALS) if (filters[name] !== undefined) clauses.push(`${name} = {:${name}}`);
  return clauses.join(" AND ");
}

const countSql = (filters) => `SELECT COUNT(*) AS count FROM pilots WHERE ${whereSql(filters)}`;

/** One page, newest change first, as PocketBase's sort "-updated,-id". */
const pageSql = (filters) =>
  "SELECT p.id AS id, p.title AS title, p.summary AS summary, p.domain AS domain, p.stage AS stage, p.visibility AS visibility, " +
  "p.municipality AS municipality, p.updated AS updated, m.name AS municipality_name " +
  `FROM (SELECT * FROM pilots WHERE ${whereSql(filters)} ORDER BY updated DESC, id DESC LIMIT {:limit} OFFSET {:offset}) p ` +
  "JOIN municipalities m ON m.id = p.municipality ORDER BY p.updated DESC, p.id DESC";

/** The route's answer, shaped as PocketBase's own list with expand.municipality. */
function answer(e, { filters, page, scope }) {
  const params = Object.assign({}, filters, scope, { limit: PER_PAGE, offset: (page - 1) * PER_PAGE });
  const db = e.app.db();
  const total = new DynamicModel({ count: 0 });
  db.newQuery(countSql(filters)).bind(params).one(total);
  const rows = arrayOf(
    new DynamicModel({
      id: "",
      title: "",
      summary: "",
      domain: "",
      stage: "",
      visibility: "",
      municipality: "",
      updated: "",
      municipality_name: "",
    }),
  );
  db.newQuery(pageSql(filters)).bind(params).all(rows);
  const items = require(`${__hooks}/lib/readable-rows.js`)
    .readableRows(e, "pilots", rows)
    .map((row) => ({
      id: row.id,
      title: row.title,
      summary: row.summary,
      domain: row.domain,
      stage: row.stage,
      visibility: row.visibility,
      municipality: row.municipality,
      updated: row.updated,
      expand: { municipality: { id: row.municipality, name: row.municipality_name } },
    }));
  // totalPages 0 when nothing is found, as PocketBase says it.
  return { page, perPage: PER_PAGE, totalItems: total.count, totalPages: Math.ceil(total.count / PER_PAGE), items };
}

module.exports = { PER_PAGE, readFilters, answer };
