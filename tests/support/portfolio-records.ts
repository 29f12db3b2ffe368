import type { PortfolioBudgetLine, PortfolioEvaluation, PortfolioPilot, PortfolioRisk } from "../../src/domain/portfolio/types.ts";

/** A pilot that needs no attention: an idea, without dates or a decision, of pilot id "p1". */
export function portfolioPilot(overrides: Partial<PortfolioPilot> = {}): PortfolioPilot {
  return {
    id: "p1",
    title: "Wijkteam Noord",
    domain: "wmo",
    principles: [],
    stage: "idee",
    decision: "",
    evidence_level: "",
    start_date: "",
    end_date: "",
    stage_since: "",
    decided_at: "",
    ...overrides,
  };
}

export function portfolioBudgetLine(overrides: Partial<PortfolioBudgetLine> = {}): PortfolioBudgetLine {
  return { pilot: "p1", source: "rijk", year: 2026, planned_cents: 0, spent_cents: 0, reporting_deadline: "", ...overrides };
}

export function portfolioRisk(overrides: Partial<PortfolioRisk> = {}): PortfolioRisk {
  return { id: "r1", pilot: "p1", title: "Risico r1", likelihood: 3, impact: 3, mitigation: "", status: "open", ...overrides };
}

export function portfolioEvaluation(overrides: Partial<PortfolioEvaluation> = {}): PortfolioEvaluation {
  return { pilot: "p1", date: "2026-06-01", kind: "tussentijds", ...overrides };
}
