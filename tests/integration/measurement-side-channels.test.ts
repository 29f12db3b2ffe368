import { describe, expect, it } from "vitest";
import { listOutcome } from "./fixtures.ts";
import { type MeasuredPilot, measuredPilots, samples } from "./measured-pilots.ts";

/**
 * Measurements are read in full only by the owning municipality (`measurements`). Everyone else
 * reads `measurement_public`, which follows the pilot's visibility and leaves out the value and the
 * sample size of a measurement from fewer than 10 participants. Neither reading, filtering,
 * back-relations nor expand may recover such a value.
 *
 * This file: filters, back-relations, expand and sorting are no side channel for a small sample's value.
 */

describe("measurement privacy", () => {
  const { n, pilots, control } = measuredPilots();

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

    type Probe = {
      collection: string;
      filter: string;
      anchor: (f: MeasuredPilot) => string;
      control: () => string | undefined;
      status?: number;
    };
    /** Probes that ask whether the small sample's hidden value is 99, each with a twin asking for 98. */
    // measurement_public rows all have a measurement behind them, so those probes OR in no control row.
    // A probe through @collection.measurements is refused outright (403) for whoever may not list them.
    const probes: readonly Probe[] = [
      {
        collection: "hypotheses",
        filter: "measurements_via_hypothesis.value ?= {:v}",
        anchor: (f) => f.hypotheses.five.id,
        control: () => control.hypothesis.id,
      },
      {
        collection: "hypotheses",
        filter: "measurements_via_hypothesis.value = {:v}",
        anchor: (f) => f.hypotheses.five.id,
        control: () => control.hypothesis.id,
      },
      {
        collection: "hypotheses",
        filter: "measurements_via_hypothesis.value ?> {:v}",
        anchor: (f) => f.hypotheses.five.id,
        control: () => control.hypothesis.id,
      },
      {
        collection: "evaluations",
        filter: "measurements_via_evaluation.value ?= {:v}",
        anchor: (f) => f.evaluation.id,
        control: () => control.evaluation.id,
      },
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
        status: 403,
      },
    ];
    const probeRows = probers.flatMap((actor) => probes.map((probe) => ({ actor, ...probe })));

    it.each(probeRows)(
      "$actor: $collection filtered by $filter answers the same for 99 and 98",
      async ({ actor, collection, filter, anchor, control, status }) => {
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
        // Only the control row answers (nothing at all where the probe has none), never the anchor.
        expect(secret).toEqual({ status: status ?? 200, ids: controlId ? [controlId] : [] });
        expect(other).toEqual(secret);
      },
    );

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
        for (const filter of [
          "pilot = {:p}",
          "hypothesis = {:h}",
          "evaluation = {:e}",
          "pilot.title ~ {:t}",
          "evaluation.pilot.title ~ {:t}",
        ]) {
          const found = pb.collection("measurement_public").getList(1, 10, { filter: pb.filter(`id = {:control} || (${filter})`, params) });
          expect(await listOutcome(found)).toEqual({ status: 200, ids: [control.measurement.id] });
        }
      },
    );
  });
});
