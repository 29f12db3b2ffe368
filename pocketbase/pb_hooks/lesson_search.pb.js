/// <reference path="../pb_data/types.d.ts" />
// GET /api/proeftuin/lessons?q=…&domain=…&kind=…&principle=…&evidence=…&province=…&size=…&page=…
// The lesson library: ranked Dutch full-text search over lessons the caller may see, with the
// count of each facet value (computed with all other filters applied).
routerAdd("GET", "/api/proeftuin/lessons", (e) => {
  const { parseSearchQuery } = require(`${__hooks}/lib/search-text.js`);
  const search = require(`${__hooks}/lib/lesson-search.js`);
  const info = e.requestInfo();
  const query = info.query;
  const { filters, page } = search.readFilters(query);
  const match = parseSearchQuery(query.q || "");
  const auth = e.auth && e.auth.collection().name === "users" ? e.auth : null;
  const params = Object.assign({}, filters, {
    signedIn: auth ? 1 : 0,
    own: auth ? auth.getString("municipality") : "",
    match: match || "",
    limit: search.PER_PAGE,
    offset: (page - 1) * search.PER_PAGE,
  });
  const from = search.fromClause(match);
  const where = search.whereClause(filters, null);
  const db = e.app.db();

  const total = new DynamicModel({ count: 0 });
  db.newQuery(`SELECT COUNT(*) AS count ${from} WHERE ${where}`).bind(params).one(total);

  const rows = arrayOf(
    new DynamicModel({
      id: "", title: "", excerpt: "", kind: "", domain: "", visibility: "", created: "",
      municipality_id: "", municipality_name: "", size_class: "", province: "", pilot_id: "", pilot_title: "", evidence_level: "",
    }),
  );
  db.newQuery(
    "SELECT l.id AS id, l.title AS title, substr(l.body, 1, 400) AS excerpt, l.kind AS kind, l.domain AS domain, " +
      "l.visibility AS visibility, l.created AS created, m.id AS municipality_id, m.name AS municipality_name, " +
      "m.size_class AS size_class, m.province AS province, COALESCE(p.id, '') AS pilot_id, COALESCE(p.title, '') AS pilot_title, " +
      `COALESCE(p.evidence_level, '') AS evidence_level ${from} WHERE ${where} ` +
      `ORDER BY ${match ? "bm25(lessons_fts), " : ""}l.created DESC, l.id LIMIT {:limit} OFFSET {:offset}`,
  ).bind(params).all(rows);

  // A second guard: every record returned must pass the collection's own view rule for this caller.
  const collection = e.app.findCollectionByNameOrId("lessons");
  const items = rows.filter((row) => {
    const record = e.app.findRecordById("lessons", row.id);
    return e.app.canAccessRecord(record, info, collection.viewRule);
  });

  const facets = {};
  for (const name of Object.keys(search.FACETS)) {
    const counts = arrayOf(new DynamicModel({ value: "", count: 0 }));
    db.newQuery(search.facetCountSql(name, filters, match)).bind(params).all(counts);
    facets[name] = {};
    for (const row of counts) facets[name][row.value] = row.count;
  }

  return e.json(200, {
    page,
    perPage: search.PER_PAGE,
    totalItems: total.count,
    totalPages: Math.max(1, Math.ceil(total.count / search.PER_PAGE)),
    items,
    facets,
  });
});
