import { describe, expect, it } from "vitest";
import { dutchToday } from "../../src/domain/dutch-today.ts";

describe("dutchToday", () => {
  it.each([
    // Winter (UTC+1): 23:30 UTC is already the next day in Amsterdam.
    ["2026-12-04T23:30:00Z", "2026-12-05"],
    ["2026-12-04T22:59:59Z", "2026-12-04"],
    ["2026-12-04T23:00:00Z", "2026-12-05"],
    // Summer (UTC+2): from 22:00 UTC on.
    ["2026-07-01T21:59:59Z", "2026-07-01"],
    ["2026-07-01T22:00:00Z", "2026-07-02"],
    // New Year's Eve turns the year in Amsterdam first.
    ["2026-12-31T23:15:00Z", "2027-01-01"],
    ["2026-06-15T10:00:00Z", "2026-06-15"],
  ])("at %s UTC it is %s in the Netherlands", (utc, date) => {
    expect(dutchToday(new Date(utc))).toBe(date);
  });

  it("keeps no day past its minute when asked again and again", () => {
    expect(dutchToday(new Date("2026-12-04T22:59:00Z"))).toBe("2026-12-04");
    expect(dutchToday(new Date("2026-12-04T22:59:59.999Z"))).toBe("2026-12-04");
    expect(dutchToday(new Date("2026-12-04T23:00:00Z"))).toBe("2026-12-05");
    expect(dutchToday(new Date("2026-12-04T22:59:30Z"))).toBe("2026-12-04");
  });
});
