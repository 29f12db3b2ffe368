import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { savePilot } from "../../src/data/pilots.ts";
import { PilotFormSchema } from "../../src/domain/pilot.ts";
import { type Neighbours, admin, appClientOf, createNeighbours, hypothesisData, pilotData, storedAsAdmin } from "./fixtures.ts";
import { evaluationData, measurementData } from "./evaluation-fixtures.ts";
import { createLesson, nonsenseWord, searchAs } from "./learning-fixtures.ts";
import { pilotInput } from "./save-pilot-helpers.ts";

/**
 * pilots.evidence_level is derived by PocketBase (pb_hooks/evidence_level.pb.js) inside the
 * transaction of every write that can move it: the pilot itself, its hypotheses, evaluations and
 * measurements, deletes and cascades included. Each step reads the level right after the one request
 * that made the change. The rule itself: tests/integration/domain-matches-pocketbase.test.ts.
 */

let n: Neighbours;
let pb: PocketBase;
beforeAll(async () => {
  n = await createNeighbours();
  pb = n.as.ownManager;
});

const levelOf = async (pilotId: string) => (await storedAsAdmin("pilots", pilotId)).evidence_level as string;

/** A described pilot with one confirmed hypothesis and two evaluations, not yet measured. */
async function confirmedPilot(overrides: Record<string, unknown> = {}) {
  const pilot = await pb.collection("pilots").create(pilotData(n.own.municipality.id, overrides));
  const hypothesis = await pb.collection("hypotheses").create(hypothesisData(pilot.id, { verdict: "bevestigd" }));
  const evaluations = [
    await pb.collection("evaluations").create(evaluationData(pilot.id)),
    await pb.collection("evaluations").create(evaluationData(pilot.id)),
  ];
  return { pilot, hypothesis, evaluations };
}

/** The same, measured twice with 10 or more: eerste_aanwijzingen. */
async function measuredPilot(overrides: Record<string, unknown> = {}) {
  const made = await confirmedPilot(overrides);
  const measurements: RecordModel[] = [];
  for (const [index, evaluation] of made.evaluations.entries()) {
    measurements.push(
      await pb
        .collection("measurements")
        .create(measurementData(evaluation.id, made.hypothesis.id, { period: `2026-0${index + 3}`, sample_size: 30 })),
    );
  }
  expect(await levelOf(made.pilot.id)).toBe("eerste_aanwijzingen");
  return { ...made, measurements };
}

describe("the pilot's own fields", () => {
  it("a new described pilot is goed_beschreven, in the create's own answer too", async () => {
    const pilot = await pb.collection("pilots").create(pilotData(n.own.municipality.id));
    expect(pilot.evidence_level).toBe("goed_beschreven");
    expect(await levelOf(pilot.id)).toBe("goed_beschreven");
  });

  it("a pilot whose target group is only blanks is not on the ladder, and climbs once it has one", async () => {
    const pilot = await pb.collection("pilots").create(pilotData(n.own.municipality.id, { target_group: " \t " }));
    expect([pilot.evidence_level, await levelOf(pilot.id)]).toEqual(["", ""]);
    const updated = await pb.collection("pilots").update(pilot.id, { target_group: "Ouderen in de wijk" });
    expect(updated.evidence_level).toBe("goed_beschreven");
    await pb.collection("pilots").update(pilot.id, { target_group: "   " });
    expect(await levelOf(pilot.id)).toBe("");
  });

  it("comparison group and independent replication move a measured pilot up and down", async () => {
    const { pilot } = await measuredPilot();
    await pb.collection("pilots").update(pilot.id, { comparison_group: true });
    expect(await levelOf(pilot.id)).toBe("goede_aanwijzingen");
    await pb.collection("pilots").update(pilot.id, { independent_replication: true });
    expect(await levelOf(pilot.id)).toBe("sterke_aanwijzingen");
    await pb.collection("pilots").update(pilot.id, { comparison_group: false });
    expect(await levelOf(pilot.id)).toBe("eerste_aanwijzingen");
  });

  it("the site's batch save (pilot and hypotheses together) stores the level it reaches", async () => {
    const form = PilotFormSchema.parse(pilotInput()); // two hypotheses with an indicator
    const result = await savePilot(appClientOf(pb), { municipality: n.own.municipality.id, form });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(await levelOf(result.id)).toBe("goed_onderbouwd");
  });
});

