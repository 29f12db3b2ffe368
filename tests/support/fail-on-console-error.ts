import { afterEach, vi } from "vitest";

// An error logged during a test is a failure, not noise to scroll past.
const logged: unknown[][] = [];
vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
  logged.push(args);
});

afterEach(() => {
  if (logged.length > 0) {
    const messages = logged.splice(0).map((args) => args.map(String).join(" "));
    throw new Error(`console.error was called during the test:\n${messages.join("\n")}`);
  }
});
