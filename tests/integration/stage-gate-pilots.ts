import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { type Neighbours, pilotData } from "./fixtures.ts";
import { evaluationData } from "./evaluation-fixtures.ts";
import { createLesson } from "./learning-fixtures.ts";

/** The rationale every decision in these tests gives. */
export const rationale = "De eindevaluatie laat zien dat de aanpak werkt voor deze doelgroep.";
export const stopReason = "Te weinig aanmeldingen: de doelgroep was al in beeld bij het wijkteam.";

/** A stage-gate decision as the decision form sends it (src/data/decisions.ts recordDecision). */
export const decisionData = (pilotId: string, overrides: Record<string, unknown> = {}) => ({
  pilot: pilotId,
  decision: "borgen",
  decision_rationale: rationale,
  stop_reason: "",
  ...overrides,
});

/** Records a decision through the decisions API with the given client; resolves to the stored record. */
export const decide = (pb: PocketBase, pilotId: string, overrides: Record<string, unknown> = {}): Promise<RecordModel> =>
  pb.collection("decisions").create(decisionData(pilotId, overrides));

/** Pilots of the own municipality at the stage gate, made by its innovatiemanager and directeur. */
export function gatePilots(n: Neighbours) {
  /** A pilot in the stage evaluatie with only an interim evaluation. */
  async function pilotWithInterimOnly(visibility = "private"): Promise<{ pilot: RecordModel }> {
    const pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { stage: "evaluatie", visibility }));
    await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id, { kind: "tussentijds" }));
    return { pilot };
  }

  /** A pilot in the stage evaluatie with an interim and an end evaluation, and no lesson yet. */
  async function pilotAtGate(visibility = "private"): Promise<{ pilot: RecordModel; end: RecordModel }> {
    const { pilot } = await pilotWithInterimOnly(visibility);
    const end = await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id, { kind: "eind", date: "2026-10-01" }));
    return { pilot, end };
  }

  /** A pilot at the gate with a lesson from it, written by its innovatiemanager: ready for a decision. */
  async function pilotReadyToDecide(visibility = "private"): Promise<{ pilot: RecordModel; end: RecordModel; lesson: RecordModel }> {
    const gate = await pilotAtGate(visibility);
    const lesson = await createLesson(n.as.ownManager, { pilot: gate.pilot.id });
    return { ...gate, lesson };
  }

  /** A pilot its directeur has decided on (stage besluit), with the decision record. */
  async function decidedPilot(visibility = "private", overrides: Record<string, unknown> = {}) {
    const ready = await pilotReadyToDecide(visibility);
    const decision = await decide(n.as.ownDirector, ready.pilot.id, overrides);
    return { ...ready, decision };
  }

  return { pilotWithInterimOnly, pilotAtGate, pilotReadyToDecide, decidedPilot };
}
