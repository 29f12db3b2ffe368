import type { Role } from "../domain/options.ts";
import { type PortfolioFilters, portfolioFiltersQuery } from "../domain/portfolio/filters.ts";

/** Everything the portfolio's figures are computed from; two askers share figures only when all of it is equal. */
export type PortfolioKeyParts = {
  /**
   * The ETags of GET /api/proeftuin/portfolio and /api/proeftuin/shared-figures: each the SHA-256
   * of the answer's text (pocketbase/pb_hooks/lib/answer-cache.js respondTagged).
   */
  recordsTag: string;
  sharedTag: string;
  municipality: string;
  /** Attention items offer a step to one role only. */
  role: Role;
  /** The size class the comparison falls back on when the municipality shares nothing. */
  sizeClass: string;
  filters: PortfolioFilters;
  /** Days in a stage and due dates count from today. */
  today: string;
};

/**
 * The key of one computed portfolio. PocketBase caches its answers per data version and caller
 * scope; a changed answer has another tag and so another key. The municipality and role are in the
 * key as well, so that one caller's figures (their own municipality in the comparison, the steps
 * their role may take) are never served to another, even when their answers happen to be equal.
 */
export function portfolioCacheKey(parts: PortfolioKeyParts): string {
  return JSON.stringify([
    parts.municipality,
    parts.role,
    parts.sizeClass,
    parts.today,
    portfolioFiltersQuery(parts.filters),
    parts.recordsTag,
    parts.sharedTag,
  ]);
}
