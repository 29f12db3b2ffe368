import type { TypedPocketBase } from "../data/client.ts";
import { listMunicipalityNamesTagged, type MunicipalityName } from "../data/municipalities.ts";
import { listPilotsTagged, type PilotPage } from "../data/pilots.ts";
import type { TaggedAnswer } from "../data/tagged-answers.ts";
import type { UserRecord } from "../data/records.ts";
import { type PilotFilters, pilotFiltersQuery } from "../domain/pilot-filters.ts";
import { BoundedCache } from "./bounded-cache.ts";

/**
 * Per question and caller scope (as the route keys its answers: signed in, own municipality), the
 * page last received, so that PocketBase can answer "unchanged" (304) instead of sending it again.
 * A 304 comes only when its answer for this caller is that very text (the tag is its SHA-256).
 */
const heldPages = new BoundedCache<TaggedAnswer<PilotPage>>(500);
/** One list for everyone. */
let heldMunicipalities: TaggedAnswer<MunicipalityName[]> | undefined;

/**
 * The pilot overview's page of pilots and the municipalities for its filter, with a tag naming
 * both answers. The page must not change what it gets: it is shared by the next requests.
 */
export async function loadPilotOverview(pb: TypedPocketBase, filters: PilotFilters, user: UserRecord | null) {
  const scope = JSON.stringify([pilotFiltersQuery(filters), user ? user.municipality : null]);
  const [pilots, municipalities] = await Promise.all([
    listPilotsTagged(pb, filters, heldPages.get(scope)),
    listMunicipalityNamesTagged(pb, heldMunicipalities),
  ]);
  heldPages.set(scope, pilots);
  heldMunicipalities = municipalities;
  return { result: pilots.value(), municipalities: municipalities.value(), tag: `${pilots.tag} ${municipalities.tag}` };
}
