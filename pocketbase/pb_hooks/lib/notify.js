// The one way the hooks tell a user something: in the site, by e-mail, both or not at all, as the
// user chose per kind (users.notify_<kind>; empty = the kind's default). A mail only enters the
// outbox (lib/mail-outbox.js); the outbox's own job sends it, so no request waits for SMTP.

// Must equal defaultChannels in src/domain/notification-preferences.ts (tests/unit/notify-defaults.test.ts).
const DEFAULT_CHANNELS = {
  vraag: "both",
  antwoord: "both",
  besluit_nodig: "both",
  evaluatie_te_laat: "both",
  nieuwe_les: "email",
};
const CHANNELS = ["site", "email", "both", "none"];

function channelFor(kind, stored) {
  return CHANNELS.includes(stored) ? stored : DEFAULT_CHANNELS[kind];
}

const inSite = (channel) => channel === "site" || channel === "both";
const byEmail = (channel) => channel === "email" || channel === "both";

/** Whether `user` may view `record` by its collection's view rule, as if they asked the API. */
function mayRead(app, user, record) {
  const info = new RequestInfo({ auth: user, method: "GET", query: {}, headers: {}, body: {} });
  return app.canAccessRecord(record, info, record.collection().viewRule);
}

function municipalityName(app, user) {
  try {
    return app.findRecordById("municipalities", user.getString("municipality")).getString("name");
  } catch (_) {
    return "";
  }
}

function writeNotification(app, user, message) {
  const notification = new Record(app.findCollectionByNameOrId("notifications"));
  notification.set("user", user.id);
  notification.set("kind", message.kind);
  notification.set("lesson", message.lesson || "");
  notification.set("pilot", message.pilot || "");
  notification.set("comment", message.comment || "");
  notification.set("title", message.title.length > 200 ? `${message.title.slice(0, 199)}…` : message.title);
  app.save(notification);
}

/**
 * Tells `user` (a users record) of one thing. message = { kind, title, lesson?, pilot?, comment?,
 * about?, mail: { subject, paragraphs, link: { path, label } } }. `about` is the record the
 * notification names: a user who may not view it is told nothing. A deactivated account is told
 * nothing either. Returns { site, email }: what was written. Failures are logged, never thrown:
 * a notification must not undo or hold up what caused it.
 */
function notify(app, user, message) {
  const done = { site: false, email: false };
  try {
    if (user.getBool("deactivated")) return done;
    if (message.about && !mayRead(app, user, message.about)) return done;
    const channel = channelFor(message.kind, user.getString(`notify_${message.kind}`));
    if (inSite(channel)) {
      writeNotification(app, user, message);
      done.site = true;
    }
    if (byEmail(channel) && user.email() !== "") {
      const { mailBody } = require(`${__hooks}/lib/mail-layout.js`);
      const body = mailBody(app, {
        greeting: `Beste ${user.getString("name") || "collega"},`,
        paragraphs: message.mail.paragraphs,
        link: message.mail.link,
        municipality: municipalityName(app, user),
      });
      const { queueMail } = require(`${__hooks}/lib/mail-outbox.js`);
      done.email =
        queueMail(app, { to: user.email(), subject: message.mail.subject, text: body.text, html: body.html, kind: message.kind }) !== null;
    }
  } catch (error) {
    app.logger().warn("Kon een melding niet versturen", "user", user.id, "kind", message.kind, "error", String(error));
  }
  return done;
}

/**
 * Claims one occasion (kind, key, occasion) in notifications_sent, so that a job or hook that sees
 * the same situation again tells nobody twice. False when it was claimed before.
 */
function claimOccasion(app, kind, key, occasion) {
  const found = new DynamicModel({ n: 0 });
  app
    .db()
    .newQuery("SELECT COUNT(*) AS n FROM notifications_sent WHERE kind = {:kind} AND key = {:key} AND occasion = {:occasion}")
    .bind({ kind, key, occasion })
    .one(found);
  if (found.n > 0) return false;
  try {
    const row = new Record(app.findCollectionByNameOrId("notifications_sent"));
    row.set("kind", kind);
    row.set("key", key);
    row.set("occasion", occasion);
    app.save(row);
    return true;
  } catch (_) {
    return false; // the unique index: another run claimed it in between
  }
}

module.exports = { DEFAULT_CHANNELS, byEmail, channelFor, claimOccasion, inSite, mayRead, notify };
