/// <reference path="../pb_data/types.d.ts" />
// Mail goes out from the outbox (lib/mail-outbox.js queues it) within a minute, never inside the
// request that caused it, and is retried when the SMTP server fails (lib/mail-sender.js).

// Test PocketBases turn the minute off (PROEFTUIN_MAIL_OUTBOX_CRON=off) and send with the route
// below, so that no run of the cron can take a test's row between its steps.
if ($os.getenv("PROEFTUIN_MAIL_OUTBOX_CRON") !== "off") {
  cronAdd("proeftuin_mail_outbox", "* * * * *", () => {
    const { sendDueMail } = require(`${__hooks}/lib/mail-sender.js`);
    try {
      sendDueMail($app);
    } catch (error) {
      $app.logger().error("De e-mailwachtrij kon niet worden verwerkt", "error", String(error));
    }
  });
}

// Sends what is due now, for a superuser who does not want to wait for the minute: all of it, or
// with { "to": address } only that address's mail (tests use it: a shared test PocketBase holds
// the mail of every other test, and the oldest hundred need not include theirs).
routerAdd(
  "POST",
  "/api/proeftuin/mail-outbox/send",
  (e) => {
    const { sendDueMail } = require(`${__hooks}/lib/mail-sender.js`);
    const to = String(e.requestInfo().body?.to || "");
    return e.json(200, sendDueMail(e.app, to));
  },
  $apis.requireSuperuserAuth(),
);
