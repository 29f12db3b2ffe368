import { describe, expect, it } from "vitest";
import { readConfig } from "../../src/launcher/env.server.ts";
import { readMailConfig } from "../../src/launcher/mail-config.ts";

function mail(env: NodeJS.ProcessEnv) {
  const result = readMailConfig(env);
  if (!result.ok) throw new Error(`expected valid mail settings, got: ${result.message}`);
  return result.config;
}
function refusal(env: NodeJS.ProcessEnv): string {
  const result = readMailConfig(env);
  if (result.ok) throw new Error(`expected a refusal, got: ${JSON.stringify(result.config)}`);
  return result.message;
}
const from = { MAIL_FROM: "noreply@gemeente.nl" };

describe("readMailConfig: SMTP_URL", () => {
  it.each([
    ["smtp://mail.gemeente.nl", { host: "mail.gemeente.nl", port: 587, tls: false }],
    ["smtps://mail.gemeente.nl", { host: "mail.gemeente.nl", port: 465, tls: true }],
    [
      "smtp://proeftuin:geheim@mail.gemeente.nl:2525",
      { host: "mail.gemeente.nl", port: 2525, tls: false, user: "proeftuin", password: "geheim" },
    ],
    [
      "smtps://p%40gemeente.nl:a%2Fb%3Ac@10.0.0.5:4650",
      { host: "10.0.0.5", port: 4650, tls: true, user: "p@gemeente.nl", password: "a/b:c" },
    ],
  ])("reads %s", (url, smtp) => {
    expect(mail({ SMTP_URL: url, ...from })).toEqual({ smtp, from: "noreply@gemeente.nl", mailboxPort: 1080, mailboxSmtpPort: 0 });
  });

  it.each(["http://mail.gemeente.nl", "mail.gemeente.nl:25", "smtp://", "smtp://mail.gemeente.nl/pad", "smtp://host:99999"])(
    "refuses %s without echoing it",
    (url) => {
      const message = refusal({ SMTP_URL: url, ...from });
      expect(message).toMatch(/^SMTP_URL moet de vorm smtp:\/\//);
    },
  );

  it("never shows the password of a refused URL", () => {
    expect(refusal({ SMTP_URL: "smtp://u:zeer-geheim@mail.gemeente.nl/x", ...from })).not.toContain("zeer-geheim");
  });

  it("refuses SMTP_URL and SMTP_HOST together", () => {
    expect(refusal({ SMTP_URL: "smtp://a.nl", SMTP_HOST: "b.nl", ...from })).toBe("Zet SMTP_URL of SMTP_HOST, niet allebei.");
  });
});

describe("readMailConfig: SMTP_HOST and its neighbours", () => {
  it("defaults to port 587 with STARTTLS, and 465 means TLS", () => {
    expect(mail({ SMTP_HOST: "mail.gemeente.nl", ...from }).smtp).toEqual({ host: "mail.gemeente.nl", port: 587, tls: false });
    expect(mail({ SMTP_HOST: "mail.gemeente.nl", SMTP_PORT: "465", ...from }).smtp).toEqual({
      host: "mail.gemeente.nl",
      port: 465,
      tls: true,
    });
    expect(mail({ SMTP_HOST: "mail.gemeente.nl", SMTP_TLS: "true", ...from }).smtp).toMatchObject({ port: 465, tls: true });
    expect(mail({ SMTP_HOST: "mail.gemeente.nl", SMTP_PORT: "465", SMTP_TLS: "false", ...from }).smtp).toMatchObject({ tls: false });
  });

  it("takes a user and password together", () => {
    const env = { SMTP_HOST: "mail.gemeente.nl", SMTP_PORT: "25", SMTP_USER: "proeftuin", SMTP_PASSWORD: "geheim", ...from };
    expect(mail(env).smtp).toEqual({ host: "mail.gemeente.nl", port: 25, tls: false, user: "proeftuin", password: "geheim" });
    expect(refusal({ ...env, SMTP_PASSWORD: "" })).toBe("Zet SMTP_USER en SMTP_PASSWORD allebei, of geen van beide.");
  });

  it.each([
    [{ SMTP_HOST: "mail.gemeente.nl:25" }, /^SMTP_HOST moet een hostnaam of IP-adres zijn/],
    [{ SMTP_HOST: "smtp://mail.gemeente.nl" }, /^SMTP_HOST moet/],
    [{ SMTP_HOST: "mail.gemeente.nl", SMTP_PORT: "poort" }, /^SMTP_PORT moet een poortnummer/],
    [{ SMTP_HOST: "mail.gemeente.nl", SMTP_TLS: "ja" }, /^SMTP_TLS moet "true" of "false" zijn/],
    [{ SMTP_PORT: "25" }, /^SMTP_PORT werkt alleen samen met SMTP_HOST/],
    [{ SMTP_PASSWORD: "x" }, /^SMTP_PASSWORD werkt alleen samen met SMTP_HOST/],
    [{ SMTP_HOST: "mail.gemeente.nl", MAIL_FROM: "" }, /^Zet MAIL_FROM/],
    [{ SMTP_HOST: "mail.gemeente.nl", MAIL_FROM: "Proeftuin" }, /^MAIL_FROM moet één e-mailadres zijn/],
    [{ MAILBOX_PORT: "0" }, /^MAILBOX_PORT moet een poortnummer/],
    [{ MAILBOX_SMTP_PORT: "70000" }, /^MAILBOX_SMTP_PORT moet een poortnummer/],
  ])("refuses %o", (env, message) => {
    expect(refusal({ ...from, ...env })).toMatch(message);
  });
});

describe("readMailConfig: the dev mailbox", () => {
  it("is used without an SMTP server, on MAILBOX_PORT with any free SMTP port unless set", () => {
    expect(mail({})).toEqual({ smtp: undefined, from: undefined, mailboxPort: 1080, mailboxSmtpPort: 0 });
    expect(mail({ MAILBOX_PORT: "2080", MAILBOX_SMTP_PORT: "2025", ...from })).toMatchObject({ mailboxPort: 2080, mailboxSmtpPort: 2025 });
  });

  it("treats empty values as not set", () => {
    const empty = { SMTP_URL: "", SMTP_HOST: " ", SMTP_PORT: "", SMTP_USER: "", SMTP_PASSWORD: "", SMTP_TLS: "", MAIL_FROM: "" };
    expect(mail({ ...empty, MAILBOX_PORT: "", MAILBOX_SMTP_PORT: "" })).toEqual(mail({}));
  });

  it("stops the start with one Dutch line through readConfig", () => {
    expect(readConfig({ SMTP_TLS: "true" })).toEqual({
      ok: false,
      message: "Configuratiefout: SMTP_TLS werkt alleen samen met SMTP_HOST (of gebruik SMTP_URL).",
    });
  });
});
