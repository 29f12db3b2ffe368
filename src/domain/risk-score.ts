/** Likelihood × impact on the usual 5 × 5 matrix; 15 and up needs a director's attention. */
export type RiskLevel = "laag" | "middel" | "hoog";

export function riskScore(likelihood: number, impact: number): number {
  return likelihood * impact;
}

export function riskLevel(score: number): RiskLevel {
  if (score >= 15) return "hoog";
  if (score >= 8) return "middel";
  return "laag";
}

export const riskLevelLabels: Record<RiskLevel, string> = { laag: "Laag", middel: "Middel", hoog: "Hoog" };
