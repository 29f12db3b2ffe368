import { describe, it, expect } from "vitest";
import {
  attentionList,
  attentionReasons,
  DEADLINE_WINDOW_DAYS,
  EVALUATION_INTERVAL_DAYS,
  HIGH_RISK_SCORE,
  OVERSPEND_MARGIN,
  type AttentionKind,
  type AttentionReason,
} from "../../src/domain/portfolio/attention.ts";
import type {
  PortfolioBudgetLine,
  PortfolioEvaluation,
  PortfolioPilot,
  PortfolioRecords,
  PortfolioRisk,
} from "../../src/domain/portfolio/types.ts";
import { portfolioBudgetLine, portfolioEvaluation, portfolioPilot, portfolioRisk } from "../support/portfolio-records.ts";

const TODAY = "2026-11-26";

/** A pilot that needs no attention at all: in design, no end date, no decision. */
const pilot = (overrides: Partial<PortfolioPilot> = {}): PortfolioPilot => portfolioPilot({ principles: ["preventie"], stage: "ontwerp", ...overrides });

const risk = (overrides: Partial<PortfolioRisk> = {}): PortfolioRisk => portfolioRisk({ title: "Te weinig deelnemers", impact: 5, ...overrides });

const line = (overrides: Partial<PortfolioBudgetLine> = {}): PortfolioBudgetLine =>
  portfolioBudgetLine({ planned_cents: 1_000_000, spent_cents: 500_000, ...overrides });

const evaluation = (overrides: Partial<PortfolioEvaluation> = {}): PortfolioEvaluation =>
  portfolioEvaluation({ date: "2026-09-01 00:00:00.000Z", ...overrides });

type Related = Omit<PortfolioRecords, "pilots">;
function related(overrides: Partial<Related> = {}): Related {
  return { hypotheses: [], budgetLines: [], risks: [], evaluations: [], lessonCounts: {}, ...overrides };
}

const kinds = (reasons: readonly AttentionReason[]): AttentionKind[] => reasons.map((reason) => reason.kind);
const ofKind = (reasons: readonly AttentionReason[], kind: AttentionKind): AttentionReason[] => reasons.filter((reason) => reason.kind === kind);

describe("attention constants", () => {
  it("are half a year, score 15, 10% and 30 days", () => {
    expect(EVALUATION_INTERVAL_DAYS).toBe(183);
    expect(HIGH_RISK_SCORE).toBe(15);
    expect(OVERSPEND_MARGIN).toBe(0.1);
    expect(DEADLINE_WINDOW_DAYS).toBe(30);
  });
});

describe("attentionReasons: a quiet pilot", () => {
  it("gives no reasons for a pilot in design without records", () => {
    expect(attentionReasons(pilot(), related(), TODAY)).toEqual([]);
  });
});

describe("attentionReasons: evaluation overdue", () => {
  it.each(["uitvoering", "evaluatie"] as const)("fires in stage %s 184 days after the start without any evaluation", (stage) => {
    const reasons = attentionReasons(pilot({ stage, start_date: "2026-05-26 00:00:00.000Z" }), related(), TODAY);
    expect(reasons).toEqual([{ kind: "evaluatie", text: "Evaluatie achterstallig: nog geen evaluatie sinds de start op 26 mei 2026." }]);
  });

  it("does not fire 183 days after the start (exactly the interval)", () => {
    const reasons = attentionReasons(pilot({ stage: "uitvoering", start_date: "2026-05-27" }), related(), TODAY);
    expect(reasons).toEqual([]);
  });

  it.each(["idee", "ontwerp", "besluit"] as const)("does not fire in stage %s, however long ago the start was", (stage) => {
    const reasons = attentionReasons(pilot({ stage, start_date: "2024-01-01" }), related(), TODAY);
    expect(ofKind(reasons, "evaluatie")).toEqual([]);
  });

  it("measures from the last evaluation, not from the start", () => {
    const evaluations = [
      evaluation({ date: "2026-05-26 00:00:00.000Z" }),
      evaluation({ date: "2026-05-27 00:00:00.000Z", kind: "eind" }),
      evaluation({ date: "2025-01-10 00:00:00.000Z" }),
    ];
    const reasons = attentionReasons(pilot({ stage: "evaluatie", start_date: "2024-01-01" }), related({ evaluations }), TODAY);
    expect(reasons).toEqual([]);
  });

  it("names the date of the last evaluation once that is 184 days ago", () => {
    const evaluations = [evaluation({ date: "2025-12-01 00:00:00.000Z" }), evaluation({ date: "2026-05-26 00:00:00.000Z" })];
    const reasons = attentionReasons(pilot({ stage: "uitvoering", start_date: "2025-09-01" }), related({ evaluations }), TODAY);
    expect(reasons).toEqual([{ kind: "evaluatie", text: "Evaluatie achterstallig: de laatste was op 26 mei 2026." }]);
  });

  it("ignores evaluations of other pilots", () => {
    const evaluations = [evaluation({ pilot: "p2", date: "2026-11-01" })];
    const reasons = attentionReasons(pilot({ stage: "uitvoering", start_date: "2026-01-05" }), related({ evaluations }), TODAY);
    expect(kinds(reasons)).toEqual(["evaluatie"]);
    expect(reasons[0]?.text).toBe("Evaluatie achterstallig: nog geen evaluatie sinds de start op 5 januari 2026.");
  });

  it("gives no reason when there is neither a start date nor an evaluation", () => {
    expect(attentionReasons(pilot({ stage: "uitvoering", start_date: "" }), related(), TODAY)).toEqual([]);
  });
});

