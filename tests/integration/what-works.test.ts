import { beforeAll, describe, expect, it } from "vitest";
import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import type { UserRecord } from "../../src/data/records.ts";
import { loadWhatWorksPage } from "../../src/server/what-works-page.ts";
import type { InterventionResult } from "../../src/domain/what-works.ts";
import { admin, appClientOf, client, createTenant, hypothesisData, pilotData, statusOf, type Tenant, unique } from "./fixtures.ts";
import { evaluationData, measurementData } from "./evaluation-fixtures.ts";
import { createPilot } from "./save-pilot-helpers.ts";

/**
 * /wat-werkt pools per intervention what the asker may read (GET /api/proeftuin/what-works):
 * measurements from fewer than 10 participants count nowhere, a group of fewer than 3
 * municipalities gets no figure, a private pilot counts only for its own municipality and a
 * network pilot only for signed-in visitors. Platformbeheer merges two names for one intervention.
 */

type Case = { tenant: Tenant; pilot: RecordModel };

describe("what works", () => {
  const tenants: Record<"a" | "b" | "c" | "d" | "e", Tenant> = {} as never;
  const cases: Record<string, Case> = {};
  let intervention: RecordModel;
  let indicator: RecordModel;

  /** A pilot on the intervention with one hypothesis on the indicator and its measurements. */
  async function measuredPilot(tenant: Tenant, visibility: string, baseline: number, measurements: Array<[string, number, number]>) {
    const pb = tenant.as.manager;
    const pilot = await pb.collection("pilots").create(pilotData(tenant.municipality.id, { visibility, intervention: intervention.id }));
    const hypothesis = await pb.collection("hypotheses").create(hypothesisData(pilot.id, { baseline, indicator_ref: indicator.id }));
    for (const [period, value, sample_size] of measurements) {
      const evaluation = await pb.collection("evaluations").create(evaluationData(pilot.id, { date: `${period}-20` }));
      await pb.collection("measurements").create(measurementData(evaluation.id, hypothesis.id, { period, value, sample_size }));
    }
    return { tenant, pilot };
  }

  beforeAll(async () => {
    const su = await admin();
    indicator = await su.collection("indicators").create({
      key: `test-${unique()}`,
      name: `Testindicator ${unique()}`,
      definition: "Aandeel deelnemers met werk.",
      direction: "omhoog",
      level: "inwoner",
    });
    const [a, b, c, d, e] = await Promise.all([createTenant(), createTenant(), createTenant(), createTenant(), createTenant()]);
    Object.assign(tenants, { a, b, c, d, e });
    intervention = await a.as.manager.collection("interventions").create({ name: `Interventie ${unique()}`, description: "Test." });
    // a: +50%, its later measurement from 5 participants left out; b: +25% from exactly 10.
    cases.a = await measuredPilot(a, "public", 10, [
      ["2026-01", 12, 20],
      ["2026-06", 15, 40],
      ["2026-09", 99, 5],
    ]);
    cases.b = await measuredPilot(b, "public", 20, [["2026-06", 25, 10]]);
    cases.c = await measuredPilot(c, "network", 10, [["2026-06", 20, 30]]); // +100%
    cases.d = await measuredPilot(d, "private", 10, [["2026-06", 11.5, 30]]); // +15%, a fraction as stored numbers can be
    cases.e = await measuredPilot(e, "public", 3.4, [["2026-06", 50, 9]]); // under 10: no point
  });

  async function resultFor(pb: PocketBase): Promise<InterventionResult> {
    // Through the page's own loader: its cache of pooled results must follow every change as well.
    const user = pb.authStore.isValid ? (pb.authStore.record as unknown as UserRecord) : null;
    const result = (await loadWhatWorksPage(appClientOf(pb), user)).results.find((row) => row.id === intervention.id);
    if (!result) throw new Error("the intervention is missing");
    return result;
  }
  const pilotIds = (result: InterventionResult) => result.pilots.map((pilot) => pilot.id).sort();
  const ids = (...names: string[]) => names.map((name) => cases[name]!.pilot.id).sort();

  it("shows a guest public pilots only, and no figure for two municipalities", async () => {
    const result = await resultFor(client());
    expect(pilotIds(result)).toEqual(ids("a", "b", "e"));
    expect(result.municipalities).toBe(3);
    expect(result.verdicts).toEqual({ bevestigd: 0, verworpen: 0, onbeslist: 0, open: 3 });
    const [figure] = result.indicators;
    expect(figure?.overall).toEqual({ municipalities: 2, pilots: 2, summary: null });
    expect(figure?.points).toEqual([]);
  });

  it("pools public and network pilots for a signed-in peer, not another municipality's private one", async () => {
    const result = await resultFor(tenants.b.as.colleague);
    expect(pilotIds(result)).toEqual(ids("a", "b", "c", "e"));
    const [figure] = result.indicators;
    expect(figure?.overall).toEqual({ municipalities: 3, pilots: 3, summary: { n: 3, median: 0.5, min: 0.25, max: 1 } });
    expect(figure?.points.map((point) => point.pilot.id).sort()).toEqual(ids("a", "b", "c"));
  });

  it("counts a private pilot for its own municipality", async () => {
    const result = await resultFor(tenants.d.as.colleague);
    expect(pilotIds(result)).toEqual(ids("a", "b", "c", "d", "e"));
    expect(result.indicators[0]?.overall.summary).toEqual({ n: 4, median: 0.375, min: 0.15, max: 1 });
  });

  it("gives an adopted pilot its original's intervention", async () => {
    const copy = await tenants.d.as.manager
      .collection("pilots")
      .create(pilotData(tenants.d.municipality.id, { stage: "ontwerp", adopted_from: cases.a!.pilot.id }));
    expect(copy.intervention).toBe(intervention.id);
  });

  it("refuses a second intervention whose name differs only in case", async () => {
    const status = await statusOf(tenants.b.as.manager.collection("interventions").create({ name: intervention.name.toUpperCase() }));
    expect(status).toBe(400);
  });

  it("saves the form's intervention by name: an existing one in any case, a new one registered, a blank one cleared", async () => {
    const su = await admin();
    const existing = await createPilot(tenants.c, { intervention: intervention.name.toLowerCase(), intervention_description: "" });
    expect((await su.collection("pilots").getOne(existing.id)).intervention).toBe(intervention.id);

    const name = `Nieuwe aanpak ${unique()}`;
    const created = await createPilot(tenants.c, { intervention: name, intervention_description: "Huisbezoek na een signaal." });
    const stored = await su.collection("interventions").getOne((await su.collection("pilots").getOne(created.id)).intervention);
    expect([stored.name, stored.description]).toEqual([name, "Huisbezoek na een signaal."]);

    const cleared = await createPilot(tenants.c, { intervention: "" });
    expect((await su.collection("pilots").getOne(cleared.id)).intervention).toBe("");
  });

  it("merges two interventions for superusers only", async () => {
    const other = await tenants.e.as.manager.collection("interventions").create({ name: `Dubbel ${unique()}` });
    const pilot = await tenants.e.as.manager
      .collection("pilots")
      .create(pilotData(tenants.e.municipality.id, { visibility: "public", intervention: other.id }));
    const body = { from: other.id, into: intervention.id };
    for (const pb of [client(), tenants.e.as.director]) {
      expect([401, 403]).toContain(await statusOf(pb.send("/api/proeftuin/interventions/merge", { method: "POST", body })));
    }
    expect((await tenants.e.as.manager.collection("pilots").getOne(pilot.id)).intervention).toBe(other.id);
    const su = await admin();
    await su.send("/api/proeftuin/interventions/merge", { method: "POST", body });
    expect((await su.collection("pilots").getOne(pilot.id)).intervention).toBe(intervention.id);
    expect(await statusOf(su.collection("interventions").getOne(other.id))).toBe(404);
  });

  it("the page's pooled results follow a new measured pilot", async () => {
    const before = pilotIds(await resultFor(client()));
    const added = await measuredPilot(tenants.e, "public", 10, [["2026-06", 12, 20]]);
    expect(pilotIds(await resultFor(client()))).toEqual([...before, added.pilot.id].sort());
  });
});
