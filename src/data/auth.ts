import type { TypedPocketBase } from "./client.ts";
import type { UserRecord } from "./records.ts";
import { ClientResponseError } from "pocketbase";
import { isUnreachable } from "./errors.ts";
import { forgetUser, recentSession, rememberSession } from "./session-cache.ts";

const AUTH_COOKIE = "pb_auth";

/**
 * Loads the session from the request's cookie and asks PocketBase who it really is. The cookie's
 * copy of the user can be edited by its holder, so role and municipality come from the refresh,
 * never from the cookie. The refresh also renews the token; within a few seconds of one, the
 * renewed token is taken at PocketBase's word (src/data/session-cache.ts).
 */
export async function loadSession(pb: TypedPocketBase, cookieHeader: string): Promise<UserRecord | null> {
  pb.authStore.loadFromCookie(cookieHeader, AUTH_COOKIE);
  if (!pb.authStore.isValid) {
    pb.authStore.clear();
    return null;
  }
  const known = recentSession(pb.authStore.token);
  if (known) {
    pb.authStore.save(pb.authStore.token, known);
    return known;
  }
  const presented = pb.authStore.token;
  try {
    const { record } = await pb.collection("users").authRefresh({ expand: "municipality" });
    // The renewed token is what a browser sends next; a client that keeps the old one is known too.
    rememberSession(pb.authStore.token, record);
    rememberSession(presented, record);
    return record;
  } catch (error) {
    if (isUnreachable(error)) throw error;
    pb.authStore.clear();
    return null;
  }
}

/**
 * Signs in with e-mail and password. The visitor's address goes along so that PocketBase limits
 * wrong attempts per visitor, not for the whole site at once (pocketbase/pb_hooks/attempt_limits.pb.js).
 */
export async function signIn(pb: TypedPocketBase, email: string, password: string, visitor: string): Promise<UserRecord> {
  const { record } = await pb.collection("users").authWithPassword(email, password, { headers: { "X-Forwarded-For": visitor } });
  return record;
}

/**
 * Ends the session: PocketBase gives the account a new token key, which makes every token it
 * signed before worthless, this one and those of the account's other devices alike, and the site
 * forgets what it knew of them. A token PocketBase refuses already needs nothing more.
 */
export async function signOut(pb: TypedPocketBase, userId: string): Promise<void> {
  try {
    await pb.send("/api/proeftuin/sign-out", { method: "POST" });
  } catch (error) {
    if (!(error instanceof ClientResponseError && error.status === 401)) throw error;
  } finally {
    forgetUser(userId);
    pb.authStore.clear();
  }
}

/** PocketBase refused because of too many attempts from this visitor. */
export const isRateLimited = (error: unknown): boolean => error instanceof ClientResponseError && error.status === 429;

/**
 * The Set-Cookie value for the current session. SameSite=Lax, not the SDK's Strict default, so a
 * link to a pilot in an e-mail opens signed in; httpOnly, so page scripts never see the token.
 */
export function sessionCookie(pb: TypedPocketBase, secure: boolean): string {
  return pb.authStore.exportToCookie({ httpOnly: true, sameSite: "lax", secure, path: "/" }, AUTH_COOKIE);
}

export function clearedSessionCookie(secure: boolean): string {
  return `${AUTH_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}
