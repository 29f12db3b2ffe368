/// <reference path="../pb_data/types.d.ts" />
// Questions and their answers (migration 1764152800): an answer replies to a question on the same
// lesson or pilot, one level deep, and only a question is open or answered. Checked on every save
// (a model hook: in the same transaction as the write, however it is written). Whether a question
// is answered, when and by whom, comes from the account that says so, never from the body.

onRecordValidate((e) => {
  const { threadProblems } = require(`${__hooks}/lib/comment-threads.js`);
  const problems = threadProblems(e.app, e.record);
  const fields = Object.keys(problems);
  if (fields.length > 0) {
    const data = {};
    for (const field of fields) data[field] = new ValidationError("validation_invariant", problems[field]);
    throw new BadRequestError("De reactie is niet opgeslagen: controleer de gemarkeerde velden.", data);
  }
  e.next();
}, "comments");

onRecordCreateRequest((e) => {
  // A new question is open; a superuser (the demo seed) may write history as it was.
  if (!e.auth?.isSuperuser()) {
    e.record.set("answered", false);
    e.record.set("answered_at", "");
    e.record.set("answered_by", "");
  }
  e.next();
}, "comments");

onRecordUpdateRequest((e) => {
  const original = e.record.original();
  if (original.getBool("answered") === e.record.getBool("answered")) {
    e.record.set("answered_at", original.getString("answered_at"));
    e.record.set("answered_by", original.getString("answered_by"));
  } else if (e.record.getBool("answered")) {
    e.record.set("answered_at", new DateTime());
    e.record.set("answered_by", e.auth && !e.auth.isSuperuser() ? e.auth.id : "");
  } else {
    e.record.set("answered_at", "");
    e.record.set("answered_by", "");
  }
  e.next();
}, "comments");
