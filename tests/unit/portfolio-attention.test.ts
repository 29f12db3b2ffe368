import { describe, it, expect } from "vitest";
import { attentionList, attentionReasons, DEADLINE_WINDOW_DAYS, EVALUATION_INTERVAL_DAYS } from "../../src/domain/portfolio/attention.ts";
import { HIGH_RISK_SCORE, riskLevel } from "../../src/domain/risk-score.ts";
import type { PortfolioRecords } from "../../src/domain/portfolio/types.ts";
import { TODAY, kinds, line, pilot, related, risk } from "./attention-records.ts";

describe("attention constants", () => {
  it("are half a year, score 15 and 30 days", () => {
    expect(EVALUATION_INTERVAL_DAYS).toBe(183);
    expect(HIGH_RISK_SCORE).toBe(15);
    expect(DEADLINE_WINDOW_DAYS).toBe(30);
  });

  it("calls a risk high from the same score on as the attention list does", () => {
    expect([riskLevel(HIGH_RISK_SCORE - 1), riskLevel(HIGH_RISK_SCORE)]).toEqual(["middel", "hoog"]);
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
    expect(ids.sort()).toEqual(["one-a", "one-b", "two"]);
  });

  it("sorts by number of reasons, then by title in Dutch order (case-insensitive)", () => {
    const list = attentionList(records, TODAY);
    expect(list.map((entry) => [entry.pilot.title, entry.reasons.length])).toEqual([
      ["Zorgroute", 2],
      ["appel", 1],
      ["Beek", 1],
    ]);
    expect(list.map((entry) => kinds(entry.reasons))).toEqual([["evaluatie", "lessen"], ["einddatum"], ["lessen"]]);
  });

  it("is empty when no pilot needs attention", () => {
    expect(attentionList({ ...records, pilots: [pilot({ id: "quiet" })] }, TODAY)).toEqual([]);
  });
});
