import type { AttentionKind, AttentionReason } from "../../src/domain/portfolio/attention.ts";
import type {
  PortfolioBudgetLine,
  PortfolioEvaluation,
  PortfolioPilot,
  PortfolioRecords,
  PortfolioRisk,
} from "../../src/domain/portfolio/types.ts";
import { portfolioBudgetLine, portfolioEvaluation, portfolioPilot, portfolioRisk } from "../support/portfolio-records.ts";

/** Records for the attention rules (src/domain/portfolio/attention.ts), each quiet unless told otherwise. */

export const TODAY = "2026-11-26";

/** A pilot that needs no attention at all: in design, no end date, no decision. */
export const pilot = (overrides: Partial<PortfolioPilot> = {}): PortfolioPilot =>
  portfolioPilot({ principles: ["preventie"], stage: "ontwerp", ...overrides });

export const risk = (overrides: Partial<PortfolioRisk> = {}): PortfolioRisk =>
  portfolioRisk({ title: "Te weinig deelnemers", impact: 5, ...overrides });

export const line = (overrides: Partial<PortfolioBudgetLine> = {}): PortfolioBudgetLine =>
  portfolioBudgetLine({ planned_cents: 1_000_000, spent_cents: 500_000, ...overrides });

export const evaluation = (overrides: Partial<PortfolioEvaluation> = {}): PortfolioEvaluation =>
  portfolioEvaluation({ date: "2026-09-01 00:00:00.000Z", ...overrides });

type Related = Omit<PortfolioRecords, "pilots">;
export function related(overrides: Partial<Related> = {}): Related {
  return { hypotheses: [], budgetLines: [], risks: [], evaluations: [], lessonCounts: {}, ...overrides };
}

export const kinds = (reasons: readonly AttentionReason[]): AttentionKind[] => reasons.map((reason) => reason.kind);
export const ofKind = (reasons: readonly AttentionReason[], kind: AttentionKind): AttentionReason[] =>
  reasons.filter((reason) => reason.kind === kind);
