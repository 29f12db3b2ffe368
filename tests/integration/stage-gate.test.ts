import { describe, expect, it } from "vitest";
import { savePilot } from "../../src/data/pilots.ts";
import { PilotFormSchema } from "../../src/domain/pilot.ts";
import { admin, appClientOf, countAsAdmin, pilotData, refusalOf, statusOf, storedAsAdmin } from "./fixtures.ts";
import { evaluationData } from "./evaluation-fixtures.ts";
import { freshNeighbours } from "./fresh-neighbours.ts";
import { createLesson } from "./learning-fixtures.ts";
import { createPilot } from "./save-pilot-helpers.ts";
import { decide, gatePilots, rationale, stopReason } from "./stage-gate-pilots.ts";

/**
 * The stage gate (pb_hooks/decisions.pb.js with lib/decisions.js, lib/stage-gate.js, the pilots and
 * decisions rules, pb_hooks/evaluation_invariants.pb.js): a pilot reaches "besluit" only through a
 * decision of its directeur, after an end evaluation and a lesson from the pilot. A decided pilot
 * stays; the end evaluation the decision rests on stays.
 *
 * This file: the pilots API takes no decision and no move to besluit, from anyone; the superuser,
 * past every rule, still meets the stage gate's invariants.
 */

const writers = ["ownManager", "ownDirector"] as const;
/** Not the rationale a decided pilot of these tests holds, so sending it is a change. */
const rewritten = "Achteraf herschreven: de aanpak werkte vooral in de wijk Noord.";
const decisionOf = (stored: Record<string, unknown>) => ({
  stage: stored.stage,
  decision: stored.decision,
  decision_rationale: stored.decision_rationale,
  stop_reason: stored.stop_reason,
  decided_at: stored.decided_at,
});

