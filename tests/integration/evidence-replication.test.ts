import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { adoptPilot } from "../../src/data/adoption.ts";
import { savePilot } from "../../src/data/pilots.ts";
import { PilotFormSchema } from "../../src/domain/pilot.ts";
import { toPilotFormValues } from "../../src/domain/pilot-form-values.ts";
import { getPilotWithRows } from "../../src/data/pilots.ts";
import { type Neighbours, admin, appClientOf, createNeighbours, hypothesisData, pilotData, statusOf } from "./fixtures.ts";
import { comparedPilot, levelOf, measure } from "./evidence-fixtures.ts";

/**
 * Sterke aanwijzingen: an adopter in another municipality confirmed the same hypothesis in its own
 * copy (pilots.adopted_from, hypotheses.adopted_from), measured as the original's own rungs are.
 * Whatever moves the copy recomputes the original, in the same transaction: the copy's verdict,
 * measurements, stage, and the copy's deletion.
 */

let n: Neighbours;
beforeAll(async () => {
  n = await createNeighbours();
});

const copyHypotheses = async (copyId: string): Promise<RecordModel[]> => {
  const pb = await admin();
  return pb.collection("hypotheses").getFullList({ filter: pb.filter("pilot = {:p}", { p: copyId }), sort: "created,id" });
};

/** A's public pilot at goede aanwijzingen, adopted by B: the copy as adoptPilot made it. */
async function adopted() {
  const original = await comparedPilot(n.as.ownManager, n.own.municipality.id, { visibility: "public" });
  const result = await adoptPilot(appClientOf(n.as.otherManager), original.pilot.id, n.other.municipality.id);
  if (!result.ok) throw new Error(`adoption failed: ${result.message}`);
  const [copied] = await copyHypotheses(result.id);
  return { original, copyId: result.id, copied: copied! };
}

/** B makes the copy its own, runs it, measures the copied hypothesis twice and confirms it. */
async function replicate(copyId: string, copied: RecordModel) {
  const pb = n.as.otherManager;
  await pb.collection("pilots").update(copyId, { target_group: "Jongeren in onze gemeente zonder werk" });
  await pb.collection("hypotheses").update(copied.id, { baseline: 55 });
  await pb.collection("pilots").update(copyId, { stage: "uitvoering" });
  const measurements = await measure(pb, copyId, copied.id, [{}, {}]);
  await pb.collection("hypotheses").update(copied.id, { verdict: "bevestigd" });
  return measurements;
}

describe("an adopted copy", () => {
  it("starts at no level whatever the original reached, and links each hypothesis to the one it copies", async () => {
    const { original, copyId, copied } = await adopted();
    expect(await levelOf(original.pilot.id)).toBe("goede_aanwijzingen");
    expect(await levelOf(copyId)).toBe("");
    expect(copied.adopted_from).toBe(original.hypothesis.id);
  });

  it("sent straight to the API with a level of its own gets none", async () => {
    const original = await comparedPilot(n.as.ownManager, n.own.municipality.id, { visibility: "network" });
    const data = pilotData(n.other.municipality.id, {
      adopted_from: original.pilot.id,
      stage: "ontwerp",
      evidence_level: "sterke_aanwijzingen",
    });
    const copy = await n.as.otherManager.collection("pilots").create(data);
    expect([copy.evidence_level, await levelOf(copy.id)]).toEqual(["", ""]);
  });
});

