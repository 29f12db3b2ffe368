/// <reference path="../pb_data/types.d.ts" />
// A stage-gate decision: who took it comes from the account that sends it, never from the body;
// it needs an end evaluation, the stage Evaluatie (or Besluit, to change it) and at least one
// lesson from the pilot; and it is copied onto the pilot in the same transaction. The rules are in
// lib/decisions.js; the API rules (migration 1764152100) let only the pilot's directeur create one.

onRecordCreateRequest((e) => {
  // A superuser (the demo seed, platformbeheer) names the directeur; an account is itself.
  if (e.auth && !e.auth.isSuperuser()) e.record.set("decided_by", e.auth.id);
  e.record.set("decided_by_name", "");
  e.next();
}, "decisions");

onRecordValidate((e) => {
  if (e.record.isNew()) {
    const { decisionProblems } = require(`${__hooks}/lib/decisions.js`);
    const problems = decisionProblems(e.app, e.record);
    const fields = Object.keys(problems);
    if (fields.length > 0) {
      const data = {};
      for (const field of fields) data[field] = new ValidationError("validation_invariant", problems[field]);
      throw new BadRequestError("Het besluit is niet vastgelegd: controleer de gemarkeerde velden.", data);
    }
    // Only stopping has a stop reason: the history says what the pilot says (lib/decisions.js recordOnPilot).
    if (e.record.getString("decision") !== "stoppen") e.record.set("stop_reason", "");
    // The name is the account's, kept current on rename (comment_authors.pb.js).
    const by = e.record.getString("decided_by");
    if (by !== "") {
      try {
        e.record.set("decided_by_name", e.app.findRecordById("users", by).getString("name"));
      } catch (_) {
        // no such account: the relation's own validation says so
      }
    }
  }
  e.next();
}, "decisions");

onRecordCreateExecute((e) => require(`${__hooks}/lib/decisions.js`).recordOnPilot(e), "decisions");
