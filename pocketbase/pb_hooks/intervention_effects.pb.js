/// <reference path="../pb_data/types.d.ts" />
// GET /api/proeftuin/what-works/effects: costs and benefits per actor summed per intervention, over
// the pilots this caller may read, none for a group of fewer than 3 municipalities
// (lib/intervention-effects.js); cached per data version and caller scope.
routerAdd("GET", "/api/proeftuin/what-works/effects", (e) => {
  const cache = require(`${__hooks}/lib/answer-cache.js`);
  const scope = cache.callerScope(e);
  return cache.respond(e, "interventionEffects", [scope.signedIn, scope.own], () =>
    JSON.stringify(require(`${__hooks}/lib/intervention-effects.js`).answer(e, scope)),
  );
});
