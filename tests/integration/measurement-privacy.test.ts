import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { listMeasurements } from "../../src/data/evaluations.ts";
import {
  type Actor,
  type Neighbours,
  type Visibility,
  actors,
  appClientOf,
  createNeighbours,
  evaluationData,
  hypothesisData,
  listOutcome,
  mayRead,
  measurementData,
  pilotData,
  statusOf,
  visibilities,
} from "./fixtures.ts";

/**
 * Measurements are read in full only by the owning municipality (`measurements`). Everyone else
 * reads `measurement_public`, which follows the pilot's visibility and leaves out the value and the
 * sample size of a measurement from fewer than 10 participants. Neither reading, filtering,
 * back-relations nor expand may recover such a value.
 */

const outsiders = ["otherManager", "otherDirector", "otherColleague", "guest"] as const;
const insiders = ["ownManager", "ownDirector", "ownColleague"] as const;

/** The measurements each pilot gets: sample sizes around the threshold of 10. */
const samples = {
  five: { value: 99, sample_size: 5 },
  nine: { value: 77, sample_size: 9 },
  ten: { value: 71, sample_size: 10 },
  forty: { value: 72.5, sample_size: 40 },
} as const;
type Sample = keyof typeof samples;
const sampleNames = Object.keys(samples) as Sample[];

type Fixture = { pilot: RecordModel; evaluation: RecordModel; hypotheses: Record<Sample, RecordModel>; measurements: Record<Sample, RecordModel> };

