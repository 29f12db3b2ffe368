import { beforeAll, describe, expect, it } from "vitest";
import type { RecordModel } from "pocketbase";
import { loadPortfolioRecords, loadSharedFigures } from "../../src/data/portfolio.ts";
import { attentionList } from "../../src/domain/portfolio/attention.ts";
import { grandTotal } from "../../src/domain/budget-totals.ts";
import { budgetBySource, CONFIRMED_SHARE_LABEL, confirmedShare, hypothesisOutcomes } from "../../src/domain/portfolio/figures.ts";
import { compareWithNetwork } from "../../src/domain/portfolio/network-comparison.ts";
import { domains, fundingSources } from "../../src/domain/options.ts";
import { appClientOf, budgetLineData, createTenant, hypothesisData, pilotData, riskData, type Tenant } from "./fixtures.ts";
import { evaluationData } from "./evaluation-fixtures.ts";

/**
 * What the director's portfolio shows, from what PocketBase answers: "Aandacht nodig" from the
 * portfolio route (pb_hooks/portfolio.pb.js), and the key figures and the network comparison
 * (shared_figures) giving the same "% hypothesen bevestigd" and spending for the same pilots.
 */

const TODAY = "2026-11-26";

describe("Aandacht nodig, from the portfolio's records", () => {
  let t: Tenant;
  let waiting: RecordModel;
  let running: RecordModel;

  beforeAll(async () => {
    t = await createTenant();
    waiting = await t.as.manager
      .collection("pilots")
      .create(pilotData(t.municipality.id, { stage: "evaluatie", title: "Wacht op besluit" }));
    await t.as.manager.collection("evaluations").create(evaluationData(waiting.id, { kind: "eind", date: "2026-10-20" }));
    running = await t.as.manager
      .collection("pilots")
      .create(pilotData(t.municipality.id, { stage: "uitvoering", start_date: "2026-09-01" }));
    await t.as.manager.collection("evaluations").create(evaluationData(running.id, { kind: "tussentijds", date: "2026-10-01" }));
    await t.as.manager
      .collection("risks")
      .create(
        riskData(running.id, { title: "Uitval coaches", likelihood: 4, impact: 4, status: "beheerst", mitigation: "Poule van invallers." }),
      );
    await t.as.manager
      .collection("risks")
      .create(riskData(running.id, { title: "Gesloten risico", likelihood: 5, impact: 5, status: "gesloten" }));
    await t.as.manager
      .collection("budget_lines")
      .create(budgetLineData(running.id, { source: "gemeente", planned_cents: 100_00, spent_cents: 100_01 }));
    await t.as.manager
      .collection("budget_lines")
      .create(budgetLineData(running.id, { source: "rijk", planned_cents: 1_000_00, spent_cents: 0 }));
  });

  const reasonsOf = async (pilotId: string) => {
    const records = await loadPortfolioRecords(appClientOf(t.as.director));
    return attentionList(records, TODAY).find((entry) => entry.pilot.id === pilotId)?.reasons ?? [];
  };

  it("asks for the decision on a pilot whose end evaluation is in, with the link to take it", async () => {
    expect(await reasonsOf(waiting.id)).toEqual([
      {
        kind: "besluit",
        text: "Besluit nodig: de eindevaluatie van 20 oktober 2026 ligt klaar.",
        action: { label: "Besluit vastleggen", href: `/pilots/${waiting.id}/besluit`, role: "directeur" },
      },
    ]);
  });

  it("names a high risk with a mitigation, and the overspent line even though the pilot's total is within plan", async () => {
    expect((await reasonsOf(running.id)).map((reason) => reason.text.replace(/\u00a0/g, " "))).toEqual([
      "Hoog risico “Uitval coaches” (score 16, beheerst): volg of de beheersmaatregel werkt.",
      "Overschreden: Eigen middelen gemeente 2026, € 100 besteed, € 100 begroot.",
    ]);
  });
});

describe("the key figures and the network comparison agree", () => {
  let t: Tenant;

  beforeAll(async () => {
    t = await createTenant();
    const verdicts = ["bevestigd", "verworpen", "onbeslist", "open", "", "bevestigd", "open"];
    for (const [index, visibility] of (["network", "public"] as const).entries()) {
      const pilot = await t.as.manager.collection("pilots").create(pilotData(t.municipality.id, { visibility }));
      for (const verdict of verdicts.slice(index * 4, index * 4 + 4)) {
        await t.as.manager.collection("hypotheses").create(hypothesisData(pilot.id, { verdict }));
      }
      await t.as.manager.collection("budget_lines").create(budgetLineData(pilot.id, { source: "rijk", spent_cents: 1_073_262_85 }));
      await t.as.manager.collection("budget_lines").create(budgetLineData(pilot.id, { source: "gemeente", spent_cents: 12_34 }));
    }
  });

  it("on % hypothesen bevestigd: confirmed out of the judged, counted once by the domain and once by PocketBase", async () => {
    const records = await loadPortfolioRecords(appClientOf(t.as.director));
    const own = (await loadSharedFigures(appClientOf(t.as.director))).find((f) => f.municipality === t.municipality.id)!;
    const keyFigure = confirmedShare(hypothesisOutcomes(records.hypotheses));
    const compared = compareWithNetwork(own, [], { domain: domains.label, source: fundingSources.label });
    // bevestigd ×2 of 4 judged (verworpen, onbeslist): the three open ones count for neither.
    expect(keyFigure).toBe(50);
    expect(compared.find((row) => row.label === CONFIRMED_SHARE_LABEL)?.own).toBe(keyFigure);
    expect([own.confirmed, own.judged, own.hypotheses]).toEqual([2, 4, 7]);
  });

  it("on spending per source and in all, to the cent", async () => {
    const records = await loadPortfolioRecords(appClientOf(t.as.director));
    const own = (await loadSharedFigures(appClientOf(t.as.director))).find((f) => f.municipality === t.municipality.id)!;
    const bySource = Object.fromEntries(budgetBySource(records.budgetLines).map((row) => [row.source, row.spent_cents]));
    expect(own.spentBySource).toEqual(bySource);
    expect(Object.values(own.spentBySource).reduce((sum, cents) => sum + (cents ?? 0), 0)).toBe(
      grandTotal(records.budgetLines).spent_cents,
    );
    expect(bySource).toEqual({ rijk: 2 * 1_073_262_85, gemeente: 2 * 12_34 });
  });
});
