import { describe, expect, it } from "vitest";
import { keyFigures, myDomains, myPilots } from "../../src/domain/start-page.ts";
import { TODAY, evaluation, line, pilot, related, risk } from "./attention-records.ts";

describe("myPilots", () => {
  const overdue = pilot({ id: "late", title: "Bijstand op maat", stage: "uitvoering", start_date: "2025-01-01" });
  const awaitingDecision = pilot({ id: "decide", title: "Armoedepact", stage: "evaluatie", start_date: "2026-10-01" });
  const quiet = pilot({ id: "quiet", title: "Alles op orde", stage: "ontwerp" });
  const done = pilot({ id: "done", title: "Afgerond", stage: "besluit", decision: "opschalen" });
  const records = {
    pilots: [quiet, overdue, awaitingDecision, done],
    ...related({
      evaluations: [evaluation({ pilot: "decide", kind: "eind", date: "2026-11-01" })],
      risks: [risk({ pilot: "quiet", likelihood: 5, impact: 5 })],
      budgetLines: [line({ pilot: "quiet", planned_cents: 100, spent_cents: 200 })],
      lessonCounts: { done: 2 },
    }),
  };

  it("shows each pilot's own next steps from the portfolio's attention rules, most needs first", () => {
    const { items, total } = myPilots(records, { decide: 2 }, TODAY);
    expect(items.map((p) => [p.id, p.needs.map((n) => n.kind), p.openQuestions])).toEqual([
      ["decide", ["besluit"], 2],
      ["late", ["evaluatie"], 0],
      ["quiet", [], 0],
    ]);
    expect(total).toBe(3);
  });

  it("leaves risks and money to the directeur's attention list", () => {
    const quietEntry = myPilots(records, {}, TODAY).items.find((p) => p.id === "quiet");
    expect(quietEntry?.needs).toEqual([]);
  });

  it("leaves out a decided pilot that needs nothing, but keeps it while questions are open", () => {
    expect(myPilots(records, {}, TODAY).items.map((p) => p.id)).not.toContain("done");
    expect(myPilots(records, { done: 1 }, TODAY).items.find((p) => p.id === "done")?.openQuestions).toBe(1);
  });

  it("shows at most the limit and tells how many there are", () => {
    const { items, total } = myPilots(records, {}, TODAY, undefined, 1);
    expect(items.map((p) => p.id)).toEqual(["decide"]);
    expect(total).toBe(3);
  });

  it("is empty for a municipality without pilots", () => {
    expect(myPilots({ pilots: [], ...related() }, {}, TODAY)).toEqual({ items: [], total: 0 });
  });
});

describe("myDomains", () => {
  it("lists each domain of the pilots once, in the site's order", () => {
    expect(myDomains([{ domain: "schuldhulp" }, { domain: "wmo" }, { domain: "schuldhulp" }])).toEqual(["wmo", "schuldhulp"]);
    expect(myDomains([])).toEqual([]);
  });
});

describe("keyFigures", () => {
  it("counts pilots per stage, the budget and the hypotheses as the portfolio does", () => {
    const figures = keyFigures({
      pilots: [pilot({ id: "a", stage: "uitvoering" }), pilot({ id: "b", stage: "uitvoering" }), pilot({ id: "c", stage: "idee" })],
      ...related({
        budgetLines: [line({ planned_cents: 1000, spent_cents: 300 }), line({ planned_cents: 500, spent_cents: 100 })],
        hypotheses: [
          { pilot: "a", verdict: "bevestigd" },
          { pilot: "a", verdict: "verworpen" },
          { pilot: "b", verdict: "" },
        ],
      }),
    });
    expect(figures.pilots).toBe(3);
    expect(figures.stages).toEqual([
      { stage: "idee", count: 1 },
      { stage: "uitvoering", count: 2 },
    ]);
    expect(figures.budget).toEqual({ planned_cents: 1500, spent_cents: 400 });
    expect(figures.outcomes).toMatchObject({ confirmed: 1, refuted: 1, open: 1 });
  });
});
