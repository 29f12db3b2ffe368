import type { APIRoute } from "astro";
import { dutchToday } from "../../domain/dutch-today.ts";
import { formatDate } from "../../domain/dates.ts";
import { printHeaderCss } from "../../domain/print-header.ts";

/**
 * The printed report's page header (municipality, date, page x of y) as a stylesheet of this site:
 * the report links it, since the site's content security policy allows no inline styles of its own.
 */
export const GET: APIRoute = ({ locals }) => {
  const municipality = locals.user?.expand?.municipality?.name;
  const who = municipality ? `Experimentenportfolio ${municipality}` : "Experimentenportfolio";
  return new Response(printHeaderCss(`${who} · ${formatDate(dutchToday())}`), {
    headers: { "content-type": "text/css; charset=utf-8", "cache-control": "private, no-store" },
  });
};
