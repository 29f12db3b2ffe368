import type {
  Decision,
  Domain,
  EffectActor,
  EffectKind,
  EvidenceLevel,
  FundingSource,
  Principle,
  RiskStatus,
  Stage,
  Verdict,
} from "../options.ts";

/** The records the portfolio works from, as far as it needs them (no SDK types: this stays pure). */
export type PortfolioPilot = {
  id: string;
  title: string;
  domain: Domain;
  principles: Principle[];
  stage: Stage;
  decision: Decision | "";
  evidence_level: EvidenceLevel | "";
  start_date: string;
  end_date: string;
  /** When the pilot entered its current stage ("" when unknown). */
  stage_since: string;
  decided_at: string;
};
export type PortfolioHypothesis = { pilot: string; verdict: Verdict | "" };
export type PortfolioBudgetLine = {
  pilot: string;
  source: FundingSource;
  year: number;
  planned_cents: number;
  spent_cents: number;
  reporting_deadline: string;
};
export type PortfolioRisk = {
  id: string;
  pilot: string;
  title: string;
  likelihood: number;
  impact: number;
  mitigation: string;
  status: RiskStatus;
};
type PortfolioEffect = { pilot: string; actor: EffectActor; kind: EffectKind; expected_cents: number; realised_cents: number };
export type PortfolioEvaluation = { pilot: string; date: string; kind: "tussentijds" | "eind" };

export type PortfolioRecords = {
  pilots: PortfolioPilot[];
  hypotheses: PortfolioHypothesis[];
  budgetLines: PortfolioBudgetLine[];
  risks: PortfolioRisk[];
  evaluations: PortfolioEvaluation[];
  /** Number of lessons per pilot id. */
  lessonCounts: Record<string, number>;
  /** Costs and benefits per actor (pilot_effects); the route always sends them, figures that do not use them may leave them out. */
  effects?: PortfolioEffect[];
};

/** Whole days from a stored date ("2026-03-01 …") to today ("2026-11-26"). */
export function daysBetween(stored: string, today: string): number {
  const from = Date.parse(`${stored.slice(0, 10)}T00:00:00Z`);
  const to = Date.parse(`${today.slice(0, 10)}T00:00:00Z`);
  return Math.floor((to - from) / 86_400_000);
}
