// Whether an evaluation is the only end evaluation of a pilot that reached the stage Besluit.
function isLastEndOfDecidedPilot(app, evaluation) {
  const pilot = app.findRecordById("pilots", evaluation.getString("pilot"));
  const ends = app.countRecords("evaluations", $dbx.hashExp({ pilot: pilot.id, kind: "eind" }));
  return pilot.getString("stage") === "besluit" && ends <= 1;
}

module.exports = { isLastEndOfDecidedPilot };
