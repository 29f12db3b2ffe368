import { describe, it, expect } from "vitest";
import { attentionReasons } from "../../src/domain/portfolio/attention.ts";
import { TODAY, line, pilot, related } from "./attention-records.ts";

describe("attentionReasons: overspend", () => {
  it("fires when spending is 12% over plan and names the percentage", () => {
    const budgetLines = [line({ planned_cents: 1_000_000, spent_cents: 1_120_000 })];
    expect(attentionReasons(pilot(), related({ budgetLines }), TODAY)).toEqual([
      { kind: "overschrijding", text: "Uitgaven 12% boven de begroting." },
    ]);
  });

  it("does not fire at exactly 110% of plan", () => {
    const budgetLines = [line({ planned_cents: 1_000_000, spent_cents: 1_100_000 })];
    expect(attentionReasons(pilot(), related({ budgetLines }), TODAY)).toEqual([]);
  });

  it("does not fire at exactly 110% for several realistic plan amounts", () => {
    for (const planned of [10, 30, 70, 12_340, 333_330, 2_500_000, 9_999_990]) {
      const budgetLines = [line({ planned_cents: planned, spent_cents: (planned * 11) / 10 })];
      expect(attentionReasons(pilot(), related({ budgetLines }), TODAY), `planned ${planned}`).toEqual([]);
    }
  });

  it("fires one cent above 110%", () => {
    const budgetLines = [line({ planned_cents: 1_000_000, spent_cents: 1_100_001 })];
    expect(attentionReasons(pilot(), related({ budgetLines }), TODAY)).toEqual([
      { kind: "overschrijding", text: "Uitgaven 10% boven de begroting." },
    ]);
  });

  it("adds up all of the pilot's lines across sources and years", () => {
    const budgetLines = [
      line({ source: "rijk", year: 2025, planned_cents: 600_000, spent_cents: 600_000 }),
      line({ source: "gemeente", year: 2026, planned_cents: 400_000, spent_cents: 650_000 }),
      line({ pilot: "p2", planned_cents: 10_000_000, spent_cents: 0 }),
    ];
    expect(attentionReasons(pilot(), related({ budgetLines }), TODAY)).toEqual([
      { kind: "overschrijding", text: "Uitgaven 25% boven de begroting." },
    ]);
  });

  it("fires when money was spent without any plan", () => {
    const budgetLines = [line({ planned_cents: 0, spent_cents: 25_000 })];
    expect(attentionReasons(pilot(), related({ budgetLines }), TODAY)).toEqual([
      { kind: "overschrijding", text: "Er is uitgegeven zonder begroting." },
    ]);
  });

  it("does not fire when nothing was planned and nothing spent", () => {
    const budgetLines = [line({ planned_cents: 0, spent_cents: 0 })];
    expect(attentionReasons(pilot(), related({ budgetLines }), TODAY)).toEqual([]);
  });
});

describe("attentionReasons: reporting deadline", () => {
  it("fires for a deadline today, naming source label, year and Dutch date", () => {
    const budgetLines = [line({ source: "esf_plus", year: 2025, reporting_deadline: "2026-11-26 00:00:00.000Z" })];
    expect(attentionReasons(pilot(), related({ budgetLines }), TODAY)).toEqual([
      { kind: "verantwoording", text: "Verantwoording ESF+ (2025) uiterlijk 26 november 2026." },
    ]);
  });

  it("fires for a deadline in 30 days", () => {
    const budgetLines = [line({ source: "gemeente", year: 2026, reporting_deadline: "2026-12-26" })];
    expect(attentionReasons(pilot(), related({ budgetLines }), TODAY)).toEqual([
      { kind: "verantwoording", text: "Verantwoording Eigen middelen gemeente (2026) uiterlijk 26 december 2026." },
    ]);
  });

  it("does not fire for a deadline in 31 days", () => {
    const budgetLines = [line({ reporting_deadline: "2026-12-27" })];
    expect(attentionReasons(pilot(), related({ budgetLines }), TODAY)).toEqual([]);
  });

  it("does not fire for a deadline that has already passed", () => {
    const budgetLines = [line({ reporting_deadline: "2026-11-25" })];
    expect(attentionReasons(pilot(), related({ budgetLines }), TODAY)).toEqual([]);
  });

  it("does not fire for a line without a deadline or another pilot's line", () => {
    const budgetLines = [line({ reporting_deadline: "" }), line({ pilot: "p2", reporting_deadline: "2026-12-01" })];
    expect(attentionReasons(pilot(), related({ budgetLines }), TODAY)).toEqual([]);
  });

  it("gives one reason per line with a near deadline", () => {
    const budgetLines = [
      line({ source: "rijk", year: 2026, reporting_deadline: "2026-12-01" }),
      line({ source: "fondsen_donaties", year: 2026, reporting_deadline: "2026-12-15" }),
    ];
    expect(attentionReasons(pilot(), related({ budgetLines }), TODAY)).toEqual([
      { kind: "verantwoording", text: "Verantwoording Rijk (2026) uiterlijk 1 december 2026." },
      { kind: "verantwoording", text: "Verantwoording Fondsen en donaties (2026) uiterlijk 15 december 2026." },
    ]);
  });
});
