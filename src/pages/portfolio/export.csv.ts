import { signInPath } from "../../server/sign-in-path.ts";
import type { APIRoute } from "astro";
import { canWrite } from "../../domain/options.ts";
import { toCsv } from "../../domain/csv.ts";
import { applyPortfolioFilters, parsePortfolioFilters } from "../../domain/portfolio/filters.ts";
import { portfolioCsvColumns } from "../../domain/portfolio/csv-rows.ts";
import { portfolioRecordsFor } from "../../server/portfolio-page.ts";

/** One row per pilot of the portfolio, as CSV for Excel with Dutch settings. */
export const GET: APIRoute = async ({ locals, url, redirect }) => {
  const user = locals.user;
  if (!user) return redirect(signInPath(url, { needed: true }), 303);
  if (!canWrite(user.role)) return new Response("Het portfolio is er voor innovatiemanagers en directeuren.", { status: 403 });
  const records = applyPortfolioFilters((await portfolioRecordsFor(locals.pb, user)).value(), parsePortfolioFilters(url.searchParams));
  const csv = toCsv(
    records.pilots.map((pilot) => ({ pilot, records })),
    portfolioCsvColumns(),
  );
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="proeftuin-portfolio.csv"',
      "cache-control": "private, no-store",
    },
  });
};
