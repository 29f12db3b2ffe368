import { beforeAll, describe, expect, inject, it } from "vitest";
import { createClient, type TypedPocketBase } from "../../src/data/client.ts";
import { acceptInvitation, inviteAccount, listAccounts, sendInvitation, setDeactivated } from "../../src/data/users.ts";
import { mailTo, waitForMail } from "../support/mailbox.ts";
import { type Tenant, admin, createTenant, password, statusOf, storedAsAdmin, unique } from "./fixtures.ts";

/**
 * Inviting a colleague through the site's own functions: the directeur's session creates the
 * account and asks PocketBase for the mail, which arrives over SMTP in the test mailbox; its link's
 * token chooses the password and signs the new colleague in.
 */

const mailboxUrl = () => inject("mailboxUrl");
// Each test its own visitor, so the per-visitor mail limit (5 a minute) never joins two tests.
const visitor = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;

async function siteClientOf(email: string): Promise<TypedPocketBase> {
  const pb = createClient(inject("pocketbaseUrl"));
  pb.autoCancellation(false);
  await pb.collection("users").authWithPassword(email, password);
  return pb;
}

const guestClient = () => {
  const pb = createClient(inject("pocketbaseUrl"));
  pb.autoCancellation(false);
  return pb;
};

/** The token in the mail's link to /uitnodiging, from the plain-text part. */
function invitationToken(text: string): string {
  const link = /\S*\/uitnodiging\?token=(\S+)/.exec(text);
  if (!link?.[1]) throw new Error(`Geen uitnodigingslink in: ${text}`);
  return decodeURIComponent(link[1]);
}

let tenant: Tenant;
let director: TypedPocketBase;
beforeAll(async () => {
  tenant = await createTenant();
  director = await siteClientOf(tenant.users.director.email);
});

const invite = (overrides: Partial<{ email: string; name: string; role: "collega" | "innovatiemanager" | "directeur" }> = {}) => ({
  email: `uitnodiging-${unique()}@test.proeftuin`,
  name: `Nieuwe collega ${unique()}`,
  role: "collega" as const,
  ...overrides,
});

describe("an invitation by mail", () => {
  it("arrives with a link to /uitnodiging; its token sets the password, verifies and signs in", async () => {
    const data = invite({ role: "innovatiemanager" });
    expect(await inviteAccount(director, data, tenant.municipality.id, visitor())).toEqual({ ok: true });
    const mail = await waitForMail(mailboxUrl(), (m) => m.to.includes(data.email));
    expect(mail.subject).toContain(tenant.municipality.name);
    expect(mail.text).toContain("innovatiemanager");
    const token = invitationToken(mail.text);
    expect(mail.html).toContain("/uitnodiging?token=");

    const listed = (await listAccounts(director, tenant.municipality.id)).find((account) => account.email === data.email);
    expect([listed?.name, listed?.role, listed?.verified]).toEqual([data.name, "innovatiemanager", false]);

    const invitee = guestClient();
    const chosen = `gekozen-${unique()}`;
    expect(await acceptInvitation(invitee, token, chosen, visitor())).toEqual({ ok: true });
    expect(invitee.authStore.record?.email).toBe(data.email);
    expect((await storedAsAdmin("users", invitee.authStore.record?.id ?? "")).verified).toBe(true);
    expect(await statusOf(guestClient().collection("users").authWithPassword(data.email, chosen))).toBe(200);

    // The link works once.
    expect(await acceptInvitation(guestClient(), token, `nogmaals-${unique()}`, visitor())).toEqual({ ok: false, reason: "expired" });
  });

  // PocketBase sends a reset mail for an account at most once per few minutes: the resent one is
  // for an account someone else made (platformbeheer), which has had none yet.
  it("is sent again on request for an account that has not accepted yet", async () => {
    const data = invite();
    const secret = `${unique()}${unique()}`;
    await (await admin())
      .collection("users")
      .create({ ...data, municipality: tenant.municipality.id, password: secret, passwordConfirm: secret, verified: false });
    expect(await sendInvitation(director, data.email, visitor())).toEqual({ ok: true });
    const mail = await waitForMail(mailboxUrl(), (m) => m.to.includes(data.email));
    expect(mail.subject).toMatch(/^Uitnodiging/);
    expect(await acceptInvitation(guestClient(), invitationToken(mail.text), `gekozen-${unique()}`, visitor())).toEqual({ ok: true });
  });

  it("stops working when the account is deactivated: the deactivation renews the key the link was signed with", async () => {
    const data = invite();
    await inviteAccount(director, data, tenant.municipality.id, visitor());
    const mail = await waitForMail(mailboxUrl(), (m) => m.to.includes(data.email));
    const id = (await listAccounts(director, tenant.municipality.id)).find((account) => account.email === data.email)?.id ?? "";
    expect(await setDeactivated(director, id, true)).toEqual({ ok: true });
    const invitee = guestClient();
    expect(await acceptInvitation(invitee, invitationToken(mail.text), `gekozen-${unique()}`, visitor())).toEqual({
      ok: false,
      reason: "expired",
    });
    expect(invitee.authStore.isValid).toBe(false);
  });

  it("of an account deactivated before it was mailed sets no session", async () => {
    const data = invite();
    const secret = `${unique()}${unique()}`;
    const created = await (await admin()).collection("users").create({
      ...data,
      municipality: tenant.municipality.id,
      password: secret,
      passwordConfirm: secret,
      verified: false,
      deactivated: true,
    });
    await sendInvitation(director, data.email, visitor());
    const mail = await waitForMail(mailboxUrl(), (m) => m.to.includes(data.email));
    const invitee = guestClient();
    expect(await acceptInvitation(invitee, invitationToken(mail.text), `gekozen-${unique()}`, visitor())).toEqual({
      ok: false,
      reason: "deactivated",
    });
    expect(invitee.authStore.isValid).toBe(false);
    expect((await storedAsAdmin("users", created.id)).deactivated).toBe(true);
  });

  it("is refused for an address that already has an account, at the field, and nothing is mailed", async () => {
    const taken = tenant.users.colleague.email;
    const before = (await mailTo(mailboxUrl(), taken)).length;
    const result = await inviteAccount(director, invite({ email: taken }), tenant.municipality.id, visitor());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors.email).toBe("Er is al een account met dit e-mailadres.");
    expect((await mailTo(mailboxUrl(), taken)).length).toBe(before);
  });

  it("gets a password nobody knows, even when a directeur's direct REST call sends one", async () => {
    const data = invite();
    const known = `bekend-${unique()}`;
    await director.collection("users").create({
      ...data,
      municipality: tenant.municipality.id,
      password: known,
      passwordConfirm: known,
      verified: false,
      deactivated: false,
    });
    expect(await statusOf(guestClient().collection("users").authWithPassword(data.email, known))).toBe(400);
  });

  it("cannot be made by an innovatiemanager: no account, no mail", async () => {
    const data = invite();
    const manager = await siteClientOf(tenant.users.manager.email);
    const result = await inviteAccount(manager, data, tenant.municipality.id, visitor());
    expect(result.ok).toBe(false);
    const pb = await admin();
    expect((await pb.collection("users").getList(1, 1, { filter: pb.filter("email = {:e}", { e: data.email }) })).totalItems).toBe(0);
    expect(await mailTo(mailboxUrl(), data.email)).toEqual([]);
  });
});
