import { z } from "zod";
import type { TypedPocketBase } from "./client.ts";
import { sendChecked } from "./answers.ts";
import { effectActors, effectKinds } from "../domain/options.ts";

const InterventionEffectsSchema = z.record(
  z.string(),
  z.object({
    /** Municipalities whose readable pilots of the intervention hold costs or benefits. */
    municipalities: z.number(),
    pilots: z.number(),
    /** Sums per actor and kind; null when fewer than 3 municipalities (too few to show). */
    effects: z
      .array(
        z.object({
          actor: z.enum(effectActors.values),
          kind: z.enum(effectKinds.values),
          expected_cents: z.number(),
          realised_cents: z.number(),
        }),
      )
      .nullable(),
  }),
);
export type InterventionEffects = z.infer<typeof InterventionEffectsSchema>;

/**
 * Per intervention id, costs and benefits per actor summed over the pilots this client may read
 * (pocketbase/pb_hooks/lib/intervention-effects.js): PocketBase applies the read rules for the
 * client's user and sends no sums for a group of fewer than 3 municipalities.
 */
export async function loadInterventionEffects(pb: TypedPocketBase): Promise<InterventionEffects> {
  return sendChecked(pb, "/api/proeftuin/what-works/effects", InterventionEffectsSchema, { method: "GET" });
}
