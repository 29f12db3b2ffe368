import { describe, expect, it } from "vitest";
import { landingPath } from "../../src/domain/landing.ts";

describe("landingPath", () => {
  it("sends a directeur to the portfolio", () => {
    expect(landingPath("directeur")).toBe("/portfolio");
  });

  it.each(["innovatiemanager", "collega", ""])("sends %j to the pilots", (role) => {
    expect(landingPath(role)).toBe("/pilots");
  });
});
