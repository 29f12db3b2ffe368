import { describe, it, expect } from "vitest";
import { rfc3339 } from "../../src/domain/atom.ts";

describe("rfc3339", () => {
  it.each([
    ["2026-03-01 10:00:00.000Z", "2026-03-01T10:00:00.000Z"],
    ["2026-03-01 00:00:00.000Z", "2026-03-01T00:00:00.000Z"],
    ["2026-12-31 23:59:59.999Z", "2026-12-31T23:59:59.999Z"],
    ["2024-02-29 12:34:56.789Z", "2024-02-29T12:34:56.789Z"],
    ["2026-03-01 10:00:00Z", "2026-03-01T10:00:00.000Z"],
    ["2026-03-01T10:00:00.000Z", "2026-03-01T10:00:00.000Z"],
  ])("reads %j as %j", (stored, expected) => {
    expect(rfc3339(stored)).toBe(expected);
  });

  it("gives a date Atom readers accept (RFC 3339 date-time in UTC)", () => {
    expect(rfc3339("2026-03-01 10:00:00.000Z")).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
  });

  it.each(["", "geen datum"])("gives the epoch for the invalid date %j, so the feed stays valid", (stored) => {
    expect(rfc3339(stored)).toBe("1970-01-01T00:00:00.000Z");
  });
});
