import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { HypothesisChartProps } from "./chart-props.ts";

export type { ChartPoint } from "./chart-props.ts";

const nl = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });
/** Colours from the theme's tokens (site.css), so a municipality's theme restyles the chart. */
const text = "var(--proeftuin-chart-text)";
const measured = "var(--proeftuin-chart-1)";

/**
 * Measured values over time against the baseline and the target. The lines differ in dash pattern
 * and carry text labels, so the chart reads without colour; recharts' accessibility layer lets a
 * keyboard user step through the points (arrow keys) once the chart has focus. The table next to
 * it, rendered on the server, is the text alternative.
 */
export default function HypothesisChart({ points, baseline, target, unit, title }: HypothesisChartProps) {
  const suffix = unit ? ` ${unit}` : "";
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group names the chart and its data table for screen readers; a fieldset would announce a form.
    <div className="chart" aria-label={title} role="group">
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={points} margin={{ top: 20, right: 20, bottom: 5, left: 10 }} accessibilityLayer title={title}>
          <CartesianGrid stroke="var(--proeftuin-chart-grid)" strokeDasharray="2 4" />
          <XAxis dataKey="label" tick={{ fill: text }} />
          <YAxis domain={["auto", "auto"]} tickFormatter={(value: number) => nl.format(value)} tick={{ fill: text }} width={70} />
          <Tooltip
            formatter={(value) => [`${nl.format(Number(value))}${suffix}`, "Gemeten"]}
            contentStyle={{ background: "var(--proeftuin-surface)", borderColor: "var(--proeftuin-border)" }}
            cursor={{ stroke: "var(--proeftuin-border)" }}
          />
          <ReferenceLine
            y={baseline}
            stroke="var(--proeftuin-border-strong)"
            strokeDasharray="4 4"
            ifOverflow="extendDomain"
            label={{ value: `Nulmeting ${nl.format(baseline)}${suffix}`, position: "insideTopRight", fill: text, fontSize: 13 }}
          />
          <ReferenceLine
            y={target}
            stroke="var(--proeftuin-chart-2)"
            strokeDasharray="10 5"
            strokeWidth={2}
            ifOverflow="extendDomain"
            label={{ value: `Streefwaarde ${nl.format(target)}${suffix}`, position: "insideBottomRight", fill: text, fontSize: 13 }}
          />
          <Line
            type="linear"
            dataKey="value"
            name="Gemeten"
            stroke={measured}
            strokeWidth={3}
            dot={{ r: 5, fill: measured }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
