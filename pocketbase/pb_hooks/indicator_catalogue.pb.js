/// <reference path="../pb_data/types.d.ts" />
// The indicator catalogue (issue 15):
// - on every start, before PocketBase answers, content/indicatoren.json is written into the
//   indicators collection (lib/indicator-catalogue.js; added and updated by key, never deleted), so a
//   change to the file reaches every installation, the tests' included. `serve` applies pending
//   migrations only after bootstrap (this PocketBase has no onServe for hooks), so on a new database
//   the collection would not exist yet: pending migrations are applied here first, exactly as
//   `serve` would apply them a moment later (it then finds none left).
// GET /api/proeftuin/indicators/{id}/achieved[?exclude=<pilot id>]
//   The relative change (baseline → last measurement of 10 or more participants) that the pilots the
//   caller may read achieved on this indicator: { pilots, municipalities, median, min, max, note },
//   the figures null below three municipalities. The pilot form's realistic-target hint asks it.
onBootstrap((e) => {
  e.next();
  if (!e.app.hasTable("indicators")) e.app.runAllMigrations();
  // Still none: a database kept at an earlier migration (the backfill tests' "before").
  if (e.app.hasTable("indicators")) require(`${__hooks}/lib/indicator-catalogue.js`).syncCatalogue(e.app);
});

routerAdd("GET", "/api/proeftuin/indicators/{id}/achieved", (e) => {
  const cache = require(`${__hooks}/lib/answer-cache.js`);
  const scope = cache.callerScope(e);
  const id = e.request.pathValue("id");
  const exclude = String(e.requestInfo().query.exclude || "").slice(0, 40);
  try {
    e.app.findRecordById("indicators", id);
  } catch (_) {
    throw new NotFoundError("Deze indicator staat niet in de catalogus.");
  }
  return cache.respond(e, "indicatorAchieved", [id, exclude, scope.signedIn, scope.own], () =>
    JSON.stringify(require(`${__hooks}/lib/indicator-catalogue.js`).achieved(e, id, scope, exclude)),
  );
});
