/// <reference path="../pb_data/types.d.ts" />
// The two start pages' own questions (lib/start-page.js), answered from the cache of
// lib/answer-cache.js:
//
// GET /api/proeftuin/home
//   The newest public lessons and the number of public lessons: the same for every caller.
// GET /api/proeftuin/start?domains=wmo,jeugd
//   For a signed-in user: the newest lessons of other municipalities in these domains that the user
//   may read, and the questions to the user's municipality (counts, open ones per pilot, the newest
//   open ones). The lessons' read rule looks at signed in or not and the municipality only; the
//   questions are readable by every user of the municipality (see lib/start-page.js). So the
//   municipality and the domains are the whole key.
routerAdd("GET", "/api/proeftuin/home", (e) => {
  const cache = require(`${__hooks}/lib/answer-cache.js`);
  const start = require(`${__hooks}/lib/start-page.js`);
  start.refuseListParameters(e.requestInfo().query);
  return cache.respond(e, "home", [], () => JSON.stringify(start.homeAnswer(e)));
});

routerAdd(
  "GET",
  "/api/proeftuin/start",
  (e) => {
    const cache = require(`${__hooks}/lib/answer-cache.js`);
    const start = require(`${__hooks}/lib/start-page.js`);
    const domains = start.readDomains(e.requestInfo().query);
    const scope = cache.callerScope(e);
    return cache.respond(e, "startPage", [domains, scope.signedIn, scope.own], () => JSON.stringify(start.startAnswer(e, domains, scope)));
  },
  $apis.requireAuth("users"),
);
