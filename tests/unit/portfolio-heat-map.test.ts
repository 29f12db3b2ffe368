import { describe, it, expect } from "vitest";
import { riskHeatMap, type HeatMapCell } from "../../src/domain/portfolio/heat-map.ts";
import type { PortfolioRisk } from "../../src/domain/portfolio/types.ts";

function risk(overrides: Partial<PortfolioRisk> = {}): PortfolioRisk {
  return {
    id: "r1",
    pilot: "p1",
    title: "Te weinig deelnemers",
    likelihood: 3,
    impact: 3,
    mitigation: "",
    status: "open",
    ...overrides,
  };
}

/** The cell at a likelihood and impact, found by position (rows 5..1, columns 1..5). */
function cellAt(map: HeatMapCell[][], likelihood: number, impact: number): HeatMapCell {
  const cell = map[5 - likelihood]?.[impact - 1];
  if (!cell) throw new Error(`no cell at likelihood ${likelihood}, impact ${impact}`);
  return cell;
}

describe("riskHeatMap: shape", () => {
  const map = riskHeatMap([]);

  it("has 5 rows of 5 cells", () => {
    expect(map).toHaveLength(5);
    for (const row of map) expect(row).toHaveLength(5);
  });

  it("runs rows from likelihood 5 at the top down to 1, columns impact 1 to 5", () => {
    expect(map.map((row) => row.map((cell) => cell.likelihood))).toEqual([
      [5, 5, 5, 5, 5],
      [4, 4, 4, 4, 4],
      [3, 3, 3, 3, 3],
      [2, 2, 2, 2, 2],
      [1, 1, 1, 1, 1],
    ]);
    for (const row of map) expect(row.map((cell) => cell.impact)).toEqual([1, 2, 3, 4, 5]);
  });

  it("gives each cell the score likelihood × impact", () => {
    expect(map.map((row) => row.map((cell) => cell.score))).toEqual([
      [5, 10, 15, 20, 25],
      [4, 8, 12, 16, 20],
      [3, 6, 9, 12, 15],
      [2, 4, 6, 8, 10],
      [1, 2, 3, 4, 5],
    ]);
  });

  it("has no risks in any cell without risks", () => {
    expect(map.flat().every((cell) => cell.risks.length === 0)).toBe(true);
  });
});

describe("riskHeatMap: placing risks", () => {
  it("puts each risk in the cell of its likelihood and impact (not transposed)", () => {
    const privacy = risk({ id: "privacy", likelihood: 4, impact: 2 });
    const draagvlak = risk({ id: "draagvlak", likelihood: 2, impact: 4 });
    const map = riskHeatMap([privacy, draagvlak]);
    expect(map[1]?.[1]?.risks).toEqual([privacy]);
    expect(map[3]?.[3]?.risks).toEqual([draagvlak]);
    expect(cellAt(map, 4, 2).risks).toEqual([privacy]);
    expect(cellAt(map, 2, 4).risks).toEqual([draagvlak]);
    expect(map.flat().reduce((sum, cell) => sum + cell.risks.length, 0)).toBe(2);
  });

  it("places the corner cells: 5 × 5 at the top right, 1 × 1 at the bottom left", () => {
    const worst = risk({ id: "worst", likelihood: 5, impact: 5 });
    const least = risk({ id: "least", likelihood: 1, impact: 1 });
    const map = riskHeatMap([worst, least]);
    expect(map[0]?.[4]?.risks).toEqual([worst]);
    expect(map[4]?.[0]?.risks).toEqual([least]);
  });

  it("keeps several risks of different pilots in one cell, in input order", () => {
    const a = risk({ id: "a", pilot: "p1", likelihood: 3, impact: 5 });
    const b = risk({ id: "b", pilot: "p2", likelihood: 3, impact: 5, status: "beheerst" });
    const c = risk({ id: "c", pilot: "p3", likelihood: 3, impact: 5, status: "opgetreden" });
    expect(cellAt(riskHeatMap([a, b, c]), 3, 5).risks.map((r) => r.id)).toEqual(["a", "b", "c"]);
  });

  it("leaves out closed risks", () => {
    const open = risk({ id: "open", likelihood: 5, impact: 4 });
    const closed = risk({ id: "closed", likelihood: 5, impact: 4, status: "gesloten" });
    const closedElsewhere = risk({ id: "closed2", likelihood: 1, impact: 2, status: "gesloten" });
    const map = riskHeatMap([open, closed, closedElsewhere]);
    expect(cellAt(map, 5, 4).risks.map((r) => r.id)).toEqual(["open"]);
    expect(cellAt(map, 1, 2).risks).toEqual([]);
    expect(map.flat().reduce((sum, cell) => sum + cell.risks.length, 0)).toBe(1);
  });
});
