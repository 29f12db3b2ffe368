/// <reference path="../pb_data/types.d.ts" />
// A comment is about exactly one lesson or pilot, carries its author's name and municipality
// (so readers need no access to users; comment_authors.pb.js sets them from the account), and
// tells the owning municipality of a new question by e-mail when PocketBase has SMTP configured.

onRecordCreateRequest((e) => {
  const hasLesson = e.record.getString("lesson") !== "";
  const hasPilot = e.record.getString("pilot") !== "";
  if (hasLesson === hasPilot) {
    throw new BadRequestError("Een vraag hoort bij één les of één pilot.", {
      lesson: new ValidationError("validation_invariant", "Kies een les of een pilot, niet allebei of geen van beide."),
    });
  }
  // author_name and author_municipality come from the author's account (comment_authors.pb.js).
  e.next();

  try {
    // Answers reach the asker as a notification (notifications.pb.js); only a new question is mailed to the owners.
    if (!e.app.settings().smtp.enabled || e.record.getString("reply_to") !== "") return;
    const target = hasLesson
      ? e.app.findRecordById("lessons", e.record.getString("lesson"))
      : e.app.findRecordById("pilots", e.record.getString("pilot"));
    const owner = target.getString("municipality");
    if (owner === e.record.getString("author_municipality")) return;
    const recipients = e.app.findRecordsByFilter("users", "municipality = {:owner} && role != 'collega'", "", 50, 0, { owner });
    const path = hasLesson ? `/lessen/${target.id}` : `/pilots/${target.id}`;
    const message = new MailerMessage({
      from: { address: e.app.settings().meta.senderAddress, name: e.app.settings().meta.senderName },
      to: recipients.map((user) => ({ address: user.email() })),
      subject: `Nieuwe vraag over "${target.getString("title")}"`,
      text: `${e.record.getString("author_name")} stelde een vraag in Proeftuin:\n\n${e.record.getString("body")}\n\nBeantwoorden: ${e.app.settings().meta.appURL}${path}`,
    });
    if (recipients.length > 0) e.app.newMailClient().send(message);
  } catch (error) {
    e.app.logger().warn("Kon de e-mail over een nieuwe vraag niet versturen", "error", String(error));
  }
}, "comments");
