// Mail is queued, never sent inside the request that caused it: a queued row is written in the
// request's own transaction (so a failed save sends nothing), and pb_hooks/mail_outbox.pb.js sends
// it on its next run, retrying what fails.

/**
 * Queues one mail. `message` = { to, subject, text, html?, kind? }. Returns the outbox record.
 * A mail that cannot be queued (a bad address) is logged and skipped: it must not undo the save
 * that caused it.
 */
function queueMail(app, message) {
  try {
    const row = new Record(app.findCollectionByNameOrId("mail_outbox"));
    row.set("to", message.to);
    row.set("subject", message.subject.length > 300 ? `${message.subject.slice(0, 299)}…` : message.subject);
    row.set("text", message.text);
    row.set("html", message.html || "");
    row.set("kind", message.kind || "");
    row.set("attempts", 0);
    app.save(row);
    return row;
  } catch (error) {
    app.logger().warn("Kon een e-mail niet in de wachtrij zetten", "kind", message.kind || "", "error", String(error));
    return null;
  }
}

module.exports = { queueMail };
