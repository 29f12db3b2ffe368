import { evidenceLevels, fundingSources, stages, type Decision, type EvidenceLevel, type FundingSource, type Stage } from "../options.ts";
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

export type Outcomes = { confirmed: number; refuted: number; undecided: number; open: number; total: number };

/** Recorded verdicts; a hypothesis without one counts as open. */
export function hypothesisOutcomes(hypotheses: readonly PortfolioHypothesis[]): Outcomes {
  const count = (verdict: string) => hypotheses.filter((h) => h.verdict === verdict).length;
  const confirmed = count("bevestigd");
  const refuted = count("verworpen");
  const undecided = count("onbeslist");
  return { confirmed, refuted, undecided, open: hypotheses.length - confirmed - refuted - undecided, total: hypotheses.length };
}

/** A share as a whole percentage, or null when there is nothing to divide by. */
export const percentage = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 100));

export type SourceBudget = { source: FundingSource; planned_cents: number; spent_cents: number; burnRate: number | null };

/** Planned against spent per funding source (sources in their fixed order, only those used). */
export function budgetBySource(lines: readonly PortfolioBudgetLine[]): SourceBudget[] {
  return fundingSources.values
    .map((source) => {
      const own = lines.filter((line) => line.source === source);
      const planned = own.reduce((sum, line) => sum + line.planned_cents, 0);
      const spent = own.reduce((sum, line) => sum + line.spent_cents, 0);
      return { source, planned_cents: planned, spent_cents: spent, burnRate: percentage(spent, planned), used: own.length > 0 };
    })
    .filter((row) => row.used)
    .map(({ used: _used, ...row }) => row);
}

/** Planned and spent per budget year, oldest first. */
export function budgetByYear(
  lines: readonly PortfolioBudgetLine[],
): Array<{ year: number; planned_cents: number; spent_cents: number; burnRate: number | null }> {
  const years = [...new Set(lines.map((line) => line.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const own = lines.filter((line) => line.year === year);
    const planned = own.reduce((sum, line) => sum + line.planned_cents, 0);
    const spent = own.reduce((sum, line) => sum + line.spent_cents, 0);
    return { year, planned_cents: planned, spent_cents: spent, burnRate: percentage(spent, planned) };
  });
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