describe("replication by an adopter in another municipality", () => {
  it("raises the original to sterke aanwijzingen; a verdict change lowers it again, and back", async () => {
    const { original, copyId, copied } = await adopted();
    await replicate(copyId, copied);
    expect(await levelOf(original.pilot.id)).toBe("sterke_aanwijzingen");
    expect(await levelOf(copyId)).toBe("eerste_aanwijzingen");
    await n.as.otherManager.collection("hypotheses").update(copied.id, { verdict: "onbeslist" });
    expect(await levelOf(original.pilot.id)).toBe("goede_aanwijzingen");
    await n.as.otherManager.collection("hypotheses").update(copied.id, { verdict: "bevestigd" });
    expect(await levelOf(original.pilot.id)).toBe("sterke_aanwijzingen");
  });

  it("falls away with the copy's measurement, its stage back in ontwerp, or the copy itself", async () => {
    const { original, copyId, copied } = await adopted();
    const measurements = await replicate(copyId, copied);
    await n.as.otherManager.collection("measurements").delete(measurements[0]!.id);
    expect(await levelOf(original.pilot.id)).toBe("goede_aanwijzingen");
    await measure(n.as.otherManager, copyId, copied.id, [{}]);
    expect(await levelOf(original.pilot.id)).toBe("sterke_aanwijzingen");
    await n.as.otherManager.collection("pilots").update(copyId, { stage: "ontwerp" });
    expect(await levelOf(original.pilot.id)).toBe("goede_aanwijzingen");
    await n.as.otherManager.collection("pilots").update(copyId, { stage: "uitvoering" });
    expect(await levelOf(original.pilot.id)).toBe("sterke_aanwijzingen");
    await n.as.otherManager.collection("pilots").delete(copyId);
    expect(await levelOf(original.pilot.id)).toBe("goede_aanwijzingen");
  });

  it("falls away when the copied hypothesis is deleted, and the original's own verdict counts too", async () => {
    const { original, copyId, copied } = await adopted();
    await replicate(copyId, copied);
    await n.as.ownManager.collection("hypotheses").update(original.hypothesis.id, { verdict: "onbeslist" });
    expect(await levelOf(original.pilot.id)).toBe("goed_onderbouwd");
    await n.as.ownManager.collection("hypotheses").update(original.hypothesis.id, { verdict: "bevestigd" });
    expect(await levelOf(original.pilot.id)).toBe("sterke_aanwijzingen");
    await n.as.otherManager.collection("hypotheses").delete(copied.id);
    expect(await levelOf(original.pilot.id)).toBe("goede_aanwijzingen");
  });

  it("needs the same hypothesis: the adopter's own, unlinked hypothesis confirmed does not count", async () => {
    const { original, copyId, copied } = await adopted();
    await replicate(copyId, copied);
    await n.as.otherManager.collection("hypotheses").delete(copied.id);
    const own = await n.as.otherManager.collection("hypotheses").create(hypothesisData(copyId, { baseline: 55 }));
    await measure(n.as.otherManager, copyId, own.id, [{}, {}]);
    await n.as.otherManager.collection("hypotheses").update(own.id, { verdict: "bevestigd" });
    expect(await levelOf(copyId)).toBe("eerste_aanwijzingen");
    expect(await levelOf(original.pilot.id)).toBe("goede_aanwijzingen");
  });

  it("does not count a copy in the original's own municipality", async () => {
    const original = await comparedPilot(n.as.ownManager, n.own.municipality.id);
    const copy = await n.as.ownManager
      .collection("pilots")
      .create(pilotData(n.own.municipality.id, { adopted_from: original.pilot.id, target_group: "Een andere wijk", stage: "uitvoering" }));
    const linked = await n.as.ownManager
      .collection("hypotheses")
      .create(hypothesisData(copy.id, { adopted_from: original.hypothesis.id, baseline: 50 }));
    await measure(n.as.ownManager, copy.id, linked.id, [{}, {}]);
    await n.as.ownManager.collection("hypotheses").update(linked.id, { verdict: "bevestigd" });
    expect(await levelOf(original.pilot.id)).toBe("goede_aanwijzingen");
  });
});

describe("a hypothesis's link to the original", () => {
  it("may only name a hypothesis of the pilot the copy was adopted from (400), and never changes (404)", async () => {
    const { original, copyId, copied } = await adopted();
    const elsewhere = await n.as.otherManager.collection("pilots").create(pilotData(n.other.municipality.id));
    const pb = n.as.otherManager;
    const foreign = await pb.collection("hypotheses").create(hypothesisData(elsewhere.id));
    expect(await statusOf(pb.collection("hypotheses").create(hypothesisData(copyId, { adopted_from: foreign.id })))).toBe(400);
    expect(await statusOf(pb.collection("hypotheses").create(hypothesisData(elsewhere.id, { adopted_from: original.hypothesis.id })))).toBe(
      400,
    );
    expect(await statusOf(pb.collection("hypotheses").update(copied.id, { adopted_from: "" }))).toBe(404);
    expect(await statusOf(pb.collection("hypotheses").update(copied.id, { adopted_from: foreign.id }))).toBe(404);
    expect(
      await statusOf(pb.collection("hypotheses").update(copied.id, { statement: "Als wij het anders doen, dan verwachten wij meer." })),
    ).toBe(200);
    expect((await copyHypotheses(copyId))[0]?.adopted_from).toBe(original.hypothesis.id);
  });

  it("stays when the adopter saves the copy through the pilot form", async () => {
    const { original, copyId } = await adopted();
    const client = appClientOf(n.as.otherManager);
    const stored = await getPilotWithRows(client, copyId);
    const form = PilotFormSchema.parse({ ...toPilotFormValues(stored.pilot, stored), title: "Onze eigen versie van de pilot" });
    const result = await savePilot(client, {
      id: copyId,
      municipality: n.other.municipality.id,
      form,
      expectedUpdated: stored.pilot.updated,
    });
    expect(result.ok).toBe(true);
    expect((await copyHypotheses(copyId)).map((h) => h.adopted_from)).toEqual([original.hypothesis.id]);
  });
});
