import { z } from "zod";
import type { TypedPocketBase } from "./client.ts";
import { sendChecked } from "./answers.ts";
import type { NotificationRecord } from "./records.ts";

const UnreadSchema = z.object({ count: z.number().int().min(0) });

/**
 * How many unread notifications the signed-in user has (pb_hooks/notifications.pb.js): a count
 * route, not an empty filtered list, which PocketBase may hold up to 500 ms on every page.
 */
export async function unreadNotificationCount(pb: TypedPocketBase): Promise<number> {
  return (await sendChecked(pb, "/api/proeftuin/notifications/unread", UnreadSchema)).count;
}

export type NotificationPage = { page: number; totalPages: number; totalItems: number; items: NotificationRecord[] };

/** A user's notifications, newest first, paged. */
export async function listNotifications(pb: TypedPocketBase, userId: string, page: number, perPage = 20): Promise<NotificationPage> {
  const result = await pb.collection("notifications").getList(Math.max(1, page), perPage, {
    filter: pb.filter("user = {:u}", { u: userId }),
    sort: "-created,-id",
  });
  return { page: result.page, totalPages: result.totalPages, totalItems: result.totalItems, items: result.items };
}

/** One notification of the signed-in user, or null when it is not theirs or gone. */
export async function getNotification(pb: TypedPocketBase, id: string): Promise<NotificationRecord | null> {
  try {
    return await pb.collection("notifications").getOne(id);
  } catch {
    return null;
  }
}

export async function markNotificationRead(pb: TypedPocketBase, id: string): Promise<void> {
  await pb.collection("notifications").update(id, { read: true });
}

/** Marks all of a user's unread notifications read, in batches of the SDK's batch limit. */
export async function markAllNotificationsRead(pb: TypedPocketBase, userId: string): Promise<void> {
  const unread = await pb
    .collection("notifications")
    .getFullList({ filter: pb.filter("user = {:u} && read = false", { u: userId }), fields: "id" });
  for (let start = 0; start < unread.length; start += 50) {
    const batch = pb.createBatch();
    for (const { id } of unread.slice(start, start + 50)) batch.collection("notifications").update(id, { read: true });
    await batch.send();
  }
}

/**
 * Where a notification leads: the comment under its lesson or pilot, the pilot that needs a decision
 * or an evaluation, the one new lesson of a digest, or the list of lessons for a digest of several.
 */
export function notificationPath(notification: NotificationRecord): string {
  const anchor = notification.comment ? `#reactie-${notification.comment}` : "";
  if (notification.lesson) return `/lessen/${notification.lesson}${anchor}`;
  if (notification.pilot) return `/pilots/${notification.pilot}${anchor}`;
  if (notification.kind === "nieuwe_les") return "/lessen";
  return "/meldingen";
}
