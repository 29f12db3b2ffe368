import { describe, expect, it } from "vitest";
import { admin, createTenant, pilotData, statusOf, hypothesisData } from "./fixtures.ts";

describe("smoke", () => {
  it("manager creates, other tenant cannot see, batch works, owner cannot move", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const pilot = await a.as.manager.collection("pilots").create(pilotData(a.municipality.id));
    expect(await statusOf(b.as.manager.collection("pilots").getOne(pilot.id))).toBe(404);
    expect(await statusOf(a.as.manager.collection("pilots").update(pilot.id, { municipality: b.municipality.id }))).toBe(404);
    expect(await statusOf(a.as.manager.collection("pilots").update(pilot.id, { title: "Nieuwe titel" }))).toBe(200);
    expect(await statusOf(a.as.manager.collection("pilots").update(pilot.id, { decision: "opschalen" }))).toBe(404);
    expect(await statusOf(a.as.director.collection("pilots").update(pilot.id, { decision: "opschalen" }))).toBe(200);
    const batch = a.as.manager.createBatch();
    const id = "abcdefghijklmn1";
    batch.collection("pilots").create({ ...pilotData(a.municipality.id), id });
    batch.collection("hypotheses").create(hypothesisData(id));
    const result = await batch.send();
    expect(result.map((r) => r.status)).toEqual([200, 200]);
    const bad = b.as.manager.createBatch();
    bad.collection("hypotheses").create(hypothesisData(id));
    expect(await statusOf(bad.send())).toBe(400);
    const log = await a.as.colleague.collection("audit_log").getFullList();
    console.log(JSON.stringify(log.map((l) => [l.action, l.collection, l.changed_fields, l.actor_name])));
    expect(await statusOf(a.as.manager.collection("pilots").update(pilot.id, { end_date: "2020-01-01", start_date: "2021-01-01" }))).toBe(400);
    try { await a.as.manager.collection("pilots").update(pilot.id, { end_date: "2020-01-01", start_date: "2021-01-01" }); } catch (e) { console.log(JSON.stringify((e as any).response)); }
    const pb = await admin();
    expect(pb.authStore.isValid).toBe(true);
  });
});
