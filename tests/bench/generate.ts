/**
 * The bench data set: a network of 342 municipalities written straight into PocketBase's SQLite
 * database (PocketBase stopped), in prepared statements and one transaction per 5,000 rows. Going
 * through the API would take hours at this size; the rows are built to pass the same checks the
 * API and hooks apply (enum values, JSON fields, dates, search_text, unique indexes).
 */
import { randomBytes } from "node:crypto";
import { DatabaseSync, type SQLInputValue } from "node:sqlite";
import {
  decisions,
  domains,
  evidenceLevels,
  fundingSources,
  lessonKinds,
  principles,
  proposedDecisions,
  provinces,
  riskCategories,
  riskStatuses,
  type Domain,
  type Province,
  type Role,
  type SizeClass,
  type Stage,
} from "../../src/domain/options.ts";
import { IdMaker, Random, WeightedPicker, weighted } from "./random.ts";
import * as text from "./text.ts";
import { loadHookLib } from "../support/hook-lib.ts";

export const SIZES = {
  municipalities: 342,
  users: 3_000,
  pilots: 20_000,
  /** Pilots of GM0001, whose portfolio the bench opens. */
  portfolioPilots: 500,
  hypothesesPerPilot: 2,
  budgetLinesPerPilot: 3,
  risksPerPilot: 2,
  /**
   * measurements has a unique index on (evaluation, hypothesis): 200,000 measurements need
   * 200,000 pairs, so 2 hypotheses × 5 evaluations per pilot, one measurement per pair.
   */
  evaluationsPerPilot: 5,
  lessons: 100_000,
  comments: 50_000,
} as const;

const ROWS_PER_TRANSACTION = 5_000;

export type MunicipalityPlan = {
  cbs_code: string;
  name: string;
  province: Province;
  inhabitants: number;
  size_class: SizeClass;
};

export function sizeClassOf(inhabitants: number): SizeClass {
  if (inhabitants < 20_000) return "klein";
  if (inhabitants < 50_000) return "middelgroot";
  if (inhabitants < 100_000) return "groot";
  return "zeer_groot";
}

/** The 342 municipalities: mostly small and middle-sized, some large; GM0001 is a big city. */
export function planMunicipalities(): MunicipalityPlan[] {
  const random = new Random(342);
  const names = text.townNames(random, SIZES.municipalities);
  const province = weighted<Province>(provinces.values.map((value) => [value, value === "flevoland" ? 1 : value === "zeeland" ? 2 : 4] as const));
  return names.map((name, index) => {
    let inhabitants: number;
    if (index === 0) inhabitants = 318_400;
    else {
      const roll = random.next();
      if (roll < 0.45) inhabitants = random.int(3_000, 19_999);
      else if (roll < 0.83) inhabitants = random.int(20_000, 49_999);
      else if (roll < 0.94) inhabitants = random.int(50_000, 99_999);
      else inhabitants = random.int(100_000, 880_000);
    }
    return {
      cbs_code: `GM${String(index + 1).padStart(4, "0")}`,
      name,
      province: index === 0 ? "zuid_holland" : province(random),
      inhabitants,
      size_class: sizeClassOf(inhabitants),
    };
  });
}

type SearchTextModule = {
  searchText: (parts: ReadonlyArray<string | readonly string[] | null | undefined>) => string;
  parseSearchQuery: (input: string) => string | null;
};


export type TableTiming = { table: string; rows: number; seconds: number };

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

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace("T", " ");
const dateOnly = (ms: number) => `${new Date(ms).toISOString().slice(0, 10)} 00:00:00.000Z`;
const month = (ms: number) => new Date(ms).toISOString().slice(0, 7);

const TOKEN_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
/** A tokenKey like PocketBase's own: 50 random letters and digits, unique per user. */
function tokenKey(): string {
  const bytes = randomBytes(50);
  let key = "";
  for (const byte of bytes) key += TOKEN_ALPHABET[byte % TOKEN_ALPHABET.length];
  return key;
}

const slug = (value: string) =>
  value.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, ".").replace(/^\.|\.$/g, "");

/**
 * Inserts `count` rows built by `row(i)`, one transaction per 5,000 rows; returns the time taken.
 * Between transactions it yields to the event loop, so Ctrl-C is handled during a long load.
 */
