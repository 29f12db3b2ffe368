import { PilotFormSchema, type PilotFormInput } from "../../src/domain/pilot.ts";

/** A valid pilot form and its rows, variants of it, and the issues the schema finds in a form. */

export const rowId = "abc123def456ghi";

export const validHypothesis = () => ({
  id: "",
  statement: "Als wij vroeg signaleren, dan dalen de schulden.",
  indicator: "aantal huishoudens met problematische schulden",
  unit: "huishoudens",
  direction: "omlaag" as const,
  baseline: "1.000",
  target: "72,5",
  measure_by: "2026-12-31",
});
export const validBudgetLine = () => ({
  id: rowId,
  source: "rijk" as const,
  year: "2026",
  planned_cents: "250.000",
  spent_cents: "1.250,50",
  reporting_deadline: "",
});
export const validRisk = () => ({
  title: "Weinig aanmeldingen",
  category: "draagvlak" as const,
  likelihood: "3",
  impact: "4",
  mitigation: "Actief werven via de wijkteams.",
  owner: "Projectleider",
  status: "open" as const,
});

export const validForm = (): PilotFormInput => ({
  title: "  Vroegsignalering schulden  ",
  summary: "Wijkteams benaderen huishoudens met betalingsachterstanden.",
  problem: "Huishoudens melden zich pas laat met schulden.",
  target_group: "Huishoudens met betalingsachterstanden",
  domain: "schuldhulp",
  principles: ["preventie", "samenwerking"],
  stage: "uitvoering",
  visibility: "network",
  start_date: "2026-01-01",
  end_date: "2026-12-31",
  tags: "Schulden, vroegsignalering , SCHULDEN,, wijkteam ",
  partners: [{ name: "Kredietbank", role: "Schuldhulp" }],
  hypotheses: [validHypothesis()],
  budget_lines: [validBudgetLine()],
  risks: [validRisk()],
});

/** The issues (path and message) for a form that is valid except for the overrides. */
export function issuesOf(form: Record<string, unknown>) {
  const result = PilotFormSchema.safeParse(form);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}
export const withForm = (overrides: Record<string, unknown>) => ({ ...validForm(), ...overrides });
export const withHypothesis = (overrides: Record<string, unknown>) => withForm({ hypotheses: [{ ...validHypothesis(), ...overrides }] });
export const withBudgetLine = (overrides: Record<string, unknown>) => withForm({ budget_lines: [{ ...validBudgetLine(), ...overrides }] });
export const withRisk = (overrides: Record<string, unknown>) => withForm({ risks: [{ ...validRisk(), ...overrides }] });
