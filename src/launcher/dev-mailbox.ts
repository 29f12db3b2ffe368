import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type AddressObject, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A mailbox for development and tests: an SMTP server that accepts every message without TLS or
 * a password and keeps it in memory, and a small web page to read them. It only ever listens on
 * 127.0.0.1, so nothing outside this machine can drop mail in it or read it.
 */

export type Mail = { id: string; to: string[]; subject: string; text: string; html: string; date: string };

export type DevMailbox = { smtpPort: number; url: string; stop: () => Promise<void> };

/** Enough for a day of trying things out; older mail is dropped so memory stays bounded. */
const keep = 500;
const maxMessageBytes = 5 * 1024 * 1024;

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((group) => group.value.map((entry) => entry.address ?? "").filter(Boolean));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(mails: Mail[]): string {
  const items = mails.map(
    (mail) => `<article>
<h2>${escapeHtml(mail.subject || "(geen onderwerp)")}</h2>
<p>Aan: ${escapeHtml(mail.to.join(", "))} · ${escapeHtml(new Date(mail.date).toLocaleString("nl-NL"))}</p>
${
  mail.html
    ? `<iframe sandbox title="${escapeHtml(mail.subject)}" srcdoc="${escapeHtml(mail.html)}"></iframe>`
    : `<pre>${escapeHtml(mail.text)}</pre>`
}
</article>`,
  );
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Testmailbox – Proeftuin</title>
<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}article{border-top:1px solid #999;padding:1rem 0}
iframe{width:100%;height:20rem;border:1px solid #ccc}pre{white-space:pre-wrap}</style></head>
<body><h1>Testmailbox</h1>
<p>Alle mail die Proeftuin verstuurt komt hier aan en gaat nergens anders heen. Nieuwste bovenaan; ververs de pagina voor nieuwe berichten.</p>
${items.length ? items.join("\n") : "<p>Nog geen berichten.</p>"}
</body></html>`;
}

async function listen(server: Server | SMTPServer, port: number): Promise<number> {
  const target = server instanceof SMTPServer ? server.server : server;
  const listening = once(target, "listening");
  server.listen(port, "127.0.0.1");
  await Promise.race([listening, once(target, "error").then(([error]) => Promise.reject(error))]);
  return (target.address() as AddressInfo).port;
}

/** Starts the mailbox; port 0 (the default) picks a free port. */
export async function startDevMailbox(options: { smtpPort?: number; httpPort?: number } = {}): Promise<DevMailbox> {
  const mails: Mail[] = [];
  let counter = 0;

  const smtp = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    // Stopping must not wait for a client that keeps its connection open.
    closeTimeout: 1000,
    disabledCommands: ["STARTTLS"],
    hideSTARTTLS: true,
    size: maxMessageBytes,
    logger: false,
    // Any user name and password is fine: the mailbox only listens on this machine.
    onAuth: (_auth, _session, callback) => callback(null, { user: "mailbox" }),
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((parsed) => {
          counter += 1;
          mails.unshift({
            id: String(counter),
            to: addresses(parsed.to),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            date: (parsed.date ?? new Date()).toISOString(),
          });
          mails.splice(keep);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  // A broken client connection must not stop the mailbox.
  smtp.on("error", () => {});

  const http = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (request.method !== "GET") {
      response.writeHead(405, { allow: "GET" }).end();
    } else if (path === "/berichten.json") {
      response.writeHead(200, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
      response.end(JSON.stringify(mails));
    } else if (path === "/") {
      response.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "no-store",
        "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-src 'self'",
      });
      response.end(page(mails));
    } else {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Niet gevonden");
    }
  });

  const smtpPort = await listen(smtp, options.smtpPort ?? 0);
  let httpPort: number;
  try {
    httpPort = await listen(http, options.httpPort ?? 0);
  } catch (error) {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    throw error;
  }
  return {
    smtpPort,
    url: `http://127.0.0.1:${httpPort}`,
    stop: async () => {
      http.closeAllConnections();
      await Promise.all([
        new Promise<void>((resolve) => http.close(() => resolve())),
        new Promise<void>((resolve) => smtp.close(() => resolve())),
      ]);
    },
  };
}
