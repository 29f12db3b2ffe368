import { describe, expect, it } from "vitest";
import { listMeasurements } from "../../src/data/evaluations.ts";
import { actors, appClientOf, mayRead, statusOf, visibilities } from "./fixtures.ts";
import { insiders, measuredPilots, outsiders, sampleNames, samples } from "./measured-pilots.ts";

/**
 * Measurements are read in full only by the owning municipality (`measurements`). Everyone else
 * reads `measurement_public`, which follows the pilot's visibility and leaves out the value and the
 * sample size of a measurement from fewer than 10 participants. Neither reading, filtering,
 * back-relations nor expand may recover such a value.
 *
 * This file: reading measurements and measurement_public.
 */

describe("measurement privacy", () => {
  const { n, pilots, allPilotsFilter } = measuredPilots();

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

    it.each(["otherColleague", "guest"] as const)(
      "%s sees a sample under 10 without value or size, and 10 or more in full",
      async (actor) => {
        const pb = n.as[actor];
        const listed = await pb
          .collection("measurement_public")
          .getFullList({ filter: pb.filter("pilot = {:p}", { p: pilots.public.pilot.id }) });
        const shown = Object.fromEntries(
          listed.map((m) => [m.id, { value: m.value, sample_size: m.sample_size, small_sample: m.small_sample }]),
        );
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
      },
    );

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
});
