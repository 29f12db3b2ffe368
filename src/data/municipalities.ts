import { z } from "zod";
import type { TypedPocketBase } from "./client.ts";
import { sendChecked } from "./answers.ts";

const MunicipalityNameSchema = z.object({ id: z.string(), name: z.string() });
export type MunicipalityName = z.infer<typeof MunicipalityNameSchema>;

/** Every municipality's id and name, by name, from the cached route of pb_hooks/pilot_overview.pb.js. */
export async function listMunicipalityNames(pb: TypedPocketBase): Promise<MunicipalityName[]> {
  return sendChecked(pb, "/api/proeftuin/municipalities", z.array(MunicipalityNameSchema), { method: "GET" });
}
