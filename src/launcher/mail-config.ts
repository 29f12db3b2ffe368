import { isIP } from "node:net";
import { z } from "zod";

/**
 * The launcher's mail settings: an SMTP server (SMTP_URL, or SMTP_HOST with its neighbours) and
 * the sender (MAIL_FROM). Without an SMTP server all mail goes to the dev mailbox on MAILBOX_PORT.
 * A wrong value is refused with one Dutch line naming the variable; passwords are never echoed.
 */

type SmtpServer = { host: string; port: number; user?: string; password?: string; tls: boolean };

export type MailConfig = {
  /** Undefined: no SMTP server set, so the dev mailbox takes all mail. */
  smtp: SmtpServer | undefined;
  from: string | undefined;
  /** The dev mailbox's web page, and its SMTP port (0 = any free port). */
  mailboxPort: number;
  mailboxSmtpPort: number;
};

const shown = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);

function portNumber(name: string, value: string | undefined, fallback: number, min = 1): number | string {
  if (value === undefined || value.trim() === "") return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > 65535) {
    return `${name} moet een poortnummer van ${min} tot en met 65535 zijn (nu: ${shown(value)}).`;
  }
  return number;
}

const hostname = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/;
const isHost = (host: string) => hostname.test(host) || isIP(host.replace(/^\[|\]$/g, "")) !== 0;

function fromUrl(value: string): SmtpServer | string {
  const refusal = "SMTP_URL moet de vorm smtp://gebruiker:wachtwoord@host:poort of smtps://… hebben.";
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return refusal;
  }
  if ((url.protocol !== "smtp:" && url.protocol !== "smtps:") || !url.hostname || !isHost(url.hostname)) return refusal;
  if (url.pathname.replace(/^\/+/, "") || url.search || url.hash) return refusal;
  const tls = url.protocol === "smtps:";
  const server: SmtpServer = { host: url.hostname.replace(/^\[|\]$/g, ""), port: url.port ? Number(url.port) : tls ? 465 : 587, tls };
  if (url.username) server.user = decodeURIComponent(url.username);
  if (url.password) server.password = decodeURIComponent(url.password);
  return server;
}

function fromParts(env: NodeJS.ProcessEnv): SmtpServer | string | undefined {
  const host = env.SMTP_HOST?.trim();
  const user = env.SMTP_USER?.trim() || undefined;
  const password = env.SMTP_PASSWORD || undefined;
  const tlsValue = env.SMTP_TLS?.trim().toLowerCase() ?? "";
  if (!host) {
    const stray = ["SMTP_PORT", "SMTP_USER", "SMTP_PASSWORD", "SMTP_TLS"].find((name) => env[name]?.trim());
    return stray ? `${stray} werkt alleen samen met SMTP_HOST (of gebruik SMTP_URL).` : undefined;
  }
  if (!isHost(host)) return `SMTP_HOST moet een hostnaam of IP-adres zijn, zonder poort of schema (nu: ${shown(host)}).`;
  if (!["", "true", "false", "1", "0"].includes(tlsValue)) return `SMTP_TLS moet "true" of "false" zijn (nu: ${shown(tlsValue)}).`;
  if (Boolean(user) !== Boolean(password)) return "Zet SMTP_USER en SMTP_PASSWORD allebei, of geen van beide.";
  const explicitTls = tlsValue === "" ? undefined : tlsValue === "true" || tlsValue === "1";
  const port = portNumber("SMTP_PORT", env.SMTP_PORT, explicitTls ? 465 : 587);
  if (typeof port === "string") return port;
  // Port 465 speaks TLS from the first byte; the others upgrade with STARTTLS when offered.
  const server: SmtpServer = { host, port, tls: explicitTls ?? port === 465 };
  if (user && password) Object.assign(server, { user, password });
  return server;
}

export function readMailConfig(env: NodeJS.ProcessEnv): { ok: true; config: MailConfig } | { ok: false; message: string } {
  const refuse = (message: string) => ({ ok: false as const, message });
  const urlValue = env.SMTP_URL?.trim();
  if (urlValue && env.SMTP_HOST?.trim()) return refuse("Zet SMTP_URL of SMTP_HOST, niet allebei.");
  const smtp = urlValue ? fromUrl(urlValue) : fromParts(env);
  if (typeof smtp === "string") return refuse(smtp);

  const fromValue = env.MAIL_FROM?.trim() || undefined;
  if (fromValue && !z.email().safeParse(fromValue).success) {
    return refuse(`MAIL_FROM moet één e-mailadres zijn, zoals noreply@gemeente.nl (nu: ${shown(fromValue)}).`);
  }
  // A real server refuses or junks mail from an address that is not the sender's own.
  if (smtp && !fromValue) return refuse("Zet MAIL_FROM, het afzenderadres van de mail, als u een SMTP-server instelt.");

  const mailboxPort = portNumber("MAILBOX_PORT", env.MAILBOX_PORT, 1080);
  if (typeof mailboxPort === "string") return refuse(mailboxPort);
  const mailboxSmtpPort = portNumber("MAILBOX_SMTP_PORT", env.MAILBOX_SMTP_PORT, 0, 0);
  if (typeof mailboxSmtpPort === "string") return refuse(mailboxSmtpPort);
  return { ok: true, config: { smtp, from: fromValue, mailboxPort, mailboxSmtpPort } };
}
