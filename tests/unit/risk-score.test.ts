import { describe, it, expect } from "vitest";
import { riskLevel, riskLevelLabels, riskScore } from "../../src/domain/risk-score.ts";

describe("riskScore", () => {
  it.each([
    [1, 1, 1],
    [2, 4, 8],
    [3, 5, 15],
    [5, 3, 15],
    [5, 5, 25],
  ])("likelihood %d × impact %d = %d", (likelihood, impact, score) => {
    expect(riskScore(likelihood, impact)).toBe(score);
  });
});

describe("riskLevel", () => {
  it.each([
    [1, "laag"],
    [7, "laag"],
    [8, "middel"],
    [14, "middel"],
    [15, "hoog"],
    [25, "hoog"],
  ] as const)("score %d is %s", (score, level) => {
    expect(riskLevel(score)).toBe(level);
  });

  it("gives every cell of the 5 × 5 matrix the level of its score", () => {
    const counts = { laag: 0, middel: 0, hoog: 0 };
    for (let likelihood = 1; likelihood <= 5; likelihood++) {
      for (let impact = 1; impact <= 5; impact++) counts[riskLevel(riskScore(likelihood, impact))]++;
    }
    // Counted by hand, score(number of cells): laag 1(1) 2(2) 3(2) 4(3) 5(2) 6(2) = 12;
    // middel 8(2) 9(1) 10(2) 12(2) = 7; hoog 15(2) 16(1) 20(2) 25(1) = 6.
    expect(counts).toEqual({ laag: 12, middel: 7, hoog: 6 });
  });
});

describe("riskLevelLabels", () => {
  it("has a Dutch label for every level", () => {
    expect(riskLevelLabels).toEqual({ laag: "Laag", middel: "Middel", hoog: "Hoog" });
  });
});
