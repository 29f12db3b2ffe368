// Keeps pilots.evidence_level in step with the records it rests on, inside the transaction of the
// write that moves them (pb_hooks/evidence_level.pb.js). The rule is lib/evidence-level.js.
// An adopted copy's records are evidence for its original too (a replication), so whatever moves a
// copy's level also recomputes the level of the pilot it was adopted from.

const { factsOf, levelOf, replicatedHypotheses } = require(`${__hooks}/lib/evidence-level.js`);

/** The level of a pilot record (its fields as they are about to be saved), read with `app`. */
function levelOfPilot(app, pilot) {
  const fields = {
    stage: pilot.getString("stage"),
    summary: pilot.getString("summary"),
    problem: pilot.getString("problem"),
    target_group: pilot.getString("target_group"),
    theory_of_change: pilot.getString("theory_of_change"),
  };
  // A pilot being created has no rows yet: they point at it, so they come after it.
  if (pilot.isNew()) return levelOf(factsOf(fields, [], [], []));
  const hypotheses = app.findAllRecords("hypotheses", $dbx.hashExp({ pilot: pilot.id })).map((h) => ({
    id: h.id,
    indicator: h.getString("indicator"),
    baseline: h.getFloat("baseline"),
    target: h.getFloat("target"),
    verdict: h.getString("verdict"),
  }));
  const measurements = measurementsWhere(app, "e.pilot = {:pilot}", pilot.id);
  return levelOf(factsOf(fields, hypotheses, measurements, replicatedHypotheses(pilot.getString("municipality"), copiesOf(app, pilot.id))));
}

/** Measurements of the pilots `where` (over evaluations e and pilots p) selects, with their pilot. */
function measurementsWhere(app, where, pilot) {
  const rows = arrayOf(new DynamicModel({ pilot: "", hypothesis: "", sample_size: 0, comparison_sample_size: 0 }));
  app
    .db()
    .newQuery(
      "SELECT e.pilot AS pilot, m.hypothesis AS hypothesis, m.sample_size AS sample_size, m.comparison_sample_size AS comparison_sample_size " +
        `FROM measurements m JOIN evaluations e ON e.id = m.evaluation JOIN pilots p ON p.id = e.pilot WHERE ${where}`,
    )
    .bind({ pilot })
    .all(rows);
  return rows.map((row) => ({
    pilot: row.pilot,
    hypothesis: row.hypothesis,
    sample_size: row.sample_size,
    comparison_sample_size: row.comparison_sample_size,
  }));
}

/** The adopted copies of a pilot, each with its hypotheses and measurements, as replicatedHypotheses takes them. */
function copiesOf(app, pilotId) {
  const copies = app.findAllRecords("pilots", $dbx.hashExp({ adopted_from: pilotId }));
  if (copies.length === 0) return [];
  const ids = copies.map((copy) => copy.id);
  const hypotheses = app.findAllRecords("hypotheses", $dbx.in("pilot", ...ids));
  const measurements = measurementsWhere(app, "p.adopted_from = {:pilot}", pilotId);
  return copies.map((copy) => ({
    municipality: copy.getString("municipality"),
    stage: copy.getString("stage"),
    hypotheses: hypotheses
      .filter((h) => h.getString("pilot") === copy.id)
      .map((h) => ({ id: h.id, adopted_from: h.getString("adopted_from"), verdict: h.getString("verdict") })),
    measurements: measurements.filter((m) => m.pilot === copy.id),
  }));
}

/** The pilots a row of `collection` (in the states given) belongs to, as stored now. */
function pilotsOf(app, collection, states) {
  const ids = [];
  const pilotOfEvaluation = (id) => {
    try {
      return app.findRecordById("evaluations", id).getString("pilot");
    } catch (_) {
      return ""; // gone already (a cascade)
    }
  };
  for (const row of states) {
    if (collection === "measurements") ids.push(pilotOfEvaluation(row.getString("evaluation")));
    else ids.push(row.getString("pilot"));
  }
  return [...new Set(ids.filter((id) => id !== ""))];
}

/**
 * Stores the level of exactly these pilots where it changed, and returns the pilots they were
 * adopted from. Not validated again: only this field changes.
 */
function storeLevels(app, pilotIds) {
  const originals = [];
  for (const id of new Set(pilotIds)) {
    if (!id) continue;
    let pilot;
    try {
      pilot = app.findRecordById("pilots", id);
    } catch (_) {
      continue; // the pilot is being deleted, or never was
    }
    const level = levelOfPilot(app, pilot);
    if (level !== pilot.getString("evidence_level")) {
      pilot.set("evidence_level", level);
      app.saveNoValidate(pilot);
    }
    originals.push(pilot.getString("adopted_from"));
  }
  return originals;
}

/** Stores the level of these pilots, and of the pilots they were adopted from (one step: a copy's copies are not its evidence). */
function refreshPilots(app, pilotIds) {
  storeLevels(app, storeLevels(app, pilotIds));
}

/** Runs `write` (the hook's e.next()) in a transaction, with e.app the transaction's app. */
function inTransaction(e, write) {
  const outer = e.app;
  outer.runInTransaction((txApp) => {
    e.app = txApp;
    try {
      write(txApp);
    } finally {
      e.app = outer;
    }
  });
}

/**
 * Runs the write of a pilot (the execute hook's e.next()) with its level set from the values it is
 * about to store, so a client's own evidence_level never stays, and then recomputes the original
 * it was adopted from: a copy created, moved into practice or out of it changes the replication.
 */
function writePilot(e) {
  inTransaction(e, (txApp) => {
    const before = e.record.isNew() ? "" : e.record.original().getString("adopted_from");
    e.record.set("evidence_level", levelOfPilot(txApp, e.record));
    e.next();
    storeLevels(txApp, [before, e.record.getString("adopted_from")]);
  });
}

/** Runs the delete of a pilot and recomputes the original it was adopted from: its replication may be gone. */
function deletePilot(e) {
  inTransaction(e, (txApp) => {
    const original = e.record.getString("adopted_from");
    e.next();
    storeLevels(txApp, [original]);
  });
}

/**
 * Runs the write of a hypothesis, evaluation or measurement and then recomputes the level of the
 * pilots it belonged to and belongs to (and their originals), in the same transaction (the write's
 * own in a batch or a cascade), so no reader sees the write without its level and a failed
 * recompute undoes the write.
 */
function writeRowAndRefresh(e, isUpdate) {
  inTransaction(e, (txApp) => {
    const collection = e.record.collection().name;
    const states = isUpdate ? [e.record, e.record.original()] : [e.record];
    // Before the write: a deleted measurement's evaluation may go in the same cascade.
    const before = pilotsOf(txApp, collection, states);
    e.next();
    refreshPilots(txApp, [...before, ...pilotsOf(txApp, collection, states)]);
  });
}

module.exports = { deletePilot, writePilot, writeRowAndRefresh };
