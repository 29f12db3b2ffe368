// Sends the mail that queueMail (mail-outbox.js) put in the outbox. A row is claimed before it is
// sent, by moving its next attempt ahead in one conditional UPDATE, so the cron and the send-now
// route never send the same row twice, and a row whose sender died is tried again later.

/** Minutes to wait after the 1st, 2nd, 3rd and 4th failure; the 5th failure gives up. */
const BACKOFF_MINUTES = [1, 5, 15, 60];
const MAX_ATTEMPTS = 5;
/** Bounds one run, so a long queue cannot keep a run going past the next. */
const BATCH = 100;
const CLAIM_MINUTES = 10;

function stamp(date) {
  return new DateTime(date.toISOString()).string();
}

function minutesFromNow(minutes) {
  return stamp(new Date(Date.now() + minutes * 60_000));
}

function claim(app, id, now) {
  const result = app
    .db()
    .newQuery(
      "UPDATE mail_outbox SET next_attempt_at = {:until} WHERE id = {:id} AND sent_at = '' AND failed = FALSE AND (next_attempt_at = '' OR next_attempt_at <= {:now})",
    )
    .bind({ id, now, until: minutesFromNow(CLAIM_MINUTES) })
    .execute();
  return result.rowsAffected() === 1;
}

function message(app, row) {
  const meta = app.settings().meta;
  return new MailerMessage({
    from: { address: meta.senderAddress, name: meta.senderName || "Proeftuin" },
    to: [{ address: row.getString("to") }],
    subject: row.getString("subject"),
    text: row.getString("text"),
    html: row.getString("html"),
  });
}

function recordFailure(app, row, error) {
  const attempts = row.getInt("attempts") + 1;
  const reason = String(error).slice(0, 2000);
  row.set("attempts", attempts);
  row.set("last_error", reason);
  const details = ["id", row.id, "kind", row.getString("kind"), "attempts", attempts, "error", reason];
  if (attempts >= MAX_ATTEMPTS) {
    row.set("failed", true);
    row.set("next_attempt_at", "");
    app.logger().error("E-mail opgegeven na herhaalde fouten", ...details);
  } else {
    row.set("next_attempt_at", minutesFromNow(BACKOFF_MINUTES[attempts - 1]));
    app.logger().warn("E-mail versturen mislukt; later opnieuw", ...details);
  }
  app.save(row);
}

/**
 * Sends every due row (at most BATCH), oldest first, or only those to one address (`to`), and
 * answers { sent, failed }.
 */
function sendDueMail(app, to) {
  const now = stamp(new Date());
  const due = app.findRecordsByFilter(
    "mail_outbox",
    `sent_at = '' && failed = false && (next_attempt_at = '' || next_attempt_at <= {:now})${to ? " && to = {:to}" : ""}`,
    "created",
    BATCH,
    0,
    { now, to: to || "" },
  );
  let sent = 0;
  let failed = 0;
  for (const row of due) {
    if (!claim(app, row.id, now)) continue;
    try {
      app.newMailClient().send(message(app, row));
    } catch (error) {
      failed += 1;
      recordFailure(app, row, error);
      continue;
    }
    row.set("sent_at", stamp(new Date()));
    row.set("next_attempt_at", "");
    row.set("last_error", "");
    app.save(row);
    sent += 1;
  }
  return { sent, failed };
}

module.exports = { BACKOFF_MINUTES, MAX_ATTEMPTS, sendDueMail };
