import { describe, expect, it } from "vitest";
import { recordDecision } from "../../src/data/evaluations.ts";
import { DecisionFormSchema } from "../../src/domain/stage-gate.ts";
import { appClientOf, storedAsAdmin } from "./fixtures.ts";
import { freshNeighbours } from "./fresh-neighbours.ts";
import { gatePilots, rationale } from "./stage-gate-pilots.ts";

/**
 * The stage gate (pb_hooks/lib/stage-gate.js, the pilots rules, pb_hooks/evaluation_invariants.pb.js):
 * a pilot reaches "besluit" only after an end evaluation and only by its directeur, who alone records
 * the decision, its rationale and the stop reason. A decided pilot stays; the end evaluation the
 * decision rests on stays; a measurement measures a hypothesis of its own evaluation's pilot.
 *
 * This file: recordDecision (src/data/evaluations.ts), the way the decision form saves.
 */

describe("the stage gate", () => {
  const n = freshNeighbours();
  const { pilotWithInterimOnly, pilotAtGate } = gatePilots(n);

  describe("recordDecision (src/data/evaluations.ts)", () => {
    const form = DecisionFormSchema.parse({ decision: "borgen", decision_rationale: rationale, stop_reason: "" });

    it("with a manager's client it fails and changes nothing", async () => {
      const { pilot } = await pilotAtGate();
      const result = await recordDecision(appClientOf(n.as.ownManager), pilot.id, form);
      expect(result.ok).toBe(false);
      const stored = await storedAsAdmin("pilots", pilot.id);
      expect({ stage: stored.stage, decision: stored.decision }).toEqual({ stage: "evaluatie", decision: "" });
    });

    it("with the directeur's client it moves the pilot to besluit with the decision", async () => {
      const { pilot } = await pilotAtGate();
      expect(await recordDecision(appClientOf(n.as.ownDirector), pilot.id, form)).toEqual({ ok: true });
      const stored = await storedAsAdmin("pilots", pilot.id);
      expect({
        stage: stored.stage,
        decision: stored.decision,
        decision_rationale: stored.decision_rationale,
        stop_reason: stored.stop_reason,
      }).toEqual({
        stage: "besluit",
        decision: "borgen",
        decision_rationale: rationale,
        stop_reason: "",
      });
    });

    it("without an end evaluation it fails with a field error on stage", async () => {
      const { pilot } = await pilotWithInterimOnly();
      const result = await recordDecision(appClientOf(n.as.ownDirector), pilot.id, form);
      expect(result).toMatchObject({ ok: false, fieldErrors: { stage: expect.any(String) } });
      expect((await storedAsAdmin("pilots", pilot.id)).stage).toBe("evaluatie");
    });

    it("stoppen is stored with its stop reason", async () => {
      const { pilot } = await pilotAtGate();
      const stop = DecisionFormSchema.parse({
        decision: "stoppen",
        decision_rationale: rationale,
        stop_reason: "De doelgroep werd niet bereikt.",
      });
      expect(await recordDecision(appClientOf(n.as.ownDirector), pilot.id, stop)).toEqual({ ok: true });
      const stored = await storedAsAdmin("pilots", pilot.id);
      expect({ decision: stored.decision, stop_reason: stored.stop_reason }).toEqual({
        decision: "stoppen",
        stop_reason: "De doelgroep werd niet bereikt.",
      });
    });

    it("another municipality's directeur fails on a public pilot", async () => {
      const { pilot } = await pilotAtGate("public");
      const result = await recordDecision(appClientOf(n.as.otherDirector), pilot.id, form);
      expect(result.ok).toBe(false);
      expect((await storedAsAdmin("pilots", pilot.id)).decision).toBe("");
    });
  });
});
