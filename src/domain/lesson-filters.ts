import { z } from "zod";
import { domains, evidenceLevels, lessonKinds, principles, provinces, sizeClasses } from "./options.ts";

/**
 * The lesson library's filters, all in the URL with Dutch names (?q=…&domein=…&soort=…&principe=…
 * &bewijs=…&provincie=…&omvang=…&pagina=…). Values that make no sense are dropped, not refused.
 */
const LessonFiltersSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  domain: z.enum(domains.values).optional().catch(undefined),
  kind: z.enum(lessonKinds.values).optional().catch(undefined),
  principle: z.enum(principles.values).optional().catch(undefined),
  evidence: z.enum(evidenceLevels.values).optional().catch(undefined),
  province: z.enum(provinces.values).optional().catch(undefined),
  size: z.enum(sizeClasses.values).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type LessonFilters = z.output<typeof LessonFiltersSchema>;
export type LessonFacet = Exclude<keyof LessonFilters, "q" | "page">;

export const lessonParams = {
  q: "q",
  domain: "domein",
  kind: "soort",
  principle: "principe",
  evidence: "bewijs",
  province: "provincie",
  size: "omvang",
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

export function parseLessonFilters(params: URLSearchParams): LessonFilters {
  const raw = Object.fromEntries(Object.entries(lessonParams).map(([key, name]) => [key, params.get(name) ?? undefined]));
  return LessonFiltersSchema.parse({ ...raw, q: raw.q ?? "", page: raw.page ?? 1 });
}

/** The query string for these filters (defaults left out), with some changed. */
export function lessonFiltersQuery(
  filters: LessonFilters,
  overrides: Partial<Record<keyof LessonFilters, string | number | undefined>> = {},
): string {
  const merged: Record<string, unknown> = { ...filters, ...overrides };
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(lessonParams)) {
    const value = merged[key];
    if (value === undefined || value === "" || (key === "page" && value === 1)) continue;
    params.set(name, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The filters in use, each with a link that removes it: the empty state offers these. */
export function activeLessonFilters(filters: LessonFilters): Array<{ label: string; without: string }> {
  const active: Array<{ label: string; without: string }> = [];
  if (filters.q) active.push({ label: `zoekterm “${filters.q}”`, without: lessonFiltersQuery(filters, { q: undefined, page: 1 }) });
  for (const { facet, heading, label } of lessonFacets) {
    const value = filters[facet];
    if (value)
      active.push({
        label: `${heading.toLowerCase()}: ${label(value)}`,
        without: lessonFiltersQuery(filters, { [facet]: undefined, page: 1 }),
      });
  }
  return active;
}
