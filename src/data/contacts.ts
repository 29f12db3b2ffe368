import type { TypedPocketBase } from "./client.ts";
import type { ContactChoice } from "../domain/contact-person.ts";

/** The accounts a pilot or lesson of the municipality can name as contact: its active ones, by name. */
export async function contactChoices(pb: TypedPocketBase, municipality: string): Promise<ContactChoice[]> {
  const accounts = await pb.collection("users").getFullList({
    filter: pb.filter("municipality = {:municipality} && deactivated != true", { municipality }),
    sort: "name,id",
    fields: "id,name,role",
  });
  return accounts.map(({ id, name, role }) => ({ id, name, role }));
}
