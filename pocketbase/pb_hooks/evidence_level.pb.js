/// <reference path="../pb_data/types.d.ts" />
// Keeps pilots.evidence_level (the pilot's place on the evidence ladder) in step with every write
// that can move it, however it is made: the API, a batch, the dashboard, a cascade or another hook.
// Execute hooks, so the level is computed inside the write's transaction: a reader never sees the
// write without its level, and a client's own evidence_level is replaced. The lessons_facets
// trigger on pilots (migration 1764151600) copies the new level into the lesson library's facets in
// the same statement. The rule is in lib/evidence-level.js, the reading and storing in
// lib/evidence-refresh.js.

// A pilot's own fields; a copy's write or delete also moves the original it was adopted from.
onRecordCreateExecute((e) => require(`${__hooks}/lib/evidence-refresh.js`).writePilot(e), "pilots");
onRecordUpdateExecute((e) => require(`${__hooks}/lib/evidence-refresh.js`).writePilot(e), "pilots");
onRecordDeleteExecute((e) => require(`${__hooks}/lib/evidence-refresh.js`).deletePilot(e), "pilots");

// A hypothesis counts with its indicator, baseline, target and verdict, a measurement with its
// sample sizes, both for their pilot and (in a copy) for its original; an evaluation's
// measurements count for the evaluation's pilot.
onRecordCreateExecute((e) => require(`${__hooks}/lib/evidence-refresh.js`).writeRowAndRefresh(e, false), "hypotheses", "measurements");
onRecordUpdateExecute(
  (e) => require(`${__hooks}/lib/evidence-refresh.js`).writeRowAndRefresh(e, true),
  "hypotheses",
  "evaluations",
  "measurements",
);
onRecordDeleteExecute(
  (e) => require(`${__hooks}/lib/evidence-refresh.js`).writeRowAndRefresh(e, false),
  "hypotheses",
  "evaluations",
  "measurements",
);
