/**
 * The bench data set: a network of 342 municipalities written straight into PocketBase's SQLite
 * database (PocketBase stopped), in prepared statements and one transaction per 5,000 rows. Going
 * through the API would take hours at this size; the rows are built to pass the same checks the
 * API and hooks apply (enum values, JSON fields, dates, search_text, unique indexes).
 */
import { DatabaseSync } from "node:sqlite";
import { loadHookLib } from "../support/hook-lib.ts";
import { generateEvaluations } from "./generate-evaluations.ts";
import { generateLessons } from "./generate-lessons.ts";
import { generatePeople } from "./generate-people.ts";
import { generatePilots } from "./generate-pilots.ts";
import { generateWhatWorks } from "./generate-what-works.ts";
import type { MunicipalityPlan } from "./plan.ts";
import { IdMaker, Random } from "./random.ts";
import { DAY, type Generation, type TableTiming } from "./rows.ts";
import * as text from "./text.ts";
import { validate } from "./validate.ts";

type SearchQueryModule = { parseSearchQuery: (input: string) => string | null };

export type SeedInput = {
  dbPath: string;
  plan: MunicipalityPlan[];
  /** GM0001 and its innovatiemanager were created through the API; everything else is written here. */
  apiMunicipalityId: string;
  apiUser: { id: string; name: string };
  /** The bcrypt hash of the bench password, copied from the API-created user. */
  passwordHash: string;
  say: (line: string) => void;
};

export type SeedResult = {
  counts: Record<string, number>;
  timings: TableTiming[];
  analyzeSeconds: number;
  /** A network pilot of another municipality with lessons and comments: the pilot-page scenario. */
  networkPilot: { id: string; title: string; municipality: string; lessons: number; comments: number; measurements: number };
  /** How many lessons the full-text query for the common word matches, before visibility and facets. */
  commonWordLessons: number;
  gm0001: { id: string; pilots: number; users: number };
};

export async function fillDatabase(input: SeedInput): Promise<SeedResult> {
  const { plan, say } = input;
  const { parseSearchQuery } = loadHookLib<SearchQueryModule>("search-text.js");
  const random = new Random(20_260_301);
  const ids = new IdMaker(random, [input.apiMunicipalityId, input.apiUser.id]);
  const now = Date.now();
  const db = new DatabaseSync(input.dbPath);
  // Only for the bulk load: PocketBase opens the database again with its own settings afterwards.
  db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;");
  const g: Generation = { db, random, ids, now, today: now - (now % DAY), thisYear: new Date(now).getUTCFullYear(), say, timings: [] };

  try {
    // The order of the tables is the order of the random draws: changing it changes the data set.
    const people = await generatePeople(g, plan, {
      municipalityId: input.apiMunicipalityId,
      user: input.apiUser,
      passwordHash: input.passwordHash,
    });
    const pilots = await generatePilots(g, plan, people);
    await generateEvaluations(g, pilots);
    await generateLessons(g, people, pilots);
    await generateWhatWorks(g, pilots, input.apiUser.id);
    validate(db);

    // A lesson's copy of its pilot's visibility and municipality (what its read rule looks at) is
    // kept by a hook and a trigger, which this data set went past too.
    db.exec(
      "UPDATE lessons SET pilot_visibility = COALESCE((SELECT visibility FROM pilots WHERE id = lessons.pilot), ''), " +
        "pilot_municipality = COALESCE((SELECT municipality FROM pilots WHERE id = lessons.pilot), '') WHERE pilot != ''",
    );

    // shared_figures is kept by PocketBase's hooks, which this data set went past.
    const figuresStarted = performance.now();
    for (const sql of loadHookLib<{ REFRESH_ALL_SQL: string[] }>("shared-figures.js").REFRESH_ALL_SQL) db.exec(sql);
    say(
      `  netwerkcijfers (shared_figures) in ${((performance.now() - figuresStarted) / 1000).toLocaleString("nl-NL", { maximumFractionDigits: 1 })} s`,
    );

    const analyzeStarted = performance.now();
    db.exec("ANALYZE");
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const analyzeSeconds = (performance.now() - analyzeStarted) / 1000;
    say(`  ANALYZE en checkpoint in ${analyzeSeconds.toLocaleString("nl-NL", { maximumFractionDigits: 1 })} s`);

    const counts: Record<string, number> = {};
    for (const table of [
      "municipalities",
      "users",
      "pilots",
      "hypotheses",
      "budget_lines",
      "risks",
      "evaluations",
      "measurements",
      "lessons",
      "lessons_fts",
      "comments",
      "interventions",
      "notifications",
    ]) {
      const row = db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number };
      counts[table] = Number(row.n);
    }

    const match = parseSearchQuery(text.COMMON_QUERY_WORD) ?? "";
    const commonWordLessons = Number(
      (db.prepare("SELECT COUNT(*) AS n FROM lessons_fts WHERE lessons_fts MATCH ?").get(match) as { n: number }).n,
    );
    say(
      `  "${text.COMMON_QUERY_WORD}" (${match}) komt voor in ${commonWordLessons.toLocaleString("nl-NL")} van de ${counts.lessons!.toLocaleString("nl-NL")} lessen`,
    );

    // A representative, well-filled page: a network pilot elsewhere with lessons and comments.
    const networkPilot = db
      .prepare(
        `SELECT p.id AS id, p.title AS title, m.name AS municipality,
           (SELECT COUNT(*) FROM lessons l WHERE l.pilot = p.id) AS lessons,
           (SELECT COUNT(*) FROM comments c WHERE c.pilot = p.id) AS comments,
           (SELECT COUNT(*) FROM measurements x JOIN evaluations e ON e.id = x.evaluation WHERE e.pilot = p.id) AS measurements
         FROM pilots p JOIN municipalities m ON m.id = p.municipality
         WHERE p.visibility = 'network' AND p.municipality != ? AND p.stage = 'evaluatie'
           AND (SELECT COUNT(*) FROM lessons l WHERE l.pilot = p.id) >= 5
           AND (SELECT COUNT(*) FROM comments c WHERE c.pilot = p.id) >= 3
         ORDER BY p.id LIMIT 1`,
      )
      .get(input.apiMunicipalityId) as SeedResult["networkPilot"] | undefined;
    if (!networkPilot) throw new Error("geen netwerkpilot met lessen en vragen gevonden voor de pilotpagina");

    return {
      counts,
      timings: g.timings,
      analyzeSeconds,
      commonWordLessons,
      networkPilot: {
        ...networkPilot,
        lessons: Number(networkPilot.lessons),
        comments: Number(networkPilot.comments),
        measurements: Number(networkPilot.measurements),
      },
      gm0001: {
        id: input.apiMunicipalityId,
        pilots: pilots.pilotMuni.filter((m) => m === 0).length,
        users: people.users.filter((u) => u.muni === 0).length,
      },
    };
  } finally {
    db.close();
  }
}
