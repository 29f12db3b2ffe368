import type { TypedPocketBase } from "./client.ts";
import type { EffectRow } from "../domain/effects.ts";
import { newRecordIds } from "./ids.ts";
import { toSaveFailure, type SaveFailure } from "./errors.ts";

export type EffectsSaveResult = { ok: true } | SaveFailure;

/**
 * Saves a pilot's costs and benefits per actor in one PocketBase batch (docs/decisions/003): the
 * rows of the form are stored and the stored rows no longer in it are deleted, all or nothing. The
 * caller's own client is used, so pilot_effects' rules (the budget lines') decide who may write.
 */
export async function saveEffects(pb: TypedPocketBase, pilotId: string, rows: readonly EffectRow[]): Promise<EffectsSaveResult> {
  let stored: string[];
  try {
    const found = await pb.collection("pilot_effects").getFullList({ filter: pb.filter("pilot = {:pilotId}", { pilotId }), fields: "id" });
    stored = found.map((row) => row.id);
  } catch (error) {
    return toSaveFailure(error);
  }
  const batch = pb.createBatch();
  const paths: string[] = [];
  const keep = new Set<string>();
  const newIds = newRecordIds(rows.length);
  rows.forEach((row, index) => {
    const { id, ...fields } = row;
    if (id && stored.includes(id)) {
      keep.add(id);
      batch.collection("pilot_effects").update(id, fields);
    } else batch.collection("pilot_effects").create({ ...fields, id: newIds[index], pilot: pilotId });
    paths.push(`effects.${index}.`);
  });
  for (const id of stored) {
    if (keep.has(id)) continue;
    batch.collection("pilot_effects").delete(id);
    paths.push("effects.");
  }
  if (paths.length === 0) return { ok: true };
  try {
    await batch.send();
    return { ok: true };
  } catch (error) {
    return toSaveFailure(error, paths);
  }
}
