import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startPocketBase, type RunningPocketBase } from "../../src/launcher/pocketbase-process.ts";
import { freePort } from "./free-port.ts";

export const testSuperuser = { email: "platformbeheer@proeftuin.test", password: "test-superuser-password" };

/** Where test mail comes from; the .test domain is reserved, so it cannot reach anyone. */
export const testMailFrom = "noreply@proeftuin.test";
/** The site address in the shared PocketBase's mails; nothing listens there. */
export const testSiteUrl = "http://proeftuin.test";

/**
 * A real PocketBase in a fresh temporary folder with the project's migrations and hooks. With
 * `smtpPort` it sends its mail to 127.0.0.1 on that port (a dev mailbox, or a closed port). Its
 * outbox is sent only through POST /api/proeftuin/mail-outbox/send, when a test chooses, unless
 * `outboxEveryMinute` turns the production schedule on. `environment` goes to its hooks.
 */
export async function startTestPocketBase(
  options: { smtpPort?: number; siteUrl?: string; outboxEveryMinute?: boolean; environment?: Record<string, string> } = {},
): Promise<RunningPocketBase & { dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), "proeftuin-pb-"));
  const running = await startPocketBase({
    dataDir,
    port: await freePort(),
    superuser: testSuperuser,
    output: "ignore",
    environment: options.environment,
    mail: {
      smtp: options.smtpPort ? { host: "127.0.0.1", port: options.smtpPort } : undefined,
      from: options.smtpPort ? testMailFrom : undefined,
      siteUrl: options.siteUrl,
      sendOutboxEveryMinute: options.outboxEveryMinute ?? false,
    },
  });
  return {
    ...running,
    dataDir,
    stop: async () => {
      await running.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
