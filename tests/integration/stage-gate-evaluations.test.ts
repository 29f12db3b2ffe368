import { describe, expect, it } from "vitest";
import { countAsAdmin, hypothesisData, pilotData, refusalOf, statusOf, storedAsAdmin } from "./fixtures.ts";
import { evaluationData, measurementData } from "./evaluation-fixtures.ts";
import { freshNeighbours } from "./fresh-neighbours.ts";
import { gatePilots } from "./stage-gate-pilots.ts";

/**
 * The stage gate (pb_hooks/decisions.pb.js with lib/decisions.js, lib/stage-gate.js, the pilots and
 * decisions rules, pb_hooks/evaluation_invariants.pb.js): a pilot reaches "besluit" only through a
 * decision of its directeur, after an end evaluation and a lesson from the pilot. A decided pilot
 * stays; the end evaluation the decision rests on stays; a measurement measures a hypothesis of its
 * own evaluation's pilot.
 *
 * This file: the end evaluation a decision rests on, and what a measurement may measure.
 */

describe("the stage gate", () => {
  const n = freshNeighbours();
  const { pilotAtGate, decidedPilot } = gatePilots(n);

  describe("the end evaluation a decision rests on", () => {
    it("the only end evaluation of a pilot in besluit cannot be deleted (400)", async () => {
      const { pilot, end } = await decidedPilot();
      expect(await statusOf(n.as.ownDirector.collection("evaluations").delete(end.id))).toBe(400);
      expect(await countAsAdmin("evaluations", "pilot = {:p} && kind = 'eind'", { p: pilot.id })).toBe(1);
    });

    it("nor through a batch (400)", async () => {
      const { pilot, end } = await decidedPilot();
      const batch = n.as.ownDirector.createBatch();
      batch.collection("evaluations").delete(end.id);
      expect(await statusOf(batch.send())).toBe(400);
      expect(await countAsAdmin("evaluations", "pilot = {:p} && kind = 'eind'", { p: pilot.id })).toBe(1);
    });

    it("of two end evaluations one can be deleted, and then the last cannot", async () => {
      const { pilot, end } = await decidedPilot();
      const second = await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id, { kind: "eind", date: "2026-11-01" }));
      expect(await statusOf(n.as.ownManager.collection("evaluations").delete(end.id))).toBe(200);
      expect(await statusOf(n.as.ownManager.collection("evaluations").delete(second.id))).toBe(400);
      expect(await countAsAdmin("evaluations", "pilot = {:p} && kind = 'eind'", { p: pilot.id })).toBe(1);
    });

    it("an interim evaluation of a pilot in besluit can be deleted (control)", async () => {
      const { pilot } = await decidedPilot();
      const interim = await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id, { kind: "tussentijds" }));
      expect(await statusOf(n.as.ownManager.collection("evaluations").delete(interim.id))).toBe(200);
    });

    it("the only end evaluation of a pilot before besluit can be deleted (control)", async () => {
      const { end } = await pilotAtGate();
      expect(await statusOf(n.as.ownManager.collection("evaluations").delete(end.id))).toBe(200);
    });

    it("the only end evaluation of a pilot in besluit cannot be turned into an interim one (400)", async () => {
      const { pilot, end } = await decidedPilot();
      expect(await statusOf(n.as.ownManager.collection("evaluations").update(end.id, { kind: "tussentijds" }))).toBe(400);
      expect(await countAsAdmin("evaluations", "pilot = {:p} && kind = 'eind'", { p: pilot.id })).toBe(1);
    });
  });

  describe("a measurement measures a hypothesis of its own pilot", () => {
    it("a hypothesis of another pilot of the same municipality is refused (400 on hypothesis)", async () => {
      const { pilot, end } = await pilotAtGate();
      const elsewhere = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id));
      const foreign = await n.as.ownManager.collection("hypotheses").create(hypothesisData(elsewhere.id));
      const own = await n.as.ownManager.collection("hypotheses").create(hypothesisData(pilot.id));
      expect(await refusalOf(n.as.ownManager.collection("measurements").create(measurementData(end.id, foreign.id)))).toEqual({
        status: 400,
        fields: ["hypothesis"],
      });
      expect(await countAsAdmin("measurements", "evaluation = {:e}", { e: end.id })).toBe(0);
      expect(await statusOf(n.as.ownManager.collection("measurements").create(measurementData(end.id, own.id)))).toBe(200);
    });

    it("a hypothesis of another municipality's public pilot is refused (400 on hypothesis)", async () => {
      const { end } = await pilotAtGate();
      const theirs = await n.as.otherManager.collection("pilots").create(pilotData(n.other.municipality.id, { visibility: "public" }));
      const foreign = await n.as.otherManager.collection("hypotheses").create(hypothesisData(theirs.id));
      expect(await refusalOf(n.as.ownDirector.collection("measurements").create(measurementData(end.id, foreign.id)))).toEqual({
        status: 400,
        fields: ["hypothesis"],
      });
      expect(await countAsAdmin("measurements", "hypothesis = {:h}", { h: foreign.id })).toBe(0);
    });

    it("a measurement cannot be moved to another hypothesis or evaluation (404)", async () => {
      const { pilot, end } = await pilotAtGate();
      const [first, second] = [
        await n.as.ownManager.collection("hypotheses").create(hypothesisData(pilot.id)),
        await n.as.ownManager.collection("hypotheses").create(hypothesisData(pilot.id)),
      ];
      const interim = await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id));
      const measurement = await n.as.ownManager.collection("measurements").create(measurementData(end.id, first.id));
      expect(await statusOf(n.as.ownManager.collection("measurements").update(measurement.id, { hypothesis: second.id }))).toBe(404);
      expect(await statusOf(n.as.ownManager.collection("measurements").update(measurement.id, { evaluation: interim.id }))).toBe(404);
      const stored = await storedAsAdmin("measurements", measurement.id);
      expect({ evaluation: stored.evaluation, hypothesis: stored.hypothesis }).toEqual({ evaluation: end.id, hypothesis: first.id });
    });
  });
});
