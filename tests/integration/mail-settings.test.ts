import { describe, expect, inject, it } from "vitest";
import { testMailFrom, testSiteUrl } from "../support/test-pocketbase.ts";
import { waitForMail } from "../support/mailbox.ts";
import { admin, unique } from "./fixtures.ts";

// global-setup.ts starts a dev mailbox and a PocketBase whose environment points at it;
// pb_hooks/mail_settings.pb.js must have turned that environment into PocketBase's settings.
describe("mail settings from the environment", () => {
  it("puts the SMTP server, the sender and the site address in PocketBase's settings", async () => {
    const settings = await (await admin()).settings.getAll();
    expect(settings.smtp).toMatchObject({ enabled: true, host: "127.0.0.1", tls: false });
    expect(settings.meta).toMatchObject({ appURL: testSiteUrl, senderAddress: testMailFrom, senderName: "Proeftuin" });
  });

  it("delivers a mail that PocketBase sends to the dev mailbox, with text and HTML", async () => {
    const to = `instellingen-${unique()}@test.proeftuin`;
    await (await admin()).settings.testEmail("users", to, "password-reset");
    const mail = await waitForMail(inject("mailboxUrl"), (m) => m.to.includes(to));
    expect(mail.subject).not.toBe("");
    expect(mail.html).toContain("<");
    expect(mail.text).not.toBe("");
    expect(mail.date).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});
