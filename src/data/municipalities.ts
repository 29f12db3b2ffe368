import type { TypedPocketBase } from "./client.ts";

export type MunicipalityName = { id: string; name: string };

/** Every municipality's id and name, by name, from the cached route of pb_hooks/pilot_overview.pb.js. */
export async function listMunicipalityNames(pb: TypedPocketBase): Promise<MunicipalityName[]> {
  return pb.send<MunicipalityName[]>("/api/proeftuin/municipalities", { method: "GET" });
}
