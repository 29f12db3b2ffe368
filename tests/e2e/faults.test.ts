import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import PocketBase from "pocketbase";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../support/free-port.ts";
import { exitCode, launch, serving } from "./launcher-process.ts";

/** The PocketBase process serving this data folder, found through /proc (no pgrep needed). */
function pocketbasePid(dataDir: string): number {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
      if (args.includes("serve") && args.includes(dataDir)) return Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  throw new Error(`No PocketBase process for ${dataDir}`);
}

const admin = { POCKETBASE_ADMIN_EMAIL: "storing@proeftuin.test", POCKETBASE_ADMIN_PASSWORD: "storing-wachtwoord-123" };

/**
 * PocketBase is killed with SIGKILL in the middle of a burst of writes through the app. After a
 * restart, every write the app reported as saved is there, and SQLite finds the database intact.
 */
describe("a crash during writes", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("keeps every write the app confirmed, and the database passes an integrity check", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "proeftuin-crash-"));
    dirs.push(dataDir);
    const ports = { site: await freePort(), pocketbase: await freePort() };
    const env = {
      ...admin,
      POCKETBASE_DIR: dataDir,
      PORT: String(ports.site),
      POCKETBASE_PORT: String(ports.pocketbase),
      HOST: "127.0.0.1",
    };
    const site = `http://127.0.0.1:${ports.site}`;

    const first = launch(env);
    await serving(first);
    const signIn = await fetch(`${site}/inloggen`, {
      method: "POST",
      headers: { origin: site, "content-type": "application/x-www-form-urlencoded" },
      body: "email=innovatie%40rotterdam.test&password=proeftuin-demo",
      redirect: "manual",
    });
    const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0]!;
    const pb = new PocketBase(`http://127.0.0.1:${ports.pocketbase}`);
    await pb.collection("_superusers").authWithPassword(admin.POCKETBASE_ADMIN_EMAIL, admin.POCKETBASE_ADMIN_PASSWORD);
    const lesson = (await pb.collection("lessons").getList(1, 1, { filter: 'visibility = "public"' })).items[0]!;
    pb.authStore.clear();

    // Each question posted through the lesson page answers 303 with the new comment's id once it is saved.
    const confirmed: string[] = [];
    const post = async (n: number) => {
      try {
        const response = await fetch(`${site}/lessen/${lesson.id}`, {
          method: "POST",
          headers: { origin: site, cookie, "content-type": "application/x-www-form-urlencoded" },
          body: `form=reactie&body=${encodeURIComponent(`Vraag ${n} tijdens de storingstest`)}`,
          redirect: "manual",
        });
        const id = response.headers.get("location")?.match(/#reactie-([a-z0-9]{15})$/)?.[1];
        if (response.status === 303 && id) confirmed.push(id);
      } catch {
        // the site went down with PocketBase: this write was not confirmed
      }
    };
    const burst = Array.from({ length: 80 }, (_, n) => n);
    const writes: Array<Promise<void>> = [];
    for (const n of burst) {
      writes.push(post(n));
      if (n === 30) {
        while (confirmed.length < 5) await new Promise((resolve) => setTimeout(resolve, 20));
        process.kill(pocketbasePid(dataDir), "SIGKILL");
      }
      if (n % 8 === 0) await Promise.all(writes.splice(0));
    }
    await Promise.all(writes);
    expect(confirmed.length).toBeGreaterThanOrEqual(5);
    expect(await exitCode(first)).toBe(1);

    const second = launch(env);
    await serving(second);
    const check = new PocketBase(`http://127.0.0.1:${ports.pocketbase}`);
    await check.collection("_superusers").authWithPassword(admin.POCKETBASE_ADMIN_EMAIL, admin.POCKETBASE_ADMIN_PASSWORD);
    const stored = new Set(
      (await check.collection("comments").getFullList({ filter: `lesson = "${lesson.id}"`, fields: "id" })).map((c) => c.id),
    );
    expect(confirmed.filter((id) => !stored.has(id))).toEqual([]);
    second.child.kill("SIGTERM");
    expect(await exitCode(second)).toBe(0);

    const db = new DatabaseSync(join(dataDir, "data.db"), { readOnly: true });
    try {
      expect(db.prepare("PRAGMA integrity_check").get()).toEqual({ integrity_check: "ok" });
    } finally {
      db.close();
    }
  });
});