describe("measurement privacy", () => {
  let n: Neighbours;
  const pilots = {} as Record<Visibility, Fixture>;
  // A public pilot every actor may read, ORed into each probe (see listOutcome). Its evaluation and
  // hypothesis have no measurements: PocketBase leaves out every row with measurements the asker may
  // not read once a filter names them, so only a row without any can answer "yes" to the OR.
  let control: { pilot: RecordModel; evaluation: RecordModel; hypothesis: RecordModel; measurement: RecordModel };

  beforeAll(async () => {
    n = await createNeighbours();
    const pb = n.as.ownManager;
    {
      const pilot = await pb.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "public" }));
      const evaluation = await pb.collection("evaluations").create(evaluationData(pilot.id));
      const hypothesis = await pb.collection("hypotheses").create(hypothesisData(pilot.id));
      // The measurement that measurement_public probes OR in sits on a separate evaluation and hypothesis.
      const measured = await pb.collection("evaluations").create(evaluationData(pilot.id));
      const measuredHypothesis = await pb.collection("hypotheses").create(hypothesisData(pilot.id));
      const measurement = await pb.collection("measurements").create(measurementData(measured.id, measuredHypothesis.id, { value: 50, sample_size: 30 }));
      control = { pilot, evaluation, hypothesis, measurement };
    }
    for (const visibility of visibilities) {
      const pilot = await pb.collection("pilots").create(pilotData(n.own.municipality.id, { visibility }));
      const evaluation = await pb.collection("evaluations").create(evaluationData(pilot.id));
      const hypotheses = {} as Record<Sample, RecordModel>;
      const measurements = {} as Record<Sample, RecordModel>;
      for (const sample of sampleNames) {
        hypotheses[sample] = await pb.collection("hypotheses").create(hypothesisData(pilot.id, { indicator: `indicator ${sample}` }));
        measurements[sample] = await pb
          .collection("measurements")
          .create(measurementData(evaluation.id, hypotheses[sample].id, samples[sample]));
      }
      pilots[visibility] = { pilot, evaluation, hypotheses, measurements };
    }
  });

  const allPilotsFilter = (actor: Actor, field: string) =>
    n.as[actor].filter(`${field} = {:a} || ${field} = {:b} || ${field} = {:c}`, {
      a: pilots.private.pilot.id,
      b: pilots.network.pilot.id,
      c: pilots.public.pilot.id,
    });

  describe("the measurements collection", () => {
    it.each(insiders)("%s lists every measurement of the own pilots with its real value", async (actor) => {
      const listed = await n.as[actor].collection("measurements").getFullList({ filter: allPilotsFilter(actor, "evaluation.pilot") });
      const expected = visibilities.flatMap((v) =>
        sampleNames.map((s) => ({ id: pilots[v].measurements[s].id, value: samples[s].value, sample_size: samples[s].sample_size })),
      );
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect(listed.map((m) => ({ id: m.id, value: m.value, sample_size: m.sample_size })).sort(byId)).toEqual(expected.sort(byId));
    });

    it.each(insiders)("%s views a small sample's measurement of the private pilot", async (actor) => {
      const viewed = await n.as[actor].collection("measurements").getOne(pilots.private.measurements.five.id);
      expect({ value: viewed.value, sample_size: viewed.sample_size }).toEqual(samples.five);
    });

    it.each(outsiders)("%s lists none, not even of the public pilot", async (actor) => {
      const listed = await n.as[actor].collection("measurements").getFullList({ filter: allPilotsFilter(actor, "evaluation.pilot") });
      expect(listed).toEqual([]);
    });

    const viewRows = outsiders.flatMap((actor) => visibilities.map((visibility) => ({ actor, visibility })));
    it.each(viewRows)("$actor cannot view a measurement of the $visibility pilot (404)", async ({ actor, visibility }) => {
      for (const sample of ["five", "forty"] as const) {
        expect(await statusOf(n.as[actor].collection("measurements").getOne(pilots[visibility].measurements[sample].id))).toBe(404);
      }
    });
  });

  describe("measurement_public", () => {
    it.each(actors)("%s lists and views in measurement_public the measurements of exactly the pilots it may read", async (actor) => {
      const pb = n.as[actor];
      const listed = await pb.collection("measurement_public").getFullList({ filter: allPilotsFilter(actor, "pilot") });
      const readable = visibilities.filter((v) => mayRead(actor, v));
      const expected = readable.flatMap((v) => sampleNames.map((s) => pilots[v].measurements[s].id));
      expect(listed.map((m) => m.id).sort()).toEqual(expected.sort());
      for (const visibility of visibilities) {
        const status = mayRead(actor, visibility) ? 200 : 404;
        expect(await statusOf(pb.collection("measurement_public").getOne(pilots[visibility].measurements.five.id))).toBe(status);
      }
    });

    it.each(["otherColleague", "guest"] as const)("%s sees a sample under 10 without value or size, and 10 or more in full", async (actor) => {
      const pb = n.as[actor];
      const listed = await pb.collection("measurement_public").getFullList({ filter: pb.filter("pilot = {:p}", { p: pilots.public.pilot.id }) });
      const shown = Object.fromEntries(listed.map((m) => [m.id, { value: m.value, sample_size: m.sample_size, small_sample: m.small_sample }]));
      const ids = pilots.public.measurements;
      expect(shown).toEqual({
        [ids.five.id]: { value: null, sample_size: null, small_sample: 1 },
        [ids.nine.id]: { value: null, sample_size: null, small_sample: 1 },
        [ids.ten.id]: { value: 71, sample_size: 10, small_sample: 0 },
        [ids.forty.id]: { value: 72.5, sample_size: 40, small_sample: 0 },
      });
      const viewed = await pb.collection("measurement_public").getOne(ids.nine.id);
      expect({ value: viewed.value, sample_size: viewed.sample_size, small_sample: viewed.small_sample }).toEqual({
        value: null,
        sample_size: null,
        small_sample: 1,
      });
    });

    it("listMeasurements shows an outsider the suppressed rows, and the owner the real ones", async () => {
      const outsider = await listMeasurements(appClientOf(n.as.otherManager), pilots.public.pilot.id, false);
      const owner = await listMeasurements(appClientOf(n.as.ownColleague), pilots.public.pilot.id, true);
      const shown = (rows: typeof owner) =>
        Object.fromEntries(rows.map((r) => [r.id, { value: r.value, sample_size: r.sample_size, small_sample: r.small_sample }]));
      const ids = pilots.public.measurements;
      expect(shown(outsider)).toEqual({
        [ids.five.id]: { value: null, sample_size: null, small_sample: true },
        [ids.nine.id]: { value: null, sample_size: null, small_sample: true },
        [ids.ten.id]: { value: 71, sample_size: 10, small_sample: false },
        [ids.forty.id]: { value: 72.5, sample_size: 40, small_sample: false },
      });
      expect(shown(owner)).toEqual(Object.fromEntries(sampleNames.map((s) => [ids[s].id, { ...samples[s], small_sample: false }])));
      // Asking for the owner's view without being the owner gives nothing, not the values.
      expect(await listMeasurements(appClientOf(n.as.otherManager), pilots.public.pilot.id, true)).toEqual([]);
    });
  });

  describe("filters are no side channel for a small sample's value", () => {
    const probers = ["otherManager", "guest"] as const;

    it.each(probers)("%s: value > 0 on measurement_public finds only the large samples", async (actor) => {
      const pb = n.as[actor];
      const found = await pb.collection("measurement_public").getFullList({
        filter: pb.filter("pilot = {:p} && value > 0", { p: pilots.public.pilot.id }),
      });
      const ids = pilots.public.measurements;
      expect(found.map((m) => m.id).sort()).toEqual([ids.ten.id, ids.forty.id].sort());
      expect(found.every((m) => m.value !== null && m.small_sample === 0)).toBe(true);
    });

    it.each(probers)("%s: sample_size < 10 and value = <secret> on measurement_public find nothing", async (actor) => {
      const pb = n.as[actor];
      const params = { control: control.measurement.id, p: pilots.public.pilot.id, five: samples.five.value, nine: samples.nine.value };
      for (const filter of [
        "pilot = {:p} && sample_size < 10",
        "pilot = {:p} && value = {:five}",
        "pilot = {:p} && value = {:nine}",
        "pilot = {:p} && small_sample = 1 && value != null",
      ]) {
        const found = pb.collection("measurement_public").getList(1, 10, { filter: pb.filter(`id = {:control} || (${filter})`, params) });
        expect(await listOutcome(found)).toEqual({ status: 200, ids: [control.measurement.id] });
      }
    });

    it.each(probers)("%s: the same filters on measurements find nothing at all", async (actor) => {
      const pb = n.as[actor];
      for (const filter of [
        pb.filter("evaluation.pilot = {:p} && value > 0", { p: pilots.public.pilot.id }),
        pb.filter("evaluation.pilot = {:p} && sample_size < 10", { p: pilots.public.pilot.id }),
        pb.filter("value = {:v}", { v: samples.five.value }),
      ]) {
        const found = await pb.collection("measurements").getList(1, 10, { filter });
        expect({ items: found.items, total: found.totalItems }).toEqual({ items: [], total: 0 });
      }
    });

    /** Probes that ask whether the small sample's hidden value is 99, each with a twin asking for 98. */
    // measurement_public rows all have a measurement behind them, so those probes OR in no control row.
    const probes: ReadonlyArray<{ collection: string; filter: string; anchor: (f: Fixture) => string; control: () => string | undefined }> = [
      { collection: "hypotheses", filter: "measurements_via_hypothesis.value ?= {:v}", anchor: (f) => f.hypotheses.five.id, control: () => control.hypothesis.id },
      { collection: "hypotheses", filter: "measurements_via_hypothesis.value = {:v}", anchor: (f) => f.hypotheses.five.id, control: () => control.hypothesis.id },
      { collection: "hypotheses", filter: "measurements_via_hypothesis.value ?> {:v}", anchor: (f) => f.hypotheses.five.id, control: () => control.hypothesis.id },
      { collection: "evaluations", filter: "measurements_via_evaluation.value ?= {:v}", anchor: (f) => f.evaluation.id, control: () => control.evaluation.id },
      {
        collection: "pilots",
        filter: "evaluations_via_pilot.measurements_via_evaluation.value ?= {:v}",
        anchor: (f) => f.pilot.id,
        control: () => undefined,
      },
      {
        collection: "measurement_public",
        filter: "hypothesis.measurements_via_hypothesis.value ?= {:v}",
        anchor: (f) => f.measurements.five.id,
        control: () => undefined,
      },
      {
        collection: "measurement_public",
        filter: "evaluation.measurements_via_evaluation.value ?= {:v}",
        anchor: (f) => f.measurements.five.id,
        control: () => undefined,
      },
      {
        collection: "measurement_public",
        filter: "@collection.measurements.value ?= {:v}",
        anchor: (f) => f.measurements.five.id,
        control: () => undefined,
      },
    ];
    const probeRows = probers.flatMap((actor) => probes.map((probe) => ({ actor, ...probe })));

    it.each(probeRows)("$actor: $collection filtered by $filter answers the same for 99 and 98", async ({ actor, collection, filter, anchor, control }) => {
      const pb = n.as[actor];
      const controlId = control();
      const ask = (v: number) =>
        listOutcome(
          pb.collection(collection).getList(1, 10, {
            filter: controlId
              ? pb.filter(`id = {:control} || (id = {:id} && ${filter})`, { control: controlId, id: anchor(pilots.public), v })
              : pb.filter(`id = {:id} && ${filter}`, { id: anchor(pilots.public), v }),
          }),
        );
      // The hypothesis's only measurement is the small sample of 99: a probe of 99 that differed from 98 would leak it.
      const [secret, other] = [await ask(samples.five.value), await ask(98)];
      expect(secret).toEqual(other);
      expect(secret.ids).not.toContain(anchor(pilots.public));
      if (controlId) expect(secret).toEqual({ status: 200, ids: [controlId] });
    });

    it("the own colleague does find the hypothesis by its measured value (control: the probe works)", async () => {
      const pb = n.as.ownColleague;
      const ask = async (v: number) =>
        (
          await pb.collection("hypotheses").getFullList({
            filter: pb.filter("id = {:id} && measurements_via_hypothesis.value ?= {:v}", { id: pilots.public.hypotheses.five.id, v }),
          })
        ).map((h) => h.id);
      expect(await ask(99)).toEqual([pilots.public.hypotheses.five.id]);
      expect(await ask(98)).toEqual([]);
    });

    it.each(probers)("%s: expand=measurements_via_hypothesis on a public pilot's hypothesis expands nothing", async (actor) => {
      const pb = n.as[actor];
      const viewed = await pb.collection("hypotheses").getOne(pilots.public.hypotheses.five.id, { expand: "measurements_via_hypothesis" });
      expect(viewed.expand?.measurements_via_hypothesis).toBeUndefined();
      const listed = await pb.collection("evaluations").getFullList({
        filter: pb.filter("id = {:id}", { id: pilots.public.evaluation.id }),
        expand: "measurements_via_evaluation",
      });
      expect(listed.map((e) => e.id)).toEqual([pilots.public.evaluation.id]);
      expect(listed[0]?.expand?.measurements_via_evaluation).toBeUndefined();
    });

    it.each(probers)("%s: sorting measurement_public by value puts the small samples among the unknowns", async (actor) => {
      const pb = n.as[actor];
      const sorted = await pb.collection("measurement_public").getFullList({
        filter: pb.filter("pilot = {:p}", { p: pilots.public.pilot.id }),
        sort: "-value,id",
      });
      const ids = pilots.public.measurements;
      // Descending by value: 72.5 and 71 first, then the two nulls in id order, however their hidden values compare.
      expect(sorted.map((m) => m.id)).toEqual([ids.forty.id, ids.ten.id, ...[ids.five.id, ids.nine.id].sort()]);
    });

    it.each(["otherManager", "otherColleague", "guest"] as const)(
      "%s finds nothing of the private pilot in measurement_public, whatever the filter",
      async (actor) => {
        const pb = n.as[actor];
        const params = {
          control: control.measurement.id,
          p: pilots.private.pilot.id,
          h: pilots.private.hypotheses.forty.id,
          e: pilots.private.evaluation.id,
          t: pilots.private.pilot.title,
        };
        for (const filter of ["pilot = {:p}", "hypothesis = {:h}", "evaluation = {:e}", "pilot.title ~ {:t}", "evaluation.pilot.title ~ {:t}"]) {
          const found = pb.collection("measurement_public").getList(1, 10, { filter: pb.filter(`id = {:control} || (${filter})`, params) });
          expect(await listOutcome(found)).toEqual({ status: 200, ids: [control.measurement.id] });
        }
      },
    );
  });
});
