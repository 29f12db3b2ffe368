/**
 * `npm test`: every check, in two streams at once, so the suite fits CI's 15 minutes on two cores.
 * The end-to-end files run one at a time against one app (tests/vitest.config.ts) and take most of
 * the time; the unit and integration tests, the type check and the lint run beside them. Measured
 * in clean-clone CI runs of the same suite: all in series 996 s; these two streams 948 s (the e2e
 * files slowed from 705 to 862 s); the rest at a lower priority (nice) still running at 955 s, as Chromium lowers
 * its own renderers' priority; the e2e files split over two apps, overloaded, with a time-out. The
 * type check comes after the integration tests, when the e2e build is long done: both write Astro's
 * generated types.
 * Prints one line, "vitest: N passed, N failed, N skipped", for both vitest runs, and fails when
 * either stream fails.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Summary, summaryLine } from "./support/summary-reporter.ts";

const vitest = "vitest run --config tests/vitest.config.ts";

type Step = { name: string; command: string };
const streams: Step[][] = [
  [
    { name: "tests", command: `${vitest} --project unit --project integration` },
    { name: "tests", command: "npm run typecheck" },
    { name: "tests", command: "npm run lint" },
  ],
  [{ name: "e2e", command: `${vitest} --project e2e` }],
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

async function runStream(steps: Step[]): Promise<boolean> {
  for (const step of steps) if (!(await run(step))) return false;
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
