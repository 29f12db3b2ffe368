/**
 * `npm test`: every check, in two streams at once, so the suite fits CI's 15 minutes on two cores.
 * The end-to-end files run one at a time against one app (tests/vitest.config.ts) and take most of
 * the time. Measured in clean-clone CI runs: all in series 996 s; the e2e files in one stream beside
 * the rest 873-955 s; three streams at once (two e2e halves beside the rest) overloaded the two
 * cores and a test timed out. So the e2e files are split in two halves, each against its own built
 * app and seeded PocketBase, and never more than two streams run: the journeys; beside them the unit
 * and integration tests, the type check and lint, then the page checks (axe, reflow). With issues 12
 * and 15 the run took 913 s (journeys 808 s, every-route 324 s): every-route now checks a guest and a
 * directeur (tests/e2e/routes.ts) and the screenshots left `npm test`.
 * The site is built once, before the journeys start; the page checks wait for that build, and the
 * type check runs after the integration tests, when the build is long done: both write Astro's
 * generated types.
 * Prints one line, "vitest: N passed, N failed, N skipped", for all vitest runs, and fails when any
 * stream fails.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Summary, summaryLine } from "./support/summary-reporter.ts";

const vitest = "vitest run --config tests/vitest.config.ts";

/**
 * The second half of the e2e files, run after the unit and integration tests: those that look at
 * every page (axe, reflow) or at tables at three widths, and the launcher's, which starts apps of
 * its own. In a clean-clone run (843 s) the journeys took 742 s and the tests, checks and page
 * checks together about 705 s; table-words (20 s) moved over to even them. broad-search starts an
 * app of its own, as the launcher's tests do.
 */
const PAGE_CHECKS = ["every-route", "pages-accessibility", "launcher", "broad-search", "table-words"];
/** Pictures for people to look at (`npm run test:screenshots`), not a check: left out of `npm test`. */
const NOT_RUN = ["screenshots"];
const pageChecks = PAGE_CHECKS.map((name) => `tests/e2e/${name}.test.ts`).join(" ");
const journeys = [...PAGE_CHECKS, ...NOT_RUN].map((name) => `--exclude "**/${name}.test.ts"`).join(" ");

/** A step of a stream; one that needs the built site waits for the one shared build. */
type Step = { name: string; command: string; needsBuild?: boolean };

const streams: Step[][] = [
  [
    { name: "tests", command: `${vitest} --project unit --project integration` },
    { name: "checks", command: "npm run typecheck" },
    { name: "checks", command: "npm run lint" },
    { name: "e2e-pages", command: `${vitest} --project e2e ${pageChecks}`, needsBuild: true },
  ],
  [{ name: "e2e", command: `${vitest} --project e2e ${journeys}`, needsBuild: true }],
];
const folder = mkdtempSync(join(tmpdir(), "proeftuin-test-"));
const summaries: string[] = [];

/** Runs one command with each output line prefixed by its name; resolves to whether it succeeded. */
function run({ name, command }: { name: string; command: string }): Promise<boolean> {
  const summaryFile = join(folder, `${summaries.length}.json`);
  if (command.includes(vitest)) summaries.push(summaryFile);
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, env: { ...process.env, VITEST_SUMMARY_FILE: summaryFile } });
    for (const [from, to] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      let rest = "";
      from.on("data", (chunk: Buffer) => {
        const lines = (rest + chunk.toString()).split("\n");
        rest = lines.pop() ?? "";
        for (const line of lines) to.write(`[${name}] ${line}\n`);
      });
      from.on("end", () => rest && to.write(`[${name}] ${rest}\n`));
    }
    child.on("close", (code) => resolve(code === 0));
  });
}

let build: Promise<boolean> | undefined;
/** Builds the site when its sources are newer than the build, once, however many steps wait on it. */
function built(): Promise<boolean> {
  build ??= run({ name: "build", command: "node tests/support/build-if-needed.ts" });
  return build;
}

async function runStream(steps: Step[]): Promise<boolean> {
  for (const step of steps) {
    if (step.needsBuild && !(await built())) return false;
    if (!(await run(step))) return false;
  }
  return true;
}

function readSummary(file: string): Summary | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Summary;
  } catch {
    return null;
  }
}

const streamsOk = (await Promise.all(streams.map(runStream))).every(Boolean);
const total: Summary = { passed: 0, failed: 0, skipped: 0 };
let allReported = true;
for (const file of summaries) {
  const summary = readSummary(file);
  if (!summary) allReported = false;
  total.passed += summary?.passed ?? 0;
  total.failed += summary?.failed ?? 0;
  total.skipped += summary?.skipped ?? 0;
}
rmSync(folder, { recursive: true, force: true });
// A stream that stopped before its tests reported (a type error, a crash) fails the run.
const ok = streamsOk && allReported;
if (!ok && total.failed === 0) total.failed = 1;
process.stdout.write(`\n${summaryLine(total)}\n`);
process.exit(ok ? 0 : 1);
