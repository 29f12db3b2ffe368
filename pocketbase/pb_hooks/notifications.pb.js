/// <reference path="../pb_data/types.d.ts" />
// A new question tells the owning municipality, an answer tells its asker (lib/notifications.js),
// in the site and/or by e-mail as each chose (lib/notify.js). After the comment is committed, and
// never at its expense: a notification that cannot be written is logged, the comment stands.

onRecordAfterCreateSuccess((e) => {
  try {
    require(`${__hooks}/lib/notifications.js`).notifyAboutComment(e.app, e.record);
  } catch (error) {
    e.app.logger().warn("Kon geen melding maken over een nieuwe reactie", "comment", e.record.id, "error", String(error));
  }
  e.next();
}, "comments");

// GET /api/proeftuin/notifications/unread: the signed-in user's unread count, for the navigation
// on every page. Through the records API a count of nothing is an empty filtered list, and
// PocketBase makes a client that asks several of those in a few seconds wait up to 500 ms at
// random (docs/benchmark.md): with the site as the one client, every page paid for it.
routerAdd(
  "GET",
  "/api/proeftuin/notifications/unread",
  (e) => {
    const row = new DynamicModel({ count: 0 });
    e.app
      .db()
      .newQuery("SELECT COUNT(*) AS count FROM notifications WHERE user = {:user} AND read = FALSE")
      .bind({ user: e.auth.id })
      .one(row);
    return e.json(200, { count: row.count });
  },
  $apis.requireAuth("users"),
);
