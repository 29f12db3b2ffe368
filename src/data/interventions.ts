import type { TypedPocketBase } from "./client.ts";

export type InterventionChoice = { id: string; name: string; description: string };

/** Every registered intervention, by name, for the pilot form's suggestions (names are public). */
export async function listInterventions(pb: TypedPocketBase): Promise<InterventionChoice[]> {
  const rows = await pb.collection("interventions").getFullList({ sort: "name", fields: "id,name,description" });
  return rows.map((row) => ({ id: row.id, name: row.name, description: row.description }));
}

/** The intervention of this name, whatever its case, or undefined. */
async function findByName(pb: TypedPocketBase, name: string): Promise<string | undefined> {
  // "~" compares case-insensitively but as "contains"; the exact name is picked from what it finds.
  const candidates = await pb
    .collection("interventions")
    .getList(1, 50, { filter: pb.filter("name ~ {:name}", { name }), fields: "id,name" });
  return candidates.items.find((row) => row.name.toLocaleLowerCase("nl") === name.toLocaleLowerCase("nl"))?.id;
}

/**
 * The id of the intervention a pilot form names: an existing one (names are unique regardless of
 * case, so typing another case chooses it), or a new one registered with the writer's own client.
 * A blank name is no intervention (""). PocketBase's unique index decides a race between two writers.
 */
export async function resolveIntervention(pb: TypedPocketBase, name: string, description: string): Promise<string> {
  if (name === "") return "";
  const existing = await findByName(pb, name);
  if (existing) return existing;
  try {
    return (await pb.collection("interventions").create({ name, description })).id;
  } catch (error) {
    const raced = await findByName(pb, name);
    if (raced) return raced;
    throw error;
  }
}
