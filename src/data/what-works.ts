import { z } from "zod";
import type { TypedPocketBase } from "./client.ts";
import { orEmpty } from "./answers.ts";
import { sendTagged, type TaggedAnswer } from "./tagged-answers.ts";
import { directions, sizeClasses, verdicts } from "../domain/options.ts";
import type { WhatWorksRecords } from "../domain/what-works.ts";

/** The answer of GET /api/proeftuin/what-works (pocketbase/pb_hooks/lib/what-works.js). */
const WhatWorksRecordsSchema = z.object({
  interventions: z.array(z.object({ id: z.string(), name: z.string(), description: z.string() })),
  indicators: z.array(
    z.object({ id: z.string(), key: z.string(), name: z.string(), unit: z.string(), direction: z.enum(directions.values) }),
  ),
  pilots: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      intervention: z.string(),
      municipality: z.string(),
      municipality_name: z.string(),
      size_class: orEmpty(z.enum(sizeClasses.values)),
    }),
  ),
  hypotheses: z.array(
    z.object({ id: z.string(), pilot: z.string(), verdict: orEmpty(z.enum(verdicts.values)), indicator: z.string(), baseline: z.number() }),
  ),
  measurements: z.array(z.object({ hypothesis: z.string(), value: z.number(), sample_size: z.number(), period: z.string() })),
}) satisfies z.ZodType<WhatWorksRecords>;

const WHAT_WORKS_ROUTE = "/api/proeftuin/what-works";

/**
 * What /wat-werkt pools, as this client may read it: PocketBase applies the read rules for the
 * client's user (or none) and leaves out measurements from fewer than 10 participants. Tagged
 * (pocketbase/pb_hooks/lib/answer-cache.js respondTagged): with `held`, an earlier answer for the
 * same caller scope, PocketBase sends no text when its answer is that very text.
 */
export function loadWhatWorksTagged(pb: TypedPocketBase, held?: TaggedAnswer<WhatWorksRecords>): Promise<TaggedAnswer<WhatWorksRecords>> {
  return sendTagged(pb, WHAT_WORKS_ROUTE, WhatWorksRecordsSchema, held);
}
