import { describe, expect, inject, it } from "vitest";
import { waitForMail } from "../support/mailbox.ts";
import { testSiteUrl } from "../support/test-pocketbase.ts";
import { admin, client, createMunicipality, password, unique } from "./fixtures.ts";

// PocketBase's own mails use the Dutch templates (pb_migrations/1764152910_mail_templates.js) and
// pb_hooks/auth_mails.pb.js; the shared test PocketBase sends them to the dev mailbox.
const mailFor = (to: string) => waitForMail(inject("mailboxUrl"), (m) => m.to.includes(to));

// Account names are unique across the network, and a name is letters.
const letters = () => unique().replace(/\d/g, (digit) => "abcdefghij"[Number(digit)]!);

async function account(verified: boolean, role = "collega") {
  const municipality = await createMunicipality();
  const email = `auth-mail-${unique()}@test.proeftuin`;
  await (await admin()).collection("users").create({
    ...{ email, password, passwordConfirm: password, name: `Sam ${letters()}` },
    ...{ municipality: municipality.id, role, verified },
  });
  return { email, municipality: municipality.name as string };
}

const tokenIn = (text: string, path: string) => {
  const match = new RegExp(`${testSiteUrl}${path}\\?token=([\\w.-]+)`).exec(text);
  expect(match, `no ${path} link in:\n${text}`).not.toBeNull();
  return match![1]!;
};

describe("PocketBase's own mails", () => {
  it("sends a Dutch reset mail whose link points to the site's reset page, with the municipality", async () => {
    const { email, municipality } = await account(true);
    await client().collection("users").requestPasswordReset(email);
    const mail = await mailFor(email);
    expect(mail.subject).toBe("Nieuw wachtwoord kiezen voor Proeftuin");
    tokenIn(mail.text, "/wachtwoord-herstellen");
    expect(mail.html).toContain(`href="${testSiteUrl}/wachtwoord-herstellen?token=`);
    expect(mail.text).toContain(municipality);
    expect(mail.html).toContain(municipality);
  });

  it("words the reset mail of an unverified account as an invitation whose token sets the password", async () => {
    const { email, municipality } = await account(false, "innovatiemanager");
    await client().collection("users").requestPasswordReset(email);
    const mail = await mailFor(email);
    expect(mail.subject).toBe(`Uitnodiging voor Proeftuin van ${municipality}`);
    expect(mail.text).toContain(`als innovatiemanager van ${municipality}`);
    expect(mail.html).toContain(`als innovatiemanager van ${municipality}`);
    expect(mail.html).toContain(`href="${testSiteUrl}/uitnodiging?token=`);
    // A day, not PocketBase's 30 minutes (pb_migrations/1764152960_reset_link_lifetime.js).
    expect(mail.text).toContain("is 24 uur geldig");
    const token = tokenIn(mail.text, "/uitnodiging");

    const chosen = "gekozen-wachtwoord-123";
    await client().collection("users").confirmPasswordReset(token, chosen, chosen);
    const auth = await client().collection("users").authWithPassword(email, chosen);
    expect(auth.record.verified).toBe(true);
  });

  it("mails a sign-in code that is valid for 10 minutes", async () => {
    const { email } = await account(true);
    await client().collection("users").requestOTP(email);
    const mail = await mailFor(email);
    expect(mail.subject).toBe("Uw inlogcode voor Proeftuin");
    expect(mail.text).toMatch(/\b\d{8}\b/);
    expect(mail.text).toContain("10 minuten");
  });
});
