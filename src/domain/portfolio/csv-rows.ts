import type { CsvColumn } from "../csv.ts";
import { decisions, evidenceLevels, fundingSources, stages, type FundingSource } from "../options.ts";
import { HIGH_RISK_SCORE, riskScore } from "../risk-score.ts";
import { hypothesisOutcomes } from "./figures.ts";
import type { PortfolioPilot, PortfolioRecords } from "./types.ts";

/** One row per pilot for the portfolio export: amounts in euros, so Excel sums them as numbers. */
export type PortfolioCsvRow = { pilot: PortfolioPilot; records: PortfolioRecords };

const euros = (cents: number) => cents / 100;

export function portfolioCsvColumns(): Array<CsvColumn<PortfolioCsvRow>> {
  const own = (row: PortfolioCsvRow) => ({
    lines: row.records.budgetLines.filter((l) => l.pilot === row.pilot.id),
    // As on the heat map and in the attention list: closed risks need no more watching.
    risks: row.records.risks.filter((r) => r.pilot === row.pilot.id && r.status !== "gesloten"),
    outcomes: hypothesisOutcomes(row.records.hypotheses.filter((h) => h.pilot === row.pilot.id)),
  });
  const sum = (
    lines: ReadonlyArray<{ source: FundingSource; planned_cents: number; spent_cents: number }>,
    source: FundingSource,
    key: "planned_cents" | "spent_cents",
  ) => euros(lines.filter((l) => l.source === source).reduce((total, l) => total + l[key], 0));
  return [
    { header: "Pilot", value: (row) => row.pilot.title },
    { header: "Fase", value: (row) => stages.label(row.pilot.stage) },
    { header: "Besluit", value: (row) => (row.pilot.decision ? decisions.label(row.pilot.decision) : "") },
    { header: "Bewijskracht", value: (row) => (row.pilot.evidence_level ? evidenceLevels.label(row.pilot.evidence_level) : "") },
    ...fundingSources.values.flatMap(
      (source): Array<CsvColumn<PortfolioCsvRow>> => [
        { header: `Begroot ${fundingSources.label(source)} (€)`, value: (row) => sum(own(row).lines, source, "planned_cents") },
        { header: `Besteed ${fundingSources.label(source)} (€)`, value: (row) => sum(own(row).lines, source, "spent_cents") },
      ],
    ),
    { header: "Open risico's", value: (row) => own(row).risks.length },
    {
      header: `Open risico's met score ${HIGH_RISK_SCORE}+`,
      value: (row) => own(row).risks.filter((r) => riskScore(r.likelihood, r.impact) >= HIGH_RISK_SCORE).length,
    },
    { header: "Hypothesen bevestigd", value: (row) => own(row).outcomes.confirmed },
    { header: "Hypothesen verworpen", value: (row) => own(row).outcomes.refuted },
    { header: "Hypothesen onbeslist", value: (row) => own(row).outcomes.undecided },
    { header: "Hypothesen open", value: (row) => own(row).outcomes.open },
  ];
}
