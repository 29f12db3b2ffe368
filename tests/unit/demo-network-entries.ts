import { demoNetwork } from "../../src/launcher/demo/demo-network.ts";
import type { DemoComment, DemoEvaluation, DemoMunicipality, DemoPilot } from "../../src/launcher/demo/demo-types.ts";
import { parseDecimal } from "../../src/domain/decimal.ts";
import { EvaluationFormSchema, type EvaluationForm } from "../../src/domain/evaluation.ts";
import type { Visibility } from "../../src/domain/options.ts";
import { proposeVerdict } from "../../src/domain/verdict.ts";

/** The demo network (src/launcher/demo/demo-network.ts) as flat lists, for the tests of the demo data. */

export const pilots = demoNetwork.flatMap((municipality) =>
  municipality.pilots.map((pilot) => ({ municipality: municipality.name, pilot })),
);

/** Hypotheses have no ids before seeding: a stand-in record id (15 of [a-z0-9]) per position. */
const fakeHypothesisId = (index: number) => `hyp${String(index).padStart(12, "0")}`;
const indexOfFakeId = (id: string) => Number(id.slice(3));

/** An evaluation as the seed will send it: each hypothesis position mapped to an id. */
const asFormInput = (evaluation: DemoEvaluation) => ({
  ...evaluation,
  measurements: evaluation.measurements.map((row) => ({ ...row, hypothesis: fakeHypothesisId(row.hypothesis) })),
});

/** Every evaluation, parsed; the tests below read the parsed numbers. */
export const evaluations = pilots.flatMap(({ municipality, pilot }) =>
  (pilot.evaluations ?? []).map((evaluation) => ({
    municipality,
    pilot,
    evaluation,
    parsed: EvaluationFormSchema.safeParse(asFormInput(evaluation)),
  })),
);

/** A parsed measurement row (the schema's type still allows the dropped empty rows). */
type Measured = NonNullable<EvaluationForm["measurements"][number]>;

const number = (text: string): number => {
  const value = parseDecimal(text);
  if (value === null) throw new Error(`not a decimal in the demo file: "${text}"`);
  return value;
};

/** Every hypothesis with the measurements of all its pilot's evaluations, and the verdict they propose. */
export const hypotheses = pilots.flatMap(({ municipality, pilot }) =>
  pilot.hypotheses.map((hypothesis, index) => {
    const measurements = evaluations
      .filter((entry) => entry.pilot === pilot && entry.parsed.success)
      .flatMap((entry) => (entry.parsed.data as EvaluationForm).measurements)
      .filter((row): row is Measured => row !== null && indexOfFakeId(row.hypothesis) === index);
    const proposed = proposeVerdict(
      { baseline: number(hypothesis.baseline), target: number(hypothesis.target), direction: hypothesis.direction, unit: hypothesis.unit },
      measurements,
    ).verdict;
    const periods = new Set(measurements.map((row) => row.period));
    return { municipality, pilot, index, label: `${municipality} — ${pilot.title} #${index}`, measurements, periods, proposed };
  }),
);

export const isShared = (pilot: DemoPilot) => pilot.visibility !== "private";

export const lessons = demoNetwork.flatMap((municipality) => (municipality.lessons ?? []).map((lesson) => ({ municipality, lesson })));

/** Comments in the order the seed writes them: municipality by municipality, each list in order. */
export const comments = demoNetwork.flatMap((municipality) => (municipality.comments ?? []).map((comment) => ({ municipality, comment })));

export const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
export const visibilityRank: Record<Visibility, number> = { private: 0, network: 1, public: 2 };
export const accountOf = (municipality: DemoMunicipality, email: string) => municipality.users.find((user) => user.email === email);

/** What a comment is about: the lesson or pilot with that title, and the municipality that owns it. */
export function targetOf(comment: DemoComment) {
  if ("lessonTitle" in comment) {
    const found = lessons.find(({ lesson }) => lesson.title === comment.lessonTitle);
    return found && { key: `lesson: ${found.lesson.title}`, owner: found.municipality, visibility: found.lesson.visibility };
  }
  const found = pilots.find(({ pilot }) => pilot.title === comment.pilotTitle);
  const owner = demoNetwork.find((municipality) => municipality.name === found?.municipality);
  return found && owner && { key: `pilot: ${found.pilot.title}`, owner, visibility: found.pilot.visibility };
}
