import { getPilotWithRows, type PilotWithRows } from "../data/pilots.ts";
import { isNotFound } from "../data/errors.ts";
import type { TypedPocketBase } from "../data/client.ts";

/** The pilot with its rows, or null when PocketBase says it is not there for this visitor. */
export async function loadPilot(pb: TypedPocketBase, id: string | undefined): Promise<PilotWithRows | null> {
  if (!id || !/^[a-z0-9]{15}$/.test(id)) return null;
  try {
    return await getPilotWithRows(pb, id);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}
