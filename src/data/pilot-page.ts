import { z } from "zod";
import type { TypedPocketBase } from "./client.ts";
import type {
  BudgetLineRecord,
  CommentRecord,
  DecisionRecord,
  EvaluationRecord,
  HypothesisRecord,
  LessonRecord,
  MeasurementPublicRecord,
  MeasurementRecord,
  PilotEffectRecord,
  PilotRecord,
  RiskRecord,
  TestimonialRecord,
} from "./records.ts";
import type { PilotWithActivity } from "./pilots.ts";
import { type MeasurementRow, ownMeasurementRow, publicMeasurementRow } from "./evaluations.ts";
import type { Adoptions } from "./adoption.ts";
import { sendTagged, type TaggedAnswer } from "./tagged-answers.ts";

/**
 * A record as PocketBase's records API sends it. Its fields are PocketBase's own (the collection's
 * schema checks them on every write); at this border only that it is a record is checked.
 */
const record = <T extends { id: string }>() =>
  z.custom<T>((value) => typeof value === "object" && value !== null && typeof (value as { id?: unknown }).id === "string", {
    message: "geen record",
  });
const records = <T extends { id: string }>() => z.array(record<T>());

/** The answer of GET /api/proeftuin/pilot-page/{id} (pocketbase/pb_hooks/lib/pilot-page.js). */
const PilotPageAnswerSchema = z.object({
  pilot: record<PilotRecord>(),
  hypotheses: records<HypothesisRecord>(),
  budgetLines: records<BudgetLineRecord>(),
  risks: records<RiskRecord>(),
  effects: records<PilotEffectRecord>(),
  evaluations: records<EvaluationRecord>(),
  lessons: records<LessonRecord>(),
  comments: records<CommentRecord>(),
  /** Raw rows: of measurements when the caller's municipality owns the pilot, else of measurement_public. */
  measurements: records<MeasurementRecord | MeasurementPublicRecord>(),
  measurementsOwn: z.boolean(),
  testimonials: records<TestimonialRecord>(),
  adoptions: z.object({ count: z.number(), visibleCopies: records<PilotRecord>() }) satisfies z.ZodType<Adoptions>,
  candidates: records<PilotRecord>(),
  decisions: records<DecisionRecord>(),
});

export type PilotPageAnswer = PilotWithActivity & {
  /** As this caller may see them: the owner's own, or with small samples left out. */
  measurements: MeasurementRow[];
  /** The owning municipality's only, and only when the pilot has evaluations. */
  testimonials: TestimonialRecord[];
  adoptions: Adoptions;
  /** Other municipalities' pilots in the same domain, newest change first, at most 40. */
  candidates: PilotRecord[];
  /** Latest first; none for guests or when nothing was decided. */
  decisions: DecisionRecord[];
};

/**
 * Everything the pilot page shows, in one request to the cached route of
 * pocketbase/pb_hooks/pilot_page.pb.js: the pilot with its rows and activity, measurements,
 * testimonials, adoptions, similar-pilot candidates and decisions, each as the records API gives
 * them to this caller (tests/integration/pilot-page-route.test.ts proves it). With `held`, the
 * answer this caller got before, PocketBase answers "unchanged" (304) when it still holds, and
 * `held` comes back. Throws PocketBase's 404 when the pilot does not exist or may not be seen.
 */
export async function getPilotPage(
  pb: TypedPocketBase,
  id: string,
  held?: TaggedAnswer<PilotPageAnswer>,
): Promise<TaggedAnswer<PilotPageAnswer>> {
  return sendTagged(
    pb,
    `/api/proeftuin/pilot-page/${encodeURIComponent(id)}`,
    PilotPageAnswerSchema,
    held,
    ({ measurements, measurementsOwn, ...rest }) => {
      // The route says which collection the rows are of; they are mapped as listMeasurements maps them.
      const rows = measurementsOwn
        ? measurements.map((row) => ownMeasurementRow(row as MeasurementRecord))
        : measurements.map((row) => publicMeasurementRow(row as MeasurementPublicRecord));
      return { ...rest, measurements: rows };
    },
  );
}
