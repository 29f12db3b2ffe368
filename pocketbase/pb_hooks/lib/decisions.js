// The stage-gate decision (decisions.pb.js). The site checks the same before it sends
// (src/domain/stage-gate.ts decisionBlocker and DecisionFormSchema).

/** The decisions a directeur takes; src/domain/options.ts decisions. */
const DECISIONS = ["opschalen", "borgen", "bijstellen", "stoppen"];
/** Stages from which a decision may be recorded: after the end evaluation, or to change one. */
const DECIDABLE_STAGES = ["evaluatie", "besluit"];

/** Why this decision cannot be recorded for its pilot now: { field: message }. */
function decisionProblems(app, decision) {
  const problems = {};
  let pilot;
  try {
    pilot = app.findRecordById("pilots", decision.getString("pilot"));
  } catch (_) {
    return problems; // the relation's own validation reports a missing pilot
  }
  const ends = app.countRecords("evaluations", $dbx.hashExp({ pilot: pilot.id, kind: "eind" }));
  const lessons = app.countRecords("lessons", $dbx.hashExp({ pilot: pilot.id }));
  if (ends === 0) problems.decision = "Een besluit kan pas worden vastgelegd na een eindevaluatie.";
  else if (!DECIDABLE_STAGES.includes(pilot.getString("stage"))) problems.decision = "Zet de pilot eerst in de fase Evaluatie.";
  else if (lessons === 0) problems.decision = "Leg eerst minstens één les uit deze pilot vast: met het besluit gaat de kennis over.";
  if (decision.getString("decision_rationale").trim().length < 10) {
    problems.decision_rationale = "Licht het besluit toe (minstens 10 tekens).";
  }
  if (decision.getString("decision") === "stoppen" && decision.getString("stop_reason").trim().length < 10) {
    problems.stop_reason = "Geef de reden om te stoppen (minstens 10 tekens): daar leren andere gemeenten van.";
  }
  return problems;
}

/**
 * Runs the insert of a decision (the execute hook's e.next()) and copies it onto its pilot, which
 * moves to the stage Besluit, in one transaction: the history and the pilot never disagree.
 */
function recordOnPilot(e) {
  const outer = e.app;
  outer.runInTransaction((txApp) => {
    e.app = txApp;
    try {
      e.next();
      const pilot = txApp.findRecordById("pilots", e.record.getString("pilot"));
      const decision = e.record.getString("decision");
      pilot.set("stage", "besluit");
      pilot.set("decision", decision);
      pilot.set("decision_rationale", e.record.getString("decision_rationale"));
      pilot.set("stop_reason", decision === "stoppen" ? e.record.getString("stop_reason") : "");
      txApp.save(pilot);
    } finally {
      e.app = outer;
    }
  });
}

module.exports = { DECISIONS, DECIDABLE_STAGES, decisionProblems, recordOnPilot };
