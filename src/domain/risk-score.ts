/** Likelihood × impact on the usual 5 × 5 matrix. */
export type RiskLevel = "laag" | "middel" | "hoog";

/**
 * From this score a risk is "hoog" and stands in the portfolio's "Aandacht nodig" until it is closed,
 * mitigation or not: the risk form says so (src/components/pilot-form/RiskRows.tsx).
 */
export const HIGH_RISK_SCORE = 15;

export function riskScore(likelihood: number, impact: number): number {
  return likelihood * impact;
}

export function riskLevel(score: number): RiskLevel {
  if (score >= HIGH_RISK_SCORE) return "hoog";
  if (score >= 8) return "middel";
  return "laag";
}

export const riskLevelLabels: Record<RiskLevel, string> = { laag: "Laag", middel: "Middel", hoog: "Hoog" };
