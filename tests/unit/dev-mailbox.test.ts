import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevMailbox, startDevMailbox } from "../../src/launcher/dev-mailbox.ts";
import type { Mail } from "../support/mailbox.ts";

/** One SMTP conversation, line by line, as a mail server's client would hold it. */
async function sendRaw(port: number, to: string, message: string): Promise<string[]> {
  const socket = connect(port, "127.0.0.1");
  socket.setEncoding("utf8");
  const replies: string[] = [];
  let buffer = "";
  let waiting: (() => void) | undefined;
  socket.on("data", (chunk: string) => {
    buffer += chunk;
    // A reply is complete at a line "NNN text" (a dash after the code means more lines follow).
    const lines = buffer.split("\r\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      if (/^\d{3} /.test(line)) {
        replies.push(line);
        waiting?.();
      }
    }
  });
  const reply = () => new Promise<void>((resolve) => (waiting = resolve));
  const say = async (line: string) => {
    const next = reply();
    socket.write(`${line}\r\n`);
    await next;
  };
  await reply();
  await say("EHLO test.local");
  await say(`AUTH PLAIN ${Buffer.from("\0gebruiker\0wachtwoord").toString("base64")}`);
  await say("MAIL FROM:<noreply@proeftuin.test>");
  await say(`RCPT TO:<${to}>`);
  await say("DATA");
  await say(`${message.replace(/\n/g, "\r\n")}\r\n.`);
  await say("QUIT");
  socket.end();
  return replies;
}

const multipart = (to: string, subject: string) => `From: Proeftuin <noreply@proeftuin.test>
To: ${to}
Subject: ${subject}
Date: Fri, 04 Dec 2026 10:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="grens"

--grens
Content-Type: text/plain; charset=utf-8

Kies een wachtwoord: http://proeftuin.test/uitnodiging?token=abc
--grens
Content-Type: text/html; charset=utf-8

<p>Kies een <a href="http://proeftuin.test/uitnodiging?token=abc">wachtwoord</a></p><script>alert(1)</script>
--grens--`;

describe("dev mailbox", () => {
  let mailbox: DevMailbox;
  beforeAll(async () => {
    mailbox = await startDevMailbox();
  });
  afterAll(() => mailbox.stop());

  it("accepts mail with any password and lists it as JSON, newest first", async () => {
    const replies = await sendRaw(mailbox.smtpPort, "een@test.proeftuin", multipart("een@test.proeftuin", "Eerste"));
    expect(replies.filter((line) => /^[45]/.test(line))).toEqual([]);
    await sendRaw(mailbox.smtpPort, "twee@test.proeftuin", multipart("twee@test.proeftuin", "Tweede"));

    const mails = (await (await fetch(`${mailbox.url}/berichten.json`)).json()) as Mail[];
    expect(mails.map((mail) => mail.subject)).toEqual(["Tweede", "Eerste"]);
    expect(mails[1]).toMatchObject({ to: ["een@test.proeftuin"], date: "2026-12-04T10:00:00.000Z" });
    expect(mails[1]?.text).toContain("http://proeftuin.test/uitnodiging?token=abc");
    expect(mails[1]?.html).toContain('<a href="http://proeftuin.test/uitnodiging?token=abc">');
  });

  it("shows the mail on a Dutch page, with HTML bodies only inside a sandboxed frame", async () => {
    await sendRaw(mailbox.smtpPort, "drie@test.proeftuin", multipart("drie@test.proeftuin", "<b>Vet</b> & co"));
    const response = await fetch(`${mailbox.url}/`);
    const page = await response.text();
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page).toContain('<html lang="nl">');
    expect(page).toContain("&#60;b&#62;Vet&#60;/b&#62; &#38; co");
    expect(page).not.toContain("<script>alert(1)</script>");
    expect(page).toMatch(/<iframe sandbox title="[^"]*" srcdoc="[^"]*&#60;script&#62;alert\(1\)/);
  });

  it("answers nothing else", async () => {
    expect((await fetch(`${mailbox.url}/elders`)).status).toBe(404);
    expect((await fetch(`${mailbox.url}/berichten.json`, { method: "DELETE" })).status).toBe(405);
  });
});
