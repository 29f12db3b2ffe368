import { writeFileSync } from "node:fs";
import type { Reporter, TestModule } from "vitest/node";

export type Summary = { passed: number; failed: number; skipped: number };

export const summaryLine = ({ passed, failed, skipped }: Summary) => `vitest: ${passed} passed, ${failed} failed, ${skipped} skipped`;

/**
 * Ends the run with one plain line, "vitest: N passed, N failed, N skipped", that CI can read. Under
 * tests/run-all.ts, which runs two vitest processes at once, each writes its figures to the file in
 * VITEST_SUMMARY_FILE instead, and the runner prints the one line for both.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const summary: Summary = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") summary.passed++;
        else if (state === "failed") summary.failed++;
        else summary.skipped++;
      }
      if (module.state() === "failed" && module.children.size === 0) summary.failed++;
    }
    const file = process.env.VITEST_SUMMARY_FILE;
    if (file) writeFileSync(file, JSON.stringify(summary));
    else process.stdout.write(`\n${summaryLine(summary)}\n`);
  }
}
