import type { TypedPocketBase } from "../data/client.ts";
import { getPilotWithRows, savePilot } from "../data/pilots.ts";
import { PilotFormSchema } from "../domain/pilot.ts";
import { toPilotFormValues } from "../domain/pilot-form-values.ts";
import type { DemoOwnVersion } from "./demo/demo-types.ts";
import { seedEvaluations } from "./seed-evaluations.ts";
import { seedEffects } from "./seed-effects.ts";

/**
 * An adopter makes its copy its own as it would in the pilot form: its own target group and, per
 * copied hypothesis, its own baseline and target, in the same save that takes the copy out of
 * ontwerp (PocketBase refuses it sooner: pb_hooks/adoption_local_facts.pb.js). Then the copy is
 * evaluated and judged like any pilot; a confirmed copied hypothesis replicates the original.
 */
export async function seedOwnVersion(pb: TypedPocketBase, copyId: string, version: DemoOwnVersion): Promise<void> {
  const stored = await getPilotWithRows(pb, copyId);
  const fail = (what: string, detail: unknown): never => {
    throw new Error(`Demo-overname "${stored.pilot.title}": ${what} niet opgeslagen: ${JSON.stringify(detail)}`);
  };
  const values = toPilotFormValues(stored.pilot, stored);
  const form = PilotFormSchema.parse({
    ...values,
    target_group: version.target_group,
    stage: version.stage,
    start_date: version.start_date,
    visibility: version.visibility ?? values.visibility,
    hypotheses: values.hypotheses.map((row, index) => ({ ...row, ...version.hypotheses[index] })),
  });
  const saved = await savePilot(pb, { id: copyId, municipality: stored.pilot.municipality, form, expectedUpdated: stored.pilot.updated });
  if (!saved.ok) return fail("eigen versie", saved);
  await seedEvaluations(pb, copyId, saved.rows.hypotheses, version, fail);
  await seedEffects(pb, copyId, version.effects ?? [], fail);
}
