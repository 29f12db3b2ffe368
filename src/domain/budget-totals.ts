import type { FundingSource } from "./options.ts";

export type BudgetAmounts = { source: FundingSource; planned_cents: number; spent_cents: number };
export type SourceTotal = { source: FundingSource; planned_cents: number; spent_cents: number };

/** Sums budget lines per funding source, in the order the sources first appear. */
export function totalsBySource(lines: readonly BudgetAmounts[]): SourceTotal[] {
  const totals = new Map<FundingSource, SourceTotal>();
  for (const line of lines) {
    const total = totals.get(line.source) ?? { source: line.source, planned_cents: 0, spent_cents: 0 };
    total.planned_cents += line.planned_cents;
    total.spent_cents += line.spent_cents;
    totals.set(line.source, total);
  }
  return [...totals.values()];
}

export function grandTotal(lines: readonly BudgetAmounts[]): { planned_cents: number; spent_cents: number } {
  return lines.reduce(
    (sum, line) => ({ planned_cents: sum.planned_cents + line.planned_cents, spent_cents: sum.spent_cents + line.spent_cents }),
    { planned_cents: 0, spent_cents: 0 },
  );
}

type Amounts = { planned_cents: number; spent_cents: number };

/**
 * The one definition of overspending, for a budget line and for any sum of lines (a funding source,
 * a year, a pilot): more was spent than planned. Spending without a plan is overspending too. The
 * pilot page, the portfolio's budget tables and "Aandacht nodig" all use it and say it in these words.
 */
export function isOverspent(amounts: Amounts): boolean {
  return amounts.spent_cents > amounts.planned_cents;
}

/** Said wherever an overspend is flagged, so the flag is never a colour alone. */
export const OVERSPENT = "Overschreden";
export const OVERSPENT_RULE = "Overschreden betekent: er is meer besteed dan begroot.";

/** How many of the lines are overspent each on their own. */
export function overspentLineCount(lines: readonly Amounts[]): number {
  return lines.filter(isOverspent).length;
}
