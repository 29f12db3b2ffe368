/// <reference path="../pb_data/types.d.ts" />
// GET /api/proeftuin/pilot-page/{id}
//   Everything the pilot page shows for this caller in one answer (lib/pilot-page.js), cached by
//   lib/answer-cache.js with its ETag, so the site that holds the same answer gets a 304. Before,
//   the page made six requests through the records API, each evaluating rules per record
//   (docs/benchmark.md). A pilot that does not exist or that the caller may not read answers 404,
//   as the records API does.
//
// The cache key is the pilot and callerScope (signed in, own municipality), and that is complete:
// the read rules of every collection read (pilots, municipalities, interventions, hypotheses,
// indicators, budget_lines, risks, pilot_effects, evaluations, lessons, comments, measurements,
// measurement_public, testimonials, pilot_adoptions, decisions) look at @request.auth.id only as
// "signed in" and at @request.auth.municipality, never at the role. Two look further: comments
// also show the caller's own comments (only comments on pilots the caller cannot read gain from
// that, and then this route answers 404), and lessons look at the request's filter and sort, which
// this route refuses, as it refuses ?expand (records are expanded here, not by the caller).
// The enrich hooks look at the same scope: contact_person.pb.js (signed in or not) and
// lesson_pilot_link.pb.js (the pilot's rule).
routerAdd("GET", "/api/proeftuin/pilot-page/{id}", (e) => {
  const query = e.requestInfo().query;
  if (Object.keys(query).length > 0) throw new BadRequestError("Deze route kent geen parameters.");
  // A superuser passes every rule and sees the contact, so its answer must not be kept under a
  // visitor's key; the site never reads pages as one.
  if (e.auth && e.auth.collection().name !== "users") throw new ForbiddenError("Deze route is voor bezoekers en gebruikers.");
  const id = e.request.pathValue("id");
  if (!/^[a-z0-9]{15}$/.test(id)) throw new NotFoundError();
  const cache = require(`${__hooks}/lib/answer-cache.js`);
  const scope = cache.callerScope(e);
  return cache.respondTagged(e, "pilotPage", [id, scope.signedIn, scope.own], () => {
    const answer = require(`${__hooks}/lib/pilot-page.js`).answer(e, id, scope);
    // Thrown, so nothing is stored: finding no readable pilot takes a single query.
    if (answer === null) throw new NotFoundError();
    return JSON.stringify(answer);
  });
});
