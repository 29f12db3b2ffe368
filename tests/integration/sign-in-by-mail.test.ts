import { describe, expect, inject, it } from "vitest";
import type { RecordModel } from "pocketbase";
import { createClient } from "../../src/data/client.ts";
import { mfaIdOf, requestPasswordReset, requestSignInCode, resetPassword, signIn, signInWithCode } from "../../src/data/auth.ts";
import { saveRequireMfa } from "../../src/data/account-settings.ts";
import { mailTo, waitForMail } from "../support/mailbox.ts";
import { testSiteUrl } from "../support/test-pocketbase.ts";
import { admin, createTenant, password, statusOf, unique } from "./fixtures.ts";

/**
 * Password reset, sign-in with a mailed code and two-step sign-in (MFA), through the site's own
 * functions in src/data, with the mail received over SMTP by the test mailbox. Each test signs in as
 * its own visitor (192.0.2.0/24, reserved for documentation), so the per-visitor limits of
 * pb_hooks/attempt_limits.pb.js never mix between tests.
 */
const mailbox = () => inject("mailboxUrl");
const site = () => createClient(inject("pocketbaseUrl"));
let visitorCount = 0;
const newVisitor = () => `192.0.2.${++visitorCount}`;

const linkIn = (html: string, path: string): URL => {
  const href = new RegExp(`href="(${testSiteUrl}${path}\\?token=[^"]+)"`).exec(html)?.[1];
  if (!href) throw new Error(`No link to ${path} in: ${html}`);
  return new URL(href);
};
const codeIn = (html: string): string => {
  const code = /<strong[^>]*>(\d{8})<\/strong>/.exec(html)?.[1];
  if (!code) throw new Error(`No code in: ${html}`);
  return code;
};
const mailFor = (address: string, subject: string) =>
  waitForMail(mailbox(), (mail) => mail.to.includes(address) && mail.subject === subject);

async function mfaAccount(): Promise<RecordModel> {
  const tenant = await createTenant();
  return (await admin()).collection("users").update(tenant.users.colleague.id, { mfa_on: true });
}

describe("password reset by mail", () => {
  it("mails a link to the site whose token sets the new password and signs in with it", async () => {
    const { users } = await createTenant();
    const email = users.manager.email as string;
    const visitor = newVisitor();
    await requestPasswordReset(site(), email, visitor);
    const link = linkIn((await mailFor(email, "Nieuw wachtwoord kiezen voor Proeftuin")).html, "/wachtwoord-herstellen");
    expect(link.origin + link.pathname).toBe(`${testSiteUrl}/wachtwoord-herstellen`);

    const pb = site();
    const record = await resetPassword(pb, link.searchParams.get("token")!, "nieuw-wachtwoord-1", "nieuw-wachtwoord-1", visitor);
    expect(record.id).toBe(users.manager.id);
    expect(pb.authStore.isValid).toBe(true);
    expect(await statusOf(signIn(site(), email, password, visitor))).toBe(400);
    // The token works once.
    expect(
      await statusOf(resetPassword(site(), link.searchParams.get("token")!, "ander-wachtwoord-2", "ander-wachtwoord-2", visitor)),
    ).toBe(400);
  });

  it("answers an unknown address the same and mails nothing to it", async () => {
    const unknown = `niemand-${unique()}@test.proeftuin`;
    const { users } = await createTenant();
    const visitor = newVisitor();
    await expect(requestPasswordReset(site(), unknown, visitor)).resolves.toBeUndefined();
    // A known address asked after it: once its mail is in, the unknown one had its chance too.
    await requestPasswordReset(site(), users.colleague.email as string, visitor);
    await mailFor(users.colleague.email as string, "Nieuw wachtwoord kiezen voor Proeftuin");
    expect(await mailTo(mailbox(), unknown)).toEqual([]);
  });
});

