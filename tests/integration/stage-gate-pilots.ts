import type { RecordModel } from "pocketbase";
import { type Neighbours, pilotData } from "./fixtures.ts";
import { evaluationData } from "./evaluation-fixtures.ts";

/** The rationale every decision in these tests gives. */
export const rationale = "De eindevaluatie laat zien dat de aanpak werkt voor deze doelgroep.";

/** Pilots of the own municipality at the stage gate, made by its innovatiemanager and directeur. */
export function gatePilots(n: Neighbours) {
  /** A pilot in the stage evaluatie with only an interim evaluation. */
  async function pilotWithInterimOnly(visibility = "private"): Promise<{ pilot: RecordModel }> {
    const pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { stage: "evaluatie", visibility }));
    await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id, { kind: "tussentijds" }));
    return { pilot };
  }

  /** A pilot in the stage evaluatie with an interim and an end evaluation. */
  async function pilotAtGate(visibility = "private"): Promise<{ pilot: RecordModel; end: RecordModel }> {
    const { pilot } = await pilotWithInterimOnly(visibility);
    const end = await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id, { kind: "eind", date: "2026-10-01" }));
    return { pilot, end };
  }

  /** A pilot its directeur has moved to besluit, without a decision yet. */
  async function pilotInBesluit(visibility = "private") {
    const gate = await pilotAtGate(visibility);
    await n.as.ownDirector.collection("pilots").update(gate.pilot.id, { stage: "besluit" });
    return gate;
  }

  return { pilotWithInterimOnly, pilotAtGate, pilotInBesluit };
}
