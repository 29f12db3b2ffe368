/**
 * Measuring: load with autocannon (every request's latency recorded, so p95 is computed, not
 * guessed) and a sequential profile of the PocketBase requests behind a page. The JavaScript a
 * page ships is measured in shipped-js.ts.
 */
import autocannon from "autocannon";
import { readFileSync } from "node:fs";

export type LoadOptions = {
  name: string;
  kind: "pagina" | "API";
  url: string;
  headers: Record<string, string>;
  seconds: number;
  connections: number;
  /** Per request; longer than the window, so no request is cut off before the window closes. */
  timeoutSeconds: number;
};

export type LoadResult = {
  name: string;
  kind: "pagina" | "API";
  /** Path and query, without the origin. */
  path: string;
  seconds: number;
  connections: number;
  /** Responses received within the window. */
  requests: number;
  /** Requests still in flight when the window closed: not counted in the latencies. */
  unfinished: number;
  requestsPerSecond: number;
  /** Computed from every 2xx response's latency (ms), nearest-rank. */
  latency: { p50: number; p95: number; p99: number; max: number; mean: number };
  /** The same over every response, errors included: how long a visitor waited for whatever came back. */
  latencyAllResponses: { p50: number; p95: number };
  /** autocannon's own histogram percentiles (ms), for comparison. */
  autocannon: { p50: number; p97_5: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  bytesPerResponse: number;
};

let running: autocannon.Instance | undefined;

/** Stops a load run in progress (Ctrl-C). */
export function stopLoad(): void {
  running?.stop();
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] ?? Number.NaN;
}

function fire(options: autocannon.Options, onResponse?: (status: number, ms: number) => void): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => {
      running = undefined;
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(result);
    });
    running = instance;
    if (onResponse) instance.on("response", (_client, statusCode, _bytes, responseTime) => onResponse(statusCode, responseTime));
  });
}

/**
 * `connections` clients, each sending its next request as soon as the previous one is answered,
 * for `seconds`. No warm-up here: the sequential runs just before warmed up both servers.
 */
export async function load(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const all: number[] = [];
  const started = performance.now();
  const result = await fire(
    {
      url: options.url,
      connections: options.connections,
      headers: options.headers,
      timeout: options.timeoutSeconds,
      duration: options.seconds,
    },
    (status, ms) => {
      all.push(ms);
      if (status >= 200 && status < 300) latencies.push(ms);
    },
  );
  const sortedAll = Float64Array.from(all).sort();
  const elapsed = (performance.now() - started) / 1000;
  const sorted = Float64Array.from(latencies).sort();
  const sum = latencies.reduce((total, ms) => total + ms, 0);
  const statusCodes: Record<string, number> = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = (stats as { count: number }).count;
  const answered = Object.values(statusCodes).reduce((total, count) => total + count, 0);
  const sent = Number((result.requests as unknown as { sent?: number }).sent ?? answered);
  const parsed = new URL(options.url);
  return {
    name: options.name,
    kind: options.kind,
    path: parsed.pathname + parsed.search,
    seconds: Math.round(elapsed * 10) / 10,
    connections: options.connections,
    requests: answered,
    unfinished: Math.max(0, sent - answered - result.errors),
    requestsPerSecond: Math.round((answered / elapsed) * 10) / 10,
    latency: {
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
      max: round(sorted.at(-1) ?? Number.NaN),
      mean: round(sum / Math.max(1, latencies.length)),
    },
    latencyAllResponses: { p50: round(percentile(sortedAll, 50)), p95: round(percentile(sortedAll, 95)) },
    autocannon: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99 },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
    bytesPerResponse: latencies.length > 0 ? Math.round(result.throughput.total / latencies.length) : 0,
  };
}

export type Sequential = { runs: number; medianMs: number; minMs: number; maxMs: number };

/** One request at a time: what a single visitor waits on an otherwise idle server. */
export async function sequential(url: string, headers: Record<string, string>, runs: number, maxSeconds: number): Promise<Sequential> {
  const times: number[] = [];
  const started = performance.now();
  await (await fetch(url, { headers })).arrayBuffer(); // warm-up
  while (times.length < runs && (times.length < 3 || performance.now() - started < maxSeconds * 1000)) {
    const begin = performance.now();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} gaf ${response.status}`);
    times.push(performance.now() - begin);
  }
  return { runs: times.length, medianMs: round(median(times)), minMs: round(Math.min(...times)), maxMs: round(Math.max(...times)) };
}

/** CPU time (clock ticks) used so far by these processes, from /proc; 0 where that is not available. */
function cpuTicks(pids: readonly number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // not Linux, or the process is gone
    }
  }
  return ticks;
}

/**
 * Waits until the servers are idle (under 10% of one core for half a second): requests that were
 * in flight when a window closed keep running on the server and would slow the next scenario.
 */
export async function waitForIdle(pids: readonly number[], maxSeconds: number): Promise<number> {
  const started = performance.now();
  let previous = cpuTicks(pids);
  while (performance.now() - started < maxSeconds * 1000) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = cpuTicks(pids);
    if (now - previous <= 5) break;
    previous = now;
  }
  return (performance.now() - started) / 1000;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

export type TimedRequest = { label: string; ms: number };

/**
 * A fetch that records how long each PocketBase request took until its headers arrived (PocketBase
 * sends them once the whole answer is built), labelled by method, path, filter and page.
 */
export function timedFetch(log: TimedRequest[], inner: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const started = performance.now();
    const response = await inner(input, init);
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    const filter = url.searchParams.get("filter");
    const page = url.searchParams.get("page");
    const label =
      `${init?.method ?? "GET"} ${url.pathname.replace(/^\/api\/collections\//, "")}` +
      (filter ? ` [${filter.length > 60 ? `${filter.slice(0, 57)}…` : filter}]` : "") +
      (page && page !== "1" ? ` p${page}` : "");
    const ms = performance.now() - started;
    // An empty answer to a filtered list: PocketBase may hold those back on purpose (see run.ts).
    const empty = Boolean(filter) && (await response.clone().text()).includes('"items":[]');
    log.push({ label: empty ? `${label} (leeg)` : label, ms });
    return response;
  };
}

export const median = (values: readonly number[]): number => {
  const sorted = Float64Array.from(values).sort();
  return percentile(sorted, 50);
};
