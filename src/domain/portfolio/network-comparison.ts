import { formatDecimal } from "../decimal.ts";
import { formatEuros } from "../money.ts";
import type { Domain, FundingSource, SizeClass } from "../options.ts";
import { CONFIRMED_SHARE_LABEL, confirmedShare } from "./figures.ts";

/**
 * The municipality's own figures against the network average and against municipalities of the
 * same size class. Every figure comes from shared records only (the shared_* collections), and an
 * average over fewer than MIN_GROUP municipalities is not shown: it would point at one of them.
 */
export const MIN_GROUP = 5;

export type MunicipalityFigures = {
  municipality: string;
  sizeClass: SizeClass | "";
  pilotsByDomain: Partial<Record<Domain, number>>;
  hypotheses: number;
  confirmed: number;
  /** Hypotheses with a verdict: bevestigd, verworpen or onbeslist (the denominator of confirmedShare). */
  judged: number;
  /** Cents per funding source. */
  spentBySource: Partial<Record<FundingSource, number>>;
};

/** How a figure is shown: a number of pilots, a percentage, or cents shown as whole euros. */
export type FigureUnit = "count" | "percent" | "euro";

export type Comparison = {
  label: string;
  unit: FigureUnit;
  own: number | null;
  network: number | null;
  sizeClass: number | null;
  /** Why an average is missing, in Dutch, or null. */
  note: string | null;
};

const average = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

function compare(
  label: string,
  unit: FigureUnit,
  own: MunicipalityFigures,
  others: readonly MunicipalityFigures[],
  value: (figures: MunicipalityFigures) => number | null,
): Comparison {
  const of = (group: readonly MunicipalityFigures[]) => group.map(value).filter((v): v is number => v !== null);
  const networkValues = of(others);
  const sameSize = of(others.filter((other) => own.sizeClass !== "" && other.sizeClass === own.sizeClass));
  const network = networkValues.length >= MIN_GROUP ? average(networkValues) : null;
  const sizeClass = sameSize.length >= MIN_GROUP ? average(sameSize) : null;
  const note =
    network === null
      ? `Te weinig gemeenten (${networkValues.length}) om mee te vergelijken; er zijn er minstens ${MIN_GROUP} nodig.`
      : sizeClass === null
        ? `Te weinig gemeenten van dezelfde omvang (${sameSize.length}) om mee te vergelijken.`
        : null;
  return { label, unit, own: value(own), network, sizeClass, note };
}

export function compareWithNetwork(
  own: MunicipalityFigures,
  others: readonly MunicipalityFigures[],
  labels: { domain: (d: Domain) => string; source: (s: FundingSource) => string },
): Comparison[] {
  const domains = [...new Set([own, ...others].flatMap((f) => Object.keys(f.pilotsByDomain) as Domain[]))].sort();
  const sources = [...new Set([own, ...others].flatMap((f) => Object.keys(f.spentBySource) as FundingSource[]))].sort();
  return [
    ...domains.map((domain) =>
      compare(`Gedeelde pilots: ${labels.domain(domain)}`, "count", own, others, (f) => f.pilotsByDomain[domain] ?? 0),
    ),
    compare(CONFIRMED_SHARE_LABEL, "percent", own, others, confirmedShare),
    ...sources.map((source) => compare(`Besteed via ${labels.source(source)}`, "euro", own, others, (f) => f.spentBySource[source] ?? 0)),
  ];
}

/** A figure as the comparison table shows it: "2,4" pilots, "38%", "€ 2.146.526"; "–" when there is none. */
export function formatFigure(value: number | null, unit: FigureUnit): string {
  if (value === null) return "–";
  if (unit === "percent") return `${Math.round(value)}%`;
  if (unit === "euro") return formatEuros(value);
  return formatDecimal(Math.round(value * 10) / 10);
}
