import type { Direction, Verdict } from "./options.ts";
import { formatDecimal } from "./decimal.ts";
import { formatPeriod } from "./period.ts";
import { isSmallSample } from "./suppression.ts";

export type VerdictHypothesis = { baseline: number; target: number; direction: Direction; unit: string };
export type VerdictMeasurement = { value: number; sample_size: number; period: string };
export type VerdictProposal = { verdict: Verdict; explanation: string };

/** At least this many measurements from a large enough sample before the data can speak. */
export const MIN_MEASUREMENTS = 2;

/**
 * Proposes a verdict on a hypothesis from its measurements, for the manager to confirm or overrule:
 * - no measurements yet: open;
 * - fewer than two measurements with a sample of at least 10: onbeslist (too few or too small);
 * - the latest such measurement reaches the target: bevestigd;
 * - it is no better than the baseline: verworpen;
 * - in between: onbeslist, with how far it got.
 * The explanation is one Dutch sentence that names the numbers it used.
 */
export function proposeVerdict(hypothesis: VerdictHypothesis, measurements: readonly VerdictMeasurement[]): VerdictProposal {
  if (measurements.length === 0) return { verdict: "open", explanation: "Er zijn nog geen metingen." };

  const usable = measurements.filter((m) => !isSmallSample(m.sample_size)).sort((a, b) => a.period.localeCompare(b.period));
  if (usable.length < MIN_MEASUREMENTS) {
    const small = measurements.length - usable.length;
    return {
      verdict: "onbeslist",
      explanation:
        `Te weinig gegevens: ${usable.length} van de ${measurements.length} metingen ` +
        `${usable.length === 1 ? "heeft" : "hebben"} een steekproef van minstens 10` +
        `${small > 0 ? ` (${small} te klein)` : ""}, en er zijn er minstens ${MIN_MEASUREMENTS} nodig.`,
    };
  }

  const latest = usable[usable.length - 1]!;
  const unit = hypothesis.unit ? ` ${hypothesis.unit}` : "";
  const show = (value: number) => `${formatDecimal(value)}${unit}`;
  const up = hypothesis.direction === "omhoog";
  const reached = up ? latest.value >= hypothesis.target : latest.value <= hypothesis.target;
  const noBetter = up ? latest.value <= hypothesis.baseline : latest.value >= hypothesis.baseline;
  const when = formatPeriod(latest.period);

  if (reached) {
    return {
      verdict: "bevestigd",
      explanation: `In ${when} is ${show(latest.value)} gemeten: de streefwaarde van ${show(hypothesis.target)} is gehaald (nulmeting ${show(hypothesis.baseline)}).`,
    };
  }
  if (noBetter) {
    return {
      verdict: "verworpen",
      explanation: `In ${when} is ${show(latest.value)} gemeten: niet beter dan de nulmeting van ${show(hypothesis.baseline)}, terwijl ${show(hypothesis.target)} het doel is.`,
    };
  }
  // Strictly between baseline and target here, so never shown as 0% or 100%.
  const share = Math.min(
    99,
    Math.max(1, Math.round(((latest.value - hypothesis.baseline) / (hypothesis.target - hypothesis.baseline)) * 100)),
  );
  return {
    verdict: "onbeslist",
    explanation: `In ${when} is ${show(latest.value)} gemeten: ${share}% van de weg van ${show(hypothesis.baseline)} naar ${show(hypothesis.target)}; de streefwaarde is nog niet gehaald.`,
  };
}
