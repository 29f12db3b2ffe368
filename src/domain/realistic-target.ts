import type { Direction } from "./options.ts";
import { parseDecimal } from "./decimal.ts";
import { changeLabel, relativeChange } from "./relative-change.ts";

/**
 * The pilot form's realistic-target hint: what pilots on the same catalogue indicator achieved
 * (GET /api/proeftuin/indicators/{id}/achieved, through the site's /indicatoren/{id}/bereikt.json),
 * and whether this hypothesis aims beyond all of them.
 */
export type AchievedFigures = { pilots: number; municipalities: number; median: number | null; min: number | null; max: number | null };

export const TOO_FEW_MESSAGE = "Er zijn te weinig vergelijkbare pilots (uit minstens drie gemeenten) om te laten zien wat zij bereikten.";
export const BEYOND_MESSAGE = "Dit doel is hoger dan wat vergelijkbare pilots bereikten.";

/** "Vergelijkbare pilots bereikten een verandering van +12% (mediaan; +4% tot +30%, 5 pilots)", or why not. */
export function achievedSentence(figures: AchievedFigures): string {
  const { median, min, max, pilots } = figures;
  if (median === null || min === null || max === null) return TOO_FEW_MESSAGE;
  const count = pilots === 1 ? "1 pilot" : `${pilots} pilots`;
  return `Vergelijkbare pilots bereikten een verandering van ${changeLabel(median)} (mediaan; ${changeLabel(min)} tot ${changeLabel(max)}, ${count}).`;
}

/**
 * Whether the target asks for a larger improvement than any comparable pilot achieved. Baseline and
 * target as typed in the form; a value that cannot be read yet is no reason to warn.
 */
export function targetBeyondAchieved(
  figures: AchievedFigures,
  hypothesis: { baseline: string; target: string },
  indicatorDirection: Direction,
): boolean {
  if (figures.max === null) return false;
  const baseline = parseDecimal(hypothesis.baseline);
  const target = parseDecimal(hypothesis.target);
  if (baseline === null || target === null) return false;
  const aimed = relativeChange(baseline, target, indicatorDirection);
  return aimed !== null && aimed > figures.max;
}
