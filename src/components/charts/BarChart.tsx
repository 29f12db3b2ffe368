import {
  Bar,
  BarChart as RechartsBarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  Text,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { XAxisTickContentProps, YAxisTickContentProps } from "recharts/types/util/types";
import { useEffect, useState } from "react";
import { formatEuros } from "../../domain/money.ts";
import { type BarChartProps, palette } from "./chart-props.ts";

const count = new Intl.NumberFormat("nl-NL");

const text = "var(--proeftuin-chart-text)";

/** A category's name wrapped onto lines within its own band, so neighbouring names never run into each other. */
function CategoryTick({ x, y, width, visibleTicksCount, payload }: XAxisTickContentProps) {
  const band = Number(width) / Math.max(1, visibleTicksCount);
  return (
    <Text x={x} y={y} width={Math.max(40, band - 8)} textAnchor="middle" verticalAnchor="start" fill={text} fontSize={14}>
      {String(payload.value)}
    </Text>
  );
}

/** On a phone the bars lie down, so that each category's name has a line of its own beside its bars. */
const CATEGORY_WIDTH = 96;
function LyingCategoryTick({ x, y, payload }: YAxisTickContentProps) {
  return (
    <Text x={x} y={y} width={CATEGORY_WIDTH - 8} textAnchor="end" verticalAnchor="middle" fill={text} fontSize={12}>
      {String(payload.value)}
    </Text>
  );
}

function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const query = window.matchMedia("(max-width: 40rem)");
    const update = () => setNarrow(query.matches);
    update();
    query.addEventListener("change", update);
    return () => query.removeEventListener("change", update);
  }, []);
  return narrow;
}

/**
 * Bars with their values printed on them and a second series hatched, so the chart reads without
 * colour; keyboard users step through the bars with the arrow keys (recharts' accessibility layer).
 * The page renders the same numbers as a table for screen readers and print.
 */
export default function BarChart({ title, data, categoryKey, series: given, format = "count" }: BarChartProps) {
  const series = given.map((s, i) => ({ ...s, color: s.color ?? palette[i % palette.length] }));
  const show = (value: unknown) => (format === "euro" ? formatEuros(Number(value) * 100) : count.format(Number(value)));
  const narrow = useNarrow();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group names the chart and its data table for screen readers; a fieldset would announce a form.
    <div className="chart" role="group" aria-label={title}>
      <ResponsiveContainer width="100%" height={narrow ? 90 + data.length * series.length * 24 : 280}>
        <RechartsBarChart
          layout={narrow ? "vertical" : "horizontal"}
          data={data}
          margin={{ top: 24, right: 16, bottom: 8, left: 16 }}
          accessibilityLayer
          title={title}
        >
          <defs>
            {series
              .filter((s) => s.hatched)
              .map((s) => (
                <pattern
                  key={s.key}
                  id={`arcering-${s.key}`}
                  patternUnits="userSpaceOnUse"
                  width="8"
                  height="8"
                  patternTransform="rotate(45)"
                >
                  <rect width="8" height="8" fill="var(--proeftuin-surface)" />
                  <line x1="0" y1="0" x2="0" y2="8" stroke={s.color} strokeWidth="5" />
                </pattern>
              ))}
          </defs>
          <CartesianGrid stroke="var(--proeftuin-chart-grid)" strokeDasharray="2 4" vertical={narrow} horizontal={!narrow} />
          {narrow ? (
            <>
              <XAxis type="number" tickFormatter={show} tick={{ fill: text, fontSize: 12 }} tickCount={3} allowDecimals={false} />
              <YAxis type="category" dataKey={categoryKey} tick={LyingCategoryTick} width={CATEGORY_WIDTH} interval={0} />
            </>
          ) : (
            <>
              <XAxis dataKey={categoryKey} tick={CategoryTick} interval={0} height={48} />
              <YAxis tickFormatter={show} tick={{ fill: text }} width={format === "euro" ? 100 : 40} allowDecimals={false} />
            </>
          )}
          <Tooltip
            formatter={(value, name) => [show(value), name]}
            contentStyle={{ background: "var(--proeftuin-surface)", borderColor: "var(--proeftuin-border)" }}
            cursor={{ fill: "var(--basis-color-default-bg-subtle)" }}
          />
          <Legend />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={s.hatched ? `url(#arcering-${s.key})` : s.color}
              stroke={s.color}
              isAnimationActive={false}
            >
              <LabelList dataKey={s.key} position="top" formatter={show} fill={text} fontSize={12} />
            </Bar>
          ))}
        </RechartsBarChart>
      </ResponsiveContainer>
    </div>
  );
}
