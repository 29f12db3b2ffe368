import { describe, expect, it } from "vitest";
import { targetMessages, targetProblem } from "../../src/domain/hypothesis-target.ts";
import { BudgetLineRowSchema } from "../../src/domain/pilot.ts";
import { JUDGED_VERDICTS } from "../../src/domain/portfolio/figures.ts";
import { directions } from "../../src/domain/options.ts";
import { loadHookLib } from "../support/hook-lib.ts";

/**
 * The rules a portfolio's figures rest on are stated once in src/domain for the forms and the pages,
 * and once in pocketbase/pb_hooks/lib for every write and for the network figures, which cannot
 * import TypeScript. Here both sides answer the same questions; a change on one side only fails.
 */

describe("hypothesis-target.js refuses a target exactly when the form does, with the same message", () => {
  type Lib = {
    MESSAGES: typeof targetMessages;
    targetProblem: typeof targetProblem;
    needsCheck: (record: unknown) => boolean;
  };
  const lib = loadHookLib<Lib>("hypothesis-target.js");
  const values = [-1000.5, -1, 0, 0.1, 1, 68, 72.5, 1e12];
  const cases = directions.values.flatMap((direction) =>
    values.flatMap((baseline) => values.map((target) => ({ direction, baseline, target }))),
  );

  it("has the same messages", () => {
    expect(lib.MESSAGES).toEqual(targetMessages);
  });

  it(`gives the same answer for every direction, baseline and target (${cases.length})`, () => {
    for (const hypothesis of cases) expect(lib.targetProblem(hypothesis), JSON.stringify(hypothesis)).toBe(targetProblem(hypothesis));
    expect(cases.filter((hypothesis) => targetProblem(hypothesis) !== null).length).toBeGreaterThan(cases.length / 3);
  });

  /** A stored record as the hook sees it: its values now and as they were stored. */
  const record = (now: Record<string, unknown>, stored: Record<string, unknown> | null) => ({
    isNew: () => stored === null,
    get: (name: string) => now[name],
    original: () => ({ get: (name: string) => stored?.[name] }),
  });
  const stored = { direction: "omhoog", baseline: 68, target: 68, verdict: "open" };

  it("holds new hypotheses and changed targets to the rule; a verdict on one stored before it still goes through", () => {
    expect(lib.needsCheck(record(stored, null))).toBe(true);
    expect(lib.needsCheck(record({ ...stored, verdict: "bevestigd" }, stored))).toBe(false);
    expect(lib.needsCheck(record({ ...stored, target: 70 }, stored))).toBe(true);
    expect(lib.needsCheck(record({ ...stored, baseline: 60 }, stored))).toBe(true);
    expect(lib.needsCheck(record({ ...stored, direction: "omlaag" }, stored))).toBe(true);
  });
});

describe("budget-amounts.js refuses a negative amount with the form's message", () => {
  type Lib = { amountProblems: (line: Record<string, number>) => Record<string, string> };
  const { amountProblems } = loadHookLib<Lib>("budget-amounts.js");
  const formMessage = (field: "planned_cents" | "spent_cents", typed: string) =>
    BudgetLineRowSchema.shape[field].safeParse(typed).error?.issues[0]?.message;

  it.each(["planned_cents", "spent_cents"] as const)("for %s", (field) => {
    expect(amountProblems({ [field]: -1 })).toEqual({ [field]: formMessage(field, "-0,01") });
    expect(amountProblems({ [field]: -25_000_000 })).toEqual({ [field]: formMessage(field, "€ -250.000,-") });
    expect(amountProblems({ [field]: 0 })).toEqual({});
    expect(formMessage(field, "0")).toBeUndefined();
  });
});

describe("shared-figures.js counts % hypothesen bevestigd as the key figures do", () => {
  it("out of the same judged verdicts", () => {
    const lib = loadHookLib<{ JUDGED_VERDICTS: string[] }>("shared-figures.js");
    expect(lib.JUDGED_VERDICTS).toEqual([...JUDGED_VERDICTS]);
  });
});
