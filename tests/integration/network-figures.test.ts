import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type PocketBase from "pocketbase";
import { loadSharedFigures } from "../../src/data/portfolio.ts";
import type { MunicipalityFigures } from "../../src/domain/portfolio/network-comparison.ts";
import { hypothesisOutcomes } from "../../src/domain/portfolio/figures.ts";
import {
  admin,
  appClientOf,
  budgetLineData,
  client,
  createMunicipality,
  createTenant,
  hypothesisData,
  newRecordId,
  pilotData,
  statusOf,
  storedAsAdmin,
  type Tenant,
} from "./fixtures.ts";

/**
 * The director's portfolio holds nothing private of another municipality, and the network
 * comparison is computed from shared records only, whoever asks and however. The comparison reads
 * shared_figures, one row per municipality kept up to date by pb_hooks/shared_figures.pb.js: every
 * write that changes what a municipality shares changes its row at once.
 *
 * This file: the network figures (shared_figures) follow every write, for every reader.
 */

/** What a municipality shares, as the portfolio's network comparison reads it (undefined: nothing). */
async function figuresOf(municipality: string, asker: PocketBase): Promise<MunicipalityFigures | undefined> {
  return (await loadSharedFigures(appClientOf(asker))).find((f) => f.municipality === municipality);
}

/**
 * The figures as the three views of 1764151200_portfolio.js computed them, from the records, past
 * every rule; the hypotheses counted with the key figures' own function (src/domain/portfolio/figures.ts).
 */
async function figuresFromRecords(municipality: string): Promise<Omit<MunicipalityFigures, "sizeClass"> | undefined> {
  const pb = await admin();
  const shared = pb.filter("pilot.municipality = {:m} && pilot.visibility != 'private'", { m: municipality });
  const [pilots, hypotheses, budgetLines] = await Promise.all([
    pb.collection("pilots").getFullList({ filter: pb.filter("municipality = {:m} && visibility != 'private'", { m: municipality }) }),
    pb.collection("hypotheses").getFullList({ filter: shared }),
    pb.collection("budget_lines").getFullList({ filter: shared }),
  ]);
  if (pilots.length === 0) return undefined;
  const outcomes = hypothesisOutcomes(hypotheses.map((h) => ({ pilot: h.pilot, verdict: h.verdict })));
  const figures = {
    municipality,
    pilotsByDomain: {} as Record<string, number>,
    hypotheses: hypotheses.length,
    confirmed: outcomes.confirmed,
    judged: outcomes.judged,
    spentBySource: {} as Record<string, number>,
  };
  for (const pilot of pilots) figures.pilotsByDomain[pilot.domain] = (figures.pilotsByDomain[pilot.domain] ?? 0) + 1;
  for (const line of budgetLines) figures.spentBySource[line.source] = (figures.spentBySource[line.source] ?? 0) + line.spent_cents;
  return figures;
}

