/// <reference path="../pb_data/types.d.ts" />
// GET /api/proeftuin/portfolio: everything the director's portfolio computes from, for the caller's
// own municipality only: its pilots and their hypotheses, budget lines, risks, evaluations and costs and benefits per actor, and
// the number of lessons per pilot, narrowed to the fields the portfolio uses. A municipality's own
// users may read all of these through the collections' rules; this route reads nothing else.
// Through the records API this took 11 requests, and PocketBase's work grows with every record it
// returns (docs/benchmark.md); here it is one statement that
// builds the JSON in SQLite, answered from the cache until one of these collections changes, with
// an ETag so that the site, which keeps what it computed from an answer, is not sent it again.
routerAdd("GET", "/api/proeftuin/portfolio", (e) => {
  const cache = require(`${__hooks}/lib/answer-cache.js`);
  const scope = cache.callerScope(e);
  if (!scope.signedIn || !scope.own) throw new UnauthorizedError("Log in om het portfolio te zien.");
  return cache.respondTagged(e, "portfolio", [scope.own], () => {
    const answer = new DynamicModel({ json: "" });
    e.app
      .db()
      .newQuery(require(`${__hooks}/lib/portfolio-records.js`).SQL)
      .bind({ own: scope.own })
      .one(answer);
    return answer.json;
  });
});

// GET /api/proeftuin/shared-figures: every row of shared_figures (the network comparison's figures
// per municipality), for signed-in users, as the collection's list rule allows them; one answer
// for all, from the cache, instead of a record per municipality through the records API.
routerAdd("GET", "/api/proeftuin/shared-figures", (e) => {
  const cache = require(`${__hooks}/lib/answer-cache.js`);
  if (!cache.callerScope(e).signedIn) throw new UnauthorizedError("Log in om de netwerkcijfers te zien.");
  return cache.respondTagged(e, "sharedFigures", [], () => {
    const answer = new DynamicModel({ json: "" });
    e.app
      .db()
      .newQuery(
        "SELECT json_group_array(json_object('id', id, 'size_class', size_class, 'pilots', pilots, " +
          "'pilots_by_domain', json(NULLIF(pilots_by_domain, '')), 'hypotheses', hypotheses, 'confirmed', confirmed, 'judged', judged, " +
          "'spent_by_source', json(NULLIF(spent_by_source, '')))) AS json FROM (SELECT * FROM shared_figures ORDER BY id)",
      )
      .one(answer);
    return answer.json;
  });
});
