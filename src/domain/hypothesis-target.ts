import type { Direction } from "./options.ts";

/**
 * A target is what counts as success, so it must lie on the better side of the baseline: a target
 * equal to the baseline is met by doing nothing, and one on the wrong side by getting worse. Such a
 * hypothesis would be "confirmed" without any effect and make the portfolio's figures meaningless.
 * PocketBase holds every write to the same rule with the same messages
 * (pocketbase/pb_hooks/lib/hypothesis-target.js; tests/integration/domain-matches-pocketbase.test.ts
 * compares the two).
 */
export const targetMessages = {
  equal:
    "De streefwaarde is gelijk aan de nulmeting: dan telt niets doen al als succes. Kies een streefwaarde die beter is dan de nulmeting.",
  omhoog:
    "De streefwaarde ligt lager dan de nulmeting, terwijl hoger beter is. Kies een hogere streefwaarde of de richting ‘Lager is beter’.",
  omlaag:
    "De streefwaarde ligt hoger dan de nulmeting, terwijl lager beter is. Kies een lagere streefwaarde of de richting ‘Hoger is beter’.",
} as const;

/** What is wrong with the target, or null; numbers that are missing are another field's message. */
export function targetProblem(hypothesis: { direction: Direction | string; baseline: unknown; target: unknown }): string | null {
  const { direction, baseline, target } = hypothesis;
  if (typeof baseline !== "number" || typeof target !== "number" || !Number.isFinite(baseline) || !Number.isFinite(target)) return null;
  if (target === baseline) return targetMessages.equal;
  if (direction === "omhoog" && target < baseline) return targetMessages.omhoog;
  if (direction === "omlaag" && target > baseline) return targetMessages.omlaag;
  return null;
}
