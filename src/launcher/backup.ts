import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { DatabaseSync, backup as sqliteBackup } from "node:sqlite";

/**
 * A backup of the whole network: a consistent copy of PocketBase's databases (SQLite's online
 * backup, safe while PocketBase runs) and of the uploaded files, with a manifest of record counts
 * per table and a checksum per file, so a restore can prove it is complete.
 */
const DATABASES = ["data.db", "auxiliary.db"];

export type Manifest = {
  created: string;
  counts: Record<string, number>;
  files: Record<string, string>;
};

function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Records per table, read from a data.db file. */
function countRecords(databasePath: string): Record<string, number> {
  const db = new DatabaseSync(databasePath, { readOnly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name")
      .all() as Array<{ name: string }>;
    const counts: Record<string, number> = {};
    for (const { name } of tables) {
      counts[name] = Number((db.prepare(`SELECT COUNT(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number }).n);
    }
    return counts;
  } finally {
    db.close();
  }
}

function storageChecksums(dataDir: string): Record<string, string> {
  const storage = join(dataDir, "storage");
  return Object.fromEntries(filesBelow(storage).map((path) => [relative(storage, path), sha256(path)]));
}

export async function createBackup(dataDir: string, target: string): Promise<Manifest> {
  if (!existsSync(join(dataDir, "data.db"))) throw new Error(`Geen PocketBase-gegevens gevonden in ${dataDir}.`);
  if (existsSync(target) && readdirSync(target).length > 0) throw new Error(`De map ${target} bestaat al en is niet leeg.`);
  mkdirSync(target, { recursive: true });
  for (const name of DATABASES) {
    if (!existsSync(join(dataDir, name))) continue;
    const source = new DatabaseSync(join(dataDir, name), { readOnly: true });
    try {
      await sqliteBackup(source, join(target, name));
    } finally {
      source.close();
    }
  }
  if (existsSync(join(dataDir, "storage"))) cpSync(join(dataDir, "storage"), join(target, "storage"), { recursive: true });
  const manifest: Manifest = {
    created: new Date().toISOString(),
    counts: countRecords(join(target, "data.db")),
    files: storageChecksums(target),
  };
  writeFileSync(join(target, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Problems found when comparing a data folder with a manifest; empty when it matches. */
function verifyAgainstManifest(dataDir: string, manifest: Manifest): string[] {
  const problems: string[] = [];
  const counts = countRecords(join(dataDir, "data.db"));
  for (const [table, count] of Object.entries(manifest.counts)) {
    if (counts[table] !== count) problems.push(`${table}: ${counts[table] ?? 0} records, verwacht ${count}`);
  }
  const files = storageChecksums(dataDir);
  for (const [file, checksum] of Object.entries(manifest.files)) {
    if (files[file] !== checksum) problems.push(`${file}: ${files[file] ? "andere inhoud" : "ontbreekt"}`);
  }
  return problems;
}

/** Restores a backup into a data folder that does not exist yet or is empty, and checks it. */
export function restoreBackup(source: string, dataDir: string): Manifest {
  const manifestPath = join(source, "manifest.json");
  if (!existsSync(manifestPath)) throw new Error(`${source} is geen Proeftuin-backup (manifest.json ontbreekt).`);
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new Error(`De map ${dataDir} is niet leeg: zet een back-up alleen terug in een lege of nieuwe map.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
  mkdirSync(dataDir, { recursive: true });
  for (const name of DATABASES) if (existsSync(join(source, name))) cpSync(join(source, name), join(dataDir, name));
  if (existsSync(join(source, "storage"))) cpSync(join(source, "storage"), join(dataDir, "storage"), { recursive: true });
  const problems = verifyAgainstManifest(dataDir, manifest);
  if (problems.length > 0) throw new Error(`De teruggezette gegevens wijken af van de back-up: ${problems.join("; ")}`);
  return manifest;
}
