/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** PocketBase client for this request, signed in as the visitor (or a guest). */
    pb: import("./data/client.ts").TypedPocketBase;
    /** The signed-in user as PocketBase confirmed it on this request, or null. */
    user: import("./data/records.ts").UserRecord | null;
    /** The user's unread notifications, asked at most once per request (src/server/unread-count.ts). */
    unreadCount?: Promise<number | null>;
  }
}
