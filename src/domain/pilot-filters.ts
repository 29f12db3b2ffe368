import { z } from "zod";
import { recordId } from "./form-fields.ts";
import { domains, stages, visibilities } from "./options.ts";

/**
 * The pilot overview's filters live in the URL (?q=…&domein=…&fase=…&zichtbaarheid=…&gemeente=…&pagina=2),
 * so a filtered list can be shared and works without JavaScript. A value that makes no sense is
 * dropped rather than shown as an error: the list then shows a wider selection.
 */
export const PilotFiltersSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  domain: z.enum(domains.values).optional().catch(undefined),
  stage: z.enum(stages.values).optional().catch(undefined),
  visibility: z.enum(visibilities.values).optional().catch(undefined),
  municipality: recordId.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type PilotFilters = z.output<typeof PilotFiltersSchema>;

/** URL parameter names, in Dutch, for each filter. */
const PARAMS = {
  q: "q",
  domain: "domein",
  stage: "fase",
  visibility: "zichtbaarheid",
  municipality: "gemeente",
  page: "pagina",
} as const satisfies Record<keyof PilotFilters, string>;

export function parsePilotFilters(params: URLSearchParams): PilotFilters {
  const raw = Object.fromEntries(Object.entries(PARAMS).map(([key, name]) => [key, params.get(name) ?? undefined]));
  return PilotFiltersSchema.parse({ ...raw, q: raw.q ?? "", page: raw.page ?? 1 });
}

/** The query string for these filters, leaving out what is empty or default. */
export function pilotFiltersQuery(filters: PilotFilters, overrides: Partial<PilotFilters> = {}): string {
  const merged = { ...filters, ...overrides };
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(PARAMS) as Array<[keyof PilotFilters, string]>) {
    const value = merged[key];
    if (value === undefined || value === "" || (key === "page" && value === 1)) continue;
    params.set(name, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

export const hasActiveFilters = (filters: PilotFilters): boolean =>
  Boolean(filters.q || filters.domain || filters.stage || filters.visibility || filters.municipality);

/**
 * The text PocketBase searches for: "@" is refused anywhere in a filter (403), and "%", "_" and "\"
 * would be LIKE wildcards or escapes, so all four are searched as spaces. The pilot count route
 * (pocketbase/pb_hooks/lib/pilot-list.js) does the same, so its count matches the list.
 */
export const searchableText = (q: string): string => q.replace(/[@%_\\]/g, " ").trim();
