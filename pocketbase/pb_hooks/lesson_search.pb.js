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
  const cache = require(`${__hooks}/lib/search-cache.js`);
  const store = e.app.store();
  const cacheKey = cache.entryKey(store, [match, filters, page, params.signedIn, params.own]);
  const cached = cache.read(store, cacheKey);
  if (cached !== null) return e.blob(200, "application/json", cached);

  const db = e.app.db();
  const counts = arrayOf(new DynamicModel({ facet: "", value: "", count: 0 }));
  db.newQuery(search.countsSql(filters, match)).bind(params).all(counts);
  const facets = {};
  for (const name of Object.keys(search.FACETS)) facets[name] = {};
  let totalItems = 0;
  for (const row of counts) {
    if (row.facet === "") totalItems = row.count;
    else facets[row.facet][row.value] = row.count;
  }

  const rows = arrayOf(
    new DynamicModel({
      id: "", title: "", excerpt: "", kind: "", domain: "", visibility: "", created: "",
      municipality_id: "", municipality_name: "", size_class: "", province: "", pilot_id: "", pilot_title: "", evidence_level: "",
    }),
  );
  db.newQuery(search.pageSql(filters, match)).bind(params).all(rows);

  // A second guard: every record returned must pass the collection's own view rule for this caller.
  const collection = e.app.findCollectionByNameOrId("lessons");
  const items = rows.filter((row) => {
    const record = e.app.findRecordById("lessons", row.id);
    return e.app.canAccessRecord(record, info, collection.viewRule);
  });

  const answer = JSON.stringify({
    page,
    perPage: search.PER_PAGE,
    totalItems,
    totalPages: Math.max(1, Math.ceil(totalItems / search.PER_PAGE)),
    items,
    facets,
  });
  cache.write(store, cacheKey, answer);
  return e.blob(200, "application/json", answer);
});
