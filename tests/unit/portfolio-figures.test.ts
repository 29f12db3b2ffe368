import { describe, it, expect } from "vitest";
import {
  budgetBySource,
  budgetByYear,
  decisionsByQuarter,
  evidenceCounts,
  confirmedShare,
  hypothesisOutcomes,
  JUDGED_VERDICTS,
  percentage,
  pipeline,
  stageCounts,
} from "../../src/domain/portfolio/figures.ts";
import { daysBetween, type PortfolioHypothesis } from "../../src/domain/portfolio/types.ts";
import { verdicts } from "../../src/domain/options.ts";
import { portfolioBudgetLine, portfolioPilot } from "../support/portfolio-records.ts";

const TODAY = "2026-11-26";

const pilot = portfolioPilot;

const line = portfolioBudgetLine;

const hypothesis = (verdict: PortfolioHypothesis["verdict"], pilotId = "p1"): PortfolioHypothesis => ({ pilot: pilotId, verdict });

describe("daysBetween", () => {
  it.each([
    ["2026-11-26", 0],
    ["2026-11-25", 1],
    ["2026-05-27", 183],
    ["2026-05-26", 184],
    ["2025-11-26", 365],
    ["2026-11-27", -1],
    ["2026-12-26", -30],
  ])("from %s to 2026-11-26 is %d days", (from, days) => {
    expect(daysBetween(from, TODAY)).toBe(days);
  });

  it("ignores the time part of stored dates on both sides", () => {
    expect(daysBetween("2026-11-20 23:59:59.999Z", "2026-11-26 00:00:01.000Z")).toBe(6);
    expect(daysBetween("2026-11-20 00:00:00.000Z", "2026-11-26 23:59:59.000Z")).toBe(6);
  });

  it("counts across a leap day", () => {
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysBetween("2027-02-28", "2027-03-01")).toBe(1);
  });
});

