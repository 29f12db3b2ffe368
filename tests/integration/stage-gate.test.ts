import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { recordDecision } from "../../src/data/evaluations.ts";
import { DecisionFormSchema } from "../../src/domain/stage-gate.ts";
import {
  type Neighbours,
  appClientOf,
  countAsAdmin,
  createNeighbours,
  evaluationData,
  hypothesisData,
  measurementData,
  pilotData,
  refusalOf,
  statusOf,
  storedAsAdmin,
} from "./fixtures.ts";

/**
 * The stage gate (pb_hooks/lib/stage-gate.js, the pilots rules, pb_hooks/evaluation_invariants.pb.js):
 * a pilot reaches "besluit" only after an end evaluation and only by its directeur, who alone records
 * the decision, its rationale and the stop reason. A decided pilot stays; the end evaluation the
 * decision rests on stays; a measurement measures a hypothesis of its own evaluation's pilot.
 */

const rationale = "De eindevaluatie laat zien dat de aanpak werkt voor deze doelgroep.";

describe("the stage gate", () => {
  let n: Neighbours;

  beforeAll(async () => {
    n = await createNeighbours();
  });

  /** A pilot of the own municipality in the stage evaluatie, with an end evaluation unless asked otherwise. */
  async function pilotAtGate(options: { endEvaluation?: boolean; visibility?: string } = {}): Promise<{ pilot: RecordModel; end?: RecordModel }> {
    const pilot = await n.as.ownManager
      .collection("pilots")
      .create(pilotData(n.own.municipality.id, { stage: "evaluatie", visibility: options.visibility ?? "private" }));
    await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id, { kind: "tussentijds" }));
    if (options.endEvaluation === false) return { pilot };
    const end = await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id, { kind: "eind", date: "2026-10-01" }));
    return { pilot, end };
  }

  /** A pilot its directeur has moved to besluit, without a decision yet. */
  async function pilotInBesluit(visibility = "private") {
    const gate = await pilotAtGate({ visibility });
    await n.as.ownDirector.collection("pilots").update(gate.pilot.id, { stage: "besluit" });
    return gate;
  }

  describe("reaching besluit", () => {
    it.each(["manager", "director"] as const)("a %s cannot create a pilot in the stage besluit (400)", async (role) => {
      const data = pilotData(n.own.municipality.id, { stage: "besluit" });
      const refusal = await refusalOf(n.own.as[role].collection("pilots").create(data));
      expect(refusal.status).toBe(400);
      // The directeur passes the rule and meets the invariant: no pilot starts at the end.
      if (role === "director") expect(refusal.fields).toEqual(["stage"]);
      expect(await countAsAdmin("pilots", "title = {:t}", { t: data.title })).toBe(0);
    });

    it("a directeur cannot move a pilot to besluit with only an interim evaluation (400 on stage)", async () => {
      const { pilot } = await pilotAtGate({ endEvaluation: false });
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
      const { pilot } = await pilotAtGate({ visibility: "public" });
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
      expect(await statusOf(n.as.ownDirector.collection("pilots").update(pilot.id, { decision: "opschalen", decision_rationale: rationale }))).toBe(200);
      const stored = await storedAsAdmin("pilots", pilot.id);
      expect({ decision: stored.decision, decision_rationale: stored.decision_rationale }).toEqual({ decision: "opschalen", decision_rationale: rationale });
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
      expect(await refusalOf(n.as.ownDirector.collection("pilots").update(pilot.id, stop))).toEqual({ status: 400, fields: ["stop_reason"] });
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
      expect(await refusalOf(n.as.ownDirector.collection("pilots").update(pilot.id, { decision: "borgen", decision_rationale: rationale }))).toEqual({
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

  describe("the end evaluation a decision rests on", () => {
    it("the only end evaluation of a pilot in besluit cannot be deleted (400)", async () => {
      const { pilot, end } = await pilotInBesluit();
      expect(await statusOf(n.as.ownDirector.collection("evaluations").delete(end?.id ?? ""))).toBe(400);
      expect(await countAsAdmin("evaluations", "pilot = {:p} && kind = 'eind'", { p: pilot.id })).toBe(1);
    });

    it("nor through a batch (400)", async () => {
      const { pilot, end } = await pilotInBesluit();
      const batch = n.as.ownDirector.createBatch();
      batch.collection("evaluations").delete(end?.id ?? "");
      expect(await statusOf(batch.send())).toBe(400);
      expect(await countAsAdmin("evaluations", "pilot = {:p} && kind = 'eind'", { p: pilot.id })).toBe(1);
    });

    it("of two end evaluations one can be deleted, and then the last cannot", async () => {
      const { pilot, end } = await pilotInBesluit();
      const second = await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id, { kind: "eind", date: "2026-11-01" }));
      expect(await statusOf(n.as.ownManager.collection("evaluations").delete(end?.id ?? ""))).toBe(200);
      expect(await statusOf(n.as.ownManager.collection("evaluations").delete(second.id))).toBe(400);
      expect(await countAsAdmin("evaluations", "pilot = {:p} && kind = 'eind'", { p: pilot.id })).toBe(1);
    });

    it("an interim evaluation of a pilot in besluit can be deleted (control)", async () => {
      const { pilot } = await pilotInBesluit();
      const interim = await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id, { kind: "tussentijds" }));
      expect(await statusOf(n.as.ownManager.collection("evaluations").delete(interim.id))).toBe(200);
    });

    it("the only end evaluation of a pilot before besluit can be deleted (control)", async () => {
      const { end } = await pilotAtGate();
      expect(await statusOf(n.as.ownManager.collection("evaluations").delete(end?.id ?? ""))).toBe(200);
    });

    it("the only end evaluation of a pilot in besluit cannot be turned into an interim one (400)", async () => {
      const { pilot, end } = await pilotInBesluit();
      expect(await statusOf(n.as.ownManager.collection("evaluations").update(end?.id ?? "", { kind: "tussentijds" }))).toBe(400);
      expect(await countAsAdmin("evaluations", "pilot = {:p} && kind = 'eind'", { p: pilot.id })).toBe(1);
    });
  });

  describe("a measurement measures a hypothesis of its own pilot", () => {
    it("a hypothesis of another pilot of the same municipality is refused (400 on hypothesis)", async () => {
      const { pilot, end } = await pilotAtGate();
      const elsewhere = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id));
      const foreign = await n.as.ownManager.collection("hypotheses").create(hypothesisData(elsewhere.id));
      const own = await n.as.ownManager.collection("hypotheses").create(hypothesisData(pilot.id));
      expect(await refusalOf(n.as.ownManager.collection("measurements").create(measurementData(end?.id ?? "", foreign.id)))).toEqual({
        status: 400,
        fields: ["hypothesis"],
      });
      expect(await countAsAdmin("measurements", "evaluation = {:e}", { e: end?.id ?? "" })).toBe(0);
      expect(await statusOf(n.as.ownManager.collection("measurements").create(measurementData(end?.id ?? "", own.id)))).toBe(200);
    });

    it("a hypothesis of another municipality's public pilot is refused (400 on hypothesis)", async () => {
      const { end } = await pilotAtGate();
      const theirs = await n.as.otherManager.collection("pilots").create(pilotData(n.other.municipality.id, { visibility: "public" }));
      const foreign = await n.as.otherManager.collection("hypotheses").create(hypothesisData(theirs.id));
      expect(await refusalOf(n.as.ownDirector.collection("measurements").create(measurementData(end?.id ?? "", foreign.id)))).toEqual({
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
      const measurement = await n.as.ownManager.collection("measurements").create(measurementData(end?.id ?? "", first.id));
      expect(await statusOf(n.as.ownManager.collection("measurements").update(measurement.id, { hypothesis: second.id }))).toBe(404);
      expect(await statusOf(n.as.ownManager.collection("measurements").update(measurement.id, { evaluation: interim.id }))).toBe(404);
      const stored = await storedAsAdmin("measurements", measurement.id);
      expect({ evaluation: stored.evaluation, hypothesis: stored.hypothesis }).toEqual({ evaluation: end?.id, hypothesis: first.id });
    });
  });

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
      expect({ stage: stored.stage, decision: stored.decision, decision_rationale: stored.decision_rationale, stop_reason: stored.stop_reason }).toEqual({
        stage: "besluit",
        decision: "borgen",
        decision_rationale: rationale,
        stop_reason: "",
      });
    });

    it("without an end evaluation it fails with a field error on stage", async () => {
      const { pilot } = await pilotAtGate({ endEvaluation: false });
      const result = await recordDecision(appClientOf(n.as.ownDirector), pilot.id, form);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(Object.keys(result.fieldErrors)).toContain("stage");
      expect((await storedAsAdmin("pilots", pilot.id)).stage).toBe("evaluatie");
    });

    it("stoppen is stored with its stop reason", async () => {
      const { pilot } = await pilotAtGate();
      const stop = DecisionFormSchema.parse({ decision: "stoppen", decision_rationale: rationale, stop_reason: "De doelgroep werd niet bereikt." });
      expect(await recordDecision(appClientOf(n.as.ownDirector), pilot.id, stop)).toEqual({ ok: true });
      const stored = await storedAsAdmin("pilots", pilot.id);
      expect({ decision: stored.decision, stop_reason: stored.stop_reason }).toEqual({ decision: "stoppen", stop_reason: "De doelgroep werd niet bereikt." });
    });

    it("another municipality's directeur fails on a public pilot", async () => {
      const { pilot } = await pilotAtGate({ visibility: "public" });
      const result = await recordDecision(appClientOf(n.as.otherDirector), pilot.id, form);
      expect(result.ok).toBe(false);
      expect((await storedAsAdmin("pilots", pilot.id)).decision).toBe("");
    });
  });
});
