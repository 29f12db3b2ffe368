import { describe, it, expect } from "vitest";
import { formatDate } from "../../src/domain/dates.ts";

describe("formatDate", () => {
  it.each([
    ["2026-03-01 00:00:00.000Z", "1 maart 2026"],
    ["2026-03-01", "1 maart 2026"],
    // A moment is dated as the Netherlands saw it: 23:59 UTC on 31 January is 1 February there.
    ["2026-01-31 23:59:59.999Z", "1 februari 2026"],
    ["2026-12-04 22:30:00.000Z", "4 december 2026"],
    ["2026-12-04 23:30:00.000Z", "5 december 2026"],
    ["2026-07-01 22:15:00Z", "2 juli 2026"],
    ["2025-12-31 12:00:00.000Z", "31 december 2025"],
    ["2024-02-29", "29 februari 2024"],
    ["2027-10-15 00:00:00.000Z", "15 oktober 2027"],
  ])("formats %j as %j", (stored, text) => {
    expect(formatDate(stored)).toBe(text);
  });

  it.each(["", "garbage", "not-a-date", "2026-13-01", "2026-00-10"])("gives an empty string for %j", (stored) => {
    expect(formatDate(stored)).toBe("");
  });
});
