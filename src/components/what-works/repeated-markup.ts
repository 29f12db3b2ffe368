import type { IndicatorResult, InterventionResult } from "../../domain/what-works.ts";
import { changeLabel } from "../../domain/relative-change.ts";

/*
 * The parts of /wat-werkt that repeat per pilot (a table row and a chart dot per pilot and
 * indicator, a list item per pilot), as HTML text. On a network of 20,000 pilots that is some
 * 16,000 elements: Astro took most of 200 ms to render them on every visit. The pooled results
 * are kept per answer (src/server/what-works-page.ts), so the text made from them is kept with
 * them: per result object, for as long as that object lives.
 */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text as HTML, safe in element content and in a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/** The change chart's drawing area: a row per pilot, 0 always on the axis. */
export function changeChartScale(indicator: IndicatorResult) {
  const width = 560;
  const left = 170;
  const right = 20;
  const rowHeight = 26;
  const top = 30;
  const height = top + indicator.points.length * rowHeight + 30;
  const values = indicator.points.map((point) => point.change);
  // A loop, not Math.min(...values): some thousands of arguments.
  let low = 0;
  let high = 0;
  for (const value of values) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  const span = high - low || 1;
  const x = (value: number) => left + ((value - low) / span) * (width - left - right);
  return { width, left, rowHeight, top, height, x };
}

const truncate = (text: string) => (text.length > 24 ? `${text.slice(0, 23)}…` : text);

const pilotLink = (pilot: { id: string; title: string; municipality_name: string }) =>
  `<a class="utrecht-link" href="/pilots/${escapeHtml(pilot.id)}">${escapeHtml(pilot.title)}</a> (${escapeHtml(pilot.municipality_name)})`;

function chartDots(indicator: IndicatorResult): string {
  const { left, rowHeight, top, x } = changeChartScale(indicator);
  return indicator.points
    .map((point, index) => {
      const middle = top + index * rowHeight + rowHeight / 2;
      return (
        `<g><text x="${left - 8}" y="${middle + 4}" text-anchor="end" class="change-chart__label">${escapeHtml(truncate(point.pilot.municipality_name))}</text>` +
        `<circle cx="${x(point.change)}" cy="${middle}" r="6" class="change-chart__dot"></circle></g>`
      );
    })
    .join("");
}

function tableRows(indicator: IndicatorResult): string {
  return indicator.points
    .map(
      (point) =>
        `<tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="row">${pilotLink(point.pilot)}</th>` +
        `<td class="utrecht-table__cell">1</td><td class="utrecht-table__cell">${escapeHtml(changeLabel(point.change))}</td></tr>`,
    )
    .join("");
}

const indicatorMarkup = new WeakMap<IndicatorResult, { dots: string; rows: string }>();
const pilotListMarkup = new WeakMap<InterventionResult, string>();

/** An indicator's chart dots and table rows, one per pilot. */
export function pointMarkup(indicator: IndicatorResult): { dots: string; rows: string } {
  let markup = indicatorMarkup.get(indicator);
  if (!markup) {
    markup = { dots: chartDots(indicator), rows: tableRows(indicator) };
    indicatorMarkup.set(indicator, markup);
  }
  return markup;
}

/** The intervention's pilots as list items. */
export function pilotListItems(intervention: InterventionResult): string {
  let markup = pilotListMarkup.get(intervention);
  if (markup === undefined) {
    markup = intervention.pilots.map((pilot) => `<li>${pilotLink(pilot)}</li>`).join("");
    pilotListMarkup.set(intervention, markup);
  }
  return markup;
}
