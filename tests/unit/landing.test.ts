import { describe, expect, it } from "vitest";
import { LANDING_PATH } from "../../src/domain/landing.ts";
import { safeReturnPath } from "../../src/server/safe-return.ts";

describe("the landing page after signing in", () => {
  it("is the start page for every role", () => {
    expect(LANDING_PATH).toBe("/mijn");
  });

  it("gives way to a page on this site that asked for the sign-in, never to another site", () => {
    expect(safeReturnPath("/lessen?q=jongeren", LANDING_PATH)).toBe("/lessen?q=jongeren");
    expect(safeReturnPath(undefined, LANDING_PATH)).toBe("/mijn");
    expect(safeReturnPath("//evil.test", LANDING_PATH)).toBe("/mijn");
  });
});
