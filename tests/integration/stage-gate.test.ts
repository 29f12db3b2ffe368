import { describe, expect, it } from "vitest";
import { countAsAdmin, pilotData, refusalOf, statusOf, storedAsAdmin } from "./fixtures.ts";
import { freshNeighbours } from "./fresh-neighbours.ts";
import { gatePilots, rationale } from "./stage-gate-pilots.ts";

/**
 * The stage gate (pb_hooks/lib/stage-gate.js, the pilots rules, pb_hooks/evaluation_invariants.pb.js):
 * a pilot reaches "besluit" only after an end evaluation and only by its directeur, who alone records
 * the decision, its rationale and the stop reason. A decided pilot stays; the end evaluation the
 * decision rests on stays; a measurement measures a hypothesis of its own evaluation's pilot.
 *
 * This file: reaching besluit, and recording the decision.
 */

describe("the stage gate", () => {
  const n = freshNeighbours();
  const { pilotWithInterimOnly, pilotAtGate, pilotInBesluit } = gatePilots(n);

  describe("reaching besluit", () => {
    // The manager is refused by the create rule, which names no field; the directeur passes the rule
    // and meets the invariant: no pilot starts at the end.
    it.each([
      { role: "manager", fields: [] },
      { role: "director", fields: ["stage"] },
    ] as const)("a $role cannot create a pilot in the stage besluit (400)", async ({ role, fields }) => {
      const data = pilotData(n.own.municipality.id, { stage: "besluit" });
      expect(await refusalOf(n.own.as[role].collection("pilots").create(data))).toEqual({ status: 400, fields });
      expect(await countAsAdmin("pilots", "title = {:t}", { t: data.title })).toBe(0);
    });

    it("a directeur cannot move a pilot to besluit with only an interim evaluation (400 on stage)", async () => {
      const { pilot } = await pilotWithInterimOnly();
      expect(await refusalOf(n.as.ownDirector.collection("pilots").update(pilot.id, { stage: "besluit" }))).toEqual({
        status: 400,
        fields: ["stage"],
      });
      expect((await storedAsAdmin("pilots", pilot.id)).stage).toBe("evaluatie");
    });

    it("a directeur moves a pilot with an end evaluation to besluit (200)", async () => {
      const { pilot } = await pilotAtGate();
      expect(await statusOf(n.as.ownDirector.collection("pilots").update(pilot.id, { stage: "besluit" }))).toBe(200);
      expect((await storedAsAdmin("pilots", pilot.id)).stage).toBe("besluit");
    });

    it("a manager cannot move a pilot with an end evaluation to besluit (404)", async () => {
      const { pilot } = await pilotAtGate();
      expect(await statusOf(n.as.ownManager.collection("pilots").update(pilot.id, { stage: "besluit" }))).toBe(404);
      expect((await storedAsAdmin("pilots", pilot.id)).stage).toBe("evaluatie");
    });

    it("another municipality's directeur cannot move a public pilot to besluit (404)", async () => {
      const { pilot } = await pilotAtGate("public");
      expect(await statusOf(n.as.otherDirector.collection("pilots").update(pilot.id, { stage: "besluit" }))).toBe(404);
      expect((await storedAsAdmin("pilots", pilot.id)).stage).toBe("evaluatie");
    });

    it("a manager cannot move a pilot out of besluit (404), and still edits its other fields", async () => {
      const { pilot } = await pilotInBesluit();
      expect(await statusOf(n.as.ownManager.collection("pilots").update(pilot.id, { stage: "evaluatie" }))).toBe(404);
      expect(await statusOf(n.as.ownManager.collection("pilots").update(pilot.id, { summary: "Een bijgewerkte samenvatting." }))).toBe(200);
      const stored = await storedAsAdmin("pilots", pilot.id);
      expect({ stage: stored.stage, summary: stored.summary }).toEqual({ stage: "besluit", summary: "Een bijgewerkte samenvatting." });
    });
  });

  describe("recording the decision", () => {
    const directorOnly = [
      { what: "decision and rationale", change: { decision: "opschalen", decision_rationale: rationale } },
      { what: "the rationale", change: { decision_rationale: rationale } },
      { what: "the stop reason", change: { stop_reason: "De doelgroep werd niet bereikt." } },
    ] as const;

    it.each(directorOnly)("a manager cannot set $what (404)", async ({ change }) => {
      const { pilot } = await pilotInBesluit();
      expect(await statusOf(n.as.ownManager.collection("pilots").update(pilot.id, change))).toBe(404);
      const stored = await storedAsAdmin("pilots", pilot.id);
      expect({ decision: stored.decision, decision_rationale: stored.decision_rationale, stop_reason: stored.stop_reason }).toEqual({
        decision: "",
        decision_rationale: "",
        stop_reason: "",
      });
    });

    it("a manager cannot create a pilot that carries a decision (400)", async () => {
      const data = pilotData(n.own.municipality.id, { decision: "borgen", decision_rationale: rationale });
      expect(await statusOf(n.as.ownManager.collection("pilots").create(data))).toBe(400);
      expect(await countAsAdmin("pilots", "title = {:t}", { t: data.title })).toBe(0);
    });

    it("the directeur records a decision with its rationale (200)", async () => {
      const { pilot } = await pilotInBesluit();
      expect(
        await statusOf(n.as.ownDirector.collection("pilots").update(pilot.id, { decision: "opschalen", decision_rationale: rationale })),
      ).toBe(200);
      const stored = await storedAsAdmin("pilots", pilot.id);
      expect({ decision: stored.decision, decision_rationale: stored.decision_rationale }).toEqual({
        decision: "opschalen",
        decision_rationale: rationale,
      });
    });

    it("a decision without a rationale is refused (400 on decision_rationale)", async () => {
      const { pilot } = await pilotInBesluit();
      expect(await refusalOf(n.as.ownDirector.collection("pilots").update(pilot.id, { decision: "borgen" }))).toEqual({
        status: 400,
        fields: ["decision_rationale"],
      });
      expect((await storedAsAdmin("pilots", pilot.id)).decision).toBe("");
    });

    it("stoppen without a stop reason is refused (400 on stop_reason); with one it is stored", async () => {
      const { pilot } = await pilotInBesluit();
      const stop = { decision: "stoppen", decision_rationale: rationale };
      expect(await refusalOf(n.as.ownDirector.collection("pilots").update(pilot.id, stop))).toEqual({
        status: 400,
        fields: ["stop_reason"],
      });
      expect(await refusalOf(n.as.ownDirector.collection("pilots").update(pilot.id, { ...stop, stop_reason: "   " }))).toEqual({
        status: 400,
        fields: ["stop_reason"],
      });
      expect((await storedAsAdmin("pilots", pilot.id)).decision).toBe("");
      const reason = "Te weinig aanmeldingen: de doelgroep was al in beeld bij het wijkteam.";
      expect(await statusOf(n.as.ownDirector.collection("pilots").update(pilot.id, { ...stop, stop_reason: reason }))).toBe(200);
      const stored = await storedAsAdmin("pilots", pilot.id);
      expect({ decision: stored.decision, stop_reason: stored.stop_reason }).toEqual({ decision: "stoppen", stop_reason: reason });
    });

    it("a decision on a pilot that is not in besluit is refused (400 on decision)", async () => {
      const { pilot } = await pilotAtGate();
      expect(
        await refusalOf(n.as.ownDirector.collection("pilots").update(pilot.id, { decision: "borgen", decision_rationale: rationale })),
      ).toEqual({
        status: 400,
        fields: ["decision"],
      });
      expect((await storedAsAdmin("pilots", pilot.id)).decision).toBe("");
    });

    it("a decided pilot cannot leave besluit, even by its directeur (400 on decision)", async () => {
      const { pilot } = await pilotInBesluit();
      await n.as.ownDirector.collection("pilots").update(pilot.id, { decision: "borgen", decision_rationale: rationale });
      expect(await refusalOf(n.as.ownDirector.collection("pilots").update(pilot.id, { stage: "evaluatie" }))).toEqual({
        status: 400,
        fields: ["decision"],
      });
      expect((await storedAsAdmin("pilots", pilot.id)).stage).toBe("besluit");
    });

    it.each(["ownDirector", "ownManager"] as const)("a decided pilot cannot be deleted by %s (404) and stays readable", async (actor) => {
      const { pilot } = await pilotInBesluit("public");
      await n.as.ownDirector.collection("pilots").update(pilot.id, { decision: "borgen", decision_rationale: rationale });
      expect(await statusOf(n.as[actor].collection("pilots").delete(pilot.id))).toBe(404);
      expect(await countAsAdmin("pilots", "id = {:id}", { id: pilot.id })).toBe(1);
      expect((await n.as.ownColleague.collection("pilots").getOne(pilot.id)).decision).toBe("borgen");
      expect((await n.as.guest.collection("pilots").getOne(pilot.id)).decision).toBe("borgen");
    });

    it("a pilot in besluit without a decision can still be deleted by its manager (control)", async () => {
      const { pilot } = await pilotInBesluit();
      expect(await statusOf(n.as.ownManager.collection("pilots").delete(pilot.id))).toBe(200);
      expect(await countAsAdmin("pilots", "id = {:id}", { id: pilot.id })).toBe(0);
    });
  });
});
