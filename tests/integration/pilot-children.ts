import { budgetLineData, hypothesisData, riskData } from "./fixtures.ts";

/** The rows that belong to a pilot and follow its rules, with valid data for each. */
export type ChildCollection = "hypotheses" | "budget_lines" | "risks";
export const childData: Record<ChildCollection, (pilotId: string, overrides?: Record<string, unknown>) => Record<string, unknown>> = {
  hypotheses: hypothesisData,
  budget_lines: budgetLineData,
  risks: riskData,
};
export const children = Object.keys(childData) as ChildCollection[];