async function insertRows(
  db: DatabaseSync,
  table: string,
  columns: readonly string[],
  count: number,
  row: (index: number) => SQLInputValue[],
  say: (line: string) => void,
): Promise<TableTiming> {
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
  say(`  ${table.padEnd(15)} ${count.toLocaleString("nl-NL").padStart(8)} rijen in ${time} s (${Math.round(count / seconds).toLocaleString("nl-NL")}/s)`);
  return { table, rows: count, seconds };
}

export async function fillDatabase(input: SeedInput): Promise<SeedResult> {
  const { plan, say } = input;
  const { searchText, parseSearchQuery } = loadHookLib<SearchTextModule>("search-text.js");
  const random = new Random(20_260_301);
  const ids = new IdMaker(random, [input.apiMunicipalityId, input.apiUser.id]);
  const now = Date.now();
  const today = now - (now % DAY);
  const thisYear = new Date(now).getUTCFullYear();
  const timings: TableTiming[] = [];

  const db = new DatabaseSync(input.dbPath);
  // Only for the bulk load: PocketBase opens the database again with its own settings afterwards.
  db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;");

  try {
    // Municipalities: GM0001 exists already (created through the API with plan[0]).
    const muniIds = plan.map((_, index) => (index === 0 ? input.apiMunicipalityId : ids.next()));
    const muniCreated = iso(today - 400 * DAY);
    timings.push(
      await insertRows(db, "municipalities", ["id", "name", "cbs_code", "province", "inhabitants", "size_class", "created", "updated"], plan.length - 1, (i) => {
        const m = plan[i + 1]!;
        return [muniIds[i + 1]!, m.name, m.cbs_code, m.province, m.inhabitants, m.size_class, muniCreated, muniCreated];
      }, say),
    );
    // How much activity a municipality has: grows with size, but less than proportionally.
    const muniWeight = plan.map((m) => Math.pow(m.inhabitants, 0.6));
    const otherMunis = new WeightedPicker(muniWeight.map((w, index) => (index === 0 ? 0 : w)));
    const anyMuni = new WeightedPicker(muniWeight);

    // Users: an innovatiemanager and a directeur everywhere, the rest spread by size.
    type User = { id: string; name: string; muni: number; role: Role };
    const users: User[] = [{ id: input.apiUser.id, name: input.apiUser.name, muni: 0, role: "innovatiemanager" }];
    const planned: Array<{ muni: number; role: Role }> = [{ muni: 0, role: "directeur" }];
    for (let m = 1; m < plan.length; m++) planned.push({ muni: m, role: "innovatiemanager" }, { muni: m, role: "directeur" });
    const otherRole = weighted<Role>([["innovatiemanager", 3], ["directeur", 1], ["collega", 6]]);
    while (planned.length < SIZES.users - 1) planned.push({ muni: anyMuni.draw(random), role: otherRole(random) });
    const userCreated = iso(today - 300 * DAY);
    timings.push(
      await insertRows(
        db,
        "users",
        ["id", "email", "emailVisibility", "verified", "password", "tokenKey", "name", "avatar", "municipality", "role", "created", "updated"],
        planned.length,
        (i) => {
          const p = planned[i]!;
          const user: User = { id: ids.next(), name: text.personName(random), muni: p.muni, role: p.role };
          users.push(user);
          const email = `${slug(user.name)}.${i + 1}@${plan[p.muni]!.cbs_code.toLowerCase()}.test`;
          return [user.id, email, 0, 1, input.passwordHash, tokenKey(), user.name, "", muniIds[p.muni]!, p.role, userCreated, userCreated];
        },
        say,
      ),
    );
    const writersOf: number[][] = plan.map(() => []);
    users.forEach((user, index) => {
      if (user.role !== "collega") writersOf[user.muni]!.push(index);
    });

    // Pilots: 500 for GM0001, the rest spread unevenly over the other 341.
    const pilotMuni = new Int32Array(SIZES.pilots);
    for (let i = 0; i < SIZES.pilots; i++) pilotMuni[i] = i < SIZES.portfolioPilots ? 0 : otherMunis.draw(random);
    for (let i = SIZES.pilots - 1; i > 0; i--) {
      const j = Math.floor(random.next() * (i + 1));
      const swap = pilotMuni[i]!;
      pilotMuni[i] = pilotMuni[j]!;
      pilotMuni[j] = swap;
    }
    const pilotIds: string[] = [];
    const pilotDomain: Domain[] = [];
    const pilotStage: Stage[] = [];
    const pilotVisibility: string[] = [];
    const pilotCreated = new Float64Array(SIZES.pilots);
    const pilotUpdated = new Float64Array(SIZES.pilots);
    const pilotStart = new Float64Array(SIZES.pilots);
    const pilotEnd = new Float64Array(SIZES.pilots);
    const domain = weighted<Domain>([
      ["wmo", 20], ["jeugd", 16], ["participatie", 14], ["schuldhulp", 10], ["armoede", 10], ["wonen", 8], ["gezondheid", 8],
      ["onderwijs", 5], ["veiligheid", 4], ["overig", 5],
    ]);
    const stage = weighted<Stage>([["idee", 10], ["ontwerp", 15], ["uitvoering", 35], ["evaluatie", 20], ["besluit", 20]]);
    const visibility = weighted<string>([["private", 1], ["network", 1], ["public", 1]]);
    const evidence = weighted<string>([["", 8], ...evidenceLevels.values.map((v, i) => [v, 5 - i] as const)]);
    const decision = weighted<string>(decisions.values.map((v) => [v, v === "stoppen" || v === "bijstellen" ? 2 : 3] as const));
    timings.push(
      await insertRows(
        db,
        "pilots",
        [
          "id", "municipality", "title", "summary", "problem", "target_group", "domain", "principles", "stage", "decision",
          "decision_rationale", "start_date", "end_date", "partners", "visibility", "evidence_level", "tags", "adopted_from",
          "stop_reason", "comparison_group", "independent_replication", "stage_since", "decided_at", "created", "updated",
        ],
        SIZES.pilots,
        (i) => {
          const muni = pilotMuni[i]!;
          const id = ids.next();
          let s = stage(random);
          let vis = visibility(random);
          let adoptedFrom = "";
          // About 1% are adoptions: a private copy, in stage ontwerp, of a shared pilot elsewhere.
          if (muni !== 0 && i > 1000 && random.chance(0.01)) {
            const source = random.int(0, i - 1);
            if (pilotVisibility[source] !== "private" && pilotMuni[source] !== muni) {
              adoptedFrom = pilotIds[source]!;
              s = "ontwerp";
              vis = "private";
            }
          }
          const created = now - random.int(30, 3 * 365) * DAY - random.int(0, DAY);
          const updated = created + random.next() * (now - created);
          const start = s === "idee" || s === "ontwerp" ? created + random.int(30, 200) * DAY : created + random.int(0, 60) * DAY;
          const end = start + random.int(180, 730) * DAY;
          const d = domain(random);
          const dec = s === "besluit" ? decision(random) : "";
          pilotIds.push(id);
          pilotDomain.push(d);
          pilotStage.push(s);
          pilotVisibility.push(vis);
          pilotCreated[i] = created;
          pilotUpdated[i] = updated;
          pilotStart[i] = start;
          pilotEnd[i] = end;
          const partners = Array.from({ length: random.int(0, 3) }, () => ({ name: random.pick(text.partnerNames), role: random.pick(["uitvoering", "financier", "adviseur", "doorverwijzer"]) }));
          return [
            id, muniIds[muni]!, text.pilotTitle(random, plan[muni]!.name), text.sentence(random), text.paragraph(random, 2, 4), text.targetGroup(random), d,
            JSON.stringify(random.some(principles.values, random.int(1, 3))), s, dec, dec ? text.paragraph(random, 1, 2) : "",
            s === "idee" && random.chance(0.5) ? "" : dateOnly(start), s === "idee" && random.chance(0.5) ? "" : dateOnly(end),
            JSON.stringify(partners), vis, evidence(random), JSON.stringify(text.tags(random)), adoptedFrom,
            dec === "stoppen" ? text.sentence(random) : "", random.chance(0.15) ? 1 : 0, random.chance(0.05) ? 1 : 0,
            iso(updated), dec ? iso(updated) : "", iso(created), iso(updated),
          ];
        },
        say,
      ),
    );

    // Hypotheses: two per pilot, with what the measurements need.
    const perPilotH = SIZES.hypothesesPerPilot;
    const hypIds: string[] = [];
    const hypBaseline = new Float64Array(SIZES.pilots * perPilotH);
    const hypTarget = new Float64Array(SIZES.pilots * perPilotH);
    const verdict = weighted<string>([["open", 3], ["bevestigd", 3], ["verworpen", 2], ["onbeslist", 2]]);
    timings.push(
      await insertRows(
        db,
        "hypotheses",
        ["id", "pilot", "statement", "indicator", "unit", "direction", "baseline", "target", "measure_by", "verdict", "verdict_reason", "created", "updated"],
        SIZES.pilots * perPilotH,
        (i) => {
          const p = Math.floor(i / perPilotH);
          const [indicator, unit, direction] = random.pick(text.indicators);
          const baseline = random.int(10, 400);
          const change = baseline * (0.1 + random.next() * 0.3);
          const target = Math.round(direction === "omhoog" ? baseline + change : baseline - change);
          const id = ids.next();
          hypIds.push(id);
          hypBaseline[i] = baseline;
          hypTarget[i] = target;
          const decided = pilotStage[p] === "evaluatie" || pilotStage[p] === "besluit";
          const v = decided ? verdict(random) : random.chance(0.3) ? "open" : "";
          const statement = `Als wij ${text.sentence(random).slice(0, -1).toLowerCase()}, dan verwachten wij dat het ${indicator} ${direction === "omhoog" ? "stijgt" : "daalt"}.`;
          return [
            id, pilotIds[p]!, statement.slice(0, 1000), indicator, unit, direction, baseline, target, dateOnly(pilotEnd[p]!), v,
            v === "bevestigd" || v === "verworpen" ? text.sentence(random) : "", iso(pilotCreated[p]!), iso(pilotUpdated[p]!),
          ];
        },
        say,
      ),
    );

    const source = weighted<string>(fundingSources.values.map((v) => [v, v === "gemeente" ? 5 : v === "rijk" ? 4 : 1] as const));
    timings.push(
      await insertRows(
        db,
        "budget_lines",
        ["id", "pilot", "source", "year", "planned_cents", "spent_cents", "reporting_deadline", "created", "updated"],
        SIZES.pilots * SIZES.budgetLinesPerPilot,
        (i) => {
          const p = Math.floor(i / SIZES.budgetLinesPerPilot);
          const year = new Date(pilotStart[p]!).getUTCFullYear() + (i % SIZES.budgetLinesPerPilot);
          const planned = random.int(5_000, 250_000) * 100;
          const spent = year < thisYear ? Math.round(planned * (0.6 + random.next() * 0.5)) : year === thisYear ? Math.round(planned * random.next() * 0.7) : 0;
          return [
            ids.next(), pilotIds[p]!, source(random), year, planned, spent, random.chance(0.5) ? `${year + 1}-03-31 00:00:00.000Z` : "",
            iso(pilotCreated[p]!), iso(pilotUpdated[p]!),
          ];
        },
        say,
      ),
    );

    const category = weighted<string>(riskCategories.values.map((v) => [v, 1] as const));
    const riskStatus = weighted<string>(riskStatuses.values.map((v) => [v, v === "open" ? 4 : 2] as const));
    timings.push(
      await insertRows(
        db,
        "risks",
        ["id", "pilot", "title", "category", "likelihood", "impact", "mitigation", "owner", "status", "created", "updated"],
        SIZES.pilots * SIZES.risksPerPilot,
        (i) => {
          const p = Math.floor(i / SIZES.risksPerPilot);
          return [
            ids.next(), pilotIds[p]!, random.pick(text.riskTitles), category(random), random.int(1, 5), random.int(1, 5), text.sentence(random),
            text.personName(random), riskStatus(random), iso(pilotCreated[p]!), iso(pilotUpdated[p]!),
          ];
        },
        say,
      ),
    );

    // Evaluations: five per pilot, spread from its creation to its end (or today); the last is the
    // end evaluation for pilots in stage evaluatie or besluit.
    const perPilotE = SIZES.evaluationsPerPilot;
    const evalIds: string[] = [];
    const evalDate = new Float64Array(SIZES.pilots * perPilotE);
    const proposed = weighted<string>(proposedDecisions.values.map((v) => [v, v === "doorgaan" ? 5 : 1] as const));
    timings.push(
      await insertRows(
        db,
        "evaluations",
        ["id", "pilot", "date", "kind", "observations", "what_worked", "what_did_not", "participants", "decision", "rationale", "attachments", "created", "updated"],
        SIZES.pilots * perPilotE,
        (i) => {
          const p = Math.floor(i / perPilotE);
          const k = i % perPilotE;
          const from = pilotCreated[p]!;
          const to = Math.max(from + 30 * DAY, Math.min(pilotEnd[p]!, now));
          const date = from + ((k + 1) / perPilotE) * (to - from);
          const id = ids.next();
          evalIds.push(id);
          evalDate[i] = date;
          const end = k === perPilotE - 1 && (pilotStage[p] === "evaluatie" || pilotStage[p] === "besluit");
          return [
            id, pilotIds[p]!, dateOnly(date), end ? "eind" : "tussentijds", text.paragraph(random, 1, 3), text.sentence(random), text.sentence(random),
            random.int(5, 400), proposed(random), text.sentence(random), "[]", iso(Math.min(date, now)), iso(Math.min(date, now)),
          ];
        },
        say,
      ),
    );

    // Measurements: one per (evaluation, hypothesis) pair, so the unique index holds; about 15%
    // from fewer than 10 participants, which other municipalities see suppressed.
    const pairsPerPilot = perPilotE * perPilotH;
    timings.push(
      await insertRows(
        db,
        "measurements",
        ["id", "evaluation", "hypothesis", "value", "sample_size", "period", "created", "updated"],
        SIZES.pilots * pairsPerPilot,
        (i) => {
          const p = Math.floor(i / pairsPerPilot);
          const k = Math.floor((i % pairsPerPilot) / perPilotH);
          const h = p * perPilotH + (i % perPilotH);
          const e = p * perPilotE + k;
          const baseline = hypBaseline[h]!;
          const progress = ((k + 1) / perPilotE) * (0.4 + random.next() * 0.9);
          const value = Math.round((baseline + (hypTarget[h]! - baseline) * progress) * 10) / 10;
          const created = iso(Math.min(evalDate[e]!, now));
          return [ids.next(), evalIds[e]!, hypIds[h]!, value, random.chance(0.15) ? random.int(1, 9) : random.int(10, 400), month(evalDate[e]!), created, created];
        },
        say,
      ),
    );

    // Lessons: three in four come from a pilot (same municipality and domain); search_text as the
    // hook computes it, and the FTS5 trigger indexes each row as it is inserted.
    const kind = weighted<string>([["werkzaam_element", 3], ["valkuil", 2.5], ["randvoorwaarde", 2], ["tip", 2.5]]);
    const lessonIds: string[] = [];
    timings.push(
      await insertRows(
        db,
        "lessons",
        ["id", "municipality", "pilot", "author", "title", "body", "kind", "domain", "target_group", "principles", "tags", "visibility", "search_text", "created", "updated"],
        SIZES.lessons,
        (i) => {
          const fromPilot = random.chance(0.75);
          const p = fromPilot ? random.int(0, SIZES.pilots - 1) : -1;
          const muni = p >= 0 ? pilotMuni[p]! : anyMuni.draw(random);
          const writers = writersOf[muni]!;
          const author = users[random.pick(writers)]!;
          const title = text.lessonTitle(random).slice(0, 200);
          const body = text.lessonBody(random);
          const target = random.chance(0.8) ? text.targetGroup(random) : "";
          const tags = text.tags(random);
          const earliest = p >= 0 ? pilotCreated[p]! : now - 3 * 365 * DAY;
          const created = earliest + random.next() * (now - earliest);
          const updated = created + random.next() * (now - created) * 0.2;
          const id = ids.next();
          lessonIds.push(id);
          return [
            id, muniIds[muni]!, p >= 0 ? pilotIds[p]! : "", author.id, title, body, kind(random), p >= 0 ? pilotDomain[p]! : domain(random), target,
            JSON.stringify(random.some(principles.values, random.int(0, 3))), JSON.stringify(tags), visibility(random),
            searchText([title, body, target, tags]), iso(created), iso(updated),
          ];
        },
        say,
      ),
    );

    timings.push(
      await insertRows(
        db,
        "comments",
        ["id", "lesson", "pilot", "author", "author_name", "author_municipality", "body", "created", "updated"],
        SIZES.comments,
        (i) => {
          const onLesson = random.chance(0.6);
          const author = users[random.int(0, users.length - 1)]!;
          const created = iso(now - random.next() * 2 * 365 * DAY);
          return [
            ids.next(), onLesson ? lessonIds[random.int(0, lessonIds.length - 1)]! : "", onLesson ? "" : pilotIds[random.int(0, pilotIds.length - 1)]!,
            author.id, author.name, muniIds[author.muni]!, text.comment(random), created, created,
          ];
        },
        say,
      ),
    );
    validate(db);

    // shared_figures is kept by PocketBase's hooks, which this data set went past.
    const figuresStarted = performance.now();
    for (const sql of loadHookLib<{ REFRESH_ALL_SQL: string[] }>("shared-figures.js").REFRESH_ALL_SQL) db.exec(sql);
    say(`  netwerkcijfers (shared_figures) in ${((performance.now() - figuresStarted) / 1000).toLocaleString("nl-NL", { maximumFractionDigits: 1 })} s`);

    const analyzeStarted = performance.now();
    db.exec("ANALYZE");
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const analyzeSeconds = (performance.now() - analyzeStarted) / 1000;
    say(`  ANALYZE en checkpoint in ${analyzeSeconds.toLocaleString("nl-NL", { maximumFractionDigits: 1 })} s`);

    const counts: Record<string, number> = {};
    for (const table of ["municipalities", "users", "pilots", "hypotheses", "budget_lines", "risks", "evaluations", "measurements", "lessons", "lessons_fts", "comments"]) {
      const row = db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number };
      counts[table] = Number(row.n);
    }

    const match = parseSearchQuery(text.COMMON_QUERY_WORD) ?? "";
    const commonWordLessons = Number((db.prepare("SELECT COUNT(*) AS n FROM lessons_fts WHERE lessons_fts MATCH ?").get(match) as { n: number }).n);
    say(`  "${text.COMMON_QUERY_WORD}" (${match}) komt voor in ${commonWordLessons.toLocaleString("nl-NL")} van de ${counts.lessons!.toLocaleString("nl-NL")} lessen`);

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
      timings,
      analyzeSeconds,
      commonWordLessons,
      networkPilot: { ...networkPilot, lessons: Number(networkPilot.lessons), comments: Number(networkPilot.comments), measurements: Number(networkPilot.measurements) },
      gm0001: { id: input.apiMunicipalityId, pilots: pilotMuni.filter((m) => m === 0).length, users: users.filter((u) => u.muni === 0).length },
    };
  } finally {
    db.close();
  }
}

