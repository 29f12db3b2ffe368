/// <reference path="../pb_data/types.d.ts" />
// A comment is about exactly one lesson or pilot and carries its author's name and municipality
// (so readers need no access to users; comment_authors.pb.js sets them from the account). Mail
// about a new question goes through the outbox (lib/mail-outbox.js), never from this request.

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
}, "comments");
