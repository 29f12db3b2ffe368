import type { TypedPocketBase } from "./client.ts";
import type { PilotRecord } from "./records.ts";
import { adoptionCopy, type OriginalFacts } from "../domain/adoption.ts";
import { getPilotWithRows, savePilot, type PilotWithRows } from "./pilots.ts";
import { isNotFound, toSaveFailure, type SaveFailure } from "./errors.ts";

/**
 * Adopts a pilot the user can see into the user's own municipality: a private copy in stage ontwerp,
 * linked back to the original. Read and written with the user's own client, so PocketBase decides
 * what may be adopted (adopted_from must be visible to the adopter).
 */
export async function adoptPilot(
  pb: TypedPocketBase,
  originalId: string,
  municipality: string,
): Promise<{ ok: true; id: string } | SaveFailure> {
  let original: Awaited<ReturnType<typeof getPilotWithRows>>;
  try {
    original = await getPilotWithRows(pb, originalId);
  } catch (error) {
    return toSaveFailure(error, [""], "De overname");
  }
  const form = adoptionCopy(original.pilot, original.hypotheses, original.risks);
  const result = await savePilot(pb, {
    municipality,
    form,
    extra: { adopted_from: original.pilot.id },
    hypothesisOrigins: original.hypotheses.map((hypothesis) => hypothesis.id),
  });
  return result.ok ? { ok: true, id: result.id } : result;
}

export type Adoptions = { count: number; visibleCopies: PilotRecord[] };

/**
 * How many municipalities adopted the pilot, and the copies this viewer may see. The copies are
 * only asked for when there are any: most pilots were never adopted, and PocketBase makes a client
 * that often gets an empty filtered list wait up to 500 ms (all pages come from this one client).
 */
export async function adoptionsOf(pb: TypedPocketBase, pilotId: string): Promise<Adoptions> {
  const count = await pb
    .collection("pilot_adoptions")
    .getOne(pilotId)
    .then((row) => row.adoptions)
    .catch((error: unknown) => {
      if (isNotFound(error)) return 0;
      throw error;
    });
  if (count === 0) return { count, visibleCopies: [] };
  const copies = await pb.collection("pilots").getFullList({
    filter: pb.filter("adopted_from = {:pilotId}", { pilotId }),
    expand: "municipality",
    fields: "id,title,municipality,expand.municipality.name",
  });
  return { count, visibleCopies: copies };
}

/**
 * The original's local facts a copy still has to replace, for the pilot form to say so at the
 * fields before PocketBase refuses: null when the pilot is no copy or its original cannot be read.
 */
export async function originalFactsOf(pb: TypedPocketBase, copy: PilotWithRows): Promise<OriginalFacts | null> {
  const original = copy.pilot.expand?.adopted_from;
  if (!original) return null;
  const hypotheses = await pb
    .collection("hypotheses")
    .getFullList({ filter: pb.filter("pilot = {:original}", { original: original.id }), fields: "id,baseline" });
  const baselineOf = new Map(hypotheses.map((hypothesis) => [hypothesis.id, hypothesis.baseline]));
  const baselines: Record<string, number> = {};
  for (const hypothesis of copy.hypotheses) {
    const baseline = baselineOf.get(hypothesis.adopted_from);
    if (baseline !== undefined) baselines[hypothesis.id] = baseline;
  }
  return { target_group: original.target_group, baselines };
}
