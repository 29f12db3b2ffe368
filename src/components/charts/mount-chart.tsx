/** Loaded on the click on "Interactieve grafiek" only (chart-toggle.ts): React and recharts with it. */
import { createRoot } from "react-dom/client";
import BarChart from "./BarChart.tsx";
import HypothesisChart from "./HypothesisChart.tsx";
import type { BarChartProps, HypothesisChartProps } from "./chart-props.ts";

export function mountChart(target: HTMLElement, kind: "bar" | "line", props: unknown): void {
  const root = createRoot(target);
  if (kind === "bar") root.render(<BarChart {...(props as BarChartProps)} />);
  else root.render(<HypothesisChart {...(props as HypothesisChartProps)} />);
}
