import { z } from "zod";
import type { TypedPocketBase } from "./client.ts";
import { sendTagged, type TaggedAnswer } from "./tagged-answers.ts";

const MunicipalityNameSchema = z.object({ id: z.string(), name: z.string() });
export type MunicipalityName = z.infer<typeof MunicipalityNameSchema>;

/** Every municipality's id and name, by name, from the cached route of pb_hooks/pilot_overview.pb.js. */
export async function listMunicipalityNames(pb: TypedPocketBase): Promise<MunicipalityName[]> {
  return (await listMunicipalityNamesTagged(pb)).value();
}

/** As listMunicipalityNames, tagged: with `held`, an unchanged list comes back as `held` (a 304). */
export async function listMunicipalityNamesTagged(
  pb: TypedPocketBase,
  held?: TaggedAnswer<MunicipalityName[]>,
): Promise<TaggedAnswer<MunicipalityName[]>> {
  return sendTagged(pb, "/api/proeftuin/municipalities", z.array(MunicipalityNameSchema), held);
}
