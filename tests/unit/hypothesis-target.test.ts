import { describe, it, expect } from "vitest";
import { targetMessages, targetProblem } from "../../src/domain/hypothesis-target.ts";
import { PilotFormSchema } from "../../src/domain/pilot.ts";
import { issuesOf, withBudgetLine, withHypothesis } from "./pilot-forms.ts";

const TARGET = ["hypotheses", 0, "target"];

describe("targetProblem: a target lies on the better side of its baseline", () => {
  it.each([
    ["omhoog", 68, 72, null],
    ["omlaag", 1000, 850, null],
    ["omhoog", -3.25, 0, null],
    ["omlaag", 0, -1, null],
    ["omhoog", 68, 68, targetMessages.equal],
    ["omlaag", 0, 0, targetMessages.equal],
    ["omhoog", 68, 67.9, targetMessages.omhoog],
    ["omlaag", 1000, 1000.5, targetMessages.omlaag],
    ["omlaag", -5, 0, targetMessages.omlaag],
  ] as const)("%s from %d to %d: %s", (direction, baseline, target, problem) => {
    expect(targetProblem({ direction, baseline, target })).toBe(problem);
  });

  it("leaves a missing number to that field's own message", () => {
    expect(targetProblem({ direction: "omhoog", baseline: undefined, target: 5 })).toBeNull();
    expect(targetProblem({ direction: "omhoog", baseline: 5, target: Number.NaN })).toBeNull();
  });

  it("starts the equal message as the portfolio's users read it", () => {
    expect(targetMessages.equal.startsWith("De streefwaarde is gelijk aan de nulmeting: ")).toBe(true);
  });
});

describe("the pilot form holds each hypothesis to it, with the message at the target", () => {
  it.each([
    ["a target equal to the baseline", { direction: "omhoog", baseline: "68", target: "68" }, targetMessages.equal],
    ["equal once read: 1.000 and 1000", { direction: "omlaag", baseline: "1.000", target: "1000" }, targetMessages.equal],
    ["equal once read: 72,5 and 72.5", { direction: "omhoog", baseline: "72,5", target: "72.5" }, targetMessages.equal],
    ["lager is beter, target above the baseline", { direction: "omlaag", baseline: "40", target: "50" }, targetMessages.omlaag],
    ["hoger is beter, target below the baseline", { direction: "omhoog", baseline: "40", target: "30" }, targetMessages.omhoog],
  ])("refuses %s", (_, hypothesis, message) => {
    expect(issuesOf(withHypothesis(hypothesis))).toEqual([{ path: TARGET, message }]);
  });

  it.each([
    ["hoger is beter, target above", { direction: "omhoog", baseline: "68", target: "72,5" }],
    ["lager is beter, target below", { direction: "omlaag", baseline: "40", target: "30" }],
    ["a negative baseline", { direction: "omhoog", baseline: "-3,25", target: "0" }],
  ])("accepts %s", (_, hypothesis) => {
    expect(issuesOf(withHypothesis(hypothesis))).toEqual([]);
  });

  it("says only what is wrong with a baseline that is no number, not also something about the target", () => {
    expect(issuesOf(withHypothesis({ baseline: "veel", target: "68" }))).toEqual([
      { path: ["hypotheses", 0, "baseline"], message: "Vul de nulmeting in als getal, bijvoorbeeld 850 of 72,5." },
    ]);
  });
});

describe("the pilot form reads budget amounts as they are written", () => {
  it.each([
    ["€ 250.000,-", 25_000_000],
    ["250.000", 25_000_000],
    ["€250.000", 25_000_000],
    ["250.000,00", 25_000_000],
    ["1.234,5", 123_450],
  ])("reads %j as %d cents", (typed, cents) => {
    const parsed = PilotFormSchema.parse(withBudgetLine({ planned_cents: typed, spent_cents: typed }));
    expect([parsed.budget_lines[0]?.planned_cents, parsed.budget_lines[0]?.spent_cents]).toEqual([cents, cents]);
  });
});
