import { formatDate } from "../dates.ts";
import { fundingSources, riskStatuses, type Role } from "../options.ts";
import { HIGH_RISK_SCORE, riskScore } from "../risk-score.ts";
import { grandTotal, isOverspent, OVERSPENT } from "../budget-totals.ts";
import { formatEuros } from "../money.ts";
import { daysBetween, type PortfolioBudgetLine, type PortfolioRecords, type PortfolioPilot } from "./types.ts";

export type AttentionKind = "besluit" | "evaluatie" | "risico" | "overschrijding" | "verantwoording" | "einddatum" | "lessen";
/** A step the reason asks for, offered as a link to those whose role may take it. */
type AttentionAction = { label: string; href: string; role: Role };
export type AttentionReason = { kind: AttentionKind; text: string; action?: AttentionAction };

/** An evaluation is due every half year while a pilot runs. */
export const EVALUATION_INTERVAL_DAYS = 183;
export const DEADLINE_WINDOW_DAYS = 30;

const amounts = (line: { planned_cents: number; spent_cents: number }) =>
  `${formatEuros(line.spent_cents)} besteed, ${formatEuros(line.planned_cents)} begroot`;

/**
 * Overspending (src/domain/budget-totals.ts isOverspent: more spent than planned) per budget line,
 * and per funding source where several lines add up to more than the source's plan. A pilot's total
 * can only be over plan when one of its lines is, so it adds nothing here.
 */
function overspendReasons(lines: readonly PortfolioBudgetLine[]): AttentionReason[] {
  const ordered = [...lines].sort(
    (a, b) => fundingSources.values.indexOf(a.source) - fundingSources.values.indexOf(b.source) || a.year - b.year,
  );
  const reasons: AttentionReason[] = ordered.filter(isOverspent).map((line) => ({
    kind: "overschrijding",
    text: `${OVERSPENT}: ${fundingSources.label(line.source)} ${line.year}, ${amounts(line)}.`,
  }));
  for (const source of fundingSources.values) {
    const own = ordered.filter((line) => line.source === source);
    const total = grandTotal(own);
    if (own.length > 1 && isOverspent(total)) {
      reasons.push({ kind: "overschrijding", text: `${OVERSPENT}: ${fundingSources.label(source)}, alle jaren samen, ${amounts(total)}.` });
    }
  }
  return reasons;
}

/**
 * Why a pilot needs a decision or action now. Each rule is one Dutch sentence a director can act on:
 * - the end evaluation is in and the pilot waits for the directeur's decision (with the link to take it);
 * - an evaluation is overdue (running pilot, last evaluation or start more than half a year ago);
 * - a risk that is not closed scores 15 or more, whether or not it has a mitigation;
 * - a budget line, or a funding source over its lines, has more spent than planned;
 * - a subsidy must be reported on within 30 days;
 * - the end date passed without a decision;
 * - a decision was taken but no lesson recorded.
 */
export function attentionReasons(pilot: PortfolioPilot, records: Omit<PortfolioRecords, "pilots">, today: string): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  const running = pilot.stage === "uitvoering" || pilot.stage === "evaluatie";
  const evaluations = records.evaluations.filter((e) => e.pilot === pilot.id);

  const endDates = evaluations
    .filter((e) => e.kind === "eind")
    .map((e) => e.date.slice(0, 10))
    .sort();
  const lastEnd = endDates.at(-1);
  if (pilot.stage === "evaluatie" && pilot.decision === "" && lastEnd) {
    reasons.push({
      kind: "besluit",
      text: `Besluit nodig: de eindevaluatie van ${formatDate(lastEnd)} ligt klaar.`,
      action: { label: "Besluit vastleggen", href: `/pilots/${pilot.id}/besluit`, role: "directeur" },
    });
  }

  if (running) {
    const dates = evaluations.map((e) => e.date.slice(0, 10)).sort();
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
    if (score < HIGH_RISK_SCORE) continue;
    const status = riskStatuses.label(risk.status).toLowerCase();
    reasons.push({
      kind: "risico",
      text:
        risk.mitigation.trim() === ""
          ? `Hoog risico “${risk.title}” (score ${score}, ${status}) heeft geen beheersmaatregel.`
          : `Hoog risico “${risk.title}” (score ${score}, ${status}): volg of de beheersmaatregel werkt.`,
    });
  }

  const lines = records.budgetLines.filter((line) => line.pilot === pilot.id);
  reasons.push(...overspendReasons(lines));

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
