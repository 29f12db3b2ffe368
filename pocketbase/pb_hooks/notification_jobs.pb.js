/// <reference path="../pb_data/types.d.ts" />
// The notifications that no comment causes (lib/notify-occasions.js, lib/lesson-digest.js):
// - besluit_nodig when a pilot comes to wait for its directeur's decision: after an evaluation or
//   the pilot is saved, once per end evaluation;
// - evaluatie_te_laat: a daily job, once per pilot per overdue period;
// - nieuwe_les: the weekly digest, on Monday from 06:00 UTC, every 15 minutes that day until every
//   follower has had it (each run does a bounded part; a run with nothing left is one query).
// All run after the save is committed and never at its expense. Superusers may run the jobs now
// (POST /api/proeftuin/notifications/run-daily and /run-weekly): tests, and after an outage.

onRecordAfterCreateSuccess((e) => {
  require(`${__hooks}/lib/notify-occasions.js`).notifyDecisionAfterSave(e.app, e.record.getString("pilot"), e.record.id);
  e.next();
}, "evaluations");

onRecordAfterUpdateSuccess((e) => {
  require(`${__hooks}/lib/notify-occasions.js`).notifyDecisionAfterSave(e.app, e.record.getString("pilot"), e.record.id);
  e.next();
}, "evaluations");

onRecordAfterUpdateSuccess((e) => {
  require(`${__hooks}/lib/notify-occasions.js`).notifyDecisionAfterSave(e.app, e.record.id, e.record.id);
  e.next();
}, "pilots");

cronAdd("proeftuin_evaluatie_te_laat", "0 5 * * *", () => {
  const today = new Date().toISOString().slice(0, 10);
  const result = require(`${__hooks}/lib/notify-occasions.js`).notifyOverdueEvaluations($app, today);
  if (result.pilots > 0) $app.logger().info("Meldingen over te late evaluaties", "pilots", result.pilots, "told", result.told);
});

cronAdd("proeftuin_nieuwe_lessen", "*/15 6-23 * * 1", () => {
  const result = require(`${__hooks}/lib/lesson-digest.js`).sendLessonDigests($app, new Date());
  if (result.users > 0) $app.logger().info("Weekoverzicht nieuwe lessen", "users", result.users, "told", result.told);
});

routerAdd(
  "POST",
  "/api/proeftuin/notifications/run-daily",
  (e) => {
    const today = new Date().toISOString().slice(0, 10);
    return e.json(200, require(`${__hooks}/lib/notify-occasions.js`).notifyOverdueEvaluations(e.app, today));
  },
  $apis.requireSuperuserAuth(),
);

routerAdd(
  "POST",
  "/api/proeftuin/notifications/run-weekly",
  (e) => e.json(200, require(`${__hooks}/lib/lesson-digest.js`).sendLessonDigests(e.app, new Date())),
  $apis.requireSuperuserAuth(),
);
