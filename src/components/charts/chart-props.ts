/**
 * What a chart is given, shared by the server-drawn SVG (plot-svg.ts) and the interactive recharts
 * version, which the browser loads: nothing here may import Plot or linkedom.
 */
export type ChartPoint = { period: string; label: string; value: number };
export type HypothesisChartProps = { points: ChartPoint[]; baseline: number; target: number; unit: string; title: string };

/** color: a CSS colour, best a theme token (var(--…)); without one the series takes the next of the site's chart colours. */
type BarSeries = { key: string; label: string; color?: string; hatched?: boolean };
export type BarChartProps = {
  title: string;
  data: Array<Record<string, string | number>>;
  categoryKey: string;
  series: BarSeries[];
  /** "euro": the values are whole euros, printed as the rest of the site prints amounts. */
  format?: "count" | "euro";
};

/** The chart colours defined in site.css from the theme's tokens, so a municipality's theme restyles the charts. */
export const palette = ["var(--proeftuin-chart-1)", "var(--proeftuin-chart-2)", "var(--proeftuin-chart-3)", "var(--proeftuin-chart-4)"];
