/// <reference path="../pb_data/types.d.ts" />
// Interventions shared by pilots of several municipalities (issue 15):
//
// GET /api/proeftuin/what-works
//   What /wat-werkt pools, for this caller (see lib/what-works.js), cached per data version, with an
//   ETag: the site keeps what it pooled per tag and gets a 304 while the answer stays the same.
// POST /api/proeftuin/interventions/merge { from, into }
//   Platformbeheer joins two names for the same intervention: every pilot of `from` moves to `into`
//   and `from` is deleted. Superusers only.
// An adopted pilot tries what its original tried: a new pilot with adopted_from and no intervention
// of its own takes the original's, so the copy joins its original's line without the form asking.
routerAdd("GET", "/api/proeftuin/what-works", (e) => {
  const cache = require(`${__hooks}/lib/answer-cache.js`);
  const scope = cache.callerScope(e);
  return cache.respondTagged(e, "whatWorks", [scope.signedIn, scope.own], () =>
    JSON.stringify(require(`${__hooks}/lib/what-works.js`).answer(e, scope)),
  );
});

routerAdd(
  "POST",
  "/api/proeftuin/interventions/merge",
  (e) => {
    const body = e.requestInfo().body || {};
    const moved = require(`${__hooks}/lib/what-works.js`).merge(e.app, body.from, body.into);
    return e.json(200, { moved, into: body.into });
  },
  $apis.requireSuperuserAuth(),
);

onRecordCreate((e) => {
  const original = e.record.getString("adopted_from");
  if (original !== "" && e.record.getString("intervention") === "") {
    try {
      e.record.set("intervention", e.app.findRecordById("pilots", original).getString("intervention"));
    } catch (_) {
      // An original that does not exist is refused by the relation's own validation.
    }
  }
  e.next();
}, "pilots");
