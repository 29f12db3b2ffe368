import type { Mail } from "../../src/launcher/dev-mailbox.ts";

export type { Mail };

/**
 * Polls the dev mailbox until a mail matches (newest first) and returns it. Give each test its own
 * recipient address so that `matches` finds that test's mail and nobody else's.
 */
export async function waitForMail(mailboxUrl: string, matches: (mail: Mail) => boolean, timeoutMs = 10_000): Promise<Mail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${mailboxUrl}/berichten.json`);
    if (!response.ok) throw new Error(`De testmailbox antwoordde met ${response.status}.`);
    const found = ((await response.json()) as Mail[]).find(matches);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`Geen passende mail in de testmailbox binnen ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** All mail in the dev mailbox to `address`, newest first (for asserting that nothing was sent). */
export async function mailTo(mailboxUrl: string, address: string): Promise<Mail[]> {
  const response = await fetch(`${mailboxUrl}/berichten.json`);
  return ((await response.json()) as Mail[]).filter((mail) => mail.to.includes(address));
}
