import type { TypedPocketBase } from "./client.ts";
import type { DecisionRecord } from "./records.ts";
import type { DecisionForm } from "../domain/stage-gate.ts";
import { toSaveFailure, type SaveFailure } from "./errors.ts";

/**
 * The directeur's stage-gate decision, with an optional collegebesluit or memo. PocketBase records
 * who took it from the session, refuses it from anyone else or before an end evaluation and a
 * lesson, and copies it onto the pilot (stage Besluit) in the same transaction.
 */
export async function recordDecision(
  pb: TypedPocketBase,
  pilotId: string,
  form: DecisionForm,
  document?: File,
  /** Only a superuser names the directeur (the demo seed); PocketBase sets it for everyone else. */
  decidedBy?: string,
): Promise<{ ok: true } | SaveFailure> {
  try {
    await pb
      .collection("decisions")
      .create({ pilot: pilotId, ...form, ...(document ? { document } : {}), ...(decidedBy ? { decided_by: decidedBy } : {}) });
    return { ok: true };
  } catch (error) {
    return toSaveFailure(error, [""], "Het besluit");
  }
}

/** The pilot's decisions, latest first; empty for a reader who may not see them (not signed in). */
export async function listDecisions(pb: TypedPocketBase, pilotId: string): Promise<DecisionRecord[]> {
  if (!pb.authStore.isValid) return [];
  return pb.collection("decisions").getFullList({ filter: pb.filter("pilot = {:pilotId}", { pilotId }), sort: "-created,-id" });
}

/** The one click that puts a pilot with an end evaluation in the stage Evaluatie. */
export async function moveToEvaluation(pb: TypedPocketBase, pilotId: string): Promise<{ ok: true } | SaveFailure> {
  try {
    await pb.collection("pilots").update(pilotId, { stage: "evaluatie" });
    return { ok: true };
  } catch (error) {
    return toSaveFailure(error, [""], "De pilot");
  }
}

/** A decision's document for a reader who may see the decision, fetched with a short-lived file token. */
export async function fetchDecisionDocument(pb: TypedPocketBase, decisionId: string, filename: string): Promise<Response | null> {
  const decision = await pb.collection("decisions").getOne(decisionId, { fields: "id,collectionId,collectionName,document" });
  if (decision.document !== filename) return null;
  const token = await pb.files.getToken();
  const response = await fetch(pb.files.getURL(decision, filename, { token }));
  return response.ok ? response : null;
}

/** How many lessons the pilot has; the decision waits for one. */
export async function lessonCountOf(pb: TypedPocketBase, pilotId: string): Promise<number> {
  const page = await pb.collection("lessons").getList(1, 1, { filter: pb.filter("pilot = {:pilotId}", { pilotId }), fields: "id" });
  return page.totalItems;
}
