/** Parts of the server-drawn bar chart (plot-svg.ts) that Plot has no mark for: hatching, a legend, whole ticks. */

const SVG = "http://www.w3.org/2000/svg";

/** An SVG element with these attributes. */
function svgElement(document: Document, name: string, attributes: Record<string, string | number>): Element {
  const element = document.createElementNS(SVG, name);
  for (const [attribute, value] of Object.entries(attributes)) element.setAttribute(attribute, String(value));
  return element;
}

/** The font size the charts draw in, in SVG units. */
export const FONT = 14;

/** A pattern of diagonal lines in the series colour, so a hatched series is told apart without colour. */
export function hatching(id: string, series: Array<{ key: string; color: string }>) {
  return (_index: number[], _scales: unknown, _values: unknown, _dimensions: unknown, context: { document: Document }) => {
    const defs = context.document.createElementNS(SVG, "defs");
    for (const s of series) {
      const pattern = svgElement(context.document, "pattern", {
        id: `${id}-${s.key}`,
        patternUnits: "userSpaceOnUse",
        width: 8,
        height: 8,
        patternTransform: "rotate(45)",
      });
      const rect = svgElement(context.document, "rect", { width: 8, height: 8, fill: "var(--proeftuin-surface)" });
      const line = svgElement(context.document, "line", { x1: 0, y1: 0, x2: 0, y2: 8, stroke: s.color, "stroke-width": 5 });
      pattern.append(rect, line);
      defs.append(pattern);
    }
    return defs as unknown as SVGElement;
  };
}

type LegendEntry = { key: string; label: string; color: string; hatched?: boolean; x: number; y: number };

/** Where each series' swatch goes above the bars: in rows that wrap within the chart's width. */
export function legendLayout(series: Array<Omit<LegendEntry, "x" | "y">>, width: number): LegendEntry[] {
  let x = 8;
  let y = 4;
  return series.map((s) => {
    const room = 22 + s.label.length * FONT * 0.6 + 16;
    if (x > 8 && x + room > width) {
      x = 8;
      y += 24;
    }
    const entry = { ...s, x, y };
    x += room;
    return entry;
  });
}

/** A swatch (solid or hatched as its bars) and the name of each series. */
export function legend(id: string, entries: LegendEntry[]) {
  return (_index: number[], _scales: unknown, _values: unknown, _dimensions: unknown, context: { document: Document }) => {
    const group = svgElement(context.document, "g", { class: "chart__legend" });
    for (const s of entries) {
      const fill = s.hatched ? `url(#${id}-${s.key})` : s.color;
      const swatch = svgElement(context.document, "rect", { x: s.x, y: s.y, width: 16, height: 16, fill, stroke: s.color });
      const label = svgElement(context.document, "text", { x: s.x + 22, y: s.y + 13, "text-anchor": "start" });
      label.textContent = s.label;
      group.append(swatch, label);
    }
    return group as unknown as SVGElement;
  };
}

/** About `count` ticks at whole numbers from 0 past `max`: bars count pilots or whole euros, never halves. */
export function wholeTicks(max: number, count: number): number[] {
  const rough = Math.max(1, max / count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? rough;
  const last = Math.max(step, Math.ceil(max / step) * step);
  return Array.from({ length: Math.round(last / step) + 1 }, (_, i) => i * step);
}

/** A valid id from any text, so the patterns of two charts on one page never clash. */
export const slug = (text: string) =>
  `arcering-${text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}`;
