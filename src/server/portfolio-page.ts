import type { TypedPocketBase } from "../data/client.ts";
import type { UserRecord } from "../data/records.ts";
import { loadPortfolioRecordsTagged, loadSharedFiguresTagged } from "../data/portfolio.ts";
import type { TaggedAnswer } from "../data/tagged-answers.ts";
import { BoundedCache } from "./bounded-cache.ts";
import { HeldAnswers } from "./held-answers.ts";
import { portfolioCacheKey } from "./portfolio-cache.ts";
import type { PortfolioRecords } from "../domain/portfolio/types.ts";
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
import { compareWithNetwork, type MunicipalityFigures } from "../domain/portfolio/network-comparison.ts";
import { domains, fundingSources } from "../domain/options.ts";
import { grandTotal } from "../domain/budget-totals.ts";
import { effectsBalance } from "../domain/effects-balance.ts";
import { dutchToday } from "../domain/dutch-today.ts";

/**
 * Computed portfolios, per answer, filters and caller (src/server/portfolio-cache.ts): a large
 * municipality's figures take some tens of milliseconds to check and compute, and PocketBase
 * answers the same until its data changes. A few dozen entries cover the filters in use; a
 * 500-pilot portfolio takes a few MB.
 */
const computed = new BoundedCache<PortfolioPage>(48);
/** Per municipality (900 KB for 500 pilots); the network's shared figures are the same for every signed-in caller. */
const heldRecords = new HeldAnswers<Required<PortfolioRecords>>(48);
const heldShared = new HeldAnswers<MunicipalityFigures[]>(1);

/**
 * The portfolio of the user's municipality: records loaded once, every figure computed by domain
 * functions, or taken from the cache when PocketBase answered the same for the same caller and filters.
 * The page must not change what it gets: it is shared by the next requests.
 */
export async function loadPortfolioPage(pb: TypedPocketBase, user: UserRecord, filters: PortfolioFilters, today = dutchToday()) {
  const [records, shared] = await Promise.all([
    portfolioRecordsFor(pb, user),
    heldShared.ask("", (held) => loadSharedFiguresTagged(pb, held)),
  ]);
  const key = portfolioCacheKey({
    recordsTag: records.tag,
    sharedTag: shared.tag,
    municipality: user.municipality,
    role: user.role,
    sizeClass: user.expand?.municipality?.size_class ?? "",
    filters,
    today,
  });
  // The key goes along: it names everything the figures were computed from, for the drawn page's key.
  return computed.remember(key, () => ({ ...portfolioFigures(records.value(), shared.value(), user, filters, today), cacheKey: key }));
}

/**
 * The portfolio's records for this user's municipality, held between requests: the portfolio, its
 * risk map and export, and "Mijn Proeftuin" all read them.
 */
export async function portfolioRecordsFor(pb: TypedPocketBase, user: UserRecord): Promise<TaggedAnswer<Required<PortfolioRecords>>> {
  return heldRecords.ask(user.municipality, (held) => loadPortfolioRecordsTagged(pb, held));
}

function portfolioFigures(
  all: Required<PortfolioRecords>,
  shared: MunicipalityFigures[],
  user: UserRecord,
  filters: PortfolioFilters,
  today: string,
) {
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
export type PortfolioPage = ReturnType<typeof portfolioFigures> & { cacheKey: string };
