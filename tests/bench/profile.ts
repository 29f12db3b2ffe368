/**
 * One visitor at a time: a page next to its own data functions, request by request; and how long
 * each scenario is then loaded.
 */
import { createClient, type TypedPocketBase } from "../../src/data/client.ts";
import { round } from "./log.ts";
import { median, timedFetch, type TimedRequest } from "./measure.ts";
import {
  CONNECTIONS,
  IDLE_ALLOWANCE_SECONDS,
  MAX_WINDOW_SECONDS,
  MIN_WINDOW_SECONDS,
  PROFILE_MAX_SECONDS,
  PROFILE_RUNS,
  WANTED_SECONDS,
} from "./settings.ts";

export type ProfileResult = {
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
export async function profile(
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
    // A data function may bring its own fetch (src/data/tagged-answers.ts): it is timed, not replaced.
    pb.beforeSend = (url, options) => ({ url, options: { ...options, fetch: timedFetch(log, options.fetch ?? fetch) } });
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
    requests: [...byLabel.entries()]
      .map(([label, times]) => ({ label, medianMs: round(median(times)) }))
      .sort((a, b) => b.medianMs - a.medianMs),
  };
}

/**
 * How long each scenario is loaded. A window must let the 16 connections finish a few rounds of
 * requests, or a slow page yields no figures at all: slow scenarios get longer than WANTED_SECONDS,
 * within what is left of the time budget; fast ones get WANTED_SECONDS (less if time is short).
 */
export function planWindows(sequentialMs: number[], remainingSeconds: number): number[] {
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
