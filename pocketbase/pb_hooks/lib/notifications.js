// Who hears of a new comment: a question tells the owning municipality, an answer tells its asker,
// each by lib/notify.js as they chose (in the site, by e-mail, both or not). The notification and
// the mail name a lesson or pilot and quote the comment, so they go only to a recipient who may
// read the comment itself (its view rule, checked for that user): an answer on a lesson that has
// since become private tells its asker of another municipality nothing.

const MAX_RECIPIENTS = 200;

function notifyAboutComment(app, comment) {
  const { notify } = require(`${__hooks}/lib/notify.js`);
  const lesson = comment.getString("lesson");
  const target = lesson !== "" ? app.findRecordById("lessons", lesson) : app.findRecordById("pilots", comment.getString("pilot"));
  const about = `"${target.getString("title")}"`;
  const path = `${lesson !== "" ? "/lessen" : "/pilots"}/${target.id}#reactie-${comment.id}`;
  const common = { lesson, pilot: comment.getString("pilot"), comment: comment.id, about: comment };
  const replyTo = comment.getString("reply_to");
  if (replyTo !== "") {
    const question = app.findRecordById("comments", replyTo);
    if (question.getString("author") === comment.getString("author")) return;
    const asker = app.findRecordById("users", question.getString("author"));
    notify(app, asker, {
      ...common,
      kind: "antwoord",
      title: `${comment.getString("author_name")} beantwoordde uw vraag over ${about}`,
      mail: {
        subject: `Antwoord op uw vraag over ${about}`,
        paragraphs: [`${comment.getString("author_name")} beantwoordde uw vraag over ${about}:`, comment.getString("body")],
        link: { path, label: "Lees het antwoord in Proeftuin" },
      },
    });
    return;
  }
  const owner = target.getString("municipality");
  if (owner === comment.getString("author_municipality")) return;
  let asker = comment.getString("author_name");
  try {
    asker = `${asker} (${app.findRecordById("municipalities", comment.getString("author_municipality")).getString("name")})`;
  } catch (_) {
    // the name alone
  }
  const users = app.findRecordsByFilter("users", "municipality = {:owner} && deactivated = false", "created", MAX_RECIPIENTS, 0, { owner });
  for (const user of users) {
    notify(app, user, {
      ...common,
      kind: "vraag",
      title: `Nieuwe vraag over ${about}`,
      mail: {
        subject: `Nieuwe vraag over ${about}`,
        paragraphs: [`${asker} stelde een vraag over ${about}:`, comment.getString("body")],
        link: { path, label: "Beantwoorden in Proeftuin" },
      },
    });
  }
}

module.exports = { notifyAboutComment };