describe("network figures (shared_figures)", () => {
  // Each test works in a municipality of its own (t), so that its figures are its own.
  let t: Tenant;
  let peer: Tenant;

  beforeAll(async () => {
    peer = await createTenant();
  });
  beforeEach(async () => {
    t = await createTenant();
  });

  /** T's figures as a peer's comparison sees them, checked against a count from the records. */
  async function figures(): Promise<MunicipalityFigures | undefined> {
    const stored = await figuresOf(t.municipality.id, peer.as.colleague);
    const counted = await figuresFromRecords(t.municipality.id);
    // As counted from the records, with the municipality's size class; no row at all while it shares nothing.
    expect(stored).toEqual(counted === undefined ? undefined : { ...counted, sizeClass: t.municipality.size_class });
    return stored;
  }

  it("count only what a municipality shares, for every reader", async () => {
    const [a, b] = await Promise.all([createTenant(), createTenant()]);
    for (const visibility of ["private", "network", "public"] as const) {
      const pilot = await b.as.manager
        .collection("pilots")
        .create(pilotData(b.municipality.id, { visibility, domain: visibility === "private" ? "jeugd" : "wmo" }));
      await b.as.manager.collection("hypotheses").create(hypothesisData(pilot.id, { verdict: "bevestigd" }));
      await b.as.manager.collection("budget_lines").create(budgetLineData(pilot.id, { source: "rijk", spent_cents: 1_000_00 }));
    }
    await a.as.manager.collection("pilots").create(pilotData(a.municipality.id, { visibility: "private" }));

    for (const asker of [a.as.manager, a.as.colleague, b.as.director]) {
      const figures = await loadSharedFigures(appClientOf(asker));
      expect(figures.find((f) => f.municipality === b.municipality.id)).toEqual({
        municipality: b.municipality.id,
        sizeClass: "middelgroot",
        pilotsByDomain: { wmo: 2 },
        hypotheses: 2,
        confirmed: 2,
        judged: 2,
        spentBySource: { rijk: 2_000_00 },
      });
      // A's only pilot is private: A shares nothing, so A has no figures at all.
      expect(figures.find((f) => f.municipality === a.municipality.id)).toBeUndefined();
    }
  });

  it("follow a pilot: created, its domain and visibility changed (private ↔ network ↔ public), deleted", async () => {
    expect(await figures()).toBeUndefined();
    const pilot = await t.as.manager.collection("pilots").create(pilotData(t.municipality.id, { visibility: "network", domain: "wmo" }));
    expect((await figures())?.pilotsByDomain).toEqual({ wmo: 1 });

    await t.as.manager.collection("pilots").update(pilot.id, { domain: "jeugd" });
    expect((await figures())?.pilotsByDomain).toEqual({ jeugd: 1 });

    await t.as.manager.collection("pilots").update(pilot.id, { visibility: "private" });
    expect(await figures()).toBeUndefined();

    await t.as.manager.collection("pilots").update(pilot.id, { visibility: "public" });
    expect((await figures())?.pilotsByDomain).toEqual({ jeugd: 1 });

    await t.as.manager.collection("pilots").update(pilot.id, { title: "Alleen de titel verandert" });
    expect((await figures())?.pilotsByDomain).toEqual({ jeugd: 1 });

    await t.as.manager.collection("pilots").delete(pilot.id);
    expect(await figures()).toBeUndefined();
  });

  it("follow hypotheses: created, their verdict changed, deleted", async () => {
    const pilot = await t.as.manager.collection("pilots").create(pilotData(t.municipality.id, { visibility: "network" }));
    const first = await t.as.manager.collection("hypotheses").create(hypothesisData(pilot.id, { verdict: "open" }));
    const second = await t.as.manager.collection("hypotheses").create(hypothesisData(pilot.id, { verdict: "bevestigd" }));
    expect(await figures()).toMatchObject({ hypotheses: 2, judged: 1, confirmed: 1 });

    await t.as.manager.collection("hypotheses").update(first.id, { verdict: "bevestigd" });
    expect(await figures()).toMatchObject({ hypotheses: 2, judged: 2, confirmed: 2 });

    await t.as.director.collection("hypotheses").update(second.id, { verdict: "verworpen" });
    expect(await figures()).toMatchObject({ hypotheses: 2, judged: 2, confirmed: 1 });

    await t.as.director.collection("hypotheses").update(second.id, { verdict: "onbeslist" });
    expect(await figures()).toMatchObject({ hypotheses: 2, judged: 2, confirmed: 1 });

    await t.as.manager.collection("hypotheses").update(first.id, { verdict: "open" });
    expect(await figures()).toMatchObject({ hypotheses: 2, judged: 1, confirmed: 0 });

    await t.as.manager.collection("hypotheses").delete(first.id);
    expect(await figures()).toMatchObject({ hypotheses: 1, judged: 1, confirmed: 0 });
  });

  it("follow budget lines: created, their spending and source changed, deleted", async () => {
    const pilot = await t.as.manager.collection("pilots").create(pilotData(t.municipality.id, { visibility: "public" }));
    const line = await t.as.manager.collection("budget_lines").create(budgetLineData(pilot.id, { source: "rijk", spent_cents: 100_00 }));
    await t.as.manager.collection("budget_lines").create(budgetLineData(pilot.id, { source: "rijk", spent_cents: 5_00 }));
    expect((await figures())?.spentBySource).toEqual({ rijk: 105_00 });

    await t.as.manager.collection("budget_lines").update(line.id, { spent_cents: 250_00 });
    expect((await figures())?.spentBySource).toEqual({ rijk: 255_00 });

    await t.as.manager.collection("budget_lines").update(line.id, { source: "esf_plus" });
    expect((await figures())?.spentBySource).toEqual({ rijk: 5_00, esf_plus: 250_00 });

    await t.as.manager.collection("budget_lines").delete(line.id);
    expect((await figures())?.spentBySource).toEqual({ rijk: 5_00 });

    await t.as.manager.collection("pilots").delete(pilot.id);
    expect(await figures()).toBeUndefined();
  });

  it("deleting a pilot takes its hypotheses and budget lines out too (cascade)", async () => {
    const kept = await t.as.manager.collection("pilots").create(pilotData(t.municipality.id, { visibility: "network", domain: "wonen" }));
    await t.as.manager.collection("hypotheses").create(hypothesisData(kept.id, { verdict: "bevestigd" }));
    await t.as.manager.collection("budget_lines").create(budgetLineData(kept.id, { source: "gemeente", spent_cents: 7_00 }));
    const gone = await t.as.manager.collection("pilots").create(pilotData(t.municipality.id, { visibility: "network", domain: "wmo" }));
    await t.as.manager.collection("hypotheses").create(hypothesisData(gone.id, { verdict: "bevestigd" }));
    await t.as.manager.collection("hypotheses").create(hypothesisData(gone.id, { verdict: "open" }));
    await t.as.manager.collection("budget_lines").create(budgetLineData(gone.id, { source: "rijk", spent_cents: 9_00 }));
    expect(await figures()).toMatchObject({
      pilotsByDomain: { wonen: 1, wmo: 1 },
      hypotheses: 3,
      confirmed: 2,
      spentBySource: { gemeente: 7_00, rijk: 9_00 },
    });

    await t.as.director.collection("pilots").delete(gone.id);
    expect(await figures()).toMatchObject({ pilotsByDomain: { wonen: 1 }, hypotheses: 1, confirmed: 1, spentBySource: { gemeente: 7_00 } });

    await t.as.manager.collection("pilots").delete(kept.id);
    expect(await figures()).toBeUndefined();
  });

  it("never count a private pilot or its rows, until it is shared", async () => {
    const pilot = await t.as.manager
      .collection("pilots")
      .create(pilotData(t.municipality.id, { visibility: "private", domain: "armoede" }));
    const hypothesis = await t.as.manager.collection("hypotheses").create(hypothesisData(pilot.id, { verdict: "bevestigd" }));
    const line = await t.as.manager.collection("budget_lines").create(budgetLineData(pilot.id, { source: "partners", spent_cents: 3_00 }));
    await t.as.manager.collection("hypotheses").update(hypothesis.id, { verdict: "verworpen" });
    await t.as.manager.collection("budget_lines").update(line.id, { spent_cents: 4_00 });
    expect(await figures()).toBeUndefined();

    await t.as.manager.collection("pilots").update(pilot.id, { visibility: "network" });
    expect(await figures()).toMatchObject({
      pilotsByDomain: { armoede: 1 },
      hypotheses: 1,
      confirmed: 0,
      spentBySource: { partners: 4_00 },
    });

    await t.as.manager.collection("pilots").update(pilot.id, { visibility: "private" });
    await t.as.manager.collection("hypotheses").delete(hypothesis.id);
    expect(await figures()).toBeUndefined();
  });

  it("count writes by platformbeheer and in a batch as well; a refused batch changes nothing", async () => {
    const pb = await admin();
    const pilot = await pb.collection("pilots").create(pilotData(t.municipality.id, { visibility: "network", domain: "onderwijs" }));
    const hypothesis = await pb.collection("hypotheses").create(hypothesisData(pilot.id, { verdict: "open" }));
    await pb.collection("hypotheses").update(hypothesis.id, { verdict: "bevestigd" });
    expect(await figures()).toMatchObject({ pilotsByDomain: { onderwijs: 1 }, hypotheses: 1, confirmed: 1 });

    const batched = newRecordId();
    const batch = t.as.manager.createBatch();
    batch.collection("pilots").create(pilotData(t.municipality.id, { id: batched, visibility: "public", domain: "wmo" }));
    batch.collection("hypotheses").create(hypothesisData(batched, { verdict: "bevestigd" }));
    batch.collection("budget_lines").create(budgetLineData(batched, { source: "overig", spent_cents: 1_00 }));
    await batch.send();
    expect(await figures()).toMatchObject({
      pilotsByDomain: { onderwijs: 1, wmo: 1 },
      hypotheses: 2,
      confirmed: 2,
      spentBySource: { overig: 1_00 },
    });

    const refused = t.as.manager.createBatch();
    refused.collection("budget_lines").create(budgetLineData(batched, { source: "rijk", spent_cents: 2_00 }));
    refused.collection("hypotheses").update(hypothesis.id, { verdict: "verworpen" });
    refused.collection("pilots").update(batched, { domain: "geen-domein" });
    expect(await statusOf(refused.send())).toBe(400);
    expect(await figures()).toMatchObject({
      pilotsByDomain: { onderwijs: 1, wmo: 1 },
      hypotheses: 2,
      confirmed: 2,
      spentBySource: { overig: 1_00 },
    });

    await pb.collection("pilots").delete(pilot.id);
    await t.as.manager.collection("pilots").delete(batched);
    expect(await figures()).toBeUndefined();
  });

  it("a municipality added later has its row at once, and its size class follows its inhabitants", async () => {
    const municipality = await createMunicipality({ inhabitants: 40_000 });
    const readAs = peer.as.manager;
    expect(await readAs.collection("shared_figures").getOne(municipality.id)).toMatchObject({
      id: municipality.id,
      municipality: municipality.id,
      size_class: "middelgroot",
      pilots: 0,
      pilots_by_domain: {},
      hypotheses: 0,
      confirmed: 0,
      judged: 0,
      spent_by_source: {},
    });
    await (await admin()).collection("municipalities").update(municipality.id, { inhabitants: 150_000 });
    expect((await readAs.collection("shared_figures").getOne(municipality.id)).size_class).toBe("zeer_groot");

    await (await admin()).collection("municipalities").delete(municipality.id);
    expect(await statusOf(readAs.collection("shared_figures").getOne(municipality.id))).toBe(404);
  });

  it("guests get no network figures", async () => {
    expect(await statusOf(loadSharedFigures(appClientOf()))).toBe(401);
    expect((await client().collection("shared_figures").getList(1, 50)).items).toEqual([]);
    expect(await statusOf(client().collection("shared_figures").getOne(t.municipality.id))).toBe(404);
  });

  const writers = ["manager", "director", "colleague"] as const;
  it.each(writers)("a signed-in %s cannot create, change or delete rows through the API (403)", async (role) => {
    const own = t.municipality.id;
    const before = await storedAsAdmin("shared_figures", own);
    for (const pb of [t.as[role], peer.as[role]]) {
      const extra = await createMunicipality();
      await (await admin()).collection("shared_figures").delete(extra.id);
      expect(await statusOf(pb.collection("shared_figures").create({ id: extra.id, municipality: extra.id, pilots: 99 }))).toBe(403);
      expect(await statusOf(pb.collection("shared_figures").update(own, { pilots: 99, hypotheses: 99 }))).toBe(403);
      expect(await statusOf(pb.collection("shared_figures").delete(own))).toBe(403);
      expect(await statusOf(storedAsAdmin("shared_figures", extra.id))).toBe(404);
    }
    expect(await storedAsAdmin("shared_figures", own)).toEqual(before);
  });
});
