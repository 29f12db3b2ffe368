import type { TypedPocketBase } from "./client.ts";
import type { UserRecord } from "./records.ts";
import { ClientResponseError, getTokenPayload } from "pocketbase";
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
  presentedTokens.set(pb, pb.authStore.token);
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
export async function signIn(pb: TypedPocketBase, email: string, password: string, visitor: string, mfaId?: string): Promise<UserRecord> {
  const { record } = await pb.collection("users").authWithPassword(email, password, {
    headers: visitorHeaders(visitor),
    // The second step of an MFA sign-in that began with a mailed code (see signInWithCode).
    ...(mfaId ? { query: { mfaId } } : {}),
  });
  return record;
}

const visitorHeaders = (visitor: string) => ({ "X-Forwarded-For": visitor });

/**
 * PocketBase's answer to a right password of an account that needs a second step (MFA): 401 with
 * the id of the half-finished sign-in, which the mailed code completes. Null for any other error.
 */
export function mfaIdOf(error: unknown): string | null {
  if (!(error instanceof ClientResponseError) || error.status !== 401) return null;
  const mfaId = (error.response as { mfaId?: unknown } | undefined)?.mfaId;
  return typeof mfaId === "string" && mfaId !== "" ? mfaId : null;
}

/**
 * Asks PocketBase to mail a reset link. It answers the same whether or not the address has an
 * account, and past the visitor's limit as well (pb_hooks/attempt_limits.pb.js).
 */
export async function requestPasswordReset(pb: TypedPocketBase, email: string, visitor: string): Promise<void> {
  await pb.collection("users").requestPasswordReset(email, { headers: visitorHeaders(visitor) });
}

/** What a mailed token is for ("passwordReset", "emailChange", "verification"), read without checking it. */
export function tokenType(token: string): string {
  const value = token ? getTokenPayload(token).type : "";
  return typeof value === "string" ? value : "";
}

/** The address a reset or e-mail-change token was made for, read without checking it: PocketBase checks it. */
export function tokenEmail(token: string, claim: "email" | "newEmail" = "email"): string {
  const value = getTokenPayload(token)[claim];
  return typeof value === "string" ? value : "";
}

/**
 * Sets the new password with the mailed token and signs in with it. PocketBase gives the account a
 * new token key, so sessions elsewhere end; a wrong or expired token answers 400.
 */
export async function resetPassword(
  pb: TypedPocketBase,
  token: string,
  password: string,
  passwordConfirm: string,
  visitor: string,
): Promise<UserRecord> {
  await pb.collection("users").confirmPasswordReset(token, password, passwordConfirm, { headers: visitorHeaders(visitor) });
  return signIn(pb, tokenEmail(token), password, visitor);
}

/**
 * Asks PocketBase to mail a one-time code. Unknown addresses get a made-up otpId, so the answer is
 * the same for everyone; the code typed with it then simply does not fit.
 */
export async function requestSignInCode(pb: TypedPocketBase, email: string, visitor: string): Promise<string> {
  const { otpId } = await pb.collection("users").requestOTP(email, { headers: visitorHeaders(visitor) });
  return otpId;
}

/**
 * Signs in with a mailed code; with an mfaId, as the second step after the password. PocketBase
 * reads the mfaId from the query string or the body; the SDK sends the body itself, so the query.
 */
export async function signInWithCode(
  pb: TypedPocketBase,
  otpId: string,
  code: string,
  visitor: string,
  mfaId?: string,
): Promise<UserRecord> {
  const { record } = await pb.collection("users").authWithOTP(otpId, code, {
    headers: visitorHeaders(visitor),
    ...(mfaId ? { query: { mfaId } } : {}),
  });
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

/** The token each request's client was given in its cookie (loadSession). */
const presentedTokens = new WeakMap<TypedPocketBase, string>();

/**
 * The session cookie for a response, or null when the browser already holds it: the token is the
 * one its cookie carried. The cookie's copy of the user is never read (loadSession), so sending it
 * again on every page only cost a 1.7 KB header, built anew each time.
 */
export function renewedSessionCookie(pb: TypedPocketBase, secure: boolean): string | null {
  return pb.authStore.token === presentedTokens.get(pb) ? null : sessionCookie(pb, secure);
}

export function clearedSessionCookie(secure: boolean): string {
  return `${AUTH_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}
