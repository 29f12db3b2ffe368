import type { UserRecord } from "./records.ts";

/**
 * Who a session token belongs to, as PocketBase said at its last refresh, for a short while. Every
 * page used to ask PocketBase (a refresh: a new signed token) before doing anything else; within
 * FRESH_MS of a refresh the same token is taken at PocketBase's word from then.
 *
 * What this may leave stale, for at most FRESH_MS: the role and municipality the site uses to
 * decide what to offer (links, forms). It never widens access: every read and write still goes to
 * PocketBase with the token, and PocketBase's rules look up the user afresh each time. Only a token
 * PocketBase itself handed out is ever a key, and signing out forgets all of the user's.
 */
export const FRESH_MS = 30_000;
const MAX_SESSIONS = 5_000;

type Entry = { user: UserRecord; at: number };
const sessions = new Map<string, Entry>();

export function rememberSession(token: string, user: UserRecord, now = Date.now()): void {
  sessions.delete(token);
  sessions.set(token, { user, at: now });
  // Oldest first: a Map keeps insertion order.
  for (const key of sessions.keys()) {
    if (sessions.size <= MAX_SESSIONS) break;
    sessions.delete(key);
  }
}

/** The user PocketBase gave for this token less than FRESH_MS ago, or null. */
export function recentSession(token: string, now = Date.now()): UserRecord | null {
  const entry = sessions.get(token);
  if (!entry) return null;
  if (now - entry.at >= FRESH_MS) {
    sessions.delete(token);
    return null;
  }
  return entry.user;
}

/** Forgets every token of this user: after signing out, none of them may open a page. */
export function forgetUser(userId: string): void {
  for (const [token, entry] of sessions) if (entry.user.id === userId) sessions.delete(token);
}
