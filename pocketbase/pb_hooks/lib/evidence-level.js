// A pilot's place on the evidence ladder (pilots.evidence_level): the rule, in plain JavaScript (no
// PocketBase globals), so tests/integration/domain-matches-pocketbase.test.ts runs it in Node next to
// src/domain/evidence-ladder.ts, which states the same rule for the pilot page. lib/evidence-refresh.js
// reads a pilot's records and stores the level in the transaction of every write that can move it.
//
// The levels carry the words of the Dutch recognition system for social interventions, so each one
// requires what it names, from the pilot's own records and never from a checkbox:
//   goed beschreven      in practice (not idee or ontwerp), summary, problem and target group, and a
//                        hypothesis with an indicator, a baseline and a different target;
//   goed onderbouwd      + a theory of change of MIN_THEORY_OF_CHANGE characters or more;
//   eerste aanwijzingen  + a hypothesis both confirmed and measured MIN_MEASUREMENTS times with
//                        samples of MIN_SAMPLE_SIZE or more;
//   goede aanwijzingen   + such a hypothesis with a measurement against a comparison group of
//                        MIN_SAMPLE_SIZE or more;
//   sterke aanwijzingen  + a confirmed hypothesis that an adopter in another municipality confirmed
//                        in its own copy, by the same standard (measured and in practice).

/** The rungs, lowest first (src/domain/options.ts evidenceLevels). */
const LEVELS = ["goed_beschreven", "goed_onderbouwd", "eerste_aanwijzingen", "goede_aanwijzingen", "sterke_aanwijzingen"];
/** src/domain/verdict.ts MIN_MEASUREMENTS, src/domain/suppression.ts MIN_SAMPLE_SIZE, src/domain/evidence-ladder.ts. */
const MIN_MEASUREMENTS = 2;
const MIN_SAMPLE_SIZE = 10;
const MIN_THEORY_OF_CHANGE = 100;
/** The recognition system describes practice, not plans. */
const PLANNING_STAGES = ["idee", "ontwerp"];

const filled = (text) => String(text ?? "").trim().length > 0;
const large = (size) => size !== null && size !== undefined && size >= MIN_SAMPLE_SIZE;

/**
 * The hypotheses (of `hypotheses`: [{ id, verdict }]) confirmed and measured often enough, from
 * measurements [{ hypothesis, sample_size, comparison_sample_size }]; with `compared`, only those
 * with a large enough measurement against a comparison group as well.
 */
function confirmedMeasured(hypotheses, measurements, compared) {
  const usable = measurements.filter((m) => large(m.sample_size));
  return hypotheses.filter((h) => {
    const own = usable.filter((m) => m.hypothesis === h.id);
    if (h.verdict !== "bevestigd" || own.length < MIN_MEASUREMENTS) return false;
    return !compared || own.some((m) => large(m.comparison_sample_size));
  });
}

/**
 * The original's hypotheses (ids) that an adopter confirmed: copies [{ municipality, stage,
 * hypotheses: [{ id, adopted_from, verdict }], measurements }] of a pilot of `municipality`. Only a
 * copy in another municipality that runs in practice counts.
 */
function replicatedHypotheses(municipality, copies) {
  const ids = [];
  for (const copy of copies) {
    if (copy.municipality === municipality || PLANNING_STAGES.includes(copy.stage)) continue;
    for (const h of confirmedMeasured(copy.hypotheses, copy.measurements, false)) if (filled(h.adopted_from)) ids.push(h.adopted_from);
  }
  return [...new Set(ids)];
}

/**
 * pilot: { stage, summary, problem, target_group, theory_of_change }; hypotheses: [{ id, indicator,
 * baseline, target, verdict }]; measurements of the pilot: [{ hypothesis, sample_size,
 * comparison_sample_size }]; replicated: ids of its hypotheses an adopter confirmed.
 */
function factsOf(pilot, hypotheses, measurements, replicated) {
  const measured = confirmedMeasured(hypotheses, measurements, false);
  return {
    inPractice: !PLANNING_STAGES.includes(pilot.stage),
    described: [pilot.summary, pilot.problem, pilot.target_group].every(filled),
    hypotheses: hypotheses.filter((h) => filled(h.indicator) && h.baseline !== h.target).length,
    theoryOfChange: String(pilot.theory_of_change ?? "").trim().length >= MIN_THEORY_OF_CHANGE,
    confirmedMeasured: measured.length,
    compared: confirmedMeasured(measured, measurements, true).length,
    replicated: hypotheses.filter((h) => h.verdict === "bevestigd" && replicated.includes(h.id)).length,
  };
}

/** The highest rung whose step and every step below it are met; "" when not on the ladder. */
function levelOf(facts) {
  const met = [
    facts.inPractice && facts.described && facts.hypotheses > 0,
    facts.theoryOfChange,
    facts.confirmedMeasured > 0,
    facts.compared > 0,
    facts.replicated > 0,
  ];
  const reached = met.indexOf(false);
  return reached === 0 ? "" : LEVELS[(reached === -1 ? met.length : reached) - 1];
}

module.exports = {
  LEVELS,
  MIN_MEASUREMENTS,
  MIN_SAMPLE_SIZE,
  MIN_THEORY_OF_CHANGE,
  PLANNING_STAGES,
  factsOf,
  levelOf,
  replicatedHypotheses,
};
