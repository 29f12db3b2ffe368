import { z } from "zod";
import { domains, evidenceLevels, lessonKinds, principles, provinces, sizeClasses } from "./options.ts";

/**
 * The lesson library's filters, all in the URL with Dutch names (?q=…&domein=…&soort=…&principe=…
 * &bewijs=…&provincie=…&omvang=…&gemeente=…&andere_gemeenten=1&pagina=…). A facet may be repeated
 * (?domein=wmo&domein=jeugd: either one); values that make no sense are dropped, not refused.
 */
const valuesOf = <T extends string>(known: readonly T[]) =>
  z
    .array(z.string())
    // In the vocabulary's order, each once: equal filters make equal URLs (and share PocketBase's answer cache).
    .transform((given) => known.filter((value) => given.includes(value)))
    .transform((values) => (values.length > 0 ? values : undefined));

/** Municipality record ids (PocketBase's 15 characters a-z0-9), sorted, at most 20. */
const MUNICIPALITY_ID = /^[a-z0-9]{15}$/;
const municipalityIds = z
  .array(z.string())
  .transform((given) => [...new Set(given.filter((id) => MUNICIPALITY_ID.test(id)))].sort().slice(0, 20))
  .transform((ids) => (ids.length > 0 ? ids : undefined));

const LessonFiltersSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  domain: valuesOf(domains.values),
  kind: valuesOf(lessonKinds.values),
  principle: valuesOf(principles.values),
  evidence: valuesOf(evidenceLevels.values),
  province: valuesOf(provinces.values),
  size: valuesOf(sizeClasses.values),
  municipality: municipalityIds,
  /** Only lessons of other municipalities than the signed-in user's own (PocketBase ignores it for visitors). */
  notOwn: z
    .string()
    .optional()
    .transform((value) => (value === "1" ? (true as const) : undefined)),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
type Parsed = z.output<typeof LessonFiltersSchema>;
/** The parsed filters; a facet without chosen values is absent. */
export type LessonFilters = { q: string; page: number } & {
  [K in Exclude<keyof Parsed, "q" | "page">]?: Exclude<Parsed[K], undefined>;
};
export type LessonFacet = "domain" | "kind" | "principle" | "evidence" | "province" | "size";
/** The groups a value can be chosen in: the facets and the municipality. */
type LessonGroup = LessonFacet | "municipality";

export const lessonParams = {
  q: "q",
  domain: "domein",
  kind: "soort",
  principle: "principe",
  evidence: "bewijs",
  province: "provincie",
  size: "omvang",
  municipality: "gemeente",
  notOwn: "andere_gemeenten",
  page: "pagina",
} as const satisfies Record<keyof LessonFilters, string>;

/** Each facet with its Dutch heading and labels, in the order the page shows them. */
export const lessonFacets: ReadonlyArray<{
  facet: LessonFacet;
  heading: string;
  label: (value: string) => string;
  values: readonly string[];
}> = [
  { facet: "domain", heading: "Domein", label: domains.label, values: domains.values },
  { facet: "kind", heading: "Soort les", label: lessonKinds.label, values: lessonKinds.values },
  { facet: "principle", heading: "Principe", label: principles.label, values: principles.values },
  { facet: "evidence", heading: "Bewijskracht van de pilot", label: evidenceLevels.label, values: evidenceLevels.values },
  { facet: "province", heading: "Provincie", label: provinces.label, values: provinces.values },
  { facet: "size", heading: "Omvang gemeente", label: sizeClasses.label, values: sizeClasses.values },
];

const GROUPS: readonly LessonGroup[] = [...lessonFacets.map(({ facet }) => facet), "municipality"];

export function parseLessonFilters(params: URLSearchParams): LessonFilters {
  const raw: Record<string, unknown> = { q: params.get(lessonParams.q) ?? "", page: params.get(lessonParams.page) ?? 1 };
  for (const group of GROUPS) raw[group] = params.getAll(lessonParams[group]);
  raw.notOwn = params.get(lessonParams.notOwn) ?? undefined;
  return stripUndefined(LessonFiltersSchema.parse(raw));
}

/** Absent rather than undefined, so that filters compare and spread cleanly. */
function stripUndefined(filters: Parsed): LessonFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as LessonFilters;
}

/** The query string for these filters (defaults left out, repeated parameters for several values), with some changed. */
export function lessonFiltersQuery(
  filters: LessonFilters,
  overrides: { [K in keyof LessonFilters]?: LessonFilters[K] | undefined } = {},
): string {
  const merged: Record<string, unknown> = { ...filters, ...overrides };
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(lessonParams)) {
    const value = merged[key];
    if (value === undefined || value === "" || (key === "page" && value === 1)) continue;
    if (Array.isArray(value)) for (const each of value) params.append(name, String(each));
    else params.set(name, value === true ? "1" : String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The query string with `value` chosen in `group` too, or no longer chosen when it was; back to page 1. */
export function toggledLessonFilter(filters: LessonFilters, group: LessonGroup, value: string): string {
  const chosen: readonly string[] = filters[group] ?? [];
  const next = chosen.includes(value) ? chosen.filter((each) => each !== value) : [...chosen, value];
  const params = new URLSearchParams(lessonFiltersQuery(filters, { page: 1 }));
  params.delete(lessonParams[group]);
  for (const each of next) params.append(lessonParams[group], each);
  // Parsed again so that the values come in their fixed order.
  return lessonFiltersQuery(parseLessonFilters(params));
}

/**
 * The filters in use, each value with a link that removes it: the page's filter line and empty
 * state offer these. `municipalityName` names a chosen municipality (its id otherwise).
 */
export function activeLessonFilters(
  filters: LessonFilters,
  municipalityName: (id: string) => string = (id) => id,
): Array<{ label: string; without: string }> {
  const active: Array<{ label: string; without: string }> = [];
  if (filters.q) active.push({ label: `zoekterm “${filters.q}”`, without: lessonFiltersQuery(filters, { q: undefined, page: 1 }) });
  const groups = [...lessonFacets, { facet: "municipality" as const, heading: "Gemeente", label: municipalityName }];
  for (const { facet, heading, label } of groups) {
    for (const value of filters[facet] ?? [])
      active.push({ label: `${heading.toLowerCase()}: ${label(value)}`, without: toggledLessonFilter(filters, facet, value) });
  }
  if (filters.notOwn)
    active.push({ label: "andere gemeenten dan de mijne", without: lessonFiltersQuery(filters, { notOwn: undefined, page: 1 }) });
  return active;
}
