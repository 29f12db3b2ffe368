/// <reference path="../pb_data/types.d.ts" />
// Two questions the pilot overview asks on every visit, answered from the cache of
// pb_hooks/lib/answer-cache.js:
//
// GET /api/proeftuin/pilots?q=…&domain=…&stage=…&visibility=…&municipality=…&page=…
//   One page of the pilots the caller may see with these filters, with the total. PocketBase's
//   own list counts through its rule's join with the caller's user row and a DISTINCT over every
//   visible pilot, on every visit (docs/benchmark.md). Here the SQL is the pilots' read
//   rule and the overview's filters (see lib/pilot-list.js), and every pilot returned is checked
//   with canAccessRecord as well.
// GET /api/proeftuin/municipalities
//   Every municipality's id and name, by name, for the overview's filter.
routerAdd("GET", "/api/proeftuin/pilots", (e) => {
  const cache = require(`${__hooks}/lib/answer-cache.js`);
  const list = require(`${__hooks}/lib/pilot-list.js`);
  const { filters, page } = list.readFilters(e.requestInfo().query);
  const scope = cache.callerScope(e);
  return cache.respondTagged(e, "pilots", [filters, page, scope.signedIn, scope.own], () =>
    JSON.stringify(list.answer(e, { filters, page, scope })),
  );
});

routerAdd("GET", "/api/proeftuin/municipalities", (e) => {
  const cache = require(`${__hooks}/lib/answer-cache.js`);
  return cache.respondTagged(e, "municipalities", [], () => {
    const rows = arrayOf(new DynamicModel({ id: "", name: "" }));
    e.app.db().newQuery("SELECT id, name FROM municipalities ORDER BY name, id").all(rows);
    return JSON.stringify(rows);
  });
});
