import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { changeChartScale, escapeHtml, pilotListItems, pointMarkup } from "../../src/components/what-works/repeated-markup.ts";
import type { IndicatorResult, InterventionResult } from "../../src/domain/what-works.ts";

const hostile = `<script>alert("x")</script> & 'Ons' "project"`;
const pilot = (id: string, title: string, municipality_name: string) => ({
  id,
  title,
  municipality: `m-${id}`,
  municipality_name,
  size_class: "" as const,
});

const indicator: IndicatorResult = {
  id: "i1",
  name: "Werk",
  unit: "%",
  direction: "omhoog",
  points: [
    { pilot: pilot("p1", hostile, "Een gemeente met een heel lange naam"), sizeClass: "", change: -0.25 },
    { pilot: pilot("p2", "Tweede", "Bergmeer"), sizeClass: "", change: 0.5 },
  ],
  overall: { municipalities: 3, pilots: 2, summary: { n: 2, median: 0.125, min: -0.25, max: 0.5 } },
  bySize: [],
};
const intervention = {
  id: "v1",
  name: "V",
  description: "",
  municipalities: 3,
  pilots: indicator.points.map((p) => p.pilot),
} as unknown as InterventionResult;

/** The markup read back as a browser would, inside the element it goes into. */
const parsed = (html: string, wrapper: string) =>
  parseHTML(`<!doctype html><html><body>${wrapper.replace("%", html)}</body></html>`).document;

describe("the repeated markup of /wat-werkt", () => {
  it("shows hostile titles and names as text", () => {
    expect(escapeHtml(hostile)).not.toMatch(/[<>"']/);
    const table = parsed(pointMarkup(indicator).rows, "<table><tbody>%</tbody></table>");
    const rows = [...table.querySelectorAll("tr")];
    expect(rows.map((row) => [row.querySelector("a")?.getAttribute("href"), row.querySelector("th")?.textContent])).toEqual([
      ["/pilots/p1", `${hostile} (Een gemeente met een heel lange naam)`],
      ["/pilots/p2", "Tweede (Bergmeer)"],
    ]);
    expect(rows.map((row) => row.querySelectorAll("td")[1]?.textContent)).toEqual(["−25%", "+50%"]);
    expect(table.querySelector("script")).toBeNull();
    const list = parsed(pilotListItems(intervention), "<ul>%</ul>");
    expect([...list.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      `${hostile} (Een gemeente met een heel lange naam)`,
      "Tweede (Bergmeer)",
    ]);
  });

  it("draws a dot per pilot on the chart's scale, 0 on the axis, names cut at 24 characters", () => {
    const { x, height } = changeChartScale(indicator);
    expect([x(-0.25), x(0), x(0.5), height]).toEqual([170, 170 + (0.25 / 0.75) * 370, 540, 30 + 2 * 26 + 30]);
    const svg = parsed(pointMarkup(indicator).dots, "<svg>%</svg>");
    expect([...svg.querySelectorAll("circle")].map((dot) => [dot.getAttribute("cx"), dot.getAttribute("cy")])).toEqual([
      ["170", "43"],
      ["540", "69"],
    ]);
    expect([...svg.querySelectorAll("text")].map((label) => label.textContent)).toEqual(["Een gemeente met een he…", "Bergmeer"]);
  });

  it("makes the text once per result object", () => {
    expect(pointMarkup(indicator)).toBe(pointMarkup(indicator));
    expect(pointMarkup({ ...indicator, points: indicator.points.slice(1) }).rows).not.toBe(pointMarkup(indicator).rows);
  });
});
