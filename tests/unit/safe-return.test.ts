import { describe, it, expect } from "vitest";
import { safeReturnPath } from "../../src/server/safe-return.ts";

const site = "https://proeftuin.test";

/**
 * The Location header a browser gets is resolved against the site the way the browser does it
 * (WHATWG URL parsing: tabs and newlines dropped, "\" read as "/", dot segments and %2e removed).
 * Whatever safeReturnPath gives back must, resolved like that, still be on this site.
 */
const landsOnSite = (location: string) => new URL(location, site).origin === site;

describe("safeReturnPath", () => {
  it.each([
    "/pilots?x=1",
    "/pilots",
    "/",
    "/pilots/abc123def456ghi/bewerken",
    "/pilots?q=zorg&domein=wmo#lijst",
    "/lessen?q=%2F%2Fnot-a-host",
    "/pilots?terug=//evil.test",
  ])("keeps the path %j on this site as it is", (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([
    ["/pilots/./abc", "/pilots/abc"],
    ["/pilots/x/../abc", "/pilots/abc"],
    ["/pilots/%2e/abc", "/pilots/abc"],
  ])("normalises the harmless dot segments in %j to %j", (value, expected) => {
    expect(safeReturnPath(value)).toBe(expected);
  });

  // Every way of writing "another site" that reached us, or that a browser reads as one.
  const offSite: Array<[string, string]> = [
    ["//evil.test", "scheme-relative"],
    ["//evil.test/pilots", "scheme-relative with a path"],
    ["///evil.test", "three slashes"],
    ["/.//evil.test", "dot segment before a double slash"],
    ["/./\u002f/evil.test", "dot segment, then two slashes"],
    ["/%2e//evil.test", "encoded dot segment"],
    ["/%2E//evil.test", "encoded dot segment, upper case"],
    ["/.%2e//evil.test", "half-encoded dot-dot segment"],
    ["/%2e%2e//evil.test", "encoded dot-dot segment"],
    ["/a/..//evil.test", "dot-dot segment"],
    ["/a/b/../..//evil.test", "two dot-dot segments"],
    ["/a/%2e%2e//evil.test", "encoded dot-dot after a segment"],
    ["/..//evil.test", "dot-dot at the root"],
    ["/././/evil.test", "two dot segments"],
    ["/%2f/evil.test", "encoded slash"],
    ["/%2F%2Fevil.test", "two encoded slashes"],
    ["/%5cevil.test", "encoded backslash"],
    ["/%5C%5Cevil.test", "two encoded backslashes"],
    ["/\\evil.test", "slash-backslash"],
    ["\\\\evil.test", "two backslashes"],
    ["/.\\/evil.test", "dot, backslash"],
    ["/\t/evil.test", "tab between the slashes"],
    ["/\n/evil.test", "newline between the slashes"],
    ["/\r/evil.test", "carriage return between the slashes"],
    ["/\t\\evil.test", "tab and backslash"],
    ["\t//evil.test", "leading tab"],
    [" //evil.test", "leading space"],
    ["/.%09/evil.test", "encoded tab"],
    ["https://evil.test", "absolute URL"],
    ["http://evil.test/pilots", "absolute http URL"],
    ["HTTPS://evil.test", "absolute URL, upper-case scheme"],
    ["https:evil.test", "scheme without slashes"],
    ["https:/evil.test", "scheme with one slash"],
    ["javascript:alert(1)", "script URL"],
    ["data:text/html,<script>alert(1)</script>", "data URL"],
    ["/%0a/evil.test", "encoded newline"],
    ["pilots", "relative path"],
    ["", "empty"],
  ];

  it.each(offSite)("refuses %j (%s) and returns the fallback", (value) => {
    expect(safeReturnPath(value)).toBe("/pilots");
  });

  it.each(offSite)("never leaves the site for %j (%s)", (value) => {
    expect(landsOnSite(safeReturnPath(value))).toBe(true);
  });

  it.each([null, undefined])("returns the fallback for %j", (value) => {
    expect(safeReturnPath(value)).toBe("/pilots");
  });

  it("uses a given fallback", () => {
    expect(safeReturnPath("//evil.test", "/")).toBe("/");
    expect(safeReturnPath("/.//evil.test", "/")).toBe("/");
    expect(safeReturnPath(null, "/inloggen")).toBe("/inloggen");
  });
});
