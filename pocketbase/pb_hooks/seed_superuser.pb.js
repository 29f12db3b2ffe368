/// <reference path="../pb_data/types.d.ts" />
// Without a configured superuser, `npm start` loads the demo network with a temporary superuser
// (random password, an e-mail address under the reserved .invalid domain). PocketBase will not
// delete its only superuser through the API, so this route lets exactly such a temporary account
// remove itself, leaving the data folder without any superuser, as it was.
routerAdd("DELETE", "/api/proeftuin/seed-superuser", (e) => {
  const auth = e.auth;
  if (!auth?.isSuperuser() || !auth.email().endsWith("@proeftuin.invalid")) {
    throw new ForbiddenError("Alleen het tijdelijke account voor de demogegevens kan zichzelf verwijderen.");
  }
  e.app.runInTransaction((tx) => {
    tx.db().newQuery("DELETE FROM _authOrigins WHERE recordRef = {:id}").bind({ id: auth.id }).execute();
    tx.db().newQuery("DELETE FROM _superusers WHERE id = {:id}").bind({ id: auth.id }).execute();
  });
  return e.noContent(204);
});
