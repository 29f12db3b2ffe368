import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import type { BarChartProps, HypothesisChartProps } from "../../src/components/charts/chart-props.ts";
import { wholeTicks } from "../../src/components/charts/bar-marks.ts";
import { barSvg, hypothesisSvg } from "../../src/components/charts/plot-svg.ts";

/** The SVG text parsed back, as a browser would read it. */
function parse(svg: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector("svg")!;
  return {
    root,
    all: (selector: string) => [...document.querySelectorAll(selector)],
    texts: () => [...document.querySelectorAll("text")].map((t) => t.textContent),
  };
}

const hypothesis: HypothesisChartProps = {
  title: "Metingen van Schoolverzuim, met nulmeting en streefwaarde",
  unit: "%",
  baseline: 12.5,
  target: 1250,
  points: [
    { period: "2026-01", label: "jan 2026", value: 14.25 },
    { period: "2026-02", label: "feb 2026", value: 600 },
    { period: "2026-03", label: "mrt 2026", value: 1100.5 },
  ],
};

const budget: BarChartProps = {
  title: "Begroot en besteed per financieringsbron",
  categoryKey: "bron",
  format: "euro",
  data: [
    { bron: "Rijk", begroot: 1200000, besteed: 800000 },
    { bron: "Gemeente", begroot: 50000, besteed: 70000 },
  ],
  series: [
    { key: "begroot", label: "Begroot" },
    { key: "besteed", label: "Besteed", hatched: true },
  ],
};

describe("hypothesisSvg", () => {
  it("is an image named by its title, with a viewBox so it scales down to a phone", () => {
    const { root } = parse(hypothesisSvg(hypothesis));
    expect(root.getAttribute("role")).toBe("img");
    expect(root.getAttribute("aria-label")).toBe(hypothesis.title);
    expect(root.getAttribute("viewBox")).toBe("0 0 640 280");
    expect(parse(hypothesisSvg(hypothesis, 360)).root.getAttribute("viewBox")).toBe("0 0 360 280");
    // Only the image is named: Plot's names for its groups are not allowed on a <g> without a role (axe).
    expect(parse(hypothesisSvg(hypothesis)).all("svg [aria-label]")).toEqual([]);
    expect(parse(barSvg(budget)).all("svg [aria-label]")).toEqual([]);
  });

  it("labels the baseline and target lines in Dutch number format, each line with its own dash pattern", () => {
    const { all, texts } = parse(hypothesisSvg(hypothesis));
    expect(texts()).toEqual(expect.arrayContaining(["Nulmeting 12,5 %", "Streefwaarde 1.250 %"]));
    const rules = all('g[data-mark="rule"]');
    expect(rules.map((rule) => rule.getAttribute("stroke-dasharray"))).toEqual(["4 4", "10 5"]);
    // Axis ticks in Dutch format too: a thousands separator is a dot.
    expect(texts().some((text) => /^\d\.\d{3}$/.test(text ?? ""))).toBe(true);
  });

  it("draws a line through a dot per measurement in the theme's colour, each dot titled with its value", () => {
    const svg = hypothesisSvg(hypothesis);
    const { all } = parse(svg);
    expect(all('g[data-mark="line"] path')).toHaveLength(1);
    expect(all('g[data-mark="line"]')[0]!.getAttribute("stroke")).toBe("var(--proeftuin-chart-1)");
    const dots = all('g[data-mark="dot"] circle');
    expect(dots).toHaveLength(3);
    expect(dots.map((dot) => dot.querySelector("title")?.textContent)).toEqual([
      "jan 2026: 14,25 %",
      "feb 2026: 600 %",
      "mrt 2026: 1.100,5 %",
    ]);
  });

  it("names every month on the wide drawing and every so many on the narrow one, where names would touch", () => {
    const year = Array.from({ length: 12 }, (_, i) => ({ period: `2026-${i + 1}`, label: `maand ${i + 1}`, value: i }));
    const named = (svg: string) =>
      parse(svg)
        .texts()
        .filter((text) => text?.startsWith("maand "));
    expect(named(hypothesisSvg({ ...hypothesis, points: year.slice(0, 7) }))).toHaveLength(7);
    expect(named(hypothesisSvg({ ...hypothesis, points: year }, 360))).toEqual(["maand 1", "maand 5", "maand 9"]);
    // Still a dot for every month.
    expect(parse(hypothesisSvg({ ...hypothesis, points: year }, 360)).all('g[data-mark="dot"] circle')).toHaveLength(12);
  });

  it("without measurements still draws both reference lines, and no coordinate is NaN", () => {
    const svg = hypothesisSvg({ ...hypothesis, points: [] });
    expect(svg).not.toContain("NaN");
    expect(parse(svg).texts()).toEqual(expect.arrayContaining(["Nulmeting 12,5 %", "Streefwaarde 1.250 %"]));
    // Baseline and target alike: the axis still has a span.
    expect(hypothesisSvg({ ...hypothesis, points: [], baseline: 0, target: 0 })).not.toContain("NaN");
  });
});

