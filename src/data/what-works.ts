import { z } from "zod";
import type { TypedPocketBase } from "./client.ts";
import { orEmpty, sendChecked } from "./answers.ts";
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

/**
 * What /wat-werkt pools, as this client may read it: PocketBase applies the read rules for the
 * client's user (or none) and leaves out measurements from fewer than 10 participants.
 */
export async function loadWhatWorks(pb: TypedPocketBase): Promise<WhatWorksRecords> {
  return sendChecked(pb, "/api/proeftuin/what-works", WhatWorksRecordsSchema, { method: "GET" });
}

/**
 * A token for the answer loadWhatWorks would give this client now: PocketBase draws a new one
 * whenever the answer's data change (it is cached with the answer, per data version and caller
 * scope), so the site may keep what it pooled from an answer under its token.
 */
export async function loadWhatWorksTag(pb: TypedPocketBase): Promise<string> {
  return (await sendChecked(pb, "/api/proeftuin/what-works/tag", z.object({ tag: z.string().min(1) }), { method: "GET" })).tag;
}
