import { describe, expect, it } from "vitest";
import { moveToEvaluation } from "../../src/data/decisions.ts";
import { saveEvaluation } from "../../src/data/evaluations.ts";
import { EvaluationFormSchema } from "../../src/domain/evaluation.ts";
import { admin, appClientOf, countAsAdmin, newRecordId, pilotData, refusalOf, statusOf, storedAsAdmin } from "./fixtures.ts";
import { evaluationData, testimonialData } from "./evaluation-fixtures.ts";
import { freshNeighbours } from "./fresh-neighbours.ts";

/**
 * An end evaluation of a running pilot moves it to the stage Evaluatie in the evaluation's own
 * write (pb_hooks/evaluation_invariants.pb.js, lib/end-evaluation.js), so the directeur sees
 * "Besluit nodig" at once; an interim one does not, and a pilot in Idee or Ontwerp is not moved
 * (the site offers that as one click, src/data/decisions.ts moveToEvaluation). A write that fails
 * leaves the stage as it was.
 */

const n = freshNeighbours();
const newPilot = (stage: string, visibility = "private") =>
  n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { stage, visibility }));
const stageOf = async (pilotId: string) => (await storedAsAdmin("pilots", pilotId)).stage;

describe("an end evaluation moves a running pilot to evaluatie", () => {
  it.each(["ownManager", "ownDirector"] as const)("written by %s: the stored stage is evaluatie right after the create", async (actor) => {
    const pilot = await newPilot("uitvoering");
    const before = (await storedAsAdmin("pilots", pilot.id)).stage_since;
    await n.as[actor].collection("evaluations").create(evaluationData(pilot.id, { kind: "eind" }));
    const stored = await storedAsAdmin("pilots", pilot.id);
    expect(stored.stage).toBe("evaluatie");
    expect(stored.stage_since).not.toBe(before);
  });

  it("an interim evaluation leaves it in uitvoering", async () => {
    const pilot = await newPilot("uitvoering");
    await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id, { kind: "tussentijds" }));
    expect(await stageOf(pilot.id)).toBe("uitvoering");
  });

  it("turning an interim evaluation into an end evaluation moves it", async () => {
    const pilot = await newPilot("uitvoering");
    const interim = await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id, { kind: "tussentijds" }));
    await n.as.ownManager.collection("evaluations").update(interim.id, { kind: "eind" });
    expect(await stageOf(pilot.id)).toBe("evaluatie");
  });

  it("the evaluation form's batch (saveEvaluation) moves it too", async () => {
    const pilot = await newPilot("uitvoering");
    const { pilot: _, participants, ...fields } = evaluationData(pilot.id, { kind: "eind" });
    const form = EvaluationFormSchema.parse({ ...fields, participants: String(participants), measurements: [], testimonials: [] });
    expect(await saveEvaluation(appClientOf(n.as.ownManager), { pilotId: pilot.id, form, attachments: [] })).toMatchObject({ ok: true });
    expect(await stageOf(pilot.id)).toBe("evaluatie");
  });

  it.each(["idee", "ontwerp"] as const)("a pilot in %s stays there", async (stage) => {
    const pilot = await newPilot(stage);
    await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id, { kind: "eind" }));
    expect(await stageOf(pilot.id)).toBe(stage);
  });

  it("a pilot in evaluatie or besluit stays there (a second end evaluation)", async () => {
    const pilot = await newPilot("uitvoering");
    await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id, { kind: "eind" }));
    const since = (await storedAsAdmin("pilots", pilot.id)).stage_since;
    await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id, { kind: "eind", date: "2026-11-01" }));
    const stored = await storedAsAdmin("pilots", pilot.id);
    expect([stored.stage, stored.stage_since]).toEqual(["evaluatie", since]);
  });
});

describe("a write that fails leaves the stage as it was", () => {
  it("an end evaluation with an invalid field is refused, and the pilot stays in uitvoering", async () => {
    const pilot = await newPilot("uitvoering");
    const data = evaluationData(pilot.id, { kind: "eind", participants: -1 });
    expect(await refusalOf(n.as.ownManager.collection("evaluations").create(data))).toEqual({ status: 400, fields: ["participants"] });
    expect(await stageOf(pilot.id)).toBe("uitvoering");
  });

  // The evaluation itself is valid and written; the batch fails after it, so only a stage change in
  // the same transaction is rolled back with it.
  it("a batch whose end evaluation is written but a later row is refused changes nothing", async () => {
    const pilot = await newPilot("uitvoering");
    const id = newRecordId();
    const batch = n.as.ownManager.createBatch();
    batch.collection("evaluations").create(evaluationData(pilot.id, { kind: "eind", id }));
    batch.collection("testimonials").create(testimonialData(id, { consent: false, quote: "" }));
    expect(await statusOf(batch.send())).toBe(400);
    expect(await countAsAdmin("evaluations", "pilot = {:p}", { p: pilot.id })).toBe(0);
    expect(await stageOf(pilot.id)).toBe("uitvoering");
  });

  it("another municipality's manager cannot write an end evaluation of a public pilot, nor move it (400)", async () => {
    const pilot = await newPilot("uitvoering", "public");
    expect(await statusOf(n.as.otherManager.collection("evaluations").create(evaluationData(pilot.id, { kind: "eind" })))).toBe(400);
    expect(await stageOf(pilot.id)).toBe("uitvoering");
  });

  it("the superuser's end evaluation moves it as well (every write, not only the API's rules)", async () => {
    const pilot = await newPilot("uitvoering");
    await (await admin()).collection("evaluations").create(evaluationData(pilot.id, { kind: "eind" }));
    expect(await stageOf(pilot.id)).toBe("evaluatie");
  });
});

describe("the one click for a pilot in an earlier stage (moveToEvaluation)", () => {
  it.each(["ownManager", "ownDirector"] as const)("%s moves a pilot in ontwerp with an end evaluation to evaluatie", async (actor) => {
    const pilot = await newPilot("ontwerp");
    await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id, { kind: "eind" }));
    expect(await moveToEvaluation(appClientOf(n.as[actor]), pilot.id)).toEqual({ ok: true });
    expect(await stageOf(pilot.id)).toBe("evaluatie");
  });

  it("another municipality's directeur cannot (not found), and the stage stays", async () => {
    const pilot = await newPilot("ontwerp", "public");
    expect(await moveToEvaluation(appClientOf(n.as.otherDirector), pilot.id)).toMatchObject({ ok: false });
    expect(await stageOf(pilot.id)).toBe("ontwerp");
  });
});
