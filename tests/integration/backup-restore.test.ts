import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PocketBase from "pocketbase";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/launcher/paths.ts";
import { startPocketBase, upsertSuperuser } from "../../src/launcher/pocketbase-process.ts";
import { freePort } from "../support/free-port.ts";
import { pdfBytes } from "./evaluation-fixtures.ts";

/**
 * `npm run backup` and `npm run restore` round-trip the whole network, records and uploaded files,
 * into a fresh folder: proven by the counts of every collection and the bytes of every file.
 */
const COLLECTIONS = [
  "municipalities",
  "users",
  "pilots",
  "hypotheses",
  "budget_lines",
  "risks",
  "evaluations",
  "measurements",
  "testimonials",
  "lessons",
  "comments",
  "audit_log",
];
const superuser = { email: "backup@proeftuin.test", password: "backup-wachtwoord-123" };

function run(script: "backup" | "restore", dataDir: string, folder: string) {
  return spawnSync(process.execPath, [`src/cli/${script}.ts`, folder], {
    cwd: projectRoot,
    env: { ...process.env, POCKETBASE_DIR: dataDir },
    encoding: "utf8",
  });
}

async function snapshot(pb: PocketBase, attachment: { evaluation: string; file: string }) {
  const counts: Record<string, number> = {};
  for (const name of COLLECTIONS) counts[name] = (await pb.collection(name).getList(1, 1)).totalItems;
  const evaluation = await pb.collection("evaluations").getOne(attachment.evaluation);
  const token = await pb.files.getToken();
  const bytes = Buffer.from(await (await fetch(pb.files.getURL(evaluation, attachment.file, { token }))).arrayBuffer());
  return { counts, bytes: bytes.toString("base64") };
}

describe("backup and restore", () => {
  const dirs: string[] = [];
  const temp = (name: string) => {
    const dir = mkdtempSync(join(tmpdir(), `proeftuin-${name}-`));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("round-trips records and files into a fresh folder while the app keeps running", async () => {
    const dataDir = temp("data");
    const running = await startPocketBase({ dataDir, port: await freePort(), superuser, output: "ignore" });
    let before: Awaited<ReturnType<typeof snapshot>>;
    let attachment: { evaluation: string; file: string };
    try {
      const pb = new PocketBase(running.url);
      pb.autoCancellation(false);
      await pb.collection("_superusers").authWithPassword(superuser.email, superuser.password);
      const municipality = await pb
        .collection("municipalities")
        .create({ name: "Back-upstad", cbs_code: "GM9901", province: "utrecht", inhabitants: 12000 });
      const pilot = await pb.collection("pilots").create({
        municipality: municipality.id,
        title: "Back-uppilot",
        summary: "Een samenvatting van de pilot.",
        problem: "Het probleem van de pilot.",
        target_group: "Iedereen",
        domain: "wmo",
        stage: "uitvoering",
        visibility: "network",
      });
      await pb.collection("hypotheses").create({
        pilot: pilot.id,
        statement: "Als wij iets doen, dan verwachten wij effect.",
        indicator: "x",
        direction: "omhoog",
        baseline: 1,
        target: 2,
      });
      const evaluation = await pb.collection("evaluations").create({
        pilot: pilot.id,
        date: "2026-05-01",
        kind: "tussentijds",
        observations: "Waarnemingen van de evaluatie.",
        decision: "doorgaan",
        rationale: "Omdat het goed gaat.",
        attachments: [new File([pdfBytes(2048)], "verslag.pdf", { type: "application/pdf" })],
      });
      attachment = { evaluation: evaluation.id, file: evaluation.attachments[0] as string };
      before = await snapshot(pb, attachment);

      const backup = run("backup", dataDir, join(temp("backup"), "copy"));
      expect(backup.status, backup.stderr).toBe(0);
      expect(backup.stdout).toMatch(/Back-up gemaakt in .*: \d+ records, [1-9]\d* bestanden\./);
    } finally {
      await running.stop();
    }

    const backupFolder = join(dirs.at(-1)!, "copy");
    const occupied = temp("occupied");
    writeFileSync(join(occupied, "data.db"), "");
    const refused = run("restore", occupied, backupFolder);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("is niet leeg");

    const restoredDir = join(temp("restored"), "pb_data");
    const restore = run("restore", restoredDir, backupFolder);
    expect(restore.status, restore.stderr).toBe(0);
    expect(restore.stdout).toContain("teruggezet");

    upsertSuperuser(restoredDir, superuser.email, superuser.password);
    const restored = await startPocketBase({ dataDir: restoredDir, port: await freePort(), output: "ignore" });
    try {
      const pb = new PocketBase(restored.url);
      pb.autoCancellation(false);
      await pb.collection("_superusers").authWithPassword(superuser.email, superuser.password);
      expect(await snapshot(pb, attachment)).toEqual(before);
      expect(before.counts.pilots).toBe(1);
      expect(before.counts.evaluations).toBe(1);
    } finally {
      await restored.stop();
    }
  });
});
