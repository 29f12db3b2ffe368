import type { Domain, FundingSource, SizeClass } from "../options.ts";

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
  spentBySource: Partial<Record<FundingSource, number>>;
};

export type Comparison = {
  label: string;
  own: number | null;
  network: number | null;
  sizeClass: number | null;
  /** Why an average is missing, in Dutch, or null. */
  note: string | null;
};

const average = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
const confirmedShare = (f: MunicipalityFigures) => (f.hypotheses === 0 ? null : (f.confirmed / f.hypotheses) * 100);

function compare(
  label: string,
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
  return { label, own: value(own), network, sizeClass, note };
}

export function compareWithNetwork(
  own: MunicipalityFigures,
  others: readonly MunicipalityFigures[],
  labels: { domain: (d: Domain) => string; source: (s: FundingSource) => string },
): Comparison[] {
  const domains = [...new Set([own, ...others].flatMap((f) => Object.keys(f.pilotsByDomain) as Domain[]))].sort();
  const sources = [...new Set([own, ...others].flatMap((f) => Object.keys(f.spentBySource) as FundingSource[]))].sort();
  return [
    ...domains.map((domain) => compare(`Gedeelde pilots: ${labels.domain(domain)}`, own, others, (f) => f.pilotsByDomain[domain] ?? 0)),
    compare("Aandeel bevestigde hypothesen (%)", own, others, confirmedShare),
    ...sources.map((source) =>
      compare(`Besteed via ${labels.source(source)} (€)`, own, others, (f) => (f.spentBySource[source] ?? 0) / 100),
    ),
  ];
}
