/// <reference path="../pb_data/types.d.ts" />
// GET /api/proeftuin/lessons?q=…&domain=…&kind=…&principle=…&evidence=…&province=…&size=…&municipality=…&notOwn=1&page=…
// The lesson library: ranked Dutch full-text search over lessons the caller may see, with the
// count of each facet value (computed with all other filters applied). A facet may be given
// several times (OR within a facet, AND between facets).
routerAdd("GET", "/api/proeftuin/lessons", (e) => {
  const search = require(`${__hooks}/lib/lesson-search.js`);
  const query = e.requestInfo().query;
  // requestInfo().query keeps only the first of repeated parameters, so the raw query is read here.
  const values = {};
  for (const pair of String(e.request.url.rawQuery || "").split("&")) {
    const [name, value] = pair.split("=", 2).map((part) => {
      try {
        return decodeURIComponent((part || "").replace(/\+/g, " "));
      } catch {
        return "";
      }
    });
    if (!name) continue;
    values[name] = values[name] || [];
    values[name].push(value || "");
  }
  const all = (name) => values[name] || [];
  const { filters, page } = search.readFilters(all, (name) => query[name] || "");
  const q = query.q || "";
  const cache = require(`${__hooks}/lib/answer-cache.js`);
  const scope = cache.callerScope(e);
  return cache.respondTagged(e, "lessons", [q, filters, page, scope.signedIn, scope.own], () => {
    // Only for an answer not kept: reading the text (stems, compounds, synonyms) took a few ms.
    const match = require(`${__hooks}/lib/search-text.js`).parseSearchQuery(q);
    const params = Object.assign({}, scope, {
      match: match || "",
      limit: search.PER_PAGE,
      offset: (page - 1) * search.PER_PAGE,
    });
    const question = require(`${__hooks}/lib/lesson-questions.js`).keptQuestion(e, [match, filters, scope.signedIn, scope.own]);
    return JSON.stringify(search.answer(e, { filters, match, page, params }, question));
  });
});