/** Every select field holds a value of its schema and every JSON field parses: a typo above fails here, not in PocketBase. */
function validate(db: DatabaseSync): void {
  const selects: Array<[string, string, readonly string[], boolean]> = [
    ["municipalities", "province", provinces.values, false],
    ["users", "role", ["innovatiemanager", "directeur", "collega"], false],
    ["pilots", "domain", domains.values, false],
    ["pilots", "stage", ["idee", "ontwerp", "uitvoering", "evaluatie", "besluit"], false],
    ["pilots", "decision", decisions.values, true],
    ["pilots", "visibility", ["private", "network", "public"], false],
    ["pilots", "evidence_level", evidenceLevels.values, true],
    ["hypotheses", "direction", ["omhoog", "omlaag"], false],
    ["hypotheses", "verdict", ["open", "bevestigd", "verworpen", "onbeslist"], true],
    ["budget_lines", "source", fundingSources.values, false],
    ["risks", "category", riskCategories.values, false],
    ["risks", "status", riskStatuses.values, false],
    ["evaluations", "kind", ["tussentijds", "eind"], false],
    ["evaluations", "decision", proposedDecisions.values, false],
    ["lessons", "kind", lessonKinds.values, false],
    ["lessons", "domain", domains.values, false],
    ["lessons", "visibility", ["private", "network", "public"], false],
  ];
  for (const [table, column, values, optional] of selects) {
    const allowed = [...values, ...(optional ? [""] : [])];
    const row = db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE "${column}" NOT IN (${allowed.map(() => "?").join(", ")})`).get(...allowed) as { n: number };
    if (Number(row.n) > 0) throw new Error(`${table}.${column}: ${row.n} rijen met een waarde buiten het schema`);
  }
  for (const [table, column] of [["pilots", "tags"], ["pilots", "partners"], ["pilots", "principles"], ["lessons", "tags"], ["lessons", "principles"]] as const) {
    const row = db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE json_valid("${column}") = 0`).get() as { n: number };
    if (Number(row.n) > 0) throw new Error(`${table}.${column}: ${row.n} rijen zonder geldige JSON`);
  }
}
