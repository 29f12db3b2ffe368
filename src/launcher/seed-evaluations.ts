import type { TypedPocketBase } from "../data/client.ts";
import { recordVerdict, saveEvaluation } from "../data/evaluations.ts";
import { EvaluationFormSchema } from "../domain/evaluation.ts";
import { VerdictFormSchema } from "../domain/stage-gate.ts";
import type { DemoPilot } from "./demo/demo-types.ts";

/**
 * A demo pilot's learning cards as the app stores them: each evaluation through the evaluation
 * form's schema (a measurement names its hypothesis by position in `hypothesisIds`), then the
 * verdicts the manager recorded. `fail` reports what was not stored.
 */
export async function seedEvaluations(
  pb: TypedPocketBase,
  pilotId: string,
  hypothesisIds: readonly string[],
  { evaluations = [], verdicts = [] }: Pick<DemoPilot, "evaluations" | "verdicts">,
  fail: (what: string, detail: unknown) => never,
): Promise<void> {
  for (const evaluation of evaluations) {
    const measurements = evaluation.measurements.map(({ hypothesis, ...row }) => ({ ...row, hypothesis: hypothesisIds[hypothesis] ?? "" }));
    const result = await saveEvaluation(pb, {
      pilotId,
      form: EvaluationFormSchema.parse({ ...evaluation, measurements }),
      attachments: [],
    });
    if (!result.ok) fail("evaluatie", result);
  }
  for (const { hypothesis, verdict, verdict_reason = "" } of verdicts) {
    const form = VerdictFormSchema.parse({ verdict, proposed: verdict, verdict_reason });
    const result = await recordVerdict(pb, hypothesisIds[hypothesis] ?? "", form);
    if (!result.ok) fail("oordeel", result);
  }
}
