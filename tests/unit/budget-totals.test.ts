import { describe, it, expect } from "vitest";
import {
  grandTotal,
  isOverspent,
  OVERSPENT,
  OVERSPENT_RULE,
  overspentLineCount,
  totalsBySource,
  type BudgetAmounts,
} from "../../src/domain/budget-totals.ts";

const lines: BudgetAmounts[] = [
  { source: "rijk", planned_cents: 10_000_000, spent_cents: 2_500_000 },
  { source: "gemeente", planned_cents: 5_000_000, spent_cents: 0 },
  { source: "rijk", planned_cents: 3_000_050, spent_cents: 1_000_001 },
  { source: "esf_plus", planned_cents: 1, spent_cents: 1 },
  { source: "gemeente", planned_cents: 99, spent_cents: 250 },
];

describe("totalsBySource", () => {
  it("sums planned and spent per source, in the order the sources first appear", () => {
    expect(totalsBySource(lines)).toEqual([
      { source: "rijk", planned_cents: 13_000_050, spent_cents: 3_500_001 },
      { source: "gemeente", planned_cents: 5_000_099, spent_cents: 250 },
      { source: "esf_plus", planned_cents: 1, spent_cents: 1 },
    ]);
  });

  it("keeps a different first-appearance order when the lines come differently", () => {
    const reordered = [lines[3], lines[1], lines[0]].filter((line) => line !== undefined);
    expect(totalsBySource(reordered).map((total) => total.source)).toEqual(["esf_plus", "gemeente", "rijk"]);
  });

  it("returns one total for a single line, equal to that line", () => {
    expect(totalsBySource([{ source: "partners", planned_cents: 700, spent_cents: 300 }])).toEqual([
      { source: "partners", planned_cents: 700, spent_cents: 300 },
    ]);
  });

  it("returns no totals for no lines", () => {
    expect(totalsBySource([])).toEqual([]);
  });

  it("does not change the lines it sums", () => {
    const input: BudgetAmounts[] = [
      { source: "rijk", planned_cents: 100, spent_cents: 10 },
      { source: "rijk", planned_cents: 200, spent_cents: 20 },
    ];
    totalsBySource(input);
    expect(input).toEqual([
      { source: "rijk", planned_cents: 100, spent_cents: 10 },
      { source: "rijk", planned_cents: 200, spent_cents: 20 },
    ]);
  });
});

describe("grandTotal", () => {
  it("sums all lines regardless of source", () => {
    expect(grandTotal(lines)).toEqual({ planned_cents: 18_000_150, spent_cents: 3_500_252 });
  });

  it("equals the sum of the per-source totals", () => {
    const perSource = totalsBySource(lines).reduce(
      (sum, total) => ({ planned_cents: sum.planned_cents + total.planned_cents, spent_cents: sum.spent_cents + total.spent_cents }),
      { planned_cents: 0, spent_cents: 0 },
    );
    expect(grandTotal(lines)).toEqual(perSource);
  });

  it("is zero for no lines", () => {
    expect(grandTotal([])).toEqual({ planned_cents: 0, spent_cents: 0 });
  });
});

describe("isOverspent: one definition of overspending", () => {
  it.each([
    [100_000, 100_001, true],
    [100_000, 100_000, false],
    [100_000, 99_999, false],
    [0, 1, true],
    [0, 0, false],
  ])("planned %d, spent %d: %s", (planned_cents, spent_cents, over) => {
    expect(isOverspent({ planned_cents, spent_cents })).toBe(over);
  });

  it("counts the lines over their own plan, whatever their sum", () => {
    expect(overspentLineCount(lines)).toBe(1);
    expect(isOverspent(grandTotal(lines))).toBe(false);
    expect(overspentLineCount([])).toBe(0);
  });

  it("says what it means in the words the flags use", () => {
    expect(OVERSPENT).toBe("Overschreden");
    expect(OVERSPENT_RULE).toBe("Overschreden betekent: er is meer besteed dan begroot.");
  });
});
