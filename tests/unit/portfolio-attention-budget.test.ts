import { describe, it, expect } from "vitest";
import { attentionReasons } from "../../src/domain/portfolio/attention.ts";
import { TODAY, kinds, line, pilot, related } from "./attention-records.ts";

/** The reasons' texts, with Intl's non-breaking space after "€" as a plain one. */
const texts = (reasons: ReadonlyArray<{ text: string }>) => reasons.map((reason) => reason.text.replace(/\u00a0/g, " "));

describe("attentionReasons: overspend, per budget line and per funding source", () => {
  it("fires for a line one cent over its plan, naming source, year and both amounts", () => {
    const budgetLines = [line({ source: "rijk", year: 2026, planned_cents: 1_000_000, spent_cents: 1_000_001 })];
    const reasons = attentionReasons(pilot(), related({ budgetLines }), TODAY);
    expect(kinds(reasons)).toEqual(["overschrijding"]);
    expect(texts(reasons)).toEqual(["Overschreden: Rijk 2026, € 10.000 besteed, € 10.000 begroot."]);
  });

  it("does not fire for a line spent exactly as planned", () => {
    const budgetLines = [line({ planned_cents: 1_000_000, spent_cents: 1_000_000 })];
    expect(attentionReasons(pilot(), related({ budgetLines }), TODAY)).toEqual([]);
  });

  it("fires for an overspent line even when the pilot's total stays within plan", () => {
    const budgetLines = [
      line({ source: "rijk", year: 2025, planned_cents: 600_000, spent_cents: 0 }),
      line({ source: "partners", year: 2026, planned_cents: 7_500_000, spent_cents: 8_142_000 }),
      line({ source: "gemeente", year: 2026, planned_cents: 10_000_000, spent_cents: 100 }),
    ];
    expect(texts(attentionReasons(pilot(), related({ budgetLines }), TODAY))).toEqual([
      "Overschreden: Partners 2026, € 81.420 besteed, € 75.000 begroot.",
    ]);
  });

  it("fires for money spent without any plan", () => {
    const budgetLines = [line({ source: "gemeente", year: 2026, planned_cents: 0, spent_cents: 25_000 })];
    expect(texts(attentionReasons(pilot(), related({ budgetLines }), TODAY))).toEqual([
      "Overschreden: Eigen middelen gemeente 2026, € 250 besteed, € 0 begroot.",
    ]);
  });

  it("adds the funding source when its lines together are over its plan", () => {
    const budgetLines = [
      line({ source: "gemeente", year: 2026, planned_cents: 400_000, spent_cents: 650_000 }),
      line({ source: "gemeente", year: 2025, planned_cents: 600_000, spent_cents: 600_000 }),
      line({ source: "rijk", year: 2026, planned_cents: 100_000, spent_cents: 100_000 }),
    ];
    expect(texts(attentionReasons(pilot(), related({ budgetLines }), TODAY))).toEqual([
      "Overschreden: Eigen middelen gemeente 2026, € 6.500 besteed, € 4.000 begroot.",
      "Overschreden: Eigen middelen gemeente, alle jaren samen, € 12.500 besteed, € 10.000 begroot.",
    ]);
  });

  it("names only the line when another year of the same source makes up for it", () => {
    const budgetLines = [
      line({ source: "esf_plus", year: 2026, planned_cents: 100_000, spent_cents: 150_000 }),
      line({ source: "esf_plus", year: 2027, planned_cents: 100_000, spent_cents: 0 }),
    ];
    expect(texts(attentionReasons(pilot(), related({ budgetLines }), TODAY))).toEqual([
      "Overschreden: ESF+ 2026, € 1.500 besteed, € 1.000 begroot.",
    ]);
  });

  it("lists lines in the fixed order of the sources, then by year, and leaves other pilots' lines out", () => {
    const budgetLines = [
      line({ source: "partners", year: 2025, planned_cents: 0, spent_cents: 100 }),
      line({ source: "rijk", year: 2027, planned_cents: 0, spent_cents: 100 }),
      line({ source: "rijk", year: 2026, pilot: "p2", planned_cents: 0, spent_cents: 100 }),
      line({ source: "rijk", year: 2025, planned_cents: 100, spent_cents: 200 }),
    ];
    expect(texts(attentionReasons(pilot(), related({ budgetLines }), TODAY))).toEqual([
      "Overschreden: Rijk 2025, € 2 besteed, € 1 begroot.",
      "Overschreden: Rijk 2027, € 1 besteed, € 0 begroot.",
      "Overschreden: Partners 2025, € 1 besteed, € 0 begroot.",
      "Overschreden: Rijk, alle jaren samen, € 3 besteed, € 1 begroot.",
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
