// The stage gate's invariants, checked on every save of a pilot. Returns { field: message }.
// The site checks the same before it writes (src/domain/stage-gate.ts); tests/integration/
// domain-matches-pocketbase.test.ts runs both on every combination of stage, decision and texts.

function stageGateProblems(app, record) {
  const problems = {};
  const stage = record.getString("stage");
  const decision = record.getString("decision");
  if (stage === "besluit") {
    const endEvaluations = record.id ? app.countRecords("evaluations", $dbx.hashExp({ pilot: record.id, kind: "eind" })) : 0;
    if (endEvaluations === 0) problems.stage = "Een pilot gaat pas naar de fase Besluit na een eindevaluatie.";
  }
  if (decision !== "" && stage !== "besluit") problems.decision = "Een besluit hoort bij de fase Besluit.";
  // Knowledge handover: a new or changed decision needs a lesson from the pilot (lib/decisions.js
  // says the same to the directeur). A decision taken before this rule may stay as it is.
  const decisionChanged = record.isNew() || record.original().getString("decision") !== decision;
  if (decision !== "" && decisionChanged && (!record.id || app.countRecords("lessons", $dbx.hashExp({ pilot: record.id })) === 0)) {
    problems.decision = "Leg eerst minstens één les uit deze pilot vast: met het besluit gaat de kennis over.";
  }
  if (decision !== "" && record.getString("decision_rationale").trim() === "") {
    problems.decision_rationale = "Licht het besluit toe.";
  }
  if (decision === "stoppen" && record.getString("stop_reason").trim() === "") {
    problems.stop_reason = "Geef de reden om te stoppen: daar leren andere gemeenten van.";
  }
  return problems;
}

module.exports = { stageGateProblems };
