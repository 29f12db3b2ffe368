import type { TypedPocketBase } from "./client.ts";
import { assessEvidence, evidenceFactsOf } from "../domain/evidence-ladder.ts";
import { listMeasurements } from "./evaluations.ts";

/**
 * Stores the pilot's place on the evidence ladder after a write that can move it (pilot, evaluation,
 * verdict), so lists and the portfolio can count levels without reading every measurement.
 * Runs with the writer's own client: only the owning municipality can write the pilot anyway.
 */
export async function syncEvidenceLevel(pb: TypedPocketBase, pilotId: string): Promise<void> {
  const [pilot, hypotheses, measurements] = await Promise.all([
    pb.collection("pilots").getOne(pilotId),
    pb.collection("hypotheses").getFullList({ filter: pb.filter("pilot = {:pilotId}", { pilotId }), fields: "id,indicator,verdict" }),
    listMeasurements(pb, pilotId, true),
  ]);
  const { level } = assessEvidence(evidenceFactsOf(pilot, hypotheses, measurements));
  if ((level ?? "") !== pilot.evidence_level) await pb.collection("pilots").update(pilotId, { evidence_level: level ?? "" });
}

/** After a save that succeeded: a failed sync must not turn it into an error; the next save syncs again. */
export async function syncEvidenceQuietly(pb: TypedPocketBase, pilotId: string): Promise<void> {
  try {
    await syncEvidenceLevel(pb, pilotId);
  } catch {
    // the level is recomputed on every page view and on the next write
  }
}
