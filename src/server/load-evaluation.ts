import type { TypedPocketBase } from "../data/client.ts";
import type { EvaluationRecord } from "../data/records.ts";
import { getEvaluation } from "../data/evaluations.ts";
import { loadOrNull } from "./load-or-null.ts";

/** The evaluation, or null when the id is malformed or PocketBase says it is not there for this visitor. */
export const loadEvaluation = (pb: TypedPocketBase, id: string | undefined): Promise<EvaluationRecord | null> =>
  loadOrNull(id, (evaluationId) => getEvaluation(pb, evaluationId));
