import type { RecordModel } from "pocketbase";
import { beforeAll } from "vitest";
import { type Actor, type Visibility, hypothesisData, pilotData, visibilities } from "./fixtures.ts";
import { evaluationData, measurementData } from "./evaluation-fixtures.ts";
import { freshNeighbours } from "./fresh-neighbours.ts";

export const outsiders = ["otherManager", "otherDirector", "otherColleague", "guest"] as const;
export const insiders = ["ownManager", "ownDirector", "ownColleague"] as const;

/** The measurements each pilot gets: sample sizes around the threshold of 10. */
export const samples = {
  five: { value: 99, sample_size: 5 },
  nine: { value: 77, sample_size: 9 },
  ten: { value: 71, sample_size: 10 },
  forty: { value: 72.5, sample_size: 40 },
} as const;
type Sample = keyof typeof samples;
export const sampleNames = Object.keys(samples) as Sample[];

export type MeasuredPilot = {
  pilot: RecordModel;
  evaluation: RecordModel;
  hypotheses: Record<Sample, RecordModel>;
  measurements: Record<Sample, RecordModel>;
};
type Control = { pilot: RecordModel; evaluation: RecordModel; hypothesis: RecordModel; measurement: RecordModel };

/**
 * Registers a beforeAll that gives the own municipality a measured pilot of each visibility (one
 * measurement per sample) and a control pilot, and returns them with the actors, filled once it ran.
 */
export function measuredPilots() {
  const n = freshNeighbours();
  const pilots = {} as Record<Visibility, MeasuredPilot>;
  // A public pilot every actor may read, ORed into each probe (see listOutcome). Its evaluation and
  // hypothesis have no measurements: PocketBase leaves out every row with measurements the asker may
  // not read once a filter names them, so only a row without any can answer "yes" to the OR.
  const control = {} as Control;

  beforeAll(async () => {
    const pb = n.as.ownManager;
    {
      const pilot = await pb.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "public" }));
      const evaluation = await pb.collection("evaluations").create(evaluationData(pilot.id));
      const hypothesis = await pb.collection("hypotheses").create(hypothesisData(pilot.id));
      // The measurement that measurement_public probes OR in sits on a separate evaluation and hypothesis.
      const measured = await pb.collection("evaluations").create(evaluationData(pilot.id));
      const measuredHypothesis = await pb.collection("hypotheses").create(hypothesisData(pilot.id));
      const measurement = await pb
        .collection("measurements")
        .create(measurementData(measured.id, measuredHypothesis.id, { value: 50, sample_size: 30 }));
      Object.assign(control, { pilot, evaluation, hypothesis, measurement });
    }
    for (const visibility of visibilities) {
      const pilot = await pb.collection("pilots").create(pilotData(n.own.municipality.id, { visibility }));
      const evaluation = await pb.collection("evaluations").create(evaluationData(pilot.id));
      const hypotheses = {} as Record<Sample, RecordModel>;
      const measurements = {} as Record<Sample, RecordModel>;
      for (const sample of sampleNames) {
        hypotheses[sample] = await pb.collection("hypotheses").create(hypothesisData(pilot.id, { indicator: `indicator ${sample}` }));
        measurements[sample] = await pb
          .collection("measurements")
          .create(measurementData(evaluation.id, hypotheses[sample].id, samples[sample]));
      }
      pilots[visibility] = { pilot, evaluation, hypotheses, measurements };
    }
  });

  /** A filter on `field` that matches the three measured pilots. */
  const allPilotsFilter = (actor: Actor, field: string) =>
    n.as[actor].filter(`${field} = {:a} || ${field} = {:b} || ${field} = {:c}`, {
      a: pilots.private.pilot.id,
      b: pilots.network.pilot.id,
      c: pilots.public.pilot.id,
    });

  return { n, pilots, control, allPilotsFilter };
}
