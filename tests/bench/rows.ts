/**
 * What every table of the bench data set shares: the generation's context (database, seeded
 * random, ids, clock), PocketBase's date format, and inserting rows in batches.
 */
import type { DatabaseSync, SQLInputValue } from "node:sqlite";
import type { IdMaker, Random } from "./random.ts";

const ROWS_PER_TRANSACTION = 5_000;

export type TableTiming = { table: string; rows: number; seconds: number };

/** One generation run: every table is written through this, in a fixed order, so the data set is the same each time. */
export type Generation = {
  db: DatabaseSync;
  random: Random;
  ids: IdMaker;
  /** Date.now() when the generation started, the start of that day (UTC), and its year. */
  now: number;
  today: number;
  thisYear: number;
  say: (line: string) => void;
  timings: TableTiming[];
};

export const DAY = 86_400_000;
export const iso = (ms: number) => new Date(ms).toISOString().replace("T", " ");
export const dateOnly = (ms: number) => `${new Date(ms).toISOString().slice(0, 10)} 00:00:00.000Z`;
export const month = (ms: number) => new Date(ms).toISOString().slice(0, 7);

/**
 * Inserts `count` rows built by `row(i)`, one transaction per 5,000 rows, and records the time taken.
 * Between transactions it yields to the event loop, so Ctrl-C is handled during a long load.
 */
export async function insertRows(
  { db, say, timings }: Generation,
  table: string,
  columns: readonly string[],
  count: number,
  row: (index: number) => SQLInputValue[],
): Promise<void> {
  const started = performance.now();
  const statement = db.prepare(
    `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
  );
  for (let start = 0; start < count; start += ROWS_PER_TRANSACTION) {
    db.exec("BEGIN");
    try {
      const end = Math.min(count, start + ROWS_PER_TRANSACTION);
      for (let index = start; index < end; index++) statement.run(...row(index));
      db.exec("COMMIT");
    } catch (error) {
      db.exec("ROLLBACK");
      throw new Error(`${table}, rij ${start}–${start + ROWS_PER_TRANSACTION}: ${(error as Error).message}`);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  const seconds = (performance.now() - started) / 1000;
  const time = seconds.toLocaleString("nl-NL", { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  say(
    `  ${table.padEnd(15)} ${count.toLocaleString("nl-NL").padStart(8)} rijen in ${time} s (${Math.round(count / seconds).toLocaleString("nl-NL")}/s)`,
  );
  timings.push({ table, rows: count, seconds });
}
