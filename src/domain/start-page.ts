import { grandTotal } from "./budget-totals.ts";
import { domains, type Domain, type Stage } from "./options.ts";
import { attentionList, type AttentionKind, type AttentionReason } from "./portfolio/attention.ts";
import { hypothesisOutcomes, stageCounts } from "./portfolio/figures.ts";
import type { PortfolioPilot, PortfolioRecords } from "./portfolio/types.ts";

/**
 * The portfolio's attention reasons that are a pilot's own next step (evaluate, decide, record a
 * lesson), as opposed to the directeur's oversight of risks and money, which the directeur's part
 * of the start page shows in full.
 */
const PILOT_STEP_KINDS: readonly AttentionKind[] = ["besluit", "evaluatie", "einddatum", "lessen"];

/** How many pilots, lessons and attention entries the start page shows before "all of them" links. */
export const START_PAGE_LIMIT = 8;

export type MyPilot = {
  id: string;
  title: string;
  stage: Stage;
  needs: AttentionReason[];
  openQuestions: number;
};

const needsCount = (pilot: MyPilot) => pilot.needs.length + pilot.openQuestions;

/**
 * The municipality's pilots with what each needs now: the portfolio's attention rules limited to
 * the pilot's own steps, and its open questions. Pilots that need something come first (most
 * first); a pilot past its decision that needs nothing is done and left out. `attention` is the
 * portfolio's attention list for these records and day, when the caller has it already.
 */
export function myPilots(
  records: PortfolioRecords,
  openQuestionsPerPilot: Readonly<Record<string, number>>,
  today: string,
  attention: ReturnType<typeof attentionList> = attentionList(records, today),
  limit = START_PAGE_LIMIT,
): { items: MyPilot[]; total: number } {
  const reasons = new Map(attention.map((entry) => [entry.pilot.id, entry.reasons]));
  const all = records.pilots
    .map((pilot) => ({
      id: pilot.id,
      title: pilot.title,
      stage: pilot.stage,
      needs: (reasons.get(pilot.id) ?? []).filter((reason) => PILOT_STEP_KINDS.includes(reason.kind)),
      openQuestions: openQuestionsPerPilot[pilot.id] ?? 0,
    }))
    .filter((pilot) => pilot.stage !== "besluit" || needsCount(pilot) > 0)
    .sort((a, b) => needsCount(b) - needsCount(a) || a.title.localeCompare(b.title, "nl"));
  return { items: all.slice(0, limit), total: all.length };
}

/** The domains the municipality has pilots in, in the site's order of domains. */
export function myDomains(pilots: readonly Pick<PortfolioPilot, "domain">[]): Domain[] {
  const own = new Set(pilots.map((pilot) => pilot.domain));
  return domains.values.filter((domain) => own.has(domain));
}

/** The directeur's few numbers, computed as the portfolio computes them (src/domain/portfolio/figures.ts). */
export function keyFigures(records: PortfolioRecords) {
  return {
    pilots: records.pilots.length,
    stages: stageCounts(records.pilots).filter((entry) => entry.count > 0),
    budget: grandTotal(records.budgetLines),
    outcomes: hypothesisOutcomes(records.hypotheses),
  };
}