describe("stageCounts", () => {
  it("counts every stage in stage order, zeros included", () => {
    const pilots = [
      pilot({ id: "a", stage: "uitvoering" }),
      pilot({ id: "b", stage: "idee" }),
      pilot({ id: "c", stage: "uitvoering" }),
      pilot({ id: "d", stage: "besluit" }),
    ];
    expect(stageCounts(pilots)).toEqual([
      { stage: "idee", count: 1 },
      { stage: "ontwerp", count: 0 },
      { stage: "uitvoering", count: 2 },
      { stage: "evaluatie", count: 0 },
      { stage: "besluit", count: 1 },
    ]);
  });

  it("gives five zero rows without pilots", () => {
    expect(stageCounts([]).map((row) => row.count)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe("evidenceCounts", () => {
  it("counts pilots per rung, with the empty level (not yet on the ladder) first", () => {
    const pilots = [
      pilot({ id: "a", evidence_level: "" }),
      pilot({ id: "b", evidence_level: "goed_onderbouwd" }),
      pilot({ id: "c", evidence_level: "" }),
      pilot({ id: "d", evidence_level: "sterke_aanwijzingen" }),
      pilot({ id: "e", evidence_level: "goed_onderbouwd" }),
    ];
    expect(evidenceCounts(pilots)).toEqual([
      { level: "", count: 2 },
      { level: "goed_beschreven", count: 0 },
      { level: "goed_onderbouwd", count: 2 },
      { level: "eerste_aanwijzingen", count: 0 },
      { level: "goede_aanwijzingen", count: 0 },
      { level: "sterke_aanwijzingen", count: 1 },
    ]);
  });
});

describe("hypothesisOutcomes", () => {
  it("counts verdicts; an empty verdict and 'open' both count as open", () => {
    const hypotheses = [
      hypothesis("bevestigd"),
      hypothesis("bevestigd"),
      hypothesis("verworpen"),
      hypothesis("onbeslist"),
      hypothesis("open"),
      hypothesis(""),
      hypothesis(""),
    ];
    expect(hypothesisOutcomes(hypotheses)).toEqual({ confirmed: 2, refuted: 1, undecided: 1, open: 3, judged: 4, total: 7 });
  });

  it("is all zeros without hypotheses", () => {
    expect(hypothesisOutcomes([])).toEqual({ confirmed: 0, refuted: 0, undecided: 0, open: 0, judged: 0, total: 0 });
  });
});

describe("confirmedShare: % hypothesen bevestigd", () => {
  it("is confirmed out of those with a verdict: open ones do not count against it", () => {
    const hypotheses = [hypothesis("bevestigd"), hypothesis("verworpen"), hypothesis("onbeslist"), hypothesis("open"), hypothesis("")];
    expect(confirmedShare(hypothesisOutcomes(hypotheses))).toBe(33);
    expect(confirmedShare(hypothesisOutcomes([...hypotheses, hypothesis("open"), hypothesis("open")]))).toBe(33);
  });

  it("is 100 when every judged hypothesis was confirmed, and null when none was judged yet", () => {
    expect(confirmedShare(hypothesisOutcomes([hypothesis("bevestigd"), hypothesis("open")]))).toBe(100);
    expect(confirmedShare(hypothesisOutcomes([hypothesis("open"), hypothesis("")]))).toBeNull();
  });

  it("judges by exactly the verdicts other than open", () => {
    expect([...JUDGED_VERDICTS].sort()).toEqual(verdicts.values.filter((verdict) => verdict !== "open").sort());
  });
});

describe("percentage", () => {
  it.each([
    [1, 3, 33],
    [2, 3, 67],
    [1, 8, 13],
    [1, 200, 1],
    [1, 201, 0],
    [0, 5, 0],
    [5, 5, 100],
    [3, 2, 150],
  ])("%d of %d is %d%%", (part, whole, expected) => {
    expect(percentage(part, whole)).toBe(expected);
  });

  it("is null when the whole is zero", () => {
    expect(percentage(0, 0)).toBeNull();
    expect(percentage(7, 0)).toBeNull();
  });
});

describe("budgetBySource", () => {
  it("sums planned and spent per used source in the fixed source order, with burn rate", () => {
    const lines = [
      line({ source: "partners", planned_cents: 200_000, spent_cents: 50_000 }),
      line({ source: "rijk", year: 2025, planned_cents: 1_000_000, spent_cents: 900_000 }),
      line({ source: "rijk", year: 2026, pilot: "p2", planned_cents: 500_000, spent_cents: 0 }),
      line({ source: "gemeente", planned_cents: 300_000, spent_cents: 100_000 }),
    ];
    expect(budgetBySource(lines)).toEqual([
      { source: "rijk", planned_cents: 1_500_000, spent_cents: 900_000, burnRate: 60, overspentLines: 0 },
      { source: "gemeente", planned_cents: 300_000, spent_cents: 100_000, burnRate: 33, overspentLines: 0 },
      { source: "partners", planned_cents: 200_000, spent_cents: 50_000, burnRate: 25, overspentLines: 0 },
    ]);
  });

  it("keeps a used source without plan, with burn rate null", () => {
    expect(budgetBySource([line({ source: "zorgverzekeraar", planned_cents: 0, spent_cents: 12_000 })])).toEqual([
      { source: "zorgverzekeraar", planned_cents: 0, spent_cents: 12_000, burnRate: null, overspentLines: 1 },
    ]);
  });

  it("counts the lines over their own plan, also when the source's sum stays within plan", () => {
    const lines = [
      line({ source: "rijk", year: 2025, planned_cents: 100_000, spent_cents: 100_001 }),
      line({ source: "rijk", year: 2026, planned_cents: 500_000, spent_cents: 0 }),
      line({ source: "rijk", pilot: "p2", planned_cents: 10, spent_cents: 11 }),
      line({ source: "gemeente", planned_cents: 100_000, spent_cents: 100_000 }),
    ];
    expect(budgetBySource(lines).map((row) => [row.source, row.overspentLines])).toEqual([
      ["rijk", 2],
      ["gemeente", 0],
    ]);
  });

  it("has no rows without lines, and no extra keys on a row", () => {
    expect(budgetBySource([])).toEqual([]);
    const [row] = budgetBySource([line({ planned_cents: 100, spent_cents: 100 })]);
    expect(Object.keys(row ?? {}).sort()).toEqual(["burnRate", "overspentLines", "planned_cents", "source", "spent_cents"]);
  });
});

describe("budgetByYear", () => {
  it("sums per year, oldest first", () => {
    const lines = [
      line({ year: 2027, planned_cents: 400_000, spent_cents: 0 }),
      line({ year: 2025, planned_cents: 800_000, spent_cents: 880_000 }),
      line({ year: 2026, source: "esf_plus", planned_cents: 100_000, spent_cents: 20_000 }),
      line({ year: 2026, source: "gemeente", planned_cents: 300_000, spent_cents: 130_000 }),
    ];
    expect(budgetByYear(lines)).toEqual([
      { year: 2025, planned_cents: 800_000, spent_cents: 880_000, burnRate: 110, overspentLines: 1 },
      { year: 2026, planned_cents: 400_000, spent_cents: 150_000, burnRate: 38, overspentLines: 0 },
      { year: 2027, planned_cents: 400_000, spent_cents: 0, burnRate: 0, overspentLines: 0 },
    ]);
  });

  it("gives burn rate null for a year without plan", () => {
    expect(budgetByYear([line({ year: 2024, planned_cents: 0, spent_cents: 500 })])).toEqual([
      { year: 2024, planned_cents: 0, spent_cents: 500, burnRate: null, overspentLines: 1 },
    ]);
  });
});

describe("pipeline", () => {
  it("gives each pilot the days since it entered its stage, null when unknown", () => {
    const a = pilot({ id: "a", stage: "uitvoering", stage_since: "2026-05-26 09:30:00.000Z" });
    const b = pilot({ id: "b", stage: "idee", stage_since: "" });
    const c = pilot({ id: "c", stage: "ontwerp", stage_since: "2026-11-26" });
    const rows = pipeline([a, b, c], TODAY);
    expect(rows.map((row) => [row.pilot.id, row.days])).toEqual([
      ["a", 184],
      ["b", null],
      ["c", 0],
    ]);
    expect(rows[0]?.pilot).toBe(a);
  });
});

describe("decisionsByQuarter", () => {
  it("counts decisions per quarter, K1..K4, oldest first", () => {
    const pilots = [
      pilot({ id: "a", decision: "opschalen", decided_at: "2026-01-01 00:00:00.000Z" }),
      pilot({ id: "b", decision: "stoppen", decided_at: "2026-03-31 12:00:00.000Z" }),
      pilot({ id: "c", decision: "borgen", decided_at: "2026-04-01 00:00:00.000Z" }),
      pilot({ id: "d", decision: "bijstellen", decided_at: "2026-09-30" }),
      pilot({ id: "e", decision: "opschalen", decided_at: "2026-07-15" }),
      pilot({ id: "f", decision: "opschalen", decided_at: "2026-12-31" }),
      pilot({ id: "g", decision: "stoppen", decided_at: "2025-10-01" }),
    ];
    expect(decisionsByQuarter(pilots)).toEqual([
      { quarter: "2025-K4", counts: { opschalen: 0, borgen: 0, bijstellen: 0, stoppen: 1 } },
      { quarter: "2026-K1", counts: { opschalen: 1, borgen: 0, bijstellen: 0, stoppen: 1 } },
      { quarter: "2026-K2", counts: { opschalen: 0, borgen: 1, bijstellen: 0, stoppen: 0 } },
      { quarter: "2026-K3", counts: { opschalen: 1, borgen: 0, bijstellen: 1, stoppen: 0 } },
      { quarter: "2026-K4", counts: { opschalen: 1, borgen: 0, bijstellen: 0, stoppen: 0 } },
    ]);
  });

  it("leaves out pilots without a decision or without a decision date", () => {
    const pilots = [
      pilot({ id: "a", decision: "", decided_at: "2026-02-01" }),
      pilot({ id: "b", decision: "borgen", decided_at: "" }),
      pilot({ id: "c", decision: "borgen", decided_at: "2026-05-05" }),
    ];
    expect(decisionsByQuarter(pilots)).toEqual([{ quarter: "2026-K2", counts: { opschalen: 0, borgen: 1, bijstellen: 0, stoppen: 0 } }]);
  });

  it("is empty when nothing was decided", () => {
    expect(decisionsByQuarter([pilot()])).toEqual([]);
  });
});
