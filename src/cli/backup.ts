/**
 * `npm run backup -- <map>`: copies the whole network (databases and uploaded files) into a new
 * folder, safely while the app runs. Without a folder: pocketbase/backups/proeftuin-<tijd>.
 */
import { join } from "node:path";
import { readConfig } from "../launcher/env.server.ts";
import { createBackup } from "../launcher/backup.ts";
import { projectRoot } from "../launcher/paths.ts";

const config = readConfig(process.env);
if (!config.ok) {
  process.stderr.write(`[proeftuin] ${config.message}\n`);
  process.exit(1);
}
const target = process.argv[2] ?? join(projectRoot, "pocketbase", "backups", `proeftuin-${new Date().toISOString().replace(/[:.]/g, "-")}`);
try {
  const manifest = await createBackup(config.config.pocketbaseDir, target);
  const records = Object.values(manifest.counts).reduce((a, b) => a + b, 0);
  process.stdout.write(`[proeftuin] Back-up gemaakt in ${target}: ${records} records, ${Object.keys(manifest.files).length} bestanden.\n`);
} catch (error) {
  process.stderr.write(`[proeftuin] Back-up mislukt: ${(error as Error).message}\n`);
  process.exit(1);
}
