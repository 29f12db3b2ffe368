import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { listMeasurements, saveEvaluation } from "../../src/data/evaluations.ts";
import { EvaluationFormSchema, comparisonMessages } from "../../src/domain/evaluation.ts";
import {
  type Neighbours,
  appClientOf,
  createNeighbours,
  hypothesisData,
  listOutcome,
  pilotData,
  refusalOf,
  storedAsAdmin,
} from "./fixtures.ts";
import { evaluationData, measurementData } from "./evaluation-fixtures.ts";

/**
 * A measurement's comparison group (comparison_value, comparison_sample_size): both or neither,
 * refused by PocketBase however it is sent (pb_hooks/measurement_comparison.pb.js); read as the
 * measurement's own value is: in full by the owning municipality, through measurement_public by
 * everyone else, where a comparison group under 10 is left out as a small sample is.
 */

let n: Neighbours;
let pilot: RecordModel;
let hypotheses: RecordModel[];
beforeAll(async () => {
  n = await createNeighbours();
  pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "public" }));
  hypotheses = [];
  for (let i = 0; i < 6; i++) hypotheses.push(await n.as.ownManager.collection("hypotheses").create(hypothesisData(pilot.id)));
});

/** A measurement of the i-th hypothesis in an evaluation of its own, with the comparison fields given. */
async function measured(i: number, comparison: Record<string, unknown>) {
  const evaluation = await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id));
  return n.as.ownManager.collection("measurements").create(measurementData(evaluation.id, hypotheses[i]!.id, comparison));
}
const messageOf = (error: unknown, field: string) =>
  (error as { response?: { data?: Record<string, { message?: string }> } }).response?.data?.[field]?.message;

describe("both or neither, through the API", () => {
  it("refuses a value without a size and a size without a value, with the form's messages", async () => {
    const evaluation = await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id));
    const create = (comparison: Record<string, unknown>) =>
      n.as.ownManager.collection("measurements").create(measurementData(evaluation.id, hypotheses[0]!.id, comparison));
    const valueOnly = await create({ comparison_value: 61 }).catch((error: unknown) => error);
    expect(messageOf(valueOnly, "comparison_sample_size")).toBe(comparisonMessages.comparison_sample_size);
    const sizeOnly = await create({ comparison_sample_size: 40 }).catch((error: unknown) => error);
    expect(messageOf(sizeOnly, "comparison_value")).toBe(comparisonMessages.comparison_value);
  });

  it("accepts both (a value of 0 included) and neither", async () => {
    const both = await measured(1, { comparison_value: 0, comparison_sample_size: 40 });
    expect([both.comparison_value, both.comparison_sample_size]).toEqual([0, 40]);
    const neither = await measured(2, {});
    expect([neither.comparison_value, neither.comparison_sample_size]).toEqual([0, 0]);
  });

  it("on update: a group gets a size only with its value; a stored group's size may change alone", async () => {
    const pb = n.as.ownManager;
    const plain = await measured(3, {});
    expect(await refusalOf(pb.collection("measurements").update(plain.id, { comparison_sample_size: 25 }))).toEqual({
      status: 400,
      fields: ["comparison_value"],
    });
    expect(await refusalOf(pb.collection("measurements").update(plain.id, { comparison_value: 12 }))).toEqual({
      status: 400,
      fields: ["comparison_sample_size"],
    });
    await pb.collection("measurements").update(plain.id, { comparison_value: 12, comparison_sample_size: 25 });
    expect((await refusalOf(pb.collection("measurements").update(plain.id, { comparison_sample_size: 30 }))).status).toBe(200);
    expect(await storedAsAdmin("measurements", plain.id)).toMatchObject({ comparison_value: 12, comparison_sample_size: 30 });
  });
});

describe("read as the measurement's own value", () => {
  let small: RecordModel;
  let large: RecordModel;
  beforeAll(async () => {
    small = await measured(4, { comparison_value: 93, comparison_sample_size: 9 });
    large = await measured(5, { comparison_value: 64, comparison_sample_size: 10 });
  });

  it.each(["otherColleague", "guest"] as const)("%s sees a comparison group under 10 without value or size", async (actor) => {
    const pb = n.as[actor];
    const rows = await pb.collection("measurement_public").getFullList({ filter: pb.filter("pilot = {:p}", { p: pilot.id }) });
    const shown = (id: string) => {
      const row = rows.find((r) => r.id === id);
      return [row?.comparison_value, row?.comparison_sample_size, row?.comparison_small_sample];
    };
    expect(shown(small.id)).toEqual([null, null, 1]);
    expect(shown(large.id)).toEqual([64, 10, 0]);
  });

  it.each(["otherManager", "guest"] as const)("%s cannot find a small group's value by filtering", async (actor) => {
    const pb = n.as[actor];
    const params = { control: large.id, p: pilot.id };
    for (const filter of [
      "comparison_value = 93",
      "comparison_sample_size = 9",
      "comparison_small_sample = 1 && comparison_value != null",
    ]) {
      const found = pb
        .collection("measurement_public")
        .getList(1, 10, { filter: pb.filter(`id = {:control} || (pilot = {:p} && ${filter})`, params) });
      expect(await listOutcome(found)).toEqual({ status: 200, ids: [large.id] });
    }
    expect((await pb.collection("measurements").getList(1, 10, { filter: pb.filter("comparison_value = 93") })).items).toEqual([]);
  });

  it("listMeasurements gives the owner the real group and others the suppressed one", async () => {
    const pick = (rows: Awaited<ReturnType<typeof listMeasurements>>, id: string) => {
      const row = rows.find((r) => r.id === id);
      return [row?.comparison_value, row?.comparison_sample_size, row?.comparison_small_sample];
    };
    const owner = await listMeasurements(appClientOf(n.as.ownColleague), pilot.id, true);
    const outsider = await listMeasurements(appClientOf(n.as.otherManager), pilot.id, false);
    expect([pick(owner, small.id), pick(owner, large.id)]).toEqual([
      [93, 9, false],
      [64, 10, false],
    ]);
    expect([pick(outsider, small.id), pick(outsider, large.id)]).toEqual([
      [null, null, true],
      [64, 10, false],
    ]);
    // A measurement without a comparison group has none, for the owner too.
    const plain = owner.find((row) => row.comparison_sample_size === null);
    expect(plain?.comparison_value).toBeNull();
  });
});

describe("the evaluation form", () => {
  it("stores a measured comparison group with the measurement (saveEvaluation)", async () => {
    const own = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id));
    const hypothesis = await n.as.ownManager.collection("hypotheses").create(hypothesisData(own.id));
    const form = EvaluationFormSchema.parse({
      date: "2026-06-30",
      kind: "tussentijds",
      observations: "Deelnemers vonden vaker werk dan de vergelijkingsgroep.",
      what_worked: "",
      what_did_not: "",
      participants: "40",
      measurements: [
        {
          hypothesis: hypothesis.id,
          value: "71",
          sample_size: "40",
          period: "2026-06",
          comparison_value: "66,5",
          comparison_sample_size: "38",
        },
      ],
      testimonials: [],
      decision: "doorgaan",
      rationale: "Het verschil met de vergelijkingsgroep is een eerste aanwijzing.",
    });
    const result = await saveEvaluation(appClientOf(n.as.ownManager), { pilotId: own.id, form, attachments: [] });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const rows = await listMeasurements(appClientOf(n.as.ownManager), own.id, true);
    expect(rows.map((row) => [row.value, row.sample_size, row.comparison_value, row.comparison_sample_size])).toEqual([[71, 40, 66.5, 38]]);
  });
});
