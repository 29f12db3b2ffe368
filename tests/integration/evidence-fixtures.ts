import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { hypothesisData, pilotData, storedAsAdmin } from "./fixtures.ts";
import { evaluationData, measurementData } from "./evaluation-fixtures.ts";

/** Pilots built up rung by rung for the evidence ladder's tests (pb_hooks/lib/evidence-level.js). */

/** A theory of change of more than 100 characters: goed onderbouwd. */
export const THEORY =
  "Een vaste coach bouwt vertrouwen op; met vertrouwen durven jongeren te solliciteren, en wie solliciteert met steun vindt eerder werk.";

export const levelOf = async (pilotId: string) => (await storedAsAdmin("pilots", pilotId)).evidence_level as string;

/** A pilot in practice, described, with a theory of change and one hypothesis (indicator, baseline 68, target 72): goed onderbouwd. */
export async function groundedPilot(pb: PocketBase, municipalityId: string, overrides: Record<string, unknown> = {}) {
  const pilot = await pb.collection("pilots").create(pilotData(municipalityId, { theory_of_change: THEORY, ...overrides }));
  const hypothesis = await pb.collection("hypotheses").create(hypothesisData(pilot.id));
  return { pilot, hypothesis };
}

type Measured = { sample_size?: number; comparison_value?: number; comparison_sample_size?: number };

/** One evaluation per row, each measuring the hypothesis once; returns the measurements. */
export async function measure(pb: PocketBase, pilotId: string, hypothesisId: string, rows: Measured[]): Promise<RecordModel[]> {
  const measurements: RecordModel[] = [];
  for (const [index, row] of rows.entries()) {
    const evaluation = await pb.collection("evaluations").create(evaluationData(pilotId));
    const period = `2026-${String(index + 1).padStart(2, "0")}`;
    measurements.push(
      await pb.collection("measurements").create(measurementData(evaluation.id, hypothesisId, { period, sample_size: 30, ...row })),
    );
  }
  return measurements;
}

/** A grounded pilot whose hypothesis is measured twice with 30 and confirmed: eerste aanwijzingen. */
export async function confirmedPilot(pb: PocketBase, municipalityId: string, overrides: Record<string, unknown> = {}) {
  const made = await groundedPilot(pb, municipalityId, overrides);
  const measurements = await measure(pb, made.pilot.id, made.hypothesis.id, [{}, {}]);
  await pb.collection("hypotheses").update(made.hypothesis.id, { verdict: "bevestigd" });
  return { ...made, measurements };
}

/** The same, one measurement compared with a group of 40: goede aanwijzingen. */
export async function comparedPilot(pb: PocketBase, municipalityId: string, overrides: Record<string, unknown> = {}) {
  const made = await confirmedPilot(pb, municipalityId, overrides);
  await pb.collection("measurements").update(made.measurements[0]!.id, { comparison_value: 60, comparison_sample_size: 40 });
  return made;
}
