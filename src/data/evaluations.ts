import type { TypedPocketBase } from "./client.ts";
import type { EvaluationRecord, MeasurementPublicRecord, MeasurementRecord, TestimonialRecord } from "./records.ts";
import type { EvaluationForm } from "../domain/evaluation.ts";
import type { VerdictForm } from "../domain/stage-gate.ts";
import type { ShownMeasurement } from "../domain/suppression.ts";
import { newRecordId } from "./ids.ts";
import { toSaveFailure, type SaveFailure } from "./errors.ts";

export type MeasurementRow = ShownMeasurement & {
  id: string;
  evaluation: string;
  hypothesis: string;
  period: string;
  /** The comparison group, shown as the measurement's own value is: null when there is none or, for others, under 10. */
  comparison_value: number | null;
  comparison_sample_size: number | null;
  comparison_small_sample: boolean;
};

export async function listEvaluations(pb: TypedPocketBase, pilotId: string): Promise<EvaluationRecord[]> {
  return pb.collection("evaluations").getFullList({ filter: pb.filter("pilot = {:pilotId}", { pilotId }), sort: "date,created" });
}

export async function getEvaluation(pb: TypedPocketBase, id: string): Promise<EvaluationRecord> {
  return pb.collection("evaluations").getOne(id);
}

/** What both kinds of measurement row give the page as they are. */
const measured = (row: MeasurementRecord | MeasurementPublicRecord) => ({
  id: row.id,
  evaluation: row.evaluation,
  hypothesis: row.hypothesis,
  period: row.period,
  value: row.value,
  sample_size: row.sample_size,
});

/** A measurement of the viewer's own municipality, as the page shows it. */
export const ownMeasurementRow = (row: MeasurementRecord): MeasurementRow => ({
  ...measured(row),
  small_sample: false,
  // PocketBase stores "no comparison group" as a size of 0.
  comparison_value: row.comparison_sample_size > 0 ? row.comparison_value : null,
  comparison_sample_size: row.comparison_sample_size > 0 ? row.comparison_sample_size : null,
  comparison_small_sample: false,
});

/** A row of measurement_public (small samples already left out by PocketBase), as the page shows it. */
export const publicMeasurementRow = (row: MeasurementPublicRecord): MeasurementRow => ({
  ...measured(row),
  small_sample: Boolean(row.small_sample),
  comparison_value: row.comparison_value,
  comparison_sample_size: row.comparison_sample_size,
  comparison_small_sample: Boolean(row.comparison_small_sample),
});

/**
 * The pilot's measurements as this viewer may see them. The owning municipality reads the
 * measurements collection; everyone else reads measurement_public, where PocketBase itself has
 * already left out values from fewer than 10 participants.
 */
export async function listMeasurements(pb: TypedPocketBase, pilotId: string, own: boolean): Promise<MeasurementRow[]> {
  if (own) {
    const rows = await pb.collection("measurements").getFullList({
      filter: pb.filter("evaluation.pilot = {:pilotId}", { pilotId }),
      sort: "period,created",
    });
    return rows.map(ownMeasurementRow);
  }
  const rows = await pb
    .collection("measurement_public")
    .getFullList({ filter: pb.filter("pilot = {:pilotId}", { pilotId }), sort: "period,id" });
  return rows.map(publicMeasurementRow);
}

/** Testimonials never leave the owning municipality: PocketBase returns none to anyone else. */
export async function listTestimonials(pb: TypedPocketBase, pilotId: string): Promise<TestimonialRecord[]> {
  return pb.collection("testimonials").getFullList({ filter: pb.filter("evaluation.pilot = {:pilotId}", { pilotId }), sort: "created" });
}

export type SaveEvaluationResult = { ok: true; id: string } | SaveFailure;

/** Saves an evaluation with its measurements, testimonials and attachments in one batch: all or nothing. */
export async function saveEvaluation(
  pb: TypedPocketBase,
  input: { pilotId: string; form: EvaluationForm; attachments: readonly File[] },
): Promise<SaveEvaluationResult> {
  const id = newRecordId();
  const { measurements, testimonials, ...fields } = input.form;
  const batch = pb.createBatch();
  const paths: string[] = [""];
  batch.collection("evaluations").create({ id, pilot: input.pilotId, ...fields, attachments: [...input.attachments] });
  measurements.forEach((measurement, index) => {
    if (!measurement) return;
    const { comparison, ...row } = measurement;
    const compared = comparison ? { comparison_value: comparison.value, comparison_sample_size: comparison.sample_size } : {};
    batch.collection("measurements").create({ ...row, ...compared, evaluation: id });
    paths.push(`measurements.${index}.`);
  });
  testimonials.forEach((testimonial, index) => {
    batch.collection("testimonials").create({ ...testimonial, evaluation: id });
    paths.push(`testimonials.${index}.`);
  });
  try {
    await batch.send();
    return { ok: true, id };
  } catch (error) {
    return toSaveFailure(error, paths, "De evaluatie");
  }
}

export async function recordVerdict(pb: TypedPocketBase, hypothesisId: string, form: VerdictForm): Promise<{ ok: true } | SaveFailure> {
  try {
    await pb.collection("hypotheses").update(hypothesisId, { verdict: form.verdict, verdict_reason: form.verdict_reason });
    return { ok: true };
  } catch (error) {
    return toSaveFailure(error, [""], "Het oordeel");
  }
}

/**
 * An attachment of an evaluation the viewer may see, fetched with a short-lived file token (the
 * files are protected) so the browser never needs one. Null when there is no such file for them.
 */
export async function fetchAttachment(pb: TypedPocketBase, evaluationId: string, filename: string): Promise<Response | null> {
  const evaluation = await pb.collection("evaluations").getOne(evaluationId, { fields: "id,collectionId,collectionName,attachments" });
  if (!evaluation.attachments.includes(filename)) return null;
  const token = await pb.files.getToken();
  const response = await fetch(pb.files.getURL(evaluation, filename, { token }));
  return response.ok ? response : null;
}
