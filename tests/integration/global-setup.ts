import type { TestProject } from "vitest/node";
import { startDevMailbox } from "../../src/launcher/dev-mailbox.ts";
import { startTestPocketBase, testSiteUrl, testSuperuser } from "../support/test-pocketbase.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pocketbaseUrl: string;
    superuser: { email: string; password: string };
    /** The dev mailbox that the shared PocketBase sends its mail to (see tests/support/mailbox.ts). */
    mailboxUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const mailbox = await startDevMailbox();
  const pocketbase = await startTestPocketBase({ smtpPort: mailbox.smtpPort, siteUrl: testSiteUrl });
  project.provide("pocketbaseUrl", pocketbase.url);
  project.provide("superuser", testSuperuser);
  project.provide("mailboxUrl", mailbox.url);
  return async () => {
    await pocketbase.stop();
    await mailbox.stop();
  };
}
