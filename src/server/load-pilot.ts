import { getPilotWithRows, type PilotWithRows } from "../data/pilots.ts";
import type { TypedPocketBase } from "../data/client.ts";
import { loadOrNull } from "./load-or-null.ts";

/** The pilot with its rows, or null when PocketBase says it is not there for this visitor. */
export const loadPilot = (pb: TypedPocketBase, id: string | undefined): Promise<PilotWithRows | null> =>
  loadOrNull(id, (pilotId) => getPilotWithRows(pb, pilotId));
