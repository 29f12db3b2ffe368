import { centsToInput } from "./money.ts";
import { decimalToInput } from "./decimal.ts";
import type { PilotFormInput } from "./pilot.ts";
import type { Decision, Direction, Domain, FundingSource, Principle, RiskCategory, RiskStatus, Stage, Visibility } from "./options.ts";

/** The stored pilot and rows, as far as the form needs them (no SDK types: this stays pure). */
export type StoredPilot = {
  title: string;
  summary: string;
  problem: string;
  target_group: string;
  domain: Domain;
  principles: Principle[];
  stage: Stage;
  visibility: Visibility;
  start_date: string;
  end_date: string;
  tags: string[] | null;
  partners: Array<{ name: string; role?: string }> | null;
  decision?: Decision | "";
  theory_of_change?: string;
};
export type StoredHypothesis = {
  id: string;
  statement: string;
  indicator: string;
  /** The catalogue indicator, or "" (records before the catalogue have none). */
  indicator_ref?: string;
  unit: string;
  direction: Direction;
  baseline: number;
  target: number;
  measure_by: string;
};
export type StoredBudgetLine = {
  id: string;
  source: FundingSource;
  year: number;
  planned_cents: number;
  spent_cents: number;
  reporting_deadline: string;
};
export type StoredRisk = {
  id: string;
  title: string;
  category: RiskCategory;
  likelihood: number;
  impact: number;
  mitigation: string;
  owner: string;
  status: RiskStatus;
};

/** PocketBase dates read "2026-03-01 00:00:00.000Z"; the date input wants "2026-03-01". */
export const dateInput = (stored: string): string => stored.slice(0, 10);

/** The form's starting values for editing a stored pilot: every value as a person would type it. */
export function toPilotFormValues(
  pilot: StoredPilot,
  rows: { hypotheses: StoredHypothesis[]; budgetLines: StoredBudgetLine[]; risks: StoredRisk[] },
): PilotFormInput {
  return {
    title: pilot.title,
    summary: pilot.summary,
    problem: pilot.problem,
    target_group: pilot.target_group,
    domain: pilot.domain,
    principles: pilot.principles,
    stage: pilot.stage,
    visibility: pilot.visibility,
    start_date: dateInput(pilot.start_date),
    end_date: dateInput(pilot.end_date),
    tags: (pilot.tags ?? []).join(", "),
    theory_of_change: pilot.theory_of_change ?? "",
    partners: (pilot.partners ?? []).map((partner) => ({ name: partner.name, role: partner.role ?? "" })),
    hypotheses: rows.hypotheses.map((row) => ({
      id: row.id,
      statement: row.statement,
      indicator: row.indicator,
      indicator_ref: row.indicator_ref ?? "",
      unit: row.unit,
      direction: row.direction,
      baseline: decimalToInput(row.baseline),
      target: decimalToInput(row.target),
      measure_by: dateInput(row.measure_by),
    })),
    budget_lines: rows.budgetLines.map((row) => ({
      id: row.id,
      source: row.source,
      year: String(row.year),
      planned_cents: centsToInput(row.planned_cents),
      spent_cents: centsToInput(row.spent_cents),
      reporting_deadline: dateInput(row.reporting_deadline),
    })),
    risks: rows.risks.map((row) => ({
      id: row.id,
      title: row.title,
      category: row.category,
      likelihood: String(row.likelihood),
      impact: String(row.impact),
      mitigation: row.mitigation,
      owner: row.owner,
      status: row.status,
    })),
  };
}
