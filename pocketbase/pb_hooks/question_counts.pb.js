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
    const municipality = e.auth.getString("municipality");
    const rows = arrayOf(new DynamicModel({ answered: false, pilot: "", count: 0 }));
    e.app
      .db()
      .newQuery(
        "SELECT c.answered AS answered, c.pilot AS pilot, COUNT(*) AS count FROM comments c " +
          "LEFT JOIN lessons l ON l.id = c.lesson LEFT JOIN pilots p ON p.id = c.pilot " +
          "WHERE c.reply_to = '' AND c.author_municipality != {:m} AND (l.municipality = {:m} OR p.municipality = {:m}) " +
          "GROUP BY c.answered, c.pilot",
      )
      .bind({ m: municipality })
      .all(rows);
    const toMunicipality = { open: 0, beantwoord: 0 };
    const openPerPilot = {};
    for (const row of rows) {
      if (row.answered) toMunicipality.beantwoord += row.count;
      else {
        toMunicipality.open += row.count;
        if (row.pilot) openPerPilot[row.pilot] = (openPerPilot[row.pilot] || 0) + row.count;
      }
    }
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
