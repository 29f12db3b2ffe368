/**
 * `npm run restore -- <back-upmap>`: puts a backup back into POCKETBASE_DIR, which must be a new or
 * empty folder (stop the app first), and checks every count and file against the backup.
 */
import { readConfig } from "../launcher/env.server.ts";
import { restoreBackup } from "../launcher/backup.ts";

const config = readConfig(process.env);
if (!config.ok) {
  process.stderr.write(`[proeftuin] ${config.message}\n`);
  process.exit(1);
}
const source = process.argv[2];
if (!source) {
  process.stderr.write("[proeftuin] Geef de map van de back-up op: npm run restore -- <map>\n");
  process.exit(1);
}
try {
  const manifest = restoreBackup(source, config.config.pocketbaseDir);
  const records = Object.values(manifest.counts).reduce((a, b) => a + b, 0);
  process.stdout.write(
    `[proeftuin] Back-up teruggezet in ${config.config.pocketbaseDir} en gecontroleerd: ${records} records, ${Object.keys(manifest.files).length} bestanden.\n`,
  );
} catch (error) {
  process.stderr.write(`[proeftuin] Terugzetten mislukt: ${(error as Error).message}\n`);
  process.exit(1);
}
