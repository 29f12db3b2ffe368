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
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { build, needsBuild } from "../../src/launcher/build-if-needed.ts";
import { startPocketBase } from "../../src/launcher/pocketbase-process.ts";
import { freePort } from "../support/free-port.ts";
import { fillDatabase, type SeedResult } from "./generate.ts";
import { benchStarted, nl, say, seconds } from "./log.ts";
import { load, sequential, waitForIdle, type LoadResult, type Sequential } from "./measure.ts";
import { shippedJavaScript, type ShippedJs } from "./shipped-js.ts";
import { measureUncachedSearch, type UncachedSearch } from "./uncached-search.ts";
import { planMunicipalities } from "./plan.ts";
import { planWindows, profile, type ProfileResult } from "./profile.ts";
import { writeReport } from "./report.ts";
import { benchScenarios, pageLoaders } from "./scenarios.ts";
import { cleanup, pocketBaseErrors, prepareThroughApi, servers, signIn, startSite, type Prepared } from "./servers.ts";
import {
  BUDGET_SECONDS,
  CONNECTIONS,
  KEPT_DATA,
  LESSON_QUERY,
  PROFILE_MAX_SECONDS,
  PROFILE_RUNS,
  REPORT_RESERVE_SECONDS,
  WANTED_SECONDS,
} from "./settings.ts";

let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    interrupted = true;
    process.stderr.write(`\n[bench] ${signal}: opruimen…\n`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function main(): Promise<void> {
  // In seconds, in the order the phases run.
  const phases = { build: 0, pocketbaseFirstStart: 0, generation: 0, restart: 0, javascript: 0, sequential: 0, load: 0 };
  const loadAtStart = loadavg();
  say(`Proeftuin-bench: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${nl(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  if (loadAtStart[0]! > 0.5)
    say(
      `Let op: de machine is niet stil (load average ${loadAtStart.map((l) => nl(l, 2)).join(" / ")}); andere processen drukken de cijfers.`,
    );

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
  const dataDir = mkdtempSync(join(tmpdir(), "proeftuin-bench-"));
  servers.dataDir = dataDir;
  if (keptSeed && existsSync(keptSeed)) {
    cpSync(KEPT_DATA!, dataDir, { recursive: true });
    ({ prepared, seed } = JSON.parse(readFileSync(keptSeed, "utf8")) as { prepared: Prepared; seed: SeedResult });
    say(`Gegevensset gekopieerd uit ${KEPT_DATA} (BENCH_DATA) in ${nl(seconds(started))} s; de migraties lopen bij de start`);
    phases.pocketbaseFirstStart = 0;
    phases.generation = seconds(started);
  } else {
    say(`PocketBase start in ${dataDir} (migraties), GM0001 en één gebruiker via de API…`);
    const plan = planMunicipalities();
    prepared = await prepareThroughApi(dataDir, plan);
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
  const pocketbase = await startPocketBase({ dataDir, port: await freePort(), output: "ignore" });
  servers.pocketbase = pocketbase;
  const origin = await startSite(pocketbase.url);
  phases.restart = seconds(started);
  say(`PocketBase op ${pocketbase.url}, site op ${origin} (${nl(phases.restart)} s)`);
  const serverPids = [pocketbase.process.pid, servers.site?.pid].filter((pid): pid is number => typeof pid === "number");

  const { cookie, token } = await signIn(origin, prepared.user.email);
  say(`Ingelogd als ${prepared.user.email} (innovatiemanager van GM0001, ${seed.gm0001.pilots} pilots)`);

  const pilotPath = `/pilots/${seed.networkPilot.id}`;
  const scenarios = benchScenarios({ origin, pocketbaseUrl: pocketbase.url, cookie, token, pilotPath });
  const asPage = { cookie };

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

  const uncachedSearch: UncachedSearch = scenarios.some((scenario) => scenario.name.startsWith("lessen"))
    ? await measureUncachedSearch(pocketbase.url, token)
    : { firstPages: [], laterPages: [] };

  // 4. JavaScript per page.
  started = performance.now();
  const javascript: ShippedJs[] = [];
  for (const path of [`/lessen${LESSON_QUERY}`, pilotPath, "/portfolio", "/pilots", "/mijn", "/wat-werkt", "/meldingen"])
    javascript.push(await shippedJavaScript(origin, path, asPage));
  phases.javascript = seconds(started);
  say(`JavaScript per pagina gemeten (${nl(phases.javascript)} s)`);

  // 5. One visitor at a time: each page next to its own data functions, each API query alone.
  started = performance.now();
  const loaders = pageLoaders(cookie, seed.networkPilot.id);
  const single: Sequential[] = [];
  const profiles: ProfileResult[] = [];
  for (const scenario of scenarios) {
    const loader = loaders[scenario.name];
    if (loader) {
      const result = await profile(
        pocketbase.url,
        new URL(scenario.url).pathname + new URL(scenario.url).search,
        scenario.url,
        scenario.headers,
        loader,
      );
      profiles.push(result);
      single.push({ runs: result.runs, medianMs: result.pageMedianMs, minMs: Number.NaN, maxMs: Number.NaN });
    } else single.push(await sequential(scenario.url, scenario.headers, PROFILE_RUNS, PROFILE_MAX_SECONDS));
    say(`  1 bezoeker: ${scenario.name.padEnd(24)} mediaan ${nl(single.at(-1)!.medianMs).padStart(7)} ms (${single.at(-1)!.runs}×)`);
  }
  phases.sequential = seconds(started);
  say(`Eén bezoeker tegelijk, met profiel van de PocketBase-verzoeken per pagina: ${nl(phases.sequential)} s`);

  // 6. Load: 16 connections per scenario, the servers idle again before the next one.
  const remaining = BUDGET_SECONDS - seconds(benchStarted) - REPORT_RESERVE_SECONDS;
  const windows = planWindows(
    single.map((s) => s.medianMs),
    remaining,
  );
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
  writeReport({
    phases,
    loadAtStart,
    prepared,
    seed,
    context,
    uncachedSearch,
    javascript,
    scenarios,
    single,
    profiles,
    windows,
    results,
    idle,
    loadAverages,
    pbErrors,
  });
}

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
