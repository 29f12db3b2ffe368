import { describe, it, expect } from "vitest";
import { PERIOD_PATTERN, formatPeriod } from "../../src/domain/period.ts";

const months = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"];

describe("PERIOD_PATTERN", () => {
  it.each(months.map((month) => `2026-${month}`))("accepts %s", (period) => {
    expect(PERIOD_PATTERN.test(period)).toBe(true);
  });

  it.each(["2026-00", "2026-13", "2026-1", "26-01", "2026-03-01", "2026/03", " 2026-03", "2026-03 ", "", "maart 2026", "2026-3a"])(
    "refuses %j",
    (period) => {
      expect(PERIOD_PATTERN.test(period)).toBe(false);
    },
  );
});

describe("formatPeriod", () => {
  it.each([
    ["2026-01", "januari 2026"],
    ["2026-03", "maart 2026"],
    ["2026-05", "mei 2026"],
    ["2025-12", "december 2025"],
  ])("%s → %s", (period, label) => {
    expect(formatPeriod(period)).toBe(label);
  });

  it("has a short form", () => {
    expect(formatPeriod("2026-03", true)).toBe("mrt 2026");
    expect(formatPeriod("2026-12", true)).toBe("dec 2026");
  });

  it("matches Intl for every month of the year, in both forms", () => {
    const long = new Intl.DateTimeFormat("nl-NL", { month: "long", year: "numeric", timeZone: "UTC" });
    const short = new Intl.DateTimeFormat("nl-NL", { month: "short", year: "numeric", timeZone: "UTC" });
    for (const [index, month] of months.entries()) {
      const date = new Date(Date.UTC(2026, index, 1));
      expect(formatPeriod(`2026-${month}`)).toBe(long.format(date));
      expect(formatPeriod(`2026-${month}`, true)).toBe(short.format(date));
    }
  });

  it.each(["2026-13", "2026-00", "", "onbekend", "2026-3"])("returns %j unchanged", (period) => {
    expect(formatPeriod(period)).toBe(period);
    expect(formatPeriod(period, true)).toBe(period);
  });
});
