import { riskScore } from "../risk-score.ts";
import type { PortfolioRisk } from "./types.ts";

export type HeatMapCell = { likelihood: number; impact: number; score: number; risks: PortfolioRisk[] };

/**
 * The 5 × 5 risk matrix: rows from likelihood 5 (top) down to 1, columns impact 1 to 5. Closed
 * risks are left out: the map shows what still needs watching.
 */
export function riskHeatMap(risks: readonly PortfolioRisk[]): HeatMapCell[][] {
  const open = risks.filter((risk) => risk.status !== "gesloten");
  return [5, 4, 3, 2, 1].map((likelihood) =>
    [1, 2, 3, 4, 5].map((impact) => ({
      likelihood,
      impact,
      score: riskScore(likelihood, impact),
      risks: open.filter((risk) => risk.likelihood === likelihood && risk.impact === impact),
    })),
  );
}