describe("attentionReasons: high risk without mitigation", () => {
  it.each([
    [3, 5, 15],
    [5, 3, 15],
    [4, 4, 16],
    [5, 5, 25],
  ])("fires for likelihood %d × impact %d (score %d) without mitigation", (likelihood, impact, score) => {
    const reasons = attentionReasons(pilot(), related({ risks: [risk({ likelihood, impact })] }), TODAY);
    expect(reasons).toEqual([{ kind: "risico", text: `Risico “Te weinig deelnemers” (score ${score}) heeft geen beheersmaatregel.` }]);
  });

  it("treats a whitespace-only mitigation as none", () => {
    const reasons = attentionReasons(pilot(), related({ risks: [risk({ mitigation: "  \n\t " })] }), TODAY);
    expect(kinds(reasons)).toEqual(["risico"]);
  });

  it.each(["open", "beheerst", "opgetreden"] as const)("fires for a risk with status %s", (status) => {
    const reasons = attentionReasons(pilot(), related({ risks: [risk({ status })] }), TODAY);
    expect(kinds(reasons)).toEqual(["risico"]);
  });

  it("does not fire just below the threshold: score 14 (2 × 7) and the highest matrix score below 15 (4 × 3)", () => {
    // The 5 × 5 matrix has no 14; a raw product of 14 still checks the boundary of the rule itself.
    expect(attentionReasons(pilot(), related({ risks: [risk({ likelihood: 4, impact: 3 })] }), TODAY)).toEqual([]);
    expect(attentionReasons(pilot(), related({ risks: [risk({ likelihood: 2, impact: 7 })] }), TODAY)).toEqual([]);
  });

  it("does not fire when the risk has a mitigation", () => {
    const risks = [risk({ likelihood: 5, impact: 5, mitigation: "Extra werving via huisartsen" })];
    expect(attentionReasons(pilot(), related({ risks }), TODAY)).toEqual([]);
  });

  it("does not fire for a closed risk", () => {
    const risks = [risk({ likelihood: 5, impact: 5, status: "gesloten" })];
    expect(attentionReasons(pilot(), related({ risks }), TODAY)).toEqual([]);
  });

  it("does not fire for another pilot's risk", () => {
    const risks = [risk({ pilot: "p2", likelihood: 5, impact: 5 })];
    expect(attentionReasons(pilot(), related({ risks }), TODAY)).toEqual([]);
  });

  it("gives one reason per unmitigated high risk, each naming its own title and score", () => {
    const risks = [
      risk({ id: "r1", title: "Privacyklacht", likelihood: 4, impact: 4 }),
      risk({ id: "r2", title: "Uitval uitvoerder", likelihood: 5, impact: 4 }),
      risk({ id: "r3", title: "Klein risico", likelihood: 2, impact: 2 }),
    ];
    expect(attentionReasons(pilot(), related({ risks }), TODAY)).toEqual([
      { kind: "risico", text: "Risico “Privacyklacht” (score 16) heeft geen beheersmaatregel." },
      { kind: "risico", text: "Risico “Uitval uitvoerder” (score 20) heeft geen beheersmaatregel." },
    ]);
  });
});

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

