import type { TypedPocketBase } from "../data/client.ts";
import type { UserRecord } from "../data/records.ts";
import { loadPortfolioRecords, loadSharedFigures } from "../data/portfolio.ts";
import { applyPortfolioFilters, type PortfolioFilters } from "../domain/portfolio/filters.ts";
import {
  budgetBySource,
  budgetByYear,
  decisionsByQuarter,
  evidenceCounts,
  hypothesisOutcomes,
  pipeline,
  stageCounts,
} from "../domain/portfolio/figures.ts";
import { riskHeatMap } from "../domain/portfolio/heat-map.ts";
import { attentionList } from "../domain/portfolio/attention.ts";
import { compareWithNetwork } from "../domain/portfolio/network-comparison.ts";
import { domains, fundingSources } from "../domain/options.ts";
import { grandTotal } from "../domain/budget-totals.ts";
import { effectsBalance } from "../domain/effects-balance.ts";
import { dutchToday } from "../domain/dutch-today.ts";

/** The portfolio of the user's municipality: records loaded once, every figure computed by domain functions. */
export async function loadPortfolioPage(pb: TypedPocketBase, user: UserRecord, filters: PortfolioFilters, today = dutchToday()) {
  const [all, shared] = await Promise.all([loadPortfolioRecords(pb), loadSharedFigures(pb)]);
  const records = applyPortfolioFilters(all, filters);
  const own = shared.find((f) => f.municipality === user.municipality) ?? {
    municipality: user.municipality,
    sizeClass: user.expand?.municipality?.size_class ?? "",
    pilotsByDomain: {},
    hypotheses: 0,
    confirmed: 0,
    judged: 0,
    spentBySource: {},
  };
  const budget = budgetBySource(records.budgetLines);
  return {
    /** Whose portfolio view this is: some attention items offer a step only a directeur may take. */
    role: user.role,
    records,
    years: [...new Set(all.budgetLines.map((line) => line.year))].sort(),
    stages: stageCounts(records.pilots),
    evidence: evidenceCounts(records.pilots),
    outcomes: hypothesisOutcomes(records.hypotheses),
    budget,
    budgetTotal: grandTotal(records.budgetLines),
    budgetYears: budgetByYear(records.budgetLines),
    /** Summed over the filtered pilots, all years together. */
    effects: effectsBalance(records.effects ?? []),
    pipeline: pipeline(records.pilots, today),
    heatMap: riskHeatMap(records.risks),
    decisions: decisionsByQuarter(records.pilots),
    attention: attentionList(records, today),
    comparison: compareWithNetwork(
      own,
      shared.filter((f) => f.municipality !== user.municipality),
      { domain: domains.label, source: fundingSources.label },
    ),
  };
}
export type PortfolioPage = Awaited<ReturnType<typeof loadPortfolioPage>>;
