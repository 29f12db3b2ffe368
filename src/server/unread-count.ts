import { unreadNotificationCount } from "../data/notifications.ts";

/**
 * The signed-in user's unread notifications, asked once per request: the navigation shows it on
 * every page and "Mijn Proeftuin" shows it again. null for a visitor, or when it cannot be read
 * (the page still renders; the link then shows no number).
 */
export function unreadCount(locals: App.Locals): Promise<number | null> {
  locals.unreadCount ??= locals.user ? unreadNotificationCount(locals.pb).catch(() => null) : Promise.resolve(null);
  return locals.unreadCount;
}
