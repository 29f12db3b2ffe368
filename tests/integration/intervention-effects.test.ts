import { beforeAll, describe, expect, it } from "vitest";
import type { RecordModel } from "pocketbase";
import { loadInterventionEffects } from "../../src/data/intervention-effects.ts";
import { appClientOf, createTenant, effectData, pilotData, type Tenant, unique } from "./fixtures.ts";

/**
 * /wat-werkt's costs and benefits per actor (GET /api/proeftuin/what-works/effects) sum what the
 * asker may read: a private pilot counts only for its own municipality, a network pilot only for
 * signed-in visitors, and a group of fewer than 3 municipalities gets no sums at all.
 */

describe("costs and benefits per intervention", () => {
  const tenants: Record<"a" | "b" | "c" | "d", Tenant> = {} as never;
  let pooled: RecordModel;
  let lonely: RecordModel;

  /** A pilot on the intervention with the gemeente's costs and the UWV's benefits. */
  async function pilotWithEffects(tenant: Tenant, intervention: RecordModel, visibility: string, costs: number, benefits: number) {
    const pb = tenant.as.manager;
    const pilot = await pb.collection("pilots").create(pilotData(tenant.municipality.id, { visibility, intervention: intervention.id }));
    await pb
      .collection("pilot_effects")
      .create(effectData(pilot.id, { actor: "gemeente", kind: "kosten", expected_cents: costs, realised_cents: 0 }));
    await pb
      .collection("pilot_effects")
      .create(effectData(pilot.id, { actor: "uwv", kind: "baten", expected_cents: benefits, realised_cents: 7 }));
    return pilot;
  }

  beforeAll(async () => {
    const [a, b, c, d] = await Promise.all([createTenant(), createTenant(), createTenant(), createTenant()]);
    Object.assign(tenants, { a, b, c, d });
    pooled = await a.as.manager.collection("interventions").create({ name: `Interventie ${unique()}`, description: "Test." });
    lonely = await a.as.manager.collection("interventions").create({ name: `Interventie ${unique()}`, description: "Test." });
    await pilotWithEffects(a, pooled, "public", 100, 300);
    await pilotWithEffects(b, pooled, "public", 200, 300);
    await pilotWithEffects(c, pooled, "network", 400, 300);
    await pilotWithEffects(d, pooled, "private", 800, 300);
    await pilotWithEffects(a, lonely, "public", 100, 100);
    await pilotWithEffects(a, lonely, "public", 100, 100);
  });

  const sums = (costs: number, benefits: number, realised: number) =>
    expect.arrayContaining([
      { actor: "gemeente", kind: "kosten", expected_cents: costs, realised_cents: 0 },
      { actor: "uwv", kind: "baten", expected_cents: benefits, realised_cents: realised },
    ]);

  it("a guest sees public pilots only: two municipalities, so no sums", async () => {
    const answer = await loadInterventionEffects(appClientOf());
    expect(answer[pooled.id]).toEqual({ municipalities: 2, pilots: 2, effects: null });
  });

  it("another municipality sees public and network pilots, not the private one", async () => {
    const answer = await loadInterventionEffects(appClientOf(tenants.a.as.colleague));
    expect(answer[pooled.id]).toEqual({ municipalities: 3, pilots: 3, effects: sums(700, 900, 21) });
    expect(answer[pooled.id]!.effects).toHaveLength(2);
  });

  it("the private pilot counts in its own municipality's view", async () => {
    const answer = await loadInterventionEffects(appClientOf(tenants.d.as.director));
    expect(answer[pooled.id]).toEqual({ municipalities: 4, pilots: 4, effects: sums(1500, 1200, 28) });
  });

  it("an intervention tried in one municipality gets no sums, however many pilots", async () => {
    const answer = await loadInterventionEffects(appClientOf(tenants.a.as.manager));
    expect(answer[lonely.id]).toEqual({ municipalities: 1, pilots: 2, effects: null });
  });

  it("the cached answer follows a pilot made private", async () => {
    const e = await createTenant();
    const pilot = await pilotWithEffects(e, pooled, "public", 1, 1);
    const guest = appClientOf();
    expect((await loadInterventionEffects(guest))[pooled.id]?.municipalities).toBe(3);
    await e.as.manager.collection("pilots").update(pilot.id, { visibility: "private" });
    expect((await loadInterventionEffects(guest))[pooled.id]?.municipalities).toBe(2);
  });
});
