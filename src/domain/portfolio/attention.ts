import { formatDate } from "../dates.ts";
import { fundingSources } from "../options.ts";
import { riskScore } from "../risk-score.ts";
import { daysBetween, type PortfolioRecords, type PortfolioPilot } from "./types.ts";

export type AttentionReason = { kind: AttentionKind; text: string };
export type AttentionKind = "evaluatie" | "risico" | "overschrijding" | "verantwoording" | "einddatum" | "lessen";

/** An evaluation is due every half year while a pilot runs. */
export const EVALUATION_INTERVAL_DAYS = 183;
export const HIGH_RISK_SCORE = 15;
export const OVERSPEND_MARGIN = 0.1;
export const DEADLINE_WINDOW_DAYS = 30;

/**
 * Why a pilot needs a decision or action now. Each rule is one Dutch sentence a director can act on:
 * - an evaluation is overdue (running pilot, last evaluation or start more than half a year ago);
 * - a risk scores 15 or more and has no mitigation;
 * - spending is more than 10% over plan;
 * - a subsidy must be reported on within 30 days;
 * - the end date passed without a decision;
 * - a decision was taken but no lesson recorded.
 */
export function attentionReasons(pilot: PortfolioPilot, records: Omit<PortfolioRecords, "pilots">, today: string): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  const running = pilot.stage === "uitvoering" || pilot.stage === "evaluatie";

  if (running) {
    const dates = records.evaluations
      .filter((e) => e.pilot === pilot.id)
      .map((e) => e.date.slice(0, 10))
      .sort();
    const last = dates.at(-1);
    const since = last ?? (pilot.start_date ? pilot.start_date.slice(0, 10) : "");
    if (since && daysBetween(since, today) > EVALUATION_INTERVAL_DAYS) {
      reasons.push({
        kind: "evaluatie",
        text: last
          ? `Evaluatie achterstallig: de laatste was op ${formatDate(last)}.`
          : `Evaluatie achterstallig: nog geen evaluatie sinds de start op ${formatDate(since)}.`,
      });
    }
  }

  for (const risk of records.risks) {
    if (risk.pilot !== pilot.id || risk.status === "gesloten") continue;
    const score = riskScore(risk.likelihood, risk.impact);
    if (score >= HIGH_RISK_SCORE && risk.mitigation.trim() === "") {
      reasons.push({ kind: "risico", text: `Risico “${risk.title}” (score ${score}) heeft geen beheersmaatregel.` });
    }
  }

  const lines = records.budgetLines.filter((line) => line.pilot === pilot.id);
  const planned = lines.reduce((sum, line) => sum + line.planned_cents, 0);
  const spent = lines.reduce((sum, line) => sum + line.spent_cents, 0);
  if (planned > 0 && spent > planned * (1 + OVERSPEND_MARGIN)) {
    reasons.push({ kind: "overschrijding", text: `Uitgaven ${Math.round((spent / planned - 1) * 100)}% boven de begroting.` });
  } else if (planned === 0 && spent > 0) {
    reasons.push({ kind: "overschrijding", text: "Er is uitgegeven zonder begroting." });
  }

  for (const line of lines) {
    if (!line.reporting_deadline) continue;
    const days = daysBetween(today, line.reporting_deadline);
    if (days >= 0 && days <= DEADLINE_WINDOW_DAYS) {
      reasons.push({
        kind: "verantwoording",
        text: `Verantwoording ${fundingSources.label(line.source)} (${line.year}) uiterlijk ${formatDate(line.reporting_deadline)}.`,
      });
    }
  }

  if (pilot.end_date && pilot.decision === "" && daysBetween(pilot.end_date, today) > 0) {
    reasons.push({ kind: "einddatum", text: `Einddatum ${formatDate(pilot.end_date)} verstreken zonder besluit.` });
  }

  if (pilot.decision !== "" && (records.lessonCounts[pilot.id] ?? 0) === 0) {
    reasons.push({ kind: "lessen", text: "Besluit genomen, maar nog geen lessen vastgelegd." });
  }
  return reasons;
}

/** The pilots that need attention, each with its reasons, most reasons first. */
export function attentionList(records: PortfolioRecords, today: string): Array<{ pilot: PortfolioPilot; reasons: AttentionReason[] }> {
  // Each pilot's rows gathered once: a portfolio of 500 pilots has thousands of rows.
  const evaluations = groupByPilot(records.evaluations);
  const risks = groupByPilot(records.risks);
  const budgetLines = groupByPilot(records.budgetLines);
  const hypotheses = groupByPilot(records.hypotheses);
  const rowsOf = (id: string): Omit<PortfolioRecords, "pilots"> => ({
    evaluations: evaluations.get(id) ?? [],
    risks: risks.get(id) ?? [],
    budgetLines: budgetLines.get(id) ?? [],
    hypotheses: hypotheses.get(id) ?? [],
    lessonCounts: records.lessonCounts,
  });
  return records.pilots
    .map((pilot) => ({ pilot, reasons: attentionReasons(pilot, rowsOf(pilot.id), today) }))
    .filter((entry) => entry.reasons.length > 0)
    .sort((a, b) => b.reasons.length - a.reasons.length || a.pilot.title.localeCompare(b.pilot.title, "nl"));
}

function groupByPilot<Row extends { pilot: string }>(rows: readonly Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(row.pilot);
    if (group) group.push(row);
    else groups.set(row.pilot, [row]);
  }
  return groups;
}
