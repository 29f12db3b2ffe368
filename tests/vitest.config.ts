import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  test: {
    root,
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    // Vitest's default on a 2-core machine is one worker, which runs the whole suite in series. The
    // unit and integration files (each integration file waits on its own PocketBase) run two at a time;
    // the e2e files still run alone, one after another, after them (fileParallelism: false below).
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: "unit",
          root,
          include: ["tests/unit/**/*.test.ts"],
          // Pure functions: one worker for all files saves a process start per file.
          isolate: false,
          setupFiles: ["tests/support/fail-on-console-error.ts"],
        },
      },
      {
        test: {
          name: "integration",
          root,
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/support/fail-on-console-error.ts"],
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: "e2e",
          root,
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/global-setup.ts"],
          // console.error in the test process fails a test, as in the other projects; the browser's own
          // console and script errors fail it through the page fixture (tests/e2e/fixtures.ts).
          setupFiles: ["tests/support/fail-on-console-error.ts"],
          // One browser, one app: the journeys run one file at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
