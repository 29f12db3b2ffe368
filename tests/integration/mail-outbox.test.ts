import PocketBase from "pocketbase";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type DevMailbox, startDevMailbox } from "../../src/launcher/dev-mailbox.ts";
import { freePort } from "../support/free-port.ts";
import { waitForMail } from "../support/mailbox.ts";
import { startTestPocketBase, testSiteUrl, testSuperuser } from "../support/test-pocketbase.ts";
import { admin, client, createTenant, unique } from "./fixtures.ts";

// The outbox is sent by pb_hooks/mail_outbox.pb.js; the route sends now instead of on the next minute.
const sendNow = (pb: PocketBase, to?: string) =>
  pb.send<{ sent: number; failed: number }>("/api/proeftuin/mail-outbox/send", { method: "POST", body: to ? { to } : {} });

const queued = (to: string) => ({
  to,
  subject: `Een nieuwe vraag ${unique()}`,
  text: `Iemand stelde een vraag.\n\nBekijken: ${testSiteUrl}/pilots/abc`,
  html: `<p>Iemand stelde een vraag.</p><p><a href="${testSiteUrl}/pilots/abc">Bekijken</a></p>`,
  kind: "vraag",
  attempts: 0,
});

describe("mail outbox", () => {
  it("sends a queued mail over SMTP with its text, HTML and link, and marks the row sent", async () => {
    const pb = await admin();
    const to = `wachtrij-${unique()}@test.proeftuin`;
    const row = await pb.collection("mail_outbox").create(queued(to));
    // This PocketBase's outbox holds the mail of every other test file: send only this address's.
    expect(await sendNow(pb, to)).toEqual({ sent: 1, failed: 0 });

    const mail = await waitForMail(inject("mailboxUrl"), (m) => m.to.includes(to));
    expect(mail.subject).toBe(row.subject);
    expect(mail.text).toContain(`${testSiteUrl}/pilots/abc`);
    expect(mail.html).toContain(`href="${testSiteUrl}/pilots/abc"`);
    const after = await pb.collection("mail_outbox").getOne(row.id);
    expect(after).toMatchObject({ attempts: 0, failed: false, last_error: "" });
    expect(after.sent_at).not.toBe("");
  });

  it("lets only a superuser send the outbox", async () => {
    const tenant = await createTenant();
    await expect(sendNow(client())).rejects.toMatchObject({ status: 401 });
    await expect(sendNow(tenant.as.manager)).rejects.toMatchObject({ status: 403 });
  });
});

describe("mail outbox with an SMTP server that does not answer", () => {
  let pocketbase: Awaited<ReturnType<typeof startTestPocketBase>>;
  let pb: PocketBase;
  beforeAll(async () => {
    // A port that nothing listens on: every delivery fails at once.
    pocketbase = await startTestPocketBase({ smtpPort: await freePort(), siteUrl: testSiteUrl });
    pb = new PocketBase(pocketbase.url);
    await pb.collection("_superusers").authWithPassword(testSuperuser.email, testSuperuser.password);
  });
  afterAll(() => pocketbase?.stop());

  it("keeps the row pending with the error and a later attempt, and gives up after five", async () => {
    const row = await pb.collection("mail_outbox").create(queued(`kapot-${unique()}@test.proeftuin`));
    const before = Date.now();
    expect(await sendNow(pb)).toEqual({ sent: 0, failed: 1 });

    const pending = await pb.collection("mail_outbox").getOne(row.id);
    expect(pending).toMatchObject({ attempts: 1, failed: false, sent_at: "" });
    expect(pending.last_error).not.toBe("");
    const next = Date.parse(pending.next_attempt_at.replace(" ", "T"));
    expect(next).toBeGreaterThan(before + 30_000);
    expect(next).toBeLessThan(before + 3 * 60_000);
    // Not due yet: a second run right away leaves it alone.
    expect(await sendNow(pb)).toEqual({ sent: 0, failed: 0 });

    await pb.collection("mail_outbox").update(row.id, { attempts: 4, next_attempt_at: "" });
    expect(await sendNow(pb)).toEqual({ sent: 0, failed: 1 });
    expect(await pb.collection("mail_outbox").getOne(row.id)).toMatchObject({ attempts: 5, failed: true, sent_at: "" });
    expect(await sendNow(pb)).toEqual({ sent: 0, failed: 0 });
  });

  it("answers a password reset request at once although the mail cannot be sent", async () => {
    const email = `herstel-${unique()}@test.proeftuin`;
    const municipality = await pb
      .collection("municipalities")
      .create({ name: "Herstelgemeente", cbs_code: "GM0001", province: "utrecht", inhabitants: 40_000 });
    const password = "fixture-password-123";
    await pb.collection("users").create({
      ...{ email, password, passwordConfirm: password, name: "Herstel Test", verified: true },
      ...{ municipality: municipality.id, role: "collega" },
    });
    await expect(pb.collection("users").requestPasswordReset(email)).resolves.toBe(true);
  });
});

describe("mail outbox on its production schedule", () => {
  let mailbox: DevMailbox;
  let pocketbase: Awaited<ReturnType<typeof startTestPocketBase>>;
  beforeAll(async () => {
    mailbox = await startDevMailbox();
    pocketbase = await startTestPocketBase({ smtpPort: mailbox.smtpPort, siteUrl: testSiteUrl, outboxEveryMinute: true });
  });
  afterAll(async () => {
    await pocketbase?.stop();
    await mailbox?.stop();
  });

  it("has a job every minute that sends the due mail", async () => {
    const pb = new PocketBase(pocketbase.url);
    await pb.collection("_superusers").authWithPassword(testSuperuser.email, testSuperuser.password);
    const job = (await pb.crons.getFullList()).find((cron) => cron.id === "proeftuin_mail_outbox");
    expect(job?.expression).toBe("* * * * *");

    const to = `cron-${unique()}@test.proeftuin`;
    await pb.collection("mail_outbox").create(queued(to));
    // Run the job now rather than wait for the minute (if the minute comes first, it sends it).
    await pb.crons.run("proeftuin_mail_outbox");
    const mail = await waitForMail(mailbox.url, (m) => m.to.includes(to));
    expect(mail.text).toContain(`${testSiteUrl}/pilots/abc`);
  });
});
