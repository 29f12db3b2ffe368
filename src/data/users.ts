import { randomBytes } from "node:crypto";
import { ClientResponseError, getTokenPayload, isTokenExpired } from "pocketbase";
import type { Invite } from "../domain/account.ts";
import type { Role } from "../domain/options.ts";
import { resetPassword } from "./auth.ts";
import type { TypedPocketBase } from "./client.ts";
import { isUnreachable, type SaveFailure, toSaveFailure } from "./errors.ts";
import type { UserRecord } from "./records.ts";
import { forgetUser } from "./session-cache.ts";

/**
 * Accounts of the own municipality, managed by its directeur with the directeur's own session: the
 * rules on users (migration 1764152920) decide; these functions only ask.
 */

export type AccountResult = { ok: true } | SaveFailure;

/** The municipality's accounts by name; a directeur also gets their addresses (pb_hooks/accounts.pb.js). */
export function listAccounts(pb: TypedPocketBase, municipalityId: string): Promise<UserRecord[]> {
  return pb.collection("users").getFullList({
    filter: pb.filter("municipality = {:m}", { m: municipalityId }),
    sort: "name,id",
    fields: "id,name,email,role,verified,deactivated,municipality",
  });
}

const failure = (error: unknown): SaveFailure => {
  const result = toSaveFailure(error, [""], "Het account");
  const taken =
    error instanceof ClientResponseError &&
    (error.response?.data as { email?: { code?: string } })?.email?.code === "validation_not_unique";
  if (taken) result.fieldErrors.email = "Er is al een account met dit e-mailadres.";
  return result;
};

/**
 * Creates the account, unverified and with a long random password nobody ever sees, and has
 * PocketBase mail it a reset link: for an unverified account that mail is worded as an invitation
 * (pb_hooks, MAIL), and choosing a password through it verifies the account.
 */
export async function inviteAccount(pb: TypedPocketBase, invite: Invite, municipalityId: string, visitor: string): Promise<AccountResult> {
  const secret = randomBytes(32).toString("base64url");
  try {
    await pb.collection("users").create({
      ...invite,
      municipality: municipalityId,
      password: secret,
      passwordConfirm: secret,
      verified: false,
      emailVisibility: false,
    });
  } catch (error) {
    return failure(error);
  }
  return sendInvitation(pb, invite.email, visitor);
}

/** A new invitation mail (a fresh link; an older one stays valid until it expires or is used). */
export async function sendInvitation(pb: TypedPocketBase, email: string, visitor: string): Promise<AccountResult> {
  try {
    await pb.collection("users").requestPasswordReset(email, { headers: { "X-Forwarded-For": visitor } });
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}

export async function changeRole(pb: TypedPocketBase, id: string, role: Role): Promise<AccountResult> {
  try {
    await pb.collection("users").update(id, { role });
    forgetUser(id);
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}

/**
 * PocketBase ends a deactivated account's sessions (a new token key); the site forgets what it
 * still knew of them, so its pages stop trusting them at once rather than within FRESH_MS.
 */
export async function setDeactivated(pb: TypedPocketBase, id: string, deactivated: boolean): Promise<AccountResult> {
  try {
    await pb.collection("users").update(id, { deactivated });
    forgetUser(id);
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}

/**
 * What the invitation link's token says before it is used: missing, past its time, or worth a try.
 * Read without checking the signature; PocketBase checks it when the password is chosen.
 */
export function invitationTokenState(token: string): "missing" | "expired" | "usable" {
  if (!token || getTokenPayload(token).type !== "passwordReset") return "missing";
  return isTokenExpired(token) ? "expired" : "usable";
}

export type Acceptance = { ok: true } | { ok: false; reason: "expired" | "deactivated" | "rate-limited" };

/**
 * Chooses the invited account's password with the mailed token (which also verifies the address)
 * and signs in with it. PocketBase refuses a used or expired token (400) and a deactivated account (403).
 */
export async function acceptInvitation(pb: TypedPocketBase, token: string, password: string, visitor: string): Promise<Acceptance> {
  try {
    await resetPassword(pb, token, password, password, visitor);
    return { ok: true };
  } catch (error) {
    if (isUnreachable(error) || !(error instanceof ClientResponseError)) throw error;
    if (error.status === 429) return { ok: false, reason: "rate-limited" };
    if (error.status === 403) return { ok: false, reason: "deactivated" };
    return { ok: false, reason: "expired" };
  }
}
