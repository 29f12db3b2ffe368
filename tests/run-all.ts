/**
 * `npm test`: every check, in parallel streams, so the suite fits CI's 15 minutes on two cores.
 * Run one after another, the end-to-end files alone took over 11 minutes. They now run in two
 * halves, each against its own built app and its own seeded PocketBase (the global setup of each
 * vitest process), beside the unit and integration tests, the type check and the lint. The site is
 * built once before the halves start, so they do not both build it. The type check comes after the
 * integration tests, when the build is long done: both write Astro's generated types.
 * Prints one line, "vitest: N passed, N failed, N skipped", for all vitest runs, and fails when any
 * stream fails.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Summary, summaryLine } from "./support/summary-reporter.ts";

const vitest = "vitest run --config tests/vitest.config.ts";
/** The e2e files that look at every page (axe, reflow, screenshots, print): one half; the journeys are the other. */
const PAGE_CHECKS = ["every-route", "pages-accessibility", "screenshots", "table-words", "print-report", "theme"];

/** A stream runs its steps in order; a step is one command, or several run at the same time. */
type Step = { name: string; command: string } | Array<{ name: string; command: string }>;
const streams: Step[][] = [
  [
    { name: "tests", command: `${vitest} --project unit --project integration` },
    { name: "tests", command: "npm run typecheck" },
    { name: "tests", command: "npm run lint" },
  ],
  [
    { name: "build", command: "node tests/support/build-if-needed.ts" },
    [
      { name: "e2e-pages", command: `${vitest} --project e2e ${PAGE_CHECKS.map((name) => `tests/e2e/${name}.test.ts`).join(" ")}` },
      { name: "e2e-journeys", command: `${vitest} --project e2e ${PAGE_CHECKS.map((name) => `--exclude "**/${name}.test.ts"`).join(" ")}` },
    ],
  ],
];
const folder = mkdtempSync(join(tmpdir(), "proeftuin-test-"));
const summaries: string[] = [];

/** Runs one command with each output line prefixed by its name; resolves to whether it succeeded. */
function run({ name, command }: { name: string; command: string }): Promise<boolean> {
  const summaryFile = join(folder, `${summaries.length}.json`);
  if (command.startsWith(vitest)) summaries.push(summaryFile);
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

async function runStream(steps: Step[]): Promise<boolean> {
  for (const step of steps) {
    const ok = Array.isArray(step) ? (await Promise.all(step.map(run))).every(Boolean) : await run(step);
    if (!ok) return false;
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
// A stream that stopped before its tests reported (a type error, a crash, a failed build) fails the run.
const ok = streamsOk && allReported;
if (!ok && total.failed === 0) total.failed = 1;
process.stdout.write(`\n${summaryLine(total)}\n`);
process.exit(ok ? 0 : 1);
