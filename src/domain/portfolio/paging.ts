import { z } from "zod";
import { type PortfolioFilters, portfolioFiltersQuery } from "./filters.ts";

/**
 * The portfolio's long lists are paged: a municipality with 500 pilots otherwise renders them all
 * on every visit. The report (print) keeps every row.
 */
export const PORTFOLIO_PAGE_SIZE = 25;

const pageNumber = z.coerce.number().int().min(1).max(10_000).catch(1);

/** The page of each paged list, in the URL as ?pijplijn=… and ?aandacht=…, next to the filters. */
const PortfolioPagesSchema = z.object({ pipeline: pageNumber, attention: pageNumber });
export type PortfolioPages = z.output<typeof PortfolioPagesSchema>;
export type PagedList = keyof PortfolioPages;

const PARAMETER: Record<PagedList, string> = { pipeline: "pijplijn", attention: "aandacht" };
/** Where a page link lands: the list's own section, so keyboard and screen-reader users stay at the list. */
const SECTION: Record<PagedList, string> = { pipeline: "pijplijn", attention: "aandacht" };

export function parsePortfolioPages(params: URLSearchParams): PortfolioPages {
  return PortfolioPagesSchema.parse({
    pipeline: params.get(PARAMETER.pipeline) ?? undefined,
    attention: params.get(PARAMETER.attention) ?? undefined,
  });
}

export type PageOf<T> = {
  items: T[];
  /** The page shown: the one asked for, or the last one when that is past the end. */
  page: number;
  totalPages: number;
  total: number;
  /** 1-based positions of the first and last row shown; 0 and 0 for an empty list. */
  first: number;
  last: number;
};

export function pageOf<T>(items: readonly T[], requested: number, size = PORTFOLIO_PAGE_SIZE): PageOf<T> {
  const total = items.length;
  const totalPages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Math.trunc(requested) || 1), totalPages);
  // Not (page - 1) * size: with an unbounded size (the report) 0 × Infinity is NaN.
  const start = page > 1 ? (page - 1) * size : 0;
  const shown = items.slice(start, start + size);
  return { items: shown, page, totalPages, total, first: shown.length ? start + 1 : 0, last: start + shown.length };
}

/** "1–25 van 500 pilots"; only the count ("12 pilots") when everything fits on one page. */
export function rangeText(paged: Pick<PageOf<unknown>, "first" | "last" | "total" | "totalPages">): string {
  const noun = paged.total === 1 ? "pilot" : "pilots";
  return paged.totalPages > 1 ? `${paged.first}–${paged.last} van ${paged.total} ${noun}` : `${paged.total} ${noun}`;
}

/**
 * The address of another page of one list: the filters and the other lists' pages are kept, a
 * first page is left out of the URL.
 */
export function portfolioPageHref(filters: PortfolioFilters, pages: PortfolioPages, list: PagedList, page: number): string {
  const params = new URLSearchParams(portfolioFiltersQuery(filters));
  const wanted = { ...pages, [list]: page };
  for (const name of Object.keys(PARAMETER) as PagedList[]) {
    if (wanted[name] > 1) params.set(PARAMETER[name], String(wanted[name]));
  }
  const query = params.toString();
  return `/portfolio${query ? `?${query}` : ""}#${SECTION[list]}`;
}
