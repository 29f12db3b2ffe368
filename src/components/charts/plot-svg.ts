/**
 * Charts drawn on the server as SVG text with Observable Plot, so they show without JavaScript.
 * Colours are the theme's tokens (var(--proeftuin-chart-*), site.css): a municipality's theme
 * restyles them. Series differ in dash pattern or hatching too, so they read without colour.
 * User text (indicator names, categories) reaches the SVG only as text nodes, which linkedom's
 * serialiser escapes; the label on the root is escaped here (linkedom leaves < and & in attributes).
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { formatEuros } from "../../domain/money.ts";
import { FONT, hatching, legend, legendLayout, slug, wholeTicks } from "./bar-marks.ts";
import { type BarChartProps, type ChartPoint, type HypothesisChartProps, palette } from "./chart-props.ts";
import { BoundedCache } from "../../server/bounded-cache.ts";

const nl = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });
const count = new Intl.NumberFormat("nl-NL");
const grid = "var(--proeftuin-chart-grid)";

function newDocument() {
  return parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
}

const escapeAttribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The root gets role="img" and the title as its name; the table beside the chart holds the numbers as text. */
function serialise(chart: Element, title: string): string {
  // Plot names its groups with aria-label ("line", "rule"), which a <g> without a role may not carry
  // (axe: aria-prohibited-attr); inside an image they say nothing, so they become plain data.
  for (const element of chart.querySelectorAll("[aria-label], [aria-description]")) {
    element.setAttribute("data-mark", element.getAttribute("aria-label") ?? "");
    element.removeAttribute("aria-label");
    element.removeAttribute("aria-description");
  }
  return chart.outerHTML.replace(/^<svg /, `<svg role="img" aria-label="${escapeAttribute(title)}" `);
}

/**
 * The drawings last drawn, by what they were drawn from: a page shows the same figures until data
 * changes, and drawing costs milliseconds a chart. Same input, same SVG, whoever asks.
 */
const drawn = new BoundedCache<string>(500);

/** A reference line's label at the right edge, with a halo in the page's colour that keeps it legible where the measured line crosses it. */
const referenceLabel = (text: string, y: number, dy: number) =>
  Plot.text([text], {
    frameAnchor: "right",
    y: [y],
    dy,
    textAnchor: "end",
    className: "chart__reference",
    fill: "currentColor",
    stroke: "var(--proeftuin-surface)",
    strokeWidth: 4,
    paintOrder: "stroke",
  });

/** A finite [low, high] over the values, never of zero width, with a little room around. */
function extent(values: number[]): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [0, 1];
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  const room = high === low ? Math.abs(high) * 0.1 || 1 : (high - low) * 0.1;
  return [low - room, high + room];
}

/** Measured values over time against the baseline and the target, each line with its own dash pattern and a text label. */
export function hypothesisSvg(props: HypothesisChartProps, width = 640): string {
  return drawn.remember(JSON.stringify(["line", width, props]), () => drawHypothesis(props, width));
}

function drawHypothesis({ points, baseline, target, unit, title }: HypothesisChartProps, width: number): string {
  const suffix = unit ? ` ${unit}` : "";
  const measured = points.filter((p) => Number.isFinite(p.value));
  const [low, high] = extent([...measured.map((p) => p.value), baseline, target]);
  // Each label sits on the side of its line that faces the other line: inside the chart, clear of the axes.
  const targetAbove = target > baseline;
  // Month names need some 70 units each: on a narrow drawing only every so many is named.
  const labels = [...new Set(measured.map((p) => p.label))];
  const every = Math.max(1, Math.ceil((labels.length * 70) / (width - 88)));
  const chart = Plot.plot({
    document: newDocument(),
    width,
    height: 280,
    marginLeft: 64,
    marginRight: 24,
    marginTop: 24,
    marginBottom: 36,
    style: { fontSize: `${FONT}px`, fontFamily: "inherit", color: "var(--proeftuin-chart-text)" },
    x: { type: "point", domain: labels, ticks: labels.filter((_, i) => i % every === 0), label: null, padding: 0.3 },
    y: { domain: [low, high], nice: true, label: null, tickFormat: (v: number) => nl.format(v), ticks: 5 },
    marks: [
      Plot.gridY({ stroke: grid, strokeOpacity: 1, strokeDasharray: "2 4", ticks: 5 }),
      Plot.ruleY([baseline], { stroke: "var(--proeftuin-border-strong)", strokeDasharray: "4 4", strokeWidth: 1.5 }),
      Plot.ruleY([target], { stroke: "var(--proeftuin-chart-2)", strokeDasharray: "10 5", strokeWidth: 2 }),
      referenceLabel(`Nulmeting ${nl.format(baseline)}${suffix}`, baseline, targetAbove ? -12 : 12),
      referenceLabel(`Streefwaarde ${nl.format(target)}${suffix}`, target, targetAbove ? 12 : -12),
      Plot.lineY(measured, { x: "label", y: "value", stroke: palette[0], strokeWidth: 3 }),
      Plot.dot(measured, {
        x: "label",
        y: "value",
        r: 5,
        fill: palette[0],
        stroke: palette[0],
        title: (p: ChartPoint) => `${p.label}: ${nl.format(p.value)}${suffix}`,
      }),
    ],
  });
  return serialise(chart, title);
}