describe("the stage gate in the pilots API", () => {
  const n = freshNeighbours();
  const { pilotAtGate, pilotReadyToDecide, decidedPilot } = gatePilots(n);

  describe("reaching besluit", () => {
    // The create rule names no field: the decisions API is the only way to besluit.
    it.each(writers)("%s cannot create a pilot in the stage besluit (400)", async (actor) => {
      const data = pilotData(n.own.municipality.id, { stage: "besluit" });
      expect(await refusalOf(n.as[actor].collection("pilots").create(data))).toEqual({ status: 400, fields: [] });
      expect(await countAsAdmin("pilots", "title = {:t}", { t: data.title })).toBe(0);
    });

    it.each([...writers, "otherDirector"] as const)("%s cannot move a pilot ready for a decision to besluit (404)", async (actor) => {
      const { pilot } = await pilotReadyToDecide("public");
      expect(await statusOf(n.as[actor].collection("pilots").update(pilot.id, { stage: "besluit" }))).toBe(404);
      expect((await storedAsAdmin("pilots", pilot.id)).stage).toBe("evaluatie");
    });

    it.each(writers)("%s cannot move a decided pilot out of besluit (404), and still edits its other fields", async (actor) => {
      const { pilot } = await decidedPilot();
      expect(await statusOf(n.as[actor].collection("pilots").update(pilot.id, { stage: "evaluatie" }))).toBe(404);
      const summary = `Een bijgewerkte samenvatting door ${actor}.`;
      expect(await statusOf(n.as[actor].collection("pilots").update(pilot.id, { summary }))).toBe(200);
      const stored = await storedAsAdmin("pilots", pilot.id);
      expect({ stage: stored.stage, decision: stored.decision, summary: stored.summary }).toEqual({
        stage: "besluit",
        decision: "borgen",
        summary,
      });
    });
  });

  describe("the decision fields belong to the decisions API", () => {
    const changes = [
      { what: "decision and rationale", change: { decision: "opschalen", decision_rationale: rewritten } },
      { what: "the rationale", change: { decision_rationale: rewritten } },
      { what: "the stop reason", change: { stop_reason: stopReason } },
      { what: "the decision date", change: { decided_at: "2026-12-01 10:00:00.000Z" } },
      {
        what: "stage and decision at once",
        change: { stage: "besluit", decision: "stoppen", decision_rationale: rewritten, stop_reason: stopReason },
      },
    ];
    const rows = writers.flatMap((actor) => changes.map((c) => ({ actor, ...c })));

    it.each(rows)("$actor cannot set $what on a pilot ready for a decision (404)", async ({ actor, change }) => {
      const { pilot } = await pilotReadyToDecide();
      expect(await statusOf(n.as[actor].collection("pilots").update(pilot.id, change))).toBe(404);
      expect(decisionOf(await storedAsAdmin("pilots", pilot.id))).toEqual({
        stage: "evaluatie",
        decision: "",
        decision_rationale: "",
        stop_reason: "",
        decided_at: "",
      });
    });

    it.each(rows)("$actor cannot change $what of a decided pilot (404)", async ({ actor, change }) => {
      const { pilot } = await decidedPilot();
      const before = decisionOf(await storedAsAdmin("pilots", pilot.id));
      expect(await statusOf(n.as[actor].collection("pilots").update(pilot.id, change))).toBe(404);
      expect(decisionOf(await storedAsAdmin("pilots", pilot.id))).toEqual(before);
    });

    it.each(writers)("%s cannot clear a decision (404)", async (actor) => {
      const { pilot } = await decidedPilot();
      expect(await statusOf(n.as[actor].collection("pilots").update(pilot.id, { decision: "", decision_rationale: "" }))).toBe(404);
      expect((await storedAsAdmin("pilots", pilot.id)).decision).toBe("borgen");
    });

    const created = [
      { field: "decision", value: "opschalen" },
      { field: "decision_rationale", value: rationale },
      { field: "stop_reason", value: stopReason },
    ];
    it.each(writers.flatMap((actor) => created.map((c) => ({ actor, ...c }))))(
      "$actor cannot create a pilot with a $field (400)",
      async ({ actor, field, value }) => {
        const data = pilotData(n.own.municipality.id, { stage: "evaluatie", [field]: value });
        expect(await statusOf(n.as[actor].collection("pilots").create(data))).toBe(400);
        expect(await countAsAdmin("pilots", "title = {:t}", { t: data.title })).toBe(0);
      },
    );

    it("a decision date sent with a new pilot is not kept (the server sets it)", async () => {
      const data = pilotData(n.own.municipality.id, { decided_at: "2026-12-01 10:00:00.000Z" });
      const pilot = await n.as.ownDirector.collection("pilots").create(data);
      expect((await storedAsAdmin("pilots", pilot.id)).decided_at).toBe("");
    });

    it("the pilot form resent whole, with the decision unchanged, saves a decided pilot", async () => {
      const { pilot } = await decidedPilot("private", { decision: "stoppen", stop_reason: stopReason });
      const stored = await storedAsAdmin("pilots", pilot.id);
      const update = { ...decisionOf(stored), title: `Bewerkt ${pilot.id}` };
      expect(await statusOf(n.as.ownManager.collection("pilots").update(pilot.id, update))).toBe(200);
      const after = await storedAsAdmin("pilots", pilot.id);
      expect({ ...decisionOf(after), title: after.title }).toEqual(update);
    });
  });

  it("the pilot form (savePilot) saves a decided pilot, its stage Besluit sent as it is", async () => {
    const created = await createPilot(n.own, { stage: "evaluatie" });
    await n.as.ownManager.collection("evaluations").create(evaluationData(created.id, { kind: "eind" }));
    await createLesson(n.as.ownManager, { pilot: created.id });
    await decide(n.as.ownDirector, created.id);
    const form = PilotFormSchema.parse({ ...created.input, stage: "besluit", title: `Bewerkt ${created.id}` });
    const result = await savePilot(appClientOf(n.as.ownManager), { id: created.id, municipality: n.own.municipality.id, form });
    expect(result).toMatchObject({ ok: true });
    const stored = await storedAsAdmin("pilots", created.id);
    expect([stored.title, stored.stage, stored.decision]).toEqual([form.title, "besluit", "borgen"]);
  });

  describe("a decided pilot stays", () => {
    it.each(writers)("%s cannot delete a decided pilot (404), which stays readable", async (actor) => {
      const { pilot } = await decidedPilot("public");
      expect(await statusOf(n.as[actor].collection("pilots").delete(pilot.id))).toBe(404);
      expect(await countAsAdmin("pilots", "id = {:id}", { id: pilot.id })).toBe(1);
      expect((await n.as.ownColleague.collection("pilots").getOne(pilot.id)).decision).toBe("borgen");
      expect((await n.as.guest.collection("pilots").getOne(pilot.id)).decision).toBe("borgen");
    });

    it("a pilot at the gate without a decision can still be deleted by its manager (control)", async () => {
      const { pilot } = await pilotAtGate();
      expect(await statusOf(n.as.ownManager.collection("pilots").delete(pilot.id))).toBe(200);
      expect(await countAsAdmin("pilots", "id = {:id}", { id: pilot.id })).toBe(0);
    });
  });

  describe("the superuser, past every rule, meets the stage gate (lib/stage-gate.js)", () => {
    const decision = { stage: "besluit", decision: "opschalen", decision_rationale: rationale };

    it("a decision on a pilot without a lesson is refused (400 on decision)", async () => {
      const { pilot } = await pilotAtGate();
      expect(await refusalOf((await admin()).collection("pilots").update(pilot.id, decision))).toEqual({
        status: 400,
        fields: ["decision"],
      });
      expect(decisionOf(await storedAsAdmin("pilots", pilot.id))).toMatchObject({ stage: "evaluatie", decision: "" });
    });

    it("with a lesson from the pilot it is stored, with its date (control)", async () => {
      const { pilot } = await pilotReadyToDecide();
      expect(await statusOf((await admin()).collection("pilots").update(pilot.id, decision))).toBe(200);
      const stored = await storedAsAdmin("pilots", pilot.id);
      expect(decisionOf(stored)).toMatchObject({ stage: "besluit", decision: "opschalen", decided_at: expect.stringMatching(/^\d{4}-/) });
    });

    it("a decision on a pilot that is not in besluit is refused (400 on decision)", async () => {
      const { pilot } = await pilotReadyToDecide();
      const { stage: _, ...withoutStage } = decision;
      expect(await refusalOf((await admin()).collection("pilots").update(pilot.id, withoutStage))).toEqual({
        status: 400,
        fields: ["decision"],
      });
    });

    it("a decided pilot whose lesson is gone keeps its decision, but cannot get another one", async () => {
      const { pilot, lesson } = await decidedPilot();
      await n.as.ownManager.collection("lessons").delete(lesson.id);
      const pb = await admin();
      expect(await statusOf(pb.collection("pilots").update(pilot.id, { title: `Bewerkt ${pilot.id}` }))).toBe(200);
      expect(await refusalOf(pb.collection("pilots").update(pilot.id, { decision: "bijstellen" }))).toEqual({
        status: 400,
        fields: ["decision"],
      });
      expect((await storedAsAdmin("pilots", pilot.id)).decision).toBe("borgen");
    });
  });
});
