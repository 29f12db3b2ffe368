import type { RecordModel } from "pocketbase";
import type { TypedPocketBase } from "./client.ts";

/** The first record matching a filter (built with pb.filter), or undefined. */
export async function findFirst(pb: TypedPocketBase, collection: string, filter: string): Promise<RecordModel | undefined> {
  const { items } = await pb.collection(collection).getList(1, 1, { filter, skipTotal: true });
  return items[0];
}
