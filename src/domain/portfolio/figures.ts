import { grandTotal, overspentLineCount } from "../budget-totals.ts";
import {
  evidenceLevels,
  fundingSources,
  stages,
  type Decision,
  type EvidenceLevel,
  type FundingSource,
  type Stage,
  type Verdict,
} from "../options.ts";
import { daysBetween, type PortfolioBudgetLine, type PortfolioHypothesis, type PortfolioPilot } from "./types.ts";

/** How many pilots are in each stage, in stage order, zeros included. */
export function stageCounts(pilots: readonly PortfolioPilot[]): Array<{ stage: Stage; count: number }> {
  return stages.values.map((stage) => ({ stage, count: pilots.filter((p) => p.stage === stage).length }));
}

/** How many pilots reached each rung of the evidence ladder; "" for not yet on it. */
export function evidenceCounts(pilots: readonly PortfolioPilot[]): Array<{ level: EvidenceLevel | ""; count: number }> {
  return (["", ...evidenceLevels.values] as Array<EvidenceLevel | "">).map((level) => ({
    level,
    count: pilots.filter((p) => p.evidence_level === level).length,
  }));
}

export type Outcomes = { confirmed: number; refuted: number; undecided: number; open: number; judged: number; total: number };

/** The verdicts that judge a hypothesis; without one of these (open, or none yet) it still waits for its measurements. */
export const JUDGED_VERDICTS = ["bevestigd", "verworpen", "onbeslist"] as const satisfies readonly Verdict[];

/** Recorded verdicts; a hypothesis without one counts as open. */
export function hypothesisOutcomes(hypotheses: readonly PortfolioHypothesis[]): Outcomes {
  const count = (verdict: string) => hypotheses.filter((h) => h.verdict === verdict).length;
  const confirmed = count("bevestigd");
  const refuted = count("verworpen");
  const undecided = count("onbeslist");
  const judged = confirmed + refuted + undecided;
  return { confirmed, refuted, undecided, open: hypotheses.length - judged, judged, total: hypotheses.length };
}

/** A share as a whole percentage, or null when there is nothing to divide by. */
export const percentage = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 100));

/**
 * "% hypothesen bevestigd", the one definition the key figures and the network comparison share:
 * confirmed hypotheses out of those with a verdict (bevestigd, verworpen or onbeslist). Open ones
 * are left out, so a portfolio of new pilots is not read as one whose hypotheses failed.
 * pocketbase/pb_hooks/lib/shared-figures.js counts the same for the network
 * (tests/integration/domain-matches-pocketbase.test.ts compares the two).
 */
export function confirmedShare(counts: { confirmed: number; judged: number }): number | null {
  return percentage(counts.confirmed, counts.judged);
}
export const CONFIRMED_SHARE_LABEL = "Hypothesen bevestigd (% van de beoordeelde)";

export type SourceBudget = {
  source: FundingSource;
  planned_cents: number;
  spent_cents: number;
  burnRate: number | null;
  /** Lines of this source that are overspent each on their own (src/domain/budget-totals.ts). */
  overspentLines: number;
};

function budgetRow(lines: readonly PortfolioBudgetLine[]) {
  const { planned_cents, spent_cents } = grandTotal(lines);
  return { planned_cents, spent_cents, burnRate: percentage(spent_cents, planned_cents), overspentLines: overspentLineCount(lines) };
}

/** Planned against spent per funding source (sources in their fixed order, only those used). */
export function budgetBySource(lines: readonly PortfolioBudgetLine[]): SourceBudget[] {
  return fundingSources.values
    .map((source) => ({ source, own: lines.filter((line) => line.source === source) }))
    .filter(({ own }) => own.length > 0)
    .map(({ source, own }) => ({ source, ...budgetRow(own) }));
}

/** Planned and spent per budget year, oldest first. */
export function budgetByYear(
  lines: readonly PortfolioBudgetLine[],
): Array<{ year: number; planned_cents: number; spent_cents: number; burnRate: number | null; overspentLines: number }> {
  const years = [...new Set(lines.map((line) => line.year))].sort((a, b) => a - b);
  return years.map((year) => ({ year, ...budgetRow(lines.filter((line) => line.year === year)) }));
}

/** Each pilot's current stage and how many days it has been in it. */
export function pipeline(pilots: readonly PortfolioPilot[], today: string): Array<{ pilot: PortfolioPilot; days: number | null }> {
  return pilots.map((pilot) => ({ pilot, days: pilot.stage_since ? daysBetween(pilot.stage_since, today) : null }));
}

/** Stage-gate decisions per quarter ("2026-K3"), oldest first. */
export function decisionsByQuarter(pilots: readonly PortfolioPilot[]): Array<{ quarter: string; counts: Record<Decision, number> }> {
  const decided = pilots.filter((p) => p.decision !== "" && p.decided_at);
  const quarterOf = (date: string) => `${date.slice(0, 4)}-K${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
  const quarters = [...new Set(decided.map((p) => quarterOf(p.decided_at)))].sort();
  return quarters.map((quarter) => {
    const counts: Record<Decision, number> = { opschalen: 0, borgen: 0, bijstellen: 0, stoppen: 0 };
    for (const pilot of decided) if (quarterOf(pilot.decided_at) === quarter) counts[pilot.decision as Decision]++;
    return { quarter, counts };
  });
}