describe("sign-in with a mailed code", () => {
  it("signs in with the code from the mail", async () => {
    const { users } = await createTenant();
    const email = users.director.email as string;
    const visitor = newVisitor();
    const otpId = await requestSignInCode(site(), email, visitor);
    const code = codeIn((await mailFor(email, "Uw inlogcode voor Proeftuin")).html);
    const pb = site();
    expect(await statusOf(signInWithCode(site(), otpId, code === "00000000" ? "11111111" : "00000000", visitor))).toBe(400);
    const record = await signInWithCode(pb, otpId, code, visitor);
    expect(record.id).toBe(users.director.id);
    expect(pb.authStore.isValid).toBe(true);
  });

  it("gives an unknown address an otpId of the same shape, past the visitor's limit too", async () => {
    const { users } = await createTenant();
    const visitor = newVisitor();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++)
      ids.push(await requestSignInCode(site(), i % 2 ? `niemand-${unique()}@test.proeftuin` : (users.colleague.email as string), visitor));
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]{15}$/);
    // The known address asked at turns 1, 3, 5 and 7; the seventh came past the limit and made no code.
    const superuser = await admin();
    const codes = await superuser
      .collection("_otps")
      .getFullList({ filter: superuser.filter("recordRef = {:id}", { id: users.colleague.id }) });
    expect(codes).toHaveLength(3);
  });
});

describe("two-step sign-in (MFA)", () => {
  it("asks an account with mfa_on for a mailed code after the right password, and the code completes that sign-in", async () => {
    const user = await mfaAccount();
    const visitor = newVisitor();
    const first = site();
    const refusal = await signIn(first, user.email, password, visitor).catch((error: unknown) => error);
    const mfaId = mfaIdOf(refusal);
    expect(mfaId).toMatch(/^[a-z0-9]{15}$/);
    expect(first.authStore.isValid).toBe(false);

    const otpId = await requestSignInCode(site(), user.email, visitor);
    const code = codeIn((await mailFor(user.email, "Uw inlogcode voor Proeftuin")).html);
    const pb = site();
    const record = await signInWithCode(pb, otpId, code, visitor, mfaId!);
    expect(record.id).toBe(user.id);
    expect(pb.authStore.isValid).toBe(true);
  });

  it("does not sign in with the code alone: that is one step, and the password is then asked as the other", async () => {
    const user = await mfaAccount();
    const visitor = newVisitor();
    const otpId = await requestSignInCode(site(), user.email, visitor);
    const code = codeIn((await mailFor(user.email, "Uw inlogcode voor Proeftuin")).html);
    const pb = site();
    const mfaId = mfaIdOf(await signInWithCode(pb, otpId, code, visitor).catch((error: unknown) => error));
    expect(mfaId).toMatch(/^[a-z0-9]{15}$/);
    expect(pb.authStore.isValid).toBe(false);
    await signIn(pb, user.email, password, visitor, mfaId!);
    expect(pb.authStore.record?.id).toBe(user.id);
  });

  it("is forced on every account of a municipality whose directeur requires it", async () => {
    const tenant = await createTenant();
    const director = createClient(inject("pocketbaseUrl"));
    director.authStore.save(tenant.as.director.authStore.token, tenant.as.director.authStore.record);
    await saveRequireMfa(director, tenant.municipality.id, true);
    const visitor = newVisitor();
    for (const user of [tenant.users.colleague, tenant.users.manager, tenant.users.director]) {
      expect(mfaIdOf(await signIn(site(), user.email as string, password, visitor).catch((error: unknown) => error))).toMatch(
        /^[a-z0-9]{15}$/,
      );
    }
    await saveRequireMfa(director, tenant.municipality.id, false);
    expect((await signIn(site(), tenant.users.colleague.email as string, password, visitor)).id).toBe(tenant.users.colleague.id);
  });

  it("does not count a right password that needs a code as a failed attempt", async () => {
    const user = await mfaAccount();
    const visitor = newVisitor();
    const answers: Array<string | null> = [];
    for (let i = 0; i < 7; i++)
      answers.push(mfaIdOf(await signIn(site(), user.email, password, visitor).catch((error: unknown) => error)) ? "code" : null);
    expect(answers).toEqual(Array(7).fill("code"));
  });
});