describe("no client sets the level itself", () => {
  it.each([
    { who: "the manager", as: () => Promise.resolve(n.as.ownManager) },
    { who: "the directeur", as: () => Promise.resolve(n.as.ownDirector) },
    { who: "a superuser", as: () => admin() },
  ])("$who: a level sent on create or update is replaced by the derived one", async ({ as }) => {
    const client = await as();
    const pilot = await client.collection("pilots").create(pilotData(n.own.municipality.id, { evidence_level: "sterke_aanwijzingen" }));
    expect(pilot.evidence_level).toBe("goed_beschreven");
    expect(await levelOf(pilot.id)).toBe("goed_beschreven");
    const updated = await client.collection("pilots").update(pilot.id, { evidence_level: "goede_aanwijzingen" });
    expect(updated.evidence_level).toBe("goed_beschreven");
    await client.collection("pilots").update(pilot.id, { evidence_level: "" });
    expect(await levelOf(pilot.id)).toBe("goed_beschreven");
  });
});

describe("hypotheses", () => {
  it("create, indicator and delete each move the level", async () => {
    const pilot = await pb.collection("pilots").create(pilotData(n.own.municipality.id));
    const hypothesis = await pb.collection("hypotheses").create(hypothesisData(pilot.id, { indicator: "   " }));
    expect(await levelOf(pilot.id)).toBe("goed_beschreven"); // no indicator yet
    await pb.collection("hypotheses").update(hypothesis.id, { indicator: "percentage met baan" });
    expect(await levelOf(pilot.id)).toBe("goed_onderbouwd");
    await pb.collection("hypotheses").delete(hypothesis.id);
    expect(await levelOf(pilot.id)).toBe("goed_beschreven");
  });

  it("a verdict other than bevestigd takes a measured pilot back down", async () => {
    const { pilot, hypothesis } = await measuredPilot();
    await pb.collection("hypotheses").update(hypothesis.id, { verdict: "verworpen" });
    expect(await levelOf(pilot.id)).toBe("goed_onderbouwd");
    await pb.collection("hypotheses").update(hypothesis.id, { verdict: "bevestigd" });
    expect(await levelOf(pilot.id)).toBe("eerste_aanwijzingen");
  });
});

describe("measurements and evaluations", () => {
  it("the second measurement of 10 or more reaches eerste_aanwijzingen; a sample under 10 or a delete falls back", async () => {
    const { pilot, hypothesis, evaluations } = await confirmedPilot();
    const [first, second] = evaluations as [RecordModel, RecordModel];
    await pb.collection("measurements").create(measurementData(first.id, hypothesis.id, { period: "2026-03", sample_size: 10 }));
    expect(await levelOf(pilot.id)).toBe("goed_onderbouwd");
    const measurement = await pb
      .collection("measurements")
      .create(measurementData(second.id, hypothesis.id, { period: "2026-06", sample_size: 9 }));
    expect(await levelOf(pilot.id)).toBe("goed_onderbouwd");
    await pb.collection("measurements").update(measurement.id, { sample_size: 10 });
    expect(await levelOf(pilot.id)).toBe("eerste_aanwijzingen");
    await pb.collection("measurements").delete(measurement.id);
    expect(await levelOf(pilot.id)).toBe("goed_onderbouwd");
  });

  it("deleting an evaluation takes its measurements, and the level, with it", async () => {
    const { pilot, evaluations } = await measuredPilot();
    await pb.collection("evaluations").delete(evaluations[1]!.id);
    expect(await levelOf(pilot.id)).toBe("goed_onderbouwd");
  });

  it("deleting a measured hypothesis (cascading to its measurements) moves the level", async () => {
    const { pilot, hypothesis } = await measuredPilot();
    await pb.collection("hypotheses").delete(hypothesis.id);
    expect(await levelOf(pilot.id)).toBe("goed_beschreven");
  });

  it("a pilot with all its rows can be deleted", async () => {
    const { pilot } = await measuredPilot();
    await pb.collection("pilots").update(pilot.id, { comparison_group: true });
    await pb.collection("pilots").delete(pilot.id);
    await expect(storedAsAdmin("pilots", pilot.id)).rejects.toMatchObject({ status: 404 });
  });
});

describe("the lesson library follows the level", () => {
  it("a lesson's evidence facet moves with a measurement write on its pilot", async () => {
    const word = nonsenseWord();
    const { pilot, measurements } = await measuredPilot({ visibility: "public" });
    const lesson = await createLesson(pb, { visibility: "public", pilot: pilot.id, body: `Een les over ${word} bij een pilot.` });
    const before = await searchAs(n.as.guest, { q: word });
    expect([before.facets.evidence, before.items[0]?.id, before.items[0]?.evidence_level]).toEqual([
      { eerste_aanwijzingen: 1 },
      lesson.id,
      "eerste_aanwijzingen",
    ]);
    await pb.collection("measurements").delete(measurements[0]!.id);
    const after = await searchAs(n.as.guest, { q: word });
    expect([after.facets.evidence, after.items[0]?.evidence_level]).toEqual([{ goed_onderbouwd: 1 }, "goed_onderbouwd"]);
    const filtered = await searchAs(n.as.guest, { q: word, evidence: "goed_onderbouwd" });
    expect(filtered.items.map((item) => item.id)).toEqual([lesson.id]);
  });
});
