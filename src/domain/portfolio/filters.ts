import { z } from "zod";
import { domains, principles, stages } from "../options.ts";
import type { PortfolioRecords } from "./types.ts";

/** The portfolio's filters in the URL: ?domein=…&fase=…&jaar=…&principe=… */
const PortfolioFiltersSchema = z.object({
  domain: z.enum(domains.values).optional().catch(undefined),
  stage: z.enum(stages.values).optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  principle: z.enum(principles.values).optional().catch(undefined),
});
export type PortfolioFilters = z.output<typeof PortfolioFiltersSchema>;

export function parsePortfolioFilters(params: URLSearchParams): PortfolioFilters {
  return PortfolioFiltersSchema.parse({
    domain: params.get("domein") ?? undefined,
    stage: params.get("fase") ?? undefined,
    year: params.get("jaar") || undefined,
    principle: params.get("principe") ?? undefined,
  });
}

export function portfolioFiltersQuery(filters: PortfolioFilters): string {
  const params = new URLSearchParams();
  if (filters.domain) params.set("domein", filters.domain);
  if (filters.stage) params.set("fase", filters.stage);
  if (filters.year) params.set("jaar", String(filters.year));
  if (filters.principle) params.set("principe", filters.principle);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/**
 * The records of the pilots that pass the filters. A year keeps pilots that ran in that year
 * (start to end) and narrows the budget to that year's lines.
 */
export function applyPortfolioFilters(records: PortfolioRecords, filters: PortfolioFilters): PortfolioRecords {
  const ranIn = (start: string, end: string, year: number) =>
    (!start || Number(start.slice(0, 4)) <= year) && (!end || Number(end.slice(0, 4)) >= year);
  const pilots = records.pilots.filter(
    (p) =>
      (!filters.domain || p.domain === filters.domain) &&
      (!filters.stage || p.stage === filters.stage) &&
      (!filters.principle || p.principles.includes(filters.principle)) &&
      (!filters.year || ranIn(p.start_date, p.end_date, filters.year)),
  );
  const ids = new Set(pilots.map((p) => p.id));
  return {
    pilots,
    hypotheses: records.hypotheses.filter((h) => ids.has(h.pilot)),
    budgetLines: records.budgetLines.filter((l) => ids.has(l.pilot) && (!filters.year || l.year === filters.year)),
    risks: records.risks.filter((r) => ids.has(r.pilot)),
    evaluations: records.evaluations.filter((e) => ids.has(e.pilot)),
    lessonCounts: Object.fromEntries(Object.entries(records.lessonCounts).filter(([id]) => ids.has(id))),
    ...(records.effects ? { effects: records.effects.filter((f) => ids.has(f.pilot)) } : {}),
  };
}
