import { Bar, BarChart as RechartsBarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatEuros } from "../../domain/money.ts";

type BarSeries = { key: string; label: string; color: string; hatched?: boolean };
type Props = {
  title: string;
  data: Array<Record<string, string | number>>;
  categoryKey: string;
  series: BarSeries[];
  /** "euro": the values are whole euros, printed as the rest of the site prints amounts. */
  format?: "count" | "euro";
};

const count = new Intl.NumberFormat("nl-NL");

/**
 * Bars with their values printed on them and a second series hatched, so the chart reads without
 * colour; keyboard users step through the bars with the arrow keys (recharts' accessibility layer).
 * The page renders the same numbers as a table for screen readers and print.
 */
export default function BarChart({ title, data, categoryKey, series, format = "count" }: Props) {
  const show = (value: unknown) => (format === "euro" ? formatEuros(Number(value) * 100) : count.format(Number(value)));
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group names the chart and its data table for screen readers; a fieldset would announce a form.
    <div className="chart" role="group" aria-label={title}>
      <ResponsiveContainer width="100%" height={280}>
        <RechartsBarChart data={data} margin={{ top: 24, right: 16, bottom: 8, left: 16 }} accessibilityLayer title={title}>
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
                  <rect width="8" height="8" fill="#ffffff" />
                  <line x1="0" y1="0" x2="0" y2="8" stroke={s.color} strokeWidth="5" />
                </pattern>
              ))}
          </defs>
          <CartesianGrid stroke="#d0d0d0" strokeDasharray="2 4" vertical={false} />
          <XAxis dataKey={categoryKey} tick={{ fill: "#1a1a1a" }} interval={0} />
          <YAxis tickFormatter={show} tick={{ fill: "#1a1a1a" }} width={format === "euro" ? 100 : 40} allowDecimals={false} />
          <Tooltip formatter={(value, name) => [show(value), name]} />
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
              <LabelList dataKey={s.key} position="top" formatter={show} fill="#1a1a1a" fontSize={12} />
            </Bar>
          ))}
        </RechartsBarChart>
      </ResponsiveContainer>
    </div>
  );
}
