import { beforeAll, describe, expect, it } from "vitest";
import type { RecordModel } from "pocketbase";
import { loadPortfolioRecords, loadSharedFigures } from "../../src/data/portfolio.ts";
import { appClientOf, budgetLineData, client, createTenant, hypothesisData, pilotData, riskData, type Tenant } from "./fixtures.ts";

/**
 * The director's portfolio holds nothing private of another municipality, and the network
 * comparison is computed from shared records only, whoever asks and however.
 */
describe("portfolio data", () => {
  let a: Tenant;
  let b: Tenant;
  const pilots: Record<"private" | "network" | "public", RecordModel> = {} as never;

  beforeAll(async () => {
    [a, b] = await Promise.all([createTenant(), createTenant()]);
    for (const visibility of ["private", "network", "public"] as const) {
      const pilot = await b.as.manager.collection("pilots").create(pilotData(b.municipality.id, { visibility, domain: visibility === "private" ? "jeugd" : "wmo" }));
      await b.as.manager.collection("hypotheses").create(hypothesisData(pilot.id, { verdict: "bevestigd" }));
      await b.as.manager.collection("budget_lines").create(budgetLineData(pilot.id, { source: "rijk", spent_cents: 1_000_00 }));
      await b.as.manager.collection("risks").create(riskData(pilot.id, { title: `Risico ${visibility}` }));
      pilots[visibility] = pilot;
    }
    await a.as.manager.collection("pilots").create(pilotData(a.municipality.id, { visibility: "private" }));
  });

  it("a municipality's portfolio holds exactly its own pilots and their rows", async () => {
    const records = await loadPortfolioRecords(appClientOf(b.as.director), b.municipality.id);
    expect(records.pilots.map((p) => p.id).sort()).toEqual(Object.values(pilots).map((p) => p.id).sort());
    expect(records.hypotheses).toHaveLength(3);
    expect(records.budgetLines).toHaveLength(3);
    expect(records.risks.map((r) => r.title).sort()).toEqual(["Risico network", "Risico private", "Risico public"]);
  });

  it("asked for another municipality's portfolio, PocketBase returns nothing private of it", async () => {
    const records = await loadPortfolioRecords(appClientOf(a.as.director), b.municipality.id);
    const ids = records.pilots.map((p) => p.id);
    expect(ids).not.toContain(pilots.private.id);
    expect(ids.sort()).toEqual([pilots.network.id, pilots.public.id].sort());
    expect(records.risks.map((r) => r.title)).not.toContain("Risico private");
    expect(records.budgetLines).toHaveLength(2);
  });

  it("network figures count only what a municipality shares", async () => {
    const figures = await loadSharedFigures(appClientOf(a.as.manager));
    const ofB = figures.find((f) => f.municipality === b.municipality.id);
    expect(ofB).toBeDefined();
    expect(ofB!.pilotsByDomain).toEqual({ wmo: 2 });
    expect([ofB!.hypotheses, ofB!.confirmed]).toEqual([2, 2]);
    expect(ofB!.spentBySource).toEqual({ rijk: 2_000_00 });
    // A's only pilot is private: A shares nothing, so A has no figures at all.
    expect(figures.find((f) => f.municipality === a.municipality.id)).toBeUndefined();
  });

  it("even B's own directeur sees only B's shared figures in the comparison", async () => {
    const figures = await loadSharedFigures(appClientOf(b.as.director));
    expect(figures.find((f) => f.municipality === b.municipality.id)?.pilotsByDomain).toEqual({ wmo: 2 });
  });

  it("guests get no network figures", async () => {
    for (const name of ["shared_domain_figures", "shared_hypothesis_figures", "shared_budget_figures"]) {
      const list = await client().collection(name).getList(1, 50);
      expect(list.items).toEqual([]);
    }
  });
});
