import type { TypedPocketBase } from "./client.ts";
import type { UserRecord } from "./records.ts";

/**
 * Everything the platform holds about the signed-in person (AVG, art. 15): the account, the
 * comments and lessons they wrote, the notifications addressed to them, and the changes recorded
 * under their name. Read with their
 * own client, so it is exactly what PocketBase lets them see.
 */
export async function personalData(pb: TypedPocketBase, user: UserRecord) {
  const mine = pb.filter("author = {:id}", { id: user.id });
  const [comments, lessons, notifications, changes] = await Promise.all([
    pb.collection("comments").getFullList({
      filter: mine,
      sort: "created",
      fields: "id,lesson,pilot,reply_to,body,answered,answered_at,created,updated",
    }),
    pb.collection("lessons").getFullList({ filter: mine, sort: "created", fields: "id,title,created,updated,visibility" }),
    pb.collection("notifications").getFullList({
      filter: pb.filter("user = {:id}", { id: user.id }),
      sort: "created",
      fields: "id,kind,title,lesson,pilot,comment,read,created",
    }),
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
    notifications,
    changes,
  };
}
