import { describe, expect, it } from "vitest";
import { PORTFOLIO_PAGE_SIZE, pageOf, parsePortfolioPages, portfolioPageHref, rangeText } from "../../src/domain/portfolio/paging.ts";

const numbers = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
const pages = (query: string) => parsePortfolioPages(new URLSearchParams(query));

describe("the portfolio's paged lists (src/domain/portfolio/paging.ts)", () => {
  it("reads a page per list from the URL and takes page 1 for anything that is not a page number", () => {
    expect(pages("")).toEqual({ pipeline: 1, attention: 1 });
    expect(pages("pijplijn=3&aandacht=2")).toEqual({ pipeline: 3, attention: 2 });
    for (const wrong of ["0", "-2", "2.5", "abc", "", "1e9", "<script>"]) {
      expect(pages(`pijplijn=${encodeURIComponent(wrong)}`).pipeline).toBe(1);
    }
  });

  it("shows 25 rows a page, and the last page for a page past the end", () => {
    expect(PORTFOLIO_PAGE_SIZE).toBe(25);
    const first = pageOf(numbers(500), 1);
    expect(first).toMatchObject({ page: 1, totalPages: 20, total: 500, first: 1, last: 25 });
    expect(first.items).toEqual(numbers(25));
    const last = pageOf(numbers(500), 20);
    expect(last).toMatchObject({ page: 20, first: 476, last: 500 });
    expect(last.items).toHaveLength(25);
    expect(pageOf(numbers(500), 21)).toMatchObject({ page: 20, first: 476, last: 500 });
    expect(pageOf(numbers(26), 2)).toMatchObject({ page: 2, totalPages: 2, first: 26, last: 26, items: [26] });
    expect(pageOf([], 3)).toMatchObject({ page: 1, totalPages: 1, total: 0, first: 0, last: 0, items: [] });
  });

  it("keeps every row on one page when the size is unbounded (the report)", () => {
    const all = pageOf(numbers(500), 1, Number.POSITIVE_INFINITY);
    expect(all).toMatchObject({ page: 1, totalPages: 1, first: 1, last: 500 });
    expect(all.items).toHaveLength(500);
  });

  it("says which rows of how many are shown", () => {
    expect(rangeText(pageOf(numbers(500), 1))).toBe("1–25 van 500 pilots");
    expect(rangeText(pageOf(numbers(500), 2))).toBe("26–50 van 500 pilots");
    expect(rangeText(pageOf(numbers(12), 1))).toBe("12 pilots");
    expect(rangeText(pageOf(numbers(1), 1))).toBe("1 pilot");
  });

  it("links to another page of one list with the filters and the other list's page kept", () => {
    const filters = { domain: "wmo", stage: "uitvoering", year: 2026 } as const;
    const href = portfolioPageHref(filters, { pipeline: 2, attention: 3 }, "pipeline", 3);
    const url = new URL(href, "https://proeftuin.test");
    expect(url.pathname).toBe("/portfolio");
    expect(url.hash).toBe("#pijplijn");
    expect(Object.fromEntries(url.searchParams)).toEqual({ domein: "wmo", fase: "uitvoering", jaar: "2026", pijplijn: "3", aandacht: "3" });
    // Page 1 is the page without a number.
    expect(portfolioPageHref({}, { pipeline: 2, attention: 1 }, "pipeline", 1)).toBe("/portfolio#pijplijn");
    expect(portfolioPageHref({}, { pipeline: 2, attention: 1 }, "attention", 2)).toBe("/portfolio?pijplijn=2&aandacht=2#aandacht");
  });
});
