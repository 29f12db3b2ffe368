import type { TypedPocketBase } from "../data/client.ts";
import { saveEffects } from "../data/pilot-effects.ts";
import { EffectsFormSchema } from "../domain/effects.ts";
import type { DemoEffect } from "./demo/demo-types.ts";

/** A demo pilot's costs and benefits per actor, through the same schema and batch save as the page. */
export async function seedEffects(
  pb: TypedPocketBase,
  pilotId: string,
  effects: readonly DemoEffect[],
  fail: (what: string, detail: unknown) => never,
): Promise<void> {
  if (effects.length === 0) return;
  const form = EffectsFormSchema.parse({ effects: effects.map((row) => ({ ...row, id: "" })) });
  const saved = await saveEffects(pb, pilotId, form.effects);
  if (!saved.ok) fail("kosten en baten", saved);
}
