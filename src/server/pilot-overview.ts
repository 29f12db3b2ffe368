import type { TypedPocketBase } from "../data/client.ts";
import { listMunicipalityNamesTagged, type MunicipalityName } from "../data/municipalities.ts";
import { listPilotsTagged, type PilotPage } from "../data/pilots.ts";
import type { UserRecord } from "../data/records.ts";
import { type PilotFilters, pilotFiltersQuery } from "../domain/pilot-filters.ts";
import { HeldAnswers } from "./held-answers.ts";

/** Per question and caller scope, as the route keys its answers (signed in, own municipality). */
const heldPages = new HeldAnswers<PilotPage>(500);
/** One list for everyone. */
const heldMunicipalities = new HeldAnswers<MunicipalityName[]>(1);

/**
 * The pilot overview's page of pilots and the municipalities for its filter, with a tag naming
 * both answers. The page must not change what it gets: it is shared by the next requests.
 */
export async function loadPilotOverview(pb: TypedPocketBase, filters: PilotFilters, user: UserRecord | null) {
  const scope = JSON.stringify([pilotFiltersQuery(filters), user ? user.municipality : null]);
  const [pilots, municipalities] = await Promise.all([
    heldPages.ask(scope, (held) => listPilotsTagged(pb, filters, held)),
    heldMunicipalities.ask("", (held) => listMunicipalityNamesTagged(pb, held)),
  ]);
  return { result: pilots.value(), municipalities: municipalities.value(), tag: `${pilots.tag} ${municipalities.tag}` };
}
