import type { TypedPocketBase } from "./client.ts";
import type { UserRecord } from "./records.ts";
import type { Preferences } from "../domain/account-settings.ts";
import { forgetUser, rememberSession } from "./session-cache.ts";
import { signIn, tokenEmail } from "./auth.ts";

/**
 * What a signed-in user changes of their own account (/instellingen). PocketBase's rules on users
 * and municipalities decide what is allowed; every call goes with the user's own token.
 */

/** The account as stored now: the session's copy may be a few seconds old (src/data/session-cache.ts). */
export async function loadSettings(pb: TypedPocketBase, userId: string): Promise<UserRecord> {
  return (await pb.collection("users").getOne(userId, { expand: "municipality" })) as UserRecord;
}

/** Saves fields of the own account; the next page shows them, not the session's older copy. */
async function updateOwn(pb: TypedPocketBase, userId: string, fields: Record<string, unknown>): Promise<void> {
  await pb.collection("users").update(userId, fields);
  forgetUser(userId);
}

export const saveName = (pb: TypedPocketBase, userId: string, name: string) => updateOwn(pb, userId, { name });
export const saveMfa = (pb: TypedPocketBase, userId: string, mfaOn: boolean) => updateOwn(pb, userId, { mfa_on: mfaOn });
export const savePreferences = (pb: TypedPocketBase, userId: string, preferences: Preferences) => updateOwn(pb, userId, preferences);

/** A directeur requires two-step sign-in for every account of their municipality (the rule allows nothing else). */
export async function saveRequireMfa(pb: TypedPocketBase, municipalityId: string, required: boolean): Promise<void> {
  await pb.collection("municipalities").update(municipalityId, { require_mfa: required });
}

/** PocketBase mails a link to the new address; the account keeps its address until that link is followed. */
export async function requestEmailChange(pb: TypedPocketBase, newEmail: string): Promise<void> {
  await pb.collection("users").requestEmailChange(newEmail);
}

/**
 * Changes the password. PocketBase then gives the account a new token key: every session ends, on
 * other devices too. This one continues by signing in again with the new password.
 */
export async function changePassword(
  pb: TypedPocketBase,
  user: UserRecord,
  change: { oldPassword: string; password: string; passwordConfirm: string },
  visitor: string,
): Promise<void> {
  await pb.collection("users").update(user.id, change);
  forgetUser(user.id);
  const record = await signIn(pb, user.email, change.password, visitor);
  rememberSession(pb.authStore.token, record);
}

/**
 * Confirms the new address with the mailed token and the password, then signs in under the new
 * address: the change ended every session of the account.
 */
export async function confirmEmailChange(pb: TypedPocketBase, token: string, password: string, visitor: string): Promise<UserRecord> {
  await pb.collection("users").confirmEmailChange(token, password);
  return signIn(pb, tokenEmail(token, "newEmail"), password, visitor);
}

/** The other mail that links to /email-bevestigen: confirming the account's own address. */
export async function confirmVerification(pb: TypedPocketBase, token: string): Promise<void> {
  await pb.collection("users").confirmVerification(token);
}
