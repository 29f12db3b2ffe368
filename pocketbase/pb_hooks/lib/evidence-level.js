// A pilot's place on the evidence ladder (pilots.evidence_level), derived from its own records and
// kept in step by pb_hooks/evidence_level.pb.js inside the transaction of every write that can move
// it. The rule is src/domain/evidence-ladder.ts, which the pilot page also uses to say what is still
// missing; tests/integration/domain-matches-pocketbase.test.ts compares the two on a table of cases.
// factsOf and levelOf are plain JavaScript (no PocketBase globals), so that test runs them in Node.

/** The rungs, lowest first (src/domain/options.ts evidenceLevels). */
const LEVELS = ["goed_beschreven", "goed_onderbouwd", "eerste_aanwijzingen", "goede_aanwijzingen", "sterke_aanwijzingen"];
/** src/domain/verdict.ts MIN_MEASUREMENTS and src/domain/suppression.ts MIN_SAMPLE_SIZE. */
const MIN_MEASUREMENTS = 2;
const MIN_SAMPLE_SIZE = 10;

/**
 * pilot: { summary, problem, target_group, comparison_group, independent_replication };
 * hypotheses: [{ id, indicator, verdict }]; measurements: [{ hypothesis, sample_size }] of the pilot.
 */
function factsOf(pilot, hypotheses, measurements) {
  const usable = (id) =>
    measurements.filter((m) => m.hypothesis === id && m.sample_size !== null && m.sample_size >= MIN_SAMPLE_SIZE).length;
  return {
    described: [pilot.summary, pilot.problem, pilot.target_group].every((field) => String(field).trim().length > 0),
    hypotheses: hypotheses.filter((h) => String(h.indicator).trim().length > 0).length,
    measuredHypotheses: hypotheses.filter((h) => usable(h.id) >= MIN_MEASUREMENTS).length,
    confirmedHypotheses: hypotheses.filter((h) => h.verdict === "bevestigd").length,
    comparisonGroup: Boolean(pilot.comparison_group),
    independentReplication: Boolean(pilot.independent_replication),
  };
}

/** The highest rung whose step and every step below it are met; "" when not on the ladder. */
function levelOf(facts) {
  const met = [
    facts.described,
    facts.hypotheses > 0,
    facts.measuredHypotheses > 0 && facts.confirmedHypotheses > 0,
    facts.comparisonGroup,
    facts.independentReplication,
  ];
  const reached = met.indexOf(false);
  return reached === 0 ? "" : LEVELS[(reached === -1 ? met.length : reached) - 1];
}

/** The level of a pilot record (its fields as they are about to be saved), read with `app`. */
function levelOfPilot(app, pilot) {
  const hypotheses = pilot.id
    ? app.findAllRecords("hypotheses", $dbx.hashExp({ pilot: pilot.id })).map((h) => ({
        id: h.id,
        indicator: h.getString("indicator"),
        verdict: h.getString("verdict"),
      }))
    : [];
  const rows = arrayOf(new DynamicModel({ hypothesis: "", sample_size: 0 }));
  if (pilot.id) {
    app
      .db()
      .newQuery(
        "SELECT m.hypothesis AS hypothesis, m.sample_size AS sample_size FROM measurements m JOIN evaluations e ON e.id = m.evaluation WHERE e.pilot = {:pilot}",
      )
      .bind({ pilot: pilot.id })
      .all(rows);
  }
  const fields = {
    summary: pilot.getString("summary"),
    problem: pilot.getString("problem"),
    target_group: pilot.getString("target_group"),
    comparison_group: pilot.getBool("comparison_group"),
    independent_replication: pilot.getBool("independent_replication"),
  };
  return levelOf(
    factsOf(
      fields,
      hypotheses,
      rows.map((row) => ({ hypothesis: row.hypothesis, sample_size: row.sample_size })),
    ),
  );
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

/** Stores the level of each pilot where it changed. Not validated again: only this field changes. */
function refreshPilots(app, pilotIds) {
  for (const id of pilotIds) {
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
  }
}

/**
 * Runs the write of a pilot (the execute hook's e.next()) with its level set from the values it is
 * about to store, so a client's own evidence_level never stays; read in the write's transaction.
 */
function writePilot(e) {
  const outer = e.app;
  outer.runInTransaction((txApp) => {
    e.app = txApp;
    try {
      e.record.set("evidence_level", levelOfPilot(txApp, e.record));
      e.next();
    } finally {
      e.app = outer;
    }
  });
}

/**
 * Runs the write of a hypothesis, evaluation or measurement and then recomputes the level of the
 * pilots it belonged to and belongs to, in the same transaction (the write's own in a batch or a
 * cascade), so no reader sees the write without its level and a failed recompute undoes the write.
 */
function writeRowAndRefresh(e, isUpdate) {
  const outer = e.app;
  outer.runInTransaction((txApp) => {
    e.app = txApp;
    try {
      const collection = e.record.collection().name;
      const states = isUpdate ? [e.record, e.record.original()] : [e.record];
      // Before the write: a deleted measurement's evaluation may go in the same cascade.
      const before = pilotsOf(txApp, collection, states);
      e.next();
      refreshPilots(txApp, [...new Set([...before, ...pilotsOf(txApp, collection, states)])]);
    } finally {
      e.app = outer;
    }
  });
}

module.exports = { LEVELS, MIN_MEASUREMENTS, MIN_SAMPLE_SIZE, factsOf, levelOf, writePilot, writeRowAndRefresh };
