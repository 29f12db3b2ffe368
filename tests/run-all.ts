/**
 * `npm test`: every check, in two streams at once, so the suite fits CI's 15 minutes on two cores.
 * The end-to-end files must run one at a time against one app (tests/vitest.config.ts), and take
 * most of the time; the unit and integration tests, the type check and the lint run beside them.
 * The type check comes after the integration tests, not at the same time as the e2e build, since
 * both write Astro's generated types. Prints one line, "vitest: N passed, N failed, N skipped",
 * for both vitest runs, and fails when either stream fails.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Summary, summaryLine } from "./support/summary-reporter.ts";

const vitest = "vitest run --config tests/vitest.config.ts";
const streams = [
  { name: "tests", commands: [`${vitest} --project unit --project integration`, "npm run typecheck", "npm run lint"] },
  { name: "e2e", commands: [`${vitest} --project e2e`] },
];
const folder = mkdtempSync(join(tmpdir(), "proeftuin-test-"));

/** Runs one command with each output line prefixed by the stream's name; resolves to its exit code. */
function run(name: string, command: string, summaryFile: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, env: { ...process.env, VITEST_SUMMARY_FILE: summaryFile, FORCE_COLOR: "0" } });
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
    child.on("close", (code) => resolve(code ?? 1));
  });
}

async function stream({ name, commands }: (typeof streams)[number]): Promise<{ ok: boolean; summary: Summary | null }> {
  const summaryFile = join(folder, `${name}.json`);
  for (const command of commands) {
    if ((await run(name, command, summaryFile)) !== 0) return { ok: false, summary: readSummary(summaryFile) };
  }
  return { ok: true, summary: readSummary(summaryFile) };
}

function readSummary(file: string): Summary | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Summary;
  } catch {
    return null;
  }
}

const results = await Promise.all(streams.map(stream));
rmSync(folder, { recursive: true, force: true });
const total: Summary = { passed: 0, failed: 0, skipped: 0 };
for (const { summary } of results) {
  total.passed += summary?.passed ?? 0;
  total.failed += summary?.failed ?? 0;
  total.skipped += summary?.skipped ?? 0;
}
// A stream that stopped before its tests reported (a type error, a crash) counts as a failure.
const ok = results.every((result) => result.ok && result.summary !== null);
if (!ok && total.failed === 0) total.failed = 1;
process.stdout.write(`\n${summaryLine(total)}\n`);
process.exit(ok ? 0 : 1);
