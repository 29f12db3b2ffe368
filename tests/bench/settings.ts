/** The bench's settings: load, time budget, and what it asks. */
import { COMMON_QUERY_WORD } from "./text.ts";

export const CONNECTIONS = 16;
/** The whole bench should stay under about ten minutes; scenarios get shorter when setup was slow. */
export const BUDGET_SECONDS = 600;
export const WANTED_SECONDS = Math.min(60, Math.max(3, Number(process.env.BENCH_SECONDS) || 10));
/** Sequential runs per scenario and per page profile, and the most time either may take. */
export const PROFILE_RUNS = 10;
export const PROFILE_MAX_SECONDS = 15;
export const MIN_WINDOW_SECONDS = 3;
export const MAX_WINDOW_SECONDS = 120;
/** Per scenario, for waiting until the servers are idle again. */
export const IDLE_ALLOWANCE_SECONDS = 8;
export const REPORT_RESERVE_SECONDS = 15;
export const BENCH_PASSWORD = "bench-wachtwoord-2026";
export const LESSON_QUERY = `?q=${COMMON_QUERY_WORD}&domein=wmo&soort=tip`;

/**
 * BENCH_DATA=<folder> keeps a generated data set there and starts later runs from a copy of it,
 * so a change can be measured again without waiting for the generation.
 */
export const KEPT_DATA = process.env.BENCH_DATA || undefined;
