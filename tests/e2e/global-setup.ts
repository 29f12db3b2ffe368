import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { freePort } from "../support/free-port.ts";
import { stopProcessGroup } from "../../src/launcher/pocketbase-process.ts";
import { projectRoot } from "../../src/launcher/paths.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    pocketbaseUrl: string;
    /** The launcher's dev mailbox (no SMTP is set), for tests/support/mailbox.ts. */
    mailboxUrl: string;
  }
}

/**
 * Starts the real app the way `npm start` does (the launcher builds when needed, starts PocketBase
 * in a fresh temporary folder, seeds the demo network and serves the built site), on free ports,
 * deployed behind a trusted reverse proxy on this machine.
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), "proeftuin-e2e-"));
  const [port, pocketbasePort, mailboxPort] = [await freePort(), await freePort(), await freePort()];
  const launcher = spawn(process.execPath, ["src/cli/start.ts"], {
    cwd: projectRoot,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      HOST: "127.0.0.1",
      // The suite plays the reverse proxy: a test that tries wrong passwords names its own visitor in
      // X-Forwarded-For, so the per-visitor limit never holds up the other tests.
      TRUSTED_PROXY: "127.0.0.1",
      PORT: String(port),
      POCKETBASE_PORT: String(pocketbasePort),
      POCKETBASE_DIR: dataDir,
      POCKETBASE_URL: "",
      POCKETBASE_ADMIN_EMAIL: "",
      POCKETBASE_ADMIN_PASSWORD: "",
      // No SMTP server: the launcher's dev mailbox keeps every mail the app sends.
      ...{ SMTP_URL: "", SMTP_HOST: "", SMTP_PORT: "", SMTP_USER: "", SMTP_PASSWORD: "", SMTP_TLS: "", MAIL_FROM: "" },
      MAILBOX_PORT: String(mailboxPort),
      MAILBOX_SMTP_PORT: "",
    },
  });
  let output = "";
  launcher.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  launcher.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  while (!output.includes("Proeftuin draait op")) {
    if (launcher.exitCode !== null) throw new Error(`The app did not start:\n${output}`);
    if (Date.now() > deadline) throw new Error(`The app did not start within 180 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  project.provide("baseUrl", baseUrl);
  project.provide("pocketbaseUrl", `http://127.0.0.1:${pocketbasePort}`);
  project.provide("mailboxUrl", `http://127.0.0.1:${mailboxPort}`);

  return async () => {
    await stopProcessGroup(launcher, 15_000);
    rmSync(dataDir, { recursive: true, force: true });
  };
}