type Bar = { category: string; series: string; value: number; hatched: boolean; color: string };

/**
 * Bars lying down, grouped per category with their values printed beside them: each category's
 * name has a line of its own, also on a phone. A hatched series is filled with diagonal lines.
 */
export function barSvg(props: BarChartProps, width = 640): string {
  return drawn.remember(JSON.stringify(["bar", width, props]), () => drawBars(props, width));
}

function drawBars({ title, data, categoryKey, series: given, format = "count" }: BarChartProps, width: number): string {
  const id = slug(`${title}-${width}`);
  const series = given.map((s, i) => ({ ...s, color: s.color ?? palette[i % palette.length]! }));
  const show = (value: number) => (format === "euro" ? formatEuros(value * 100) : count.format(value));
  const categories = [...new Set(data.map((row) => String(row[categoryKey] ?? "")))];
  const bars: Bar[] = data.flatMap((row) =>
    series.map((s) => {
      const value = Number(row[s.key]);
      return {
        category: String(row[categoryKey] ?? ""),
        series: s.label,
        value: Number.isFinite(value) ? value : 0,
        hatched: !!s.hatched,
        color: s.color,
      };
    }),
  );
  const entries = series.length > 1 ? legendLayout(series, width) : [];
  const legendHeight = entries.length > 0 ? entries.at(-1)!.y + 28 : 8;
  const largest = Math.max(0, ...bars.map((bar) => bar.value));
  const barHeight = 22;
  // Amounts are wide: fewer ticks on a narrow drawing, so they do not run into each other.
  const ticks = wholeTicks(largest, format === "euro" ? (width < 500 ? 1 : 4) : 4);
  const marginLeft = Math.min(width * 0.34, 170);
  const chart = Plot.plot({
    document: newDocument(),
    width,
    height: legendHeight + 32 + Math.max(1, categories.length) * (series.length * barHeight + 16),
    marginLeft,
    // Room for the value printed beside the longest bar.
    marginRight: format === "euro" ? 110 : 48,
    marginTop: legendHeight,
    marginBottom: 32,
    style: { fontSize: `${FONT}px`, fontFamily: "inherit", color: "var(--proeftuin-chart-text)" },
    x: { domain: [0, ticks.at(-1)!], label: null, ticks, tickFormat: (v: number) => show(v) },
    fy: { domain: categories, label: null, padding: 0.15 },
    y: { domain: series.map((s) => s.label), axis: null, padding: 0.1 },
    marks: [
      // Drawn once for the whole chart, not once per category.
      Plot.frame({
        facet: "super",
        render: hatching(
          id,
          series.filter((s) => s.hatched),
        ),
      }),
      ...(entries.length > 0 ? [Plot.frame({ facet: "super", render: legend(id, entries) })] : []),
      Plot.gridX({ stroke: grid, strokeOpacity: 1, strokeDasharray: "2 4", ticks }),
      // lineWidth is in ems: a category's name wraps within the margin left of the bars.
      Plot.axisFy({ anchor: "left", label: null, lineWidth: (marginLeft - 12) / FONT, textAnchor: "end" }),
      Plot.barX(bars, {
        x: "value",
        y: "series",
        fy: "category",
        fill: (bar: Bar) => (bar.hatched ? `url(#${id}-${series.find((s) => s.label === bar.series)!.key})` : bar.color),
        stroke: (bar: Bar) => bar.color,
        title: (bar: Bar) => `${bar.category}, ${bar.series}: ${show(bar.value)}`,
      }),
      Plot.text(bars, { x: "value", y: "series", fy: "category", text: (bar: Bar) => show(bar.value), textAnchor: "start", dx: 4 }),
      Plot.ruleX([0], { stroke: "var(--proeftuin-chart-text)" }),
    ],
  });
  return serialise(chart, title);
}
