import type { TypedPocketBase } from "./client.ts";
import type { UserRecord } from "./records.ts";

/**
 * Everything the platform holds about the signed-in person (AVG, art. 15): the account, the
 * comments and lessons they wrote, and the changes recorded under their name. Read with their
 * own client, so it is exactly what PocketBase lets them see.
 */
export async function personalData(pb: TypedPocketBase, user: UserRecord) {
  const mine = pb.filter("author = {:id}", { id: user.id });
  const [comments, lessons, changes] = await Promise.all([
    pb.collection("comments").getFullList({ filter: mine, sort: "created", fields: "id,lesson,pilot,body,created,updated" }),
    pb.collection("lessons").getFullList({ filter: mine, sort: "created", fields: "id,title,created,updated,visibility" }),
    pb.collection("audit_log").getFullList({
      filter: pb.filter("actor = {:id}", { id: user.id }),
      sort: "time",
      fields: "time,action,collection,record,changed_fields",
    }),
  ]);
  return {
    exported_at: new Date().toISOString(),
    account: {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      municipality: user.expand?.municipality?.name ?? user.municipality,
      created: user.created,
      updated: user.updated,
    },
    comments,
    lessons,
    changes,
  };
}
