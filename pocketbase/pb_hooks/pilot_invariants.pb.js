/// <reference path="../pb_data/types.d.ts" />
// Invariants of a pilot that hold for every write, from the app, a script or a direct API call.

onRecordValidate((e) => {
  const { pilotProblems } = require(`${__hooks}/lib/pilot-invariants.js`);
  const { stageGateProblems } = require(`${__hooks}/lib/stage-gate.js`);
  const problems = Object.assign(pilotProblems(e.record), stageGateProblems(e.app, e.record));
  const fields = Object.keys(problems);
  if (fields.length > 0) {
    const data = {};
    for (const field of fields) data[field] = new ValidationError("validation_invariant", problems[field]);
    throw new BadRequestError("De pilot is niet opgeslagen: controleer de gemarkeerde velden.", data);
  }
  // When the stage or the decision changes, remember when: the portfolio shows time in stage.
  const original = e.record.isNew() ? null : e.record.original();
  const now = new DateTime();
  // Both are the server's to set: a value sent along by a client is never kept.
  const stageChanged = !original || original.getString("stage") !== e.record.getString("stage");
  e.record.set("stage_since", stageChanged ? now : original.get("stage_since"));
  const decided = e.record.getString("decision") !== "";
  // A decision taken again (same choice, new grounds: a new decisions record) is dated anew too.
  const decisionChanged =
    !original || ["decision", "decision_rationale", "stop_reason"].some((field) => original.getString(field) !== e.record.getString(field));
  e.record.set("decided_at", !decided ? "" : decisionChanged ? now : original.get("decided_at"));
  e.next();
}, "pilots");
