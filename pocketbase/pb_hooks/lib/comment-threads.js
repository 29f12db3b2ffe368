// The thread rules of comment_threads.pb.js, as Dutch messages per field ({} when all is well).

function threadProblems(app, record) {
  const replyTo = record.getString("reply_to");
  if (replyTo === "") return {};
  if (record.getBool("answered")) return { answered: "Alleen een vraag kan als beantwoord gemarkeerd worden." };
  if (replyTo === record.id) return { reply_to: "Een reactie kan geen antwoord op zichzelf zijn." };
  let question;
  try {
    question = app.findRecordById("comments", replyTo);
  } catch (_) {
    return { reply_to: "De vraag waarop u antwoordt bestaat niet (meer)." };
  }
  if (question.getString("reply_to") !== "") {
    return { reply_to: "U kunt alleen op een vraag antwoorden, niet op een antwoord." };
  }
  if (question.getString("lesson") !== record.getString("lesson") || question.getString("pilot") !== record.getString("pilot")) {
    return { reply_to: "Een antwoord hoort bij dezelfde les of pilot als de vraag." };
  }
  return {};
}

module.exports = { threadProblems };
