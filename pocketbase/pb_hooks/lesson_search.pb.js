/// <reference path="../pb_data/types.d.ts" />
// GET /api/proeftuin/lessons?q=…&domain=…&kind=…&principle=…&evidence=…&province=…&size=…&page=…
// The lesson library: ranked Dutch full-text search over lessons the caller may see, with the
// count of each facet value (computed with all other filters applied).
routerAdd("GET", "/api/proeftuin/lessons", (e) => {
  const { parseSearchQuery } = require(`${__hooks}/lib/search-text.js`);
  const search = require(`${__hooks}/lib/lesson-search.js`);
  const query = e.requestInfo().query;
  const { filters, page } = search.readFilters(query);
  const match = parseSearchQuery(query.q || "");
  const cache = require(`${__hooks}/lib/answer-cache.js`);
  const scope = cache.callerScope(e);
  const params = Object.assign({}, filters, scope, {
    match: match || "",
    limit: search.PER_PAGE,
    offset: (page - 1) * search.PER_PAGE,
  });
  return cache.respond(e, "lessons", [match, filters, page, scope.signedIn, scope.own], () =>
    JSON.stringify(search.answer(e, { filters, match, page, params })),
  );
});
