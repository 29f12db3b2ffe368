/// <reference path="../pb_data/types.d.ts" />
// GET /api/proeftuin/portfolio: everything the director's portfolio computes from, for the caller's
// own municipality only: its pilots and their hypotheses, budget lines, risks and evaluations, and
// the number of lessons per pilot, narrowed to the fields the portfolio uses. A municipality's own
// users may read all of these through the collections' rules; this route reads nothing else.
// Through the records API a municipality with 500 pilots took 11 requests and some 700 ms of
// PocketBase's time (its work grows with every record it returns); here it is one statement that
// builds the JSON in SQLite, answered from the cache until one of these collections changes.
routerAdd("GET", "/api/proeftuin/portfolio", (e) => {
  const cache = require(`${__hooks}/lib/answer-cache.js`);
  const scope = cache.callerScope(e);
  if (!scope.signedIn || !scope.own) throw new UnauthorizedError("Log in om het portfolio te zien.");
  return cache.respond(e, "portfolio", [scope.own], () => {
    const answer = new DynamicModel({ json: "" });
    e.app.db().newQuery(require(`${__hooks}/lib/portfolio-records.js`).SQL).bind({ own: scope.own }).one(answer);
    return answer.json;
  });
});
