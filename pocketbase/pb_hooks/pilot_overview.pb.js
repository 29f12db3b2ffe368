/// <reference path="../pb_data/types.d.ts" />
// Two questions the pilot overview asks on every visit, answered from the cache of
// pb_hooks/lib/answer-cache.js:
//
// GET /api/proeftuin/pilots/count?q=…&domain=…&stage=…&visibility=…&municipality=…
//   How many pilots the caller may see with these filters. PocketBase's own list counts through its
//   rule's join with the caller's user row and a DISTINCT over every visible pilot: some 40 ms at
//   20,000 pilots, on every page. The overview lists with skipTotal and asks this instead; the SQL
//   is the pilots' read rule and the overview's filters (see lib/pilot-count.js).
// GET /api/proeftuin/municipalities
//   Every municipality's id and name, by name, for the overview's filter.
routerAdd("GET", "/api/proeftuin/pilots/count", (e) => {
  const cache = require(`${__hooks}/lib/answer-cache.js`);
  const { readFilters, countSql } = require(`${__hooks}/lib/pilot-count.js`);
  const filters = readFilters(e.requestInfo().query);
  const scope = cache.callerScope(e);
  return cache.respond(e, "pilotCount", [filters, scope.signedIn, scope.own], () => {
    const total = new DynamicModel({ count: 0 });
    e.app.db().newQuery(countSql(filters)).bind(Object.assign({}, filters, scope)).one(total);
    return JSON.stringify({ totalItems: total.count });
  });
});

routerAdd("GET", "/api/proeftuin/municipalities", (e) => {
  const cache = require(`${__hooks}/lib/answer-cache.js`);
  return cache.respond(e, "municipalities", [], () => {
    const rows = arrayOf(new DynamicModel({ id: "", name: "" }));
    e.app.db().newQuery("SELECT id, name FROM municipalities ORDER BY name, id").all(rows);
    return JSON.stringify(rows);
  });
});
