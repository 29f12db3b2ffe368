import { beforeAll, describe, expect, it } from "vitest";
import { savePilot } from "../../src/data/pilots.ts";
import { PilotFormSchema } from "../../src/domain/pilot.ts";
import { type Neighbours, admin, appClientOf, createNeighbours, hypothesisData, pilotData, storedAsAdmin } from "./fixtures.ts";
import { THEORY, comparedPilot, confirmedPilot, groundedPilot, levelOf, measure } from "./evidence-fixtures.ts";
import { createLesson, nonsenseWord, searchAs } from "./learning-fixtures.ts";
import { pilotInput } from "./save-pilot-helpers.ts";

/**
 * pilots.evidence_level is derived by PocketBase (pb_hooks/evidence_level.pb.js) inside the
 * transaction of every write that can move it, and each rung requires what it names. Each step reads
 * the level right after the one request that made the change. Replication by an adopter:
 * evidence-replication.test.ts; the rule itself: domain-matches-pocketbase.test.ts.
 */

let n: Neighbours;
let municipality: string;
beforeAll(async () => {
  n = await createNeighbours();
  municipality = n.own.municipality.id;
});
const pb = () => n.as.ownManager;

describe("a plan is on no rung", () => {
  it("a new pilot in idee or ontwerp has no level, in the create's own answer too, and gets it in practice", async () => {
    for (const stage of ["idee", "ontwerp"]) {
      const { pilot } = await groundedPilot(pb(), municipality, { stage });
      expect([pilot.evidence_level, await levelOf(pilot.id)]).toEqual(["", ""]);
      const running = await pb().collection("pilots").update(pilot.id, { stage: "uitvoering" });
      expect(running.evidence_level).toBe("goed_onderbouwd");
      await pb().collection("pilots").update(pilot.id, { stage });
      expect(await levelOf(pilot.id)).toBe("");
    }
  });

  it("a confirmed, compared pilot moved back to ontwerp drops off the ladder", async () => {
    const { pilot } = await comparedPilot(pb(), municipality);
    expect(await levelOf(pilot.id)).toBe("goede_aanwijzingen");
    await pb().collection("pilots").update(pilot.id, { stage: "ontwerp" });
    expect(await levelOf(pilot.id)).toBe("");
  });
});

describe("no client sets the level itself", () => {
  it.each([
    { who: "the manager", as: () => Promise.resolve(n.as.ownManager) },
    { who: "the directeur", as: () => Promise.resolve(n.as.ownDirector) },
    { who: "a superuser", as: () => admin() },
  ])("$who: a level sent on create or update is replaced by the derived one", async ({ as }) => {
    const client = await as();
    const pilot = await client.collection("pilots").create(pilotData(municipality, { evidence_level: "sterke_aanwijzingen" }));
    expect([pilot.evidence_level, await levelOf(pilot.id)]).toEqual(["", ""]);
    await client.collection("hypotheses").create(hypothesisData(pilot.id));
    const updated = await client.collection("pilots").update(pilot.id, { evidence_level: "goede_aanwijzingen" });
    expect(updated.evidence_level).toBe("goed_beschreven");
    await client.collection("pilots").update(pilot.id, { evidence_level: "" });
    expect(await levelOf(pilot.id)).toBe("goed_beschreven");
  });
});

