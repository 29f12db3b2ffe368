import { describe, it, expect } from "vitest";
import { safeReturnPath } from "../../src/server/safe-return.ts";

const site = "https://proeftuin.test";

describe("safeReturnPath", () => {
  it.each(["/pilots?x=1", "/pilots", "/", "/pilots/abc123def456ghi/bewerken", "/pilots?q=zorg&domein=wmo#lijst"])(
    "accepts the path %j on this site",
    (path) => {
      expect(safeReturnPath(path)).toBe(path);
    },
  );

  it.each([
    ["//evil.test", "protocol-relative URL"],
    ["//evil.test/pilots", "protocol-relative URL with a path"],
    ["/\\evil.test", "slash-backslash, read as // by browsers"],
    ["https://evil.test", "absolute URL"],
    ["javascript:alert(1)", "script URL"],
    ["pilots", "relative path"],
    ["\\\\evil.test", "double backslash"],
    ["", "empty"],
  ])("refuses %j (%s) and returns the fallback", (value) => {
    expect(safeReturnPath(value)).toBe("/pilots");
  });

  it.each([null, undefined])("returns the fallback for %j", (value) => {
    expect(safeReturnPath(value)).toBe("/pilots");
  });

  it("uses a given fallback", () => {
    expect(safeReturnPath("//evil.test", "/")).toBe("/");
    expect(safeReturnPath(null, "/inloggen")).toBe("/inloggen");
  });

  // Browsers remove tabs and newlines from a URL before resolving it (WHATWG URL parser), so
  // "/\t/evil.test" in a Location header takes the visitor to https://evil.test/. Whatever
  // comes back must, resolved against the site, stay on the site.
  it.each([
    "/\t/evil.test",
    "/\n/evil.test",
    "/\r/evil.test",
    "/\t\\evil.test",
    "//evil.test",
    "/\\evil.test",
    "/pilots?x=1",
  ])("never leaves the site for %j", (value) => {
    expect(new URL(safeReturnPath(value), site).origin).toBe(site);
  });
});
