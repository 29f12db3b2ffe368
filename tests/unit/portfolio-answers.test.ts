import { describe, expect, it } from "vitest";
import { UnexpectedAnswerError } from "../../src/data/answers.ts";
import { PortfolioRecordsSchema } from "../../src/data/portfolio.ts";
import { checked } from "../../src/data/tagged-answers.ts";
import type { PortfolioRecords } from "../../src/domain/portfolio/types.ts";

/**
 * The portfolio's answer (GET /api/proeftuin/portfolio) is checked with zod at the border
 * (src/data/portfolio.ts: sendTagged checks every answer against PortfolioRecordsSchema, as here).
 * What the real route answers is tested in tests/integration/portfolio-records.test.ts.
 */

const portfolioRecordsOf = (answer: unknown) => checked("/api/proeftuin/portfolio", PortfolioRecordsSchema, answer);

/** A large municipality's portfolio: 500 pilots with their rows, as the route shapes it. */
function bigAnswer(): PortfolioRecords {
  const pilots = Array.from({ length: 500 }, (_, i) => ({
    id: `pilot${String(i).padStart(10, "0")}`,
    title: `Pilot ${i} over schuldhulp en armoede in de wijk`,
    domain: "schuldhulp" as const,
    principles: ["preventie" as const, "maatwerk" as const],
    stage: "uitvoering" as const,
    decision: "" as const,
    evidence_level: "goed_beschreven" as const,
    start_date: "2026-01-01 00:00:00.000Z",
    end_date: "2027-01-01 00:00:00.000Z",
    stage_since: "2026-03-01 00:00:00.000Z",
    decided_at: "",
  }));
  const each = <T>(count: number, row: (pilot: string, n: number) => T) =>
    pilots.flatMap((p) => Array.from({ length: count }, (_, n) => row(p.id, n)));
  return {
    pilots,
    hypotheses: each(4, (pilot) => ({ pilot, verdict: "open" as const })),
    budgetLines: each(6, (pilot, n) => ({
      pilot,
      source: "gemeente" as const,
      year: 2026 + (n % 2),
      planned_cents: 1_000_000,
      spent_cents: 250_000,
      reporting_deadline: "2026-12-31 00:00:00.000Z",
    })),
    risks: each(4, (pilot, n) => ({
      id: `${pilot}r${n}`,
      pilot,
      title: "Te weinig deelnemers",
      likelihood: 3,
      impact: 4,
      mitigation: "Werven via de wijkteams",
      status: "open" as const,
    })),
    evaluations: each(2, (pilot) => ({ pilot, date: "2026-06-01 00:00:00.000Z", kind: "tussentijds" as const })),
    lessonCounts: Object.fromEntries(pilots.map((p) => [p.id, 3])),
    effects: each(2, (pilot, n) => ({
      pilot,
      actor: n === 0 ? ("gemeente" as const) : ("uwv" as const),
      kind: n === 0 ? ("kosten" as const) : ("baten" as const),
      expected_cents: 5_000_000,
      realised_cents: 0,
    })),
  };
}

describe("the portfolio route's answer is checked", () => {
  it("passes an empty portfolio through unchanged", () => {
    const answer = { pilots: [], hypotheses: [], budgetLines: [], risks: [], evaluations: [], lessonCounts: {}, effects: [] };
    expect(portfolioRecordsOf(answer)).toEqual(answer);
  });

  it("fails loudly, naming the route and the field, when the answer changed shape", () => {
    const answer = bigAnswer();
    const changed = { ...answer, risks: answer.risks.map((risk) => ({ ...risk, status: "dicht" })) };
    let error: unknown;
    try {
      portfolioRecordsOf(changed);
    } catch (caught) {
      error = caught;
    }
    expect(UnexpectedAnswerError.is(error)).toBe(true);
    const message = (error as Error).message;
    expect(message).toContain("GET /api/proeftuin/portfolio answered in an unexpected shape");
    expect(message).toContain("risks.0.status");
    // 2000 bad rows, but the message stays readable.
    expect(message).toContain("…and 1995 more");
  });

  it("refuses an answer that is no portfolio at all", () => {
    expect(() => portfolioRecordsOf({ message: "Something went wrong." })).toThrow(UnexpectedAnswerError);
  });

  it("passes a 500-pilot answer whole", () => {
    const answer = bigAnswer();
    expect(portfolioRecordsOf(answer)).toEqual(answer);
  });
});
