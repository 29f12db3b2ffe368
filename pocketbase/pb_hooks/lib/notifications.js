// Who hears of a new comment. A notification names a lesson or pilot by its title, so it is only
// written for a recipient who may read the comment itself (its view rule, checked for that user):
// an answer on a lesson that has since become private tells its asker of another municipality nothing.

const MAX_RECIPIENTS = 200;

function mayRead(app, user, record) {
  const info = new RequestInfo({ auth: user, method: "GET", query: {}, headers: {}, body: {} });
  return app.canAccessRecord(record, info, record.collection().viewRule);
}

function write(app, user, kind, comment, title) {
  try {
    const notification = new Record(app.findCollectionByNameOrId("notifications"));
    notification.set("user", user.id);
    notification.set("kind", kind);
    notification.set("lesson", comment.getString("lesson"));
    notification.set("pilot", comment.getString("pilot"));
    notification.set("comment", comment.id);
    notification.set("title", title.length > 200 ? `${title.slice(0, 199)}…` : title);
    app.save(notification);
  } catch (error) {
    app.logger().warn("Kon een melding niet opslaan", "user", user.id, "comment", comment.id, "error", String(error));
  }
}

function notifyAboutComment(app, comment) {
  const lesson = comment.getString("lesson");
  const target = lesson !== "" ? app.findRecordById("lessons", lesson) : app.findRecordById("pilots", comment.getString("pilot"));
  const about = `"${target.getString("title")}"`;
  const replyTo = comment.getString("reply_to");
  if (replyTo !== "") {
    const question = app.findRecordById("comments", replyTo);
    if (question.getString("author") === comment.getString("author")) return;
    const asker = app.findRecordById("users", question.getString("author"));
    if (mayRead(app, asker, comment))
      write(app, asker, "antwoord", comment, `${comment.getString("author_name")} beantwoordde uw vraag over ${about}`);
    return;
  }
  const owner = target.getString("municipality");
  if (owner === comment.getString("author_municipality")) return;
  const users = app.findRecordsByFilter("users", "municipality = {:owner}", "created", MAX_RECIPIENTS, 0, { owner });
  for (const user of users) {
    if (mayRead(app, user, comment)) write(app, user, "vraag", comment, `Nieuwe vraag over ${about}`);
  }
}

module.exports = { notifyAboutComment };
