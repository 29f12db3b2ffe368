import { StatusBadge } from "@utrecht/component-library-react";
import { isOverspent, OVERSPENT } from "../domain/budget-totals.ts";

/**
 * Whether an amount (a budget line, or a sum of lines) is overspent, in words with an icon beside it,
 * never by colour alone. For a sum, `overspentLines` names lines over their own plan even when the
 * sum is not.
 */
type Props = { planned_cents: number; spent_cents: number; overspentLines?: number };

export function BudgetFlag({ planned_cents, spent_cents, overspentLines = 0 }: Props) {
  const over = isOverspent({ planned_cents, spent_cents });
  const lines = overspentLines === 1 ? "1 regel" : `${overspentLines} regels`;
  if (!over && overspentLines === 0) return <span>Binnen begroting</span>;
  return (
    <StatusBadge status="danger">
      <span aria-hidden="true">⚠ </span>
      {over ? `${OVERSPENT}${overspentLines > 0 ? ` (${lines})` : ""}` : `${lines} ${OVERSPENT.toLowerCase()}`}
    </StatusBadge>
  );
}
