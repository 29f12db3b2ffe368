import { budgetLineData, effectData, hypothesisData, riskData } from "./fixtures.ts";

/** The rows that belong to a pilot and follow its rules, with valid data for each. */
export type ChildCollection = "hypotheses" | "budget_lines" | "risks" | "pilot_effects";
export const childData: Record<ChildCollection, (pilotId: string, overrides?: Record<string, unknown>) => Record<string, unknown>> = {
  hypotheses: hypothesisData,
  budget_lines: budgetLineData,
  risks: riskData,
  pilot_effects: effectData,
};
export const children = Object.keys(childData) as ChildCollection[];
