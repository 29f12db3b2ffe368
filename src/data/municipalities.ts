import type { TypedPocketBase } from "./client.ts";
import type { MunicipalityRecord } from "./records.ts";

export async function listMunicipalities(pb: TypedPocketBase): Promise<MunicipalityRecord[]> {
  return pb.collection("municipalities").getFullList({ sort: "name", fields: "id,name,cbs_code,province,inhabitants" });
}
