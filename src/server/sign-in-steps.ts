import type { TypedPocketBase } from "../data/client.ts";
import { isRateLimited, mfaIdOf, requestSignInCode, sessionCookie } from "../data/auth.ts";
import { isUnreachable } from "../data/errors.ts";
import { LANDING_PATH } from "../domain/landing.ts";
import { TOO_MANY_ATTEMPTS } from "../domain/sign-in.ts";
import { safeReturnPath } from "./safe-return.ts";

/**
 * The steps that signing in can take across pages: password, mailed code, or both (MFA). Each step
 * passes on what the next needs in hidden fields: the address, the otpId of the mailed code and the
 * mfaId of a half-finished sign-in. None of these is a secret that signs anyone in by itself.
 */

/** The code form's state: which code, for whom, and (after a right password) which sign-in it finishes. */
export type CodeStep = { otpId: string; email: string; mfaId: string };

/** After a right password or code that needs the other as well. */
export type PasswordStep = { email: string; mfaId: string };

/** Signed in: the session cookie, and on to the page asked for or the start page. */
export function signedIn(pb: TypedPocketBase, url: URL, requested: string | null): Response {
  const cookie = sessionCookie(pb, url.protocol === "https:");
  return new Response(null, { status: 303, headers: { location: safeReturnPath(requested, LANDING_PATH), "set-cookie": cookie } });
}

/**
 * A right password of an account with MFA: mail a code for the same sign-in. The code comes from
 * PocketBase's OTP, the second method its MFA accepts after a password.
 */
export async function codeStepAfterPassword(pb: TypedPocketBase, email: string, mfaId: string, visitor: string): Promise<CodeStep> {
  return { otpId: await requestSignInCode(pb, email, visitor), email, mfaId };
}

/** The Dutch message for a refused code or password step; rethrows when PocketBase is unreachable. */
export function refusal(error: unknown, wrong: string, tooMany = TOO_MANY_ATTEMPTS): string {
  if (isUnreachable(error)) throw error;
  return isRateLimited(error) ? tooMany : wrong;
}

/** The second step PocketBase asks for, if this error is that question. */
export const secondStepOf = mfaIdOf;

/** Form text as the steps post it, trimmed and capped: hidden fields can be edited like any other. */
export const field = (form: FormData, name: string, max = 200): string =>
  String(form.get(name) ?? "")
    .trim()
    .slice(0, max);
