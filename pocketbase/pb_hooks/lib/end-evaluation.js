// What an end evaluation means for its pilot (evaluation_invariants.pb.js).

// Whether an evaluation is the only end evaluation of a pilot that reached the stage Besluit.
function isLastEndOfDecidedPilot(app, evaluation) {
  const pilot = app.findRecordById("pilots", evaluation.getString("pilot"));
  const ends = app.countRecords("evaluations", $dbx.hashExp({ pilot: pilot.id, kind: "eind" }));
  return pilot.getString("stage") === "besluit" && ends <= 1;
}

/**
 * Runs the write of an evaluation (the execute hook's e.next()) and, when it is an end evaluation
 * of a running pilot, moves the pilot to the stage Evaluatie in the same transaction: the directeur
 * then sees "Besluit nodig". A pilot still in Idee or Ontwerp is not moved: the site offers that as
 * one click, since an adopted copy may first have to replace its local facts.
 */
function writeAndMoveToEvaluation(e) {
  const outer = e.app;
  outer.runInTransaction((txApp) => {
    e.app = txApp;
    try {
      e.next();
      if (e.record.getString("kind") !== "eind") return;
      const pilot = txApp.findRecordById("pilots", e.record.getString("pilot"));
      if (pilot.getString("stage") !== "uitvoering") return;
      pilot.set("stage", "evaluatie");
      txApp.save(pilot);
    } finally {
      e.app = outer;
    }
  });
}

module.exports = { isLastEndOfDecidedPilot, writeAndMoveToEvaluation };