describe("each rung requires what it names", () => {
  it("goed beschreven: described, and a hypothesis with an indicator", async () => {
    const pilot = await pb().collection("pilots").create(pilotData(municipality));
    expect(await levelOf(pilot.id)).toBe(""); // described, but no hypothesis
    const hypothesis = await pb()
      .collection("hypotheses")
      .create(hypothesisData(pilot.id, { indicator: "   " }));
    expect(await levelOf(pilot.id)).toBe("");
    await pb().collection("hypotheses").update(hypothesis.id, { indicator: "percentage met baan" });
    expect(await levelOf(pilot.id)).toBe("goed_beschreven");
    await pb().collection("pilots").update(pilot.id, { target_group: "  \t " });
    expect(await levelOf(pilot.id)).toBe("");
  });

  it("goed onderbouwd: a theory of change of at least 100 characters", async () => {
    const { pilot } = await groundedPilot(pb(), municipality, { theory_of_change: "x".repeat(99) });
    expect(await levelOf(pilot.id)).toBe("goed_beschreven");
    await pb()
      .collection("pilots")
      .update(pilot.id, { theory_of_change: ` ${"x".repeat(99)} ` });
    expect(await levelOf(pilot.id)).toBe("goed_beschreven");
    await pb().collection("pilots").update(pilot.id, { theory_of_change: THEORY });
    expect(await levelOf(pilot.id)).toBe("goed_onderbouwd");
  });

  it("eerste aanwijzingen: the same hypothesis confirmed and measured twice with 10 or more", async () => {
    const { pilot, hypothesis: measured } = await groundedPilot(pb(), municipality);
    const confirmed = await pb()
      .collection("hypotheses")
      .create(hypothesisData(pilot.id, { verdict: "bevestigd" }));
    const [, second] = await measure(pb(), pilot.id, measured.id, [{ sample_size: 10 }, { sample_size: 9 }]);
    await pb().collection("measurements").update(second!.id, { sample_size: 10 });
    // One hypothesis measured, another confirmed: not the same one.
    expect(await levelOf(pilot.id)).toBe("goed_onderbouwd");
    await pb().collection("hypotheses").update(measured.id, { verdict: "bevestigd" });
    expect(await levelOf(pilot.id)).toBe("eerste_aanwijzingen");
    await pb().collection("measurements").update(second!.id, { sample_size: 9 });
    expect(await levelOf(pilot.id)).toBe("goed_onderbouwd");
    await pb().collection("hypotheses").delete(confirmed.id);
    expect(await levelOf(pilot.id)).toBe("goed_onderbouwd");
  });

  it("goede aanwijzingen: a measurement of a confirmed hypothesis against a comparison group of 10 or more", async () => {
    const { pilot, measurements } = await confirmedPilot(pb(), municipality);
    expect(await levelOf(pilot.id)).toBe("eerste_aanwijzingen");
    const first = measurements[0]!.id;
    await pb().collection("measurements").update(first, { comparison_value: 60, comparison_sample_size: 9 });
    expect(await levelOf(pilot.id)).toBe("eerste_aanwijzingen");
    await pb().collection("measurements").update(first, { comparison_sample_size: 10 });
    expect(await levelOf(pilot.id)).toBe("goede_aanwijzingen");
    await pb().collection("measurements").update(first, { comparison_value: 0, comparison_sample_size: 0 });
    expect(await levelOf(pilot.id)).toBe("eerste_aanwijzingen");
  });

  it("goede aanwijzingen does not come from a comparison on a hypothesis that is not confirmed", async () => {
    const { pilot, hypothesis } = await comparedPilot(pb(), municipality);
    await pb().collection("hypotheses").update(hypothesis.id, { verdict: "onbeslist" });
    expect(await levelOf(pilot.id)).toBe("goed_onderbouwd");
  });

  it("the site's batch save (pilot and hypotheses together) stores the level it reaches", async () => {
    const form = PilotFormSchema.parse(pilotInput({ theory_of_change: THEORY }));
    const result = await savePilot(appClientOf(pb()), { municipality, form });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(await levelOf(result.id)).toBe("goed_onderbouwd");
  });
});

describe("recomputed when a record it rests on changes or goes", () => {
  it("a verdict other than bevestigd takes a measured pilot back down, and back up", async () => {
    const { pilot, hypothesis } = await confirmedPilot(pb(), municipality);
    await pb().collection("hypotheses").update(hypothesis.id, { verdict: "verworpen" });
    expect(await levelOf(pilot.id)).toBe("goed_onderbouwd");
    await pb().collection("hypotheses").update(hypothesis.id, { verdict: "bevestigd" });
    expect(await levelOf(pilot.id)).toBe("eerste_aanwijzingen");
  });

  it("deleting a compared measurement, an evaluation (with its measurements) or the hypothesis moves the level", async () => {
    const { pilot, hypothesis, measurements } = await comparedPilot(pb(), municipality);
    await measure(pb(), pilot.id, hypothesis.id, [{}]);
    await pb().collection("measurements").delete(measurements[0]!.id);
    expect(await levelOf(pilot.id)).toBe("eerste_aanwijzingen");
    await pb().collection("evaluations").delete(measurements[1]!.evaluation);
    expect(await levelOf(pilot.id)).toBe("goed_onderbouwd");
    await pb().collection("hypotheses").delete(hypothesis.id);
    expect(await levelOf(pilot.id)).toBe("");
  });

  it("a pilot with all its rows can be deleted", async () => {
    const { pilot } = await comparedPilot(pb(), municipality);
    await pb().collection("pilots").delete(pilot.id);
    await expect(storedAsAdmin("pilots", pilot.id)).rejects.toMatchObject({ status: 404 });
  });
});

describe("the lesson library follows the level", () => {
  it("a lesson's evidence facet moves with a measurement write on its pilot", async () => {
    const word = nonsenseWord();
    const { pilot, measurements } = await confirmedPilot(pb(), municipality, { visibility: "public" });
    const lesson = await createLesson(pb(), { visibility: "public", pilot: pilot.id, body: `Een les over ${word} bij een pilot.` });
    const before = await searchAs(n.as.guest, { q: word });
    expect([before.facets.evidence, before.items[0]?.id, before.items[0]?.evidence_level]).toEqual([
      { eerste_aanwijzingen: 1 },
      lesson.id,
      "eerste_aanwijzingen",
    ]);
    await pb().collection("measurements").delete(measurements[0]!.id);
    const after = await searchAs(n.as.guest, { q: word });
    expect([after.facets.evidence, after.items[0]?.evidence_level]).toEqual([{ goed_onderbouwd: 1 }, "goed_onderbouwd"]);
    const filtered = await searchAs(n.as.guest, { q: word, evidence: "goed_onderbouwd" });
    expect(filtered.items.map((item) => item.id)).toEqual([lesson.id]);
  });
});