describe("barSvg", () => {
  it("draws a bar per category and series, values printed beside them in euros", () => {
    const { all, texts } = parse(barSvg(budget));
    expect(all('g[data-mark="bar"] rect')).toHaveLength(4);
    // Amounts as the rest of the site prints them ("€ 1.200.000", with the space that does not break).
    const amounts = ["€ 1.200.000", "€ 800.000", "€ 50.000", "€ 70.000"].map((text) => text.replace(" ", "\u00a0"));
    expect(texts()).toEqual(expect.arrayContaining(["Rijk", "Gemeente", ...amounts]));
  });

  it("hatches the second series with a pattern in its own colour, defined in the same SVG, and names both in a legend", () => {
    const { all } = parse(barSvg(budget));
    const fills = all('g[data-mark="bar"] rect').map((bar) => bar.getAttribute("fill"));
    const hatched = fills.filter((fill) => fill?.startsWith("url(#"));
    expect(hatched).toHaveLength(2);
    const id = /^url\(#(.+)\)$/.exec(hatched[0]!)![1]!;
    const pattern = all("pattern").find((p) => p.getAttribute("id") === id)!;
    expect(pattern.querySelector("line")!.getAttribute("stroke")).toBe("var(--proeftuin-chart-2)");
    expect(fills.filter((fill) => fill === "var(--proeftuin-chart-1)")).toHaveLength(2);
    expect(all(".chart__legend text").map((t) => t.textContent)).toEqual(["Begroot", "Besteed"]);
  });

  it("gives the narrow and the wide drawing their own pattern ids, as both are on the page", () => {
    const ids = (svg: string) =>
      parse(svg)
        .all("pattern")
        .map((p) => p.getAttribute("id"));
    expect(ids(barSvg(budget, 360))).toHaveLength(1);
    expect(ids(barSvg(budget, 360))).not.toEqual(ids(barSvg(budget)));
  });

  it("has no legend for one series, and counts in Dutch format", () => {
    const svg = barSvg({
      title: "Pilots per fase",
      categoryKey: "fase",
      data: [{ fase: "Uitvoering", pilots: 1234 }],
      series: [{ key: "pilots", label: "Pilots" }],
    });
    expect(parse(svg).all(".chart__legend")).toHaveLength(0);
    expect(parse(svg).texts()).toContain("1.234");
  });

  it("without data or with missing values gives no NaN", () => {
    expect(barSvg({ ...budget, data: [] })).not.toContain("NaN");
    expect(barSvg({ ...budget, data: [{ bron: "Rijk" }] })).not.toContain("NaN");
  });
});

describe("user text in a chart", () => {
  const hostile = '<script>alert("x")</script> & "R&D"';

  it("is escaped in the title, the reference labels and the categories", () => {
    const line = hypothesisSvg({ ...hypothesis, title: hostile, unit: hostile });
    const bars = barSvg({
      ...budget,
      title: hostile,
      data: [{ bron: hostile, begroot: 1, besteed: 2 }],
      series: [{ key: "begroot", label: hostile }],
    });
    for (const svg of [line, bars]) {
      expect(svg).not.toContain("<script");
      expect(svg).toContain("&lt;script&gt;");
      const { root, texts, all } = parse(svg);
      // Read back, the text is what was given: escaped once, not twice.
      expect(root.getAttribute("aria-label")).toBe(hostile);
      // A category's name may wrap onto lines; the bar's own title holds it whole.
      expect([...texts(), ...all("title").map((t) => t.textContent)].some((text) => text?.includes(hostile))).toBe(true);
    }
  });
});

describe("remembered drawings", () => {
  it("are drawn anew when anything they show changes", () => {
    expect(parse(hypothesisSvg(hypothesis)).texts()).toContain("Streefwaarde 1.250 %");
    expect(parse(hypothesisSvg({ ...hypothesis, target: 30 })).texts()).toContain("Streefwaarde 30 %");
    expect(hypothesisSvg({ ...hypothesis, title: "Ander" })).toContain('aria-label="Ander"');
    const moved = { ...budget, data: [{ bron: "Rijk", begroot: 5, besteed: 6 }] };
    expect(parse(barSvg(budget)).texts()).toContain("Gemeente");
    expect(parse(barSvg(moved)).texts()).not.toContain("Gemeente");
  });
});

describe("wholeTicks", () => {
  it("steps by 1, 2 or 5 times a power of ten, from 0 past the largest value, never a fraction", () => {
    expect(wholeTicks(1, 4)).toEqual([0, 1]);
    expect(wholeTicks(0, 4)).toEqual([0, 1]);
    expect(wholeTicks(7, 4)).toEqual([0, 2, 4, 6, 8]);
    expect(wholeTicks(1_200_000, 3)).toEqual([0, 500_000, 1_000_000, 1_500_000]);
  });

  it("puts no fraction on the axis of a chart that counts", () => {
    const svg = barSvg({
      title: "Pilots per fase",
      categoryKey: "fase",
      data: [
        { fase: "Idee", pilots: 1 },
        { fase: "Ontwerp", pilots: 0 },
      ],
      series: [{ key: "pilots", label: "Pilots" }],
    });
    expect(
      parse(svg)
        .texts()
        .filter((text) => text?.includes(",")),
    ).toEqual([]);
  });
});
