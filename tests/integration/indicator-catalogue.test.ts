import { readFileSync } from "node:fs";
import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { CatalogueSchema } from "../../src/domain/indicator-catalogue.ts";
import { admin, client, createTenant, hypothesisData, pilotData, statusOf, unique, type Tenant } from "./fixtures.ts";
import { evaluationData, measurementData } from "./evaluation-fixtures.ts";

/**
 * The indicator catalogue: content/indicatoren.json is in PocketBase from the start (the onServe
 * sync of pb_hooks/indicator_catalogue.pb.js), readable by everyone, written only by platformbeheer;
 * and GET /api/proeftuin/indicators/{id}/achieved pools what the pilots the caller may read achieved.
 */
const catalogue = CatalogueSchema.parse(JSON.parse(readFileSync(new URL("../../content/indicatoren.json", import.meta.url), "utf8")));

describe("the catalogue in PocketBase", () => {
  it("holds every entry of the file, as the file has it, for a guest", async () => {
    const stored = await client().collection("indicators").getFullList({ filter: "key != ''" });
    for (const entry of catalogue) {
      const record = stored.find((row) => row.key === entry.key);
      expect(record && { ...entry, ...Object.fromEntries(Object.keys(entry).map((name) => [name, record[name]])) }).toEqual(entry);
    }
  });

  it("is written by platformbeheer only", async () => {
    const tenant = await createTenant();
    const [first] = await client()
      .collection("indicators")
      .getList(1, 1, { filter: `key = "${catalogue[0]?.key}"` })
      .then((page) => page.items);
    const body = { key: `test-${unique()}`, name: "Proef", definition: "Proef", direction: "omhoog", level: "gemeente" };
    for (const pb of [client(), tenant.as.manager, tenant.as.director]) {
      expect(await statusOf(pb.collection("indicators").create(body))).toBeGreaterThanOrEqual(400);
      expect(await statusOf(pb.collection("indicators").update(first!.id, { name: "Anders" }))).toBeGreaterThanOrEqual(400);
      expect(await statusOf(pb.collection("indicators").delete(first!.id))).toBeGreaterThanOrEqual(400);
    }
    expect((await client().collection("indicators").getOne(first!.id)).name).toBe(catalogue[0]?.name);
    const created = await (await admin()).collection("indicators").create(body);
    expect(created.key).toBe(body.key);
  });
});

type Achieved = { pilots: number; municipalities: number; median: number | null; min: number | null; max: number | null; note: string };

describe("what pilots on an indicator achieved", () => {
  let indicator: RecordModel;
  let tenants: Tenant[];
  let privatePilot: RecordModel;

  /** A pilot measured from `baseline` through each [value, sample size], one month apart. */
  async function measuredPilot(tenant: Tenant, visibility: string, baseline: number, rows: Array<[number, number]>) {
    const pb = tenant.as.manager;
    const pilot = await pb.collection("pilots").create(pilotData(tenant.municipality.id, { visibility }));
    const hypothesis = await pb
      .collection("hypotheses")
      .create(hypothesisData(pilot.id, { indicator_ref: indicator.id, baseline, target: baseline + 1 }));
    for (const [index, [value, sample_size]] of rows.entries()) {
      const evaluation = await pb.collection("evaluations").create(evaluationData(pilot.id));
      await pb
        .collection("measurements")
        .create(measurementData(evaluation.id, hypothesis.id, { value, sample_size, period: `2026-0${index + 1}` }));
    }
    return pilot;
  }

  beforeAll(async () => {
    indicator = await (await admin()).collection("indicators").create({
      key: `test-${unique()}`,
      name: `Proefindicator ${unique()}`,
      definition: "Alleen voor deze test.",
      direction: "omhoog",
      level: "inwoner",
    });
    tenants = await Promise.all([createTenant(), createTenant(), createTenant(), createTenant()]);
    const [a, b, c, d] = tenants as [Tenant, Tenant, Tenant, Tenant];
    await measuredPilot(a, "public", 50, [[60, 30]]); // +20%
    privatePilot = await measuredPilot(a, "private", 50, [[75, 30]]); // +50%, only for a
    await measuredPilot(b, "public", 40, [
      [80, 30],
      [44, 30],
      [99, 9],
    ]); // the last of 10 or more: +10%
    await measuredPilot(c, "network", 100, [[130, 30]]); // +30%, signed in only
    await measuredPilot(d, "public", 10, [[20, 9]]); // fewer than 10 participants: never counted
  });

  const achieved = async (pb = client(), query = "") =>
    (await pb.send(`/api/proeftuin/indicators/${indicator.id}/achieved${query}`, {})) as Achieved;

  it("shows a guest nothing from two municipalities (the third's only measurement is under 10)", async () => {
    expect(await achieved()).toMatchObject({
      pilots: 2,
      municipalities: 2,
      median: null,
      min: null,
      max: null,
      note: "te weinig vergelijkbare pilots",
    });
  });

  it("pools network pilots for a signed-in peer, without another municipality's private pilot", async () => {
    const result = await achieved(tenants[1]!.as.colleague);
    expect(result).toMatchObject({ pilots: 3, municipalities: 3, note: "" });
    expect(result.median).toBeCloseTo(0.2, 10);
    expect(result.min).toBeCloseTo(0.1, 10);
    expect(result.max).toBeCloseTo(0.3, 10);
  });

  it("counts a private pilot for its own municipality, and leaves out the pilot being edited", async () => {
    const own = await achieved(tenants[0]!.as.colleague);
    expect(own).toMatchObject({ pilots: 4, municipalities: 3 });
    expect(own.median).toBeCloseTo(0.25, 10);
    expect(own.max).toBeCloseTo(0.5, 10);
    const editing = await achieved(tenants[0]!.as.manager, `?exclude=${privatePilot.id}`);
    expect(editing).toMatchObject({ pilots: 3, municipalities: 3 });
    expect(editing.max).toBeCloseTo(0.3, 10);
  });

  it("answers 404 for an indicator that is not in the catalogue", async () => {
    expect(await statusOf(client().send("/api/proeftuin/indicators/nietbestaand0001/achieved", {}))).toBe(404);
  });
});