describe("attentionReasons: end date passed", () => {
  it("fires when the end date passed without a decision", () => {
    const reasons = attentionReasons(pilot({ end_date: "2026-11-25 00:00:00.000Z" }), related(), TODAY);
    expect(reasons).toEqual([{ kind: "einddatum", text: "Einddatum 25 november 2026 verstreken zonder besluit." }]);
  });

  it("does not fire on the end date itself", () => {
    expect(attentionReasons(pilot({ end_date: "2026-11-26" }), related(), TODAY)).toEqual([]);
  });

  it("does not fire for a future end date", () => {
    expect(attentionReasons(pilot({ end_date: "2027-03-31" }), related(), TODAY)).toEqual([]);
  });

  it("does not fire when a decision was taken (and lessons recorded)", () => {
    const reasons = attentionReasons(
      pilot({ end_date: "2026-06-30", decision: "borgen", decided_at: "2026-07-15" }),
      related({ lessonCounts: { p1: 2 } }),
      TODAY,
    );
    expect(reasons).toEqual([]);
  });
});

describe("attentionReasons: decision without lessons", () => {
  it("fires when a decision was taken but no lesson recorded", () => {
    const reasons = attentionReasons(pilot({ stage: "besluit", decision: "opschalen" }), related(), TODAY);
    expect(reasons).toEqual([{ kind: "lessen", text: "Besluit genomen, maar nog geen lessen vastgelegd." }]);
  });

  it("fires when the lesson count is explicitly zero", () => {
    const reasons = attentionReasons(pilot({ stage: "besluit", decision: "stoppen" }), related({ lessonCounts: { p1: 0, p2: 3 } }), TODAY);
    expect(kinds(reasons)).toEqual(["lessen"]);
  });

  it("does not fire with one lesson", () => {
    const reasons = attentionReasons(pilot({ stage: "besluit", decision: "opschalen" }), related({ lessonCounts: { p1: 1 } }), TODAY);
    expect(reasons).toEqual([]);
  });

  it("does not fire without a decision", () => {
    expect(attentionReasons(pilot({ stage: "besluit" }), related(), TODAY)).toEqual([]);
  });
});

describe("attentionReasons: several rules at once", () => {
  it("lists the reasons in rule order", () => {
    const reasons = attentionReasons(
      pilot({ stage: "uitvoering", start_date: "2025-01-01", end_date: "2026-10-31" }),
      related({
        risks: [risk({ likelihood: 5, impact: 3 })],
        budgetLines: [line({ planned_cents: 100_000, spent_cents: 150_000, reporting_deadline: "2026-12-01" })],
      }),
      TODAY,
    );
    expect(kinds(reasons)).toEqual(["evaluatie", "risico", "overschrijding", "verantwoording", "einddatum"]);
  });
});

describe("attentionList", () => {
  const records: PortfolioRecords = {
    pilots: [
      pilot({ id: "quiet", title: "Aandacht niet nodig" }),
      pilot({ id: "one-b", title: "Beek", decision: "borgen" }),
      pilot({ id: "two", title: "Zorgroute", stage: "uitvoering", start_date: "2025-01-01", decision: "bijstellen" }),
      pilot({ id: "one-a", title: "appel", end_date: "2026-01-01" }),
    ],
    hypotheses: [],
    budgetLines: [],
    risks: [],
    evaluations: [],
    lessonCounts: { quiet: 4 },
  };

  it("leaves out pilots without reasons", () => {
    const ids = attentionList(records, TODAY).map((entry) => entry.pilot.id);
    expect(ids).not.toContain("quiet");
    expect(ids).toHaveLength(3);
  });

  it("sorts by number of reasons, then by title in Dutch order (case-insensitive)", () => {
    const list = attentionList(records, TODAY);
    expect(list.map((entry) => [entry.pilot.title, entry.reasons.length])).toEqual([
      ["Zorgroute", 2],
      ["appel", 1],
      ["Beek", 1],
    ]);
    expect(kinds(list[0]?.reasons ?? [])).toEqual(["evaluatie", "lessen"]);
    expect(kinds(list[1]?.reasons ?? [])).toEqual(["einddatum"]);
    expect(kinds(list[2]?.reasons ?? [])).toEqual(["lessen"]);
  });

  it("is empty when no pilot needs attention", () => {
    expect(attentionList({ ...records, pilots: [pilot({ id: "quiet" })] }, TODAY)).toEqual([]);
  });
});
