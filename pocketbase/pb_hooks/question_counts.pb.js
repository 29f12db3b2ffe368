/// <reference path="../pb_data/types.d.ts" />
// GET /api/proeftuin/questions/counts: the signed-in user's question counts for /vragen and /mijn,
// in one request. Through the records API each count is a filtered list, and a count of nothing is
// an empty one, which PocketBase makes the site (its one client) wait for up to 500 ms at random
// (docs/benchmark.md). Only questions the user may read are counted, by construction: those about
// their own municipality's lessons and pilots, and their own (the comments' read rule allows both).

routerAdd(
  "GET",
  "/api/proeftuin/questions/counts",
  (e) => {
    // The same counts as "Mijn Proeftuin" shows, by the municipality indexes (lib/start-page.js).
    const { counts: toMunicipality, openPerPilot } = require(`${__hooks}/lib/start-page.js`).questionCounts(
      e.app,
      e.auth.getString("municipality"),
    );
    const mine = arrayOf(new DynamicModel({ answered: false, count: 0 }));
    e.app
      .db()
      .newQuery("SELECT answered, COUNT(*) AS count FROM comments WHERE reply_to = '' AND author = {:u} GROUP BY answered")
      .bind({ u: e.auth.id })
      .all(mine);
    const asked = { open: 0, beantwoord: 0 };
    for (const row of mine) asked[row.answered ? "beantwoord" : "open"] += row.count;
    return e.json(200, { toMunicipality, openPerPilot, asked });
  },
  $apis.requireAuth("users"),
);
