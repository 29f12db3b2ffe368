// A hypothesis's target lies on the better side of its baseline: equal to it, doing nothing counts as
// success; on the wrong side, getting worse does. The same rule and messages as src/domain/hypothesis-target.ts,
// which the form uses (tests/integration/domain-matches-pocketbase.test.ts compares the two).

const MESSAGES = {
  equal:
    "De streefwaarde is gelijk aan de nulmeting: dan telt niets doen al als succes. Kies een streefwaarde die beter is dan de nulmeting.",
  omhoog:
    "De streefwaarde ligt lager dan de nulmeting, terwijl hoger beter is. Kies een hogere streefwaarde of de richting ‘Lager is beter’.",
  omlaag:
    "De streefwaarde ligt hoger dan de nulmeting, terwijl lager beter is. Kies een lagere streefwaarde of de richting ‘Hoger is beter’.",
};

/** The message for the target field, or null. */
function targetProblem(hypothesis) {
  const { direction, baseline, target } = hypothesis;
  if (typeof baseline !== "number" || typeof target !== "number" || !Number.isFinite(baseline) || !Number.isFinite(target)) return null;
  if (target === baseline) return MESSAGES.equal;
  if (direction === "omhoog" && target < baseline) return MESSAGES.omhoog;
  if (direction === "omlaag" && target > baseline) return MESSAGES.omlaag;
  return null;
}

const TARGET_FIELDS = ["direction", "baseline", "target"];

/**
 * Whether a write is held to the rule: a new hypothesis, or one whose direction, baseline or target
 * changes. A hypothesis stored before the rule keeps taking its verdict until someone edits its target.
 */
function needsCheck(record) {
  if (record.isNew()) return true;
  const original = record.original();
  return TARGET_FIELDS.some((name) => String(record.get(name)) !== String(original.get(name)));
}

module.exports = { MESSAGES, targetProblem, needsCheck };
