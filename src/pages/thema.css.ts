import type { APIRoute } from "astro";
import { siteTheme } from "../server/theme.ts";

/**
 * The NL Design System theme's stylesheet (THEME). The layout links it with its version in the URL:
 * that URL never changes its content, so the browser keeps it. "private": the middleware may renew
 * the session cookie on this response, which a shared cache must never hand to someone else.
 */
export const GET: APIRoute = ({ url, request }) => {
  const { css, version } = siteTheme();
  const etag = `"${version}"`;
  const headers = {
    "content-type": "text/css; charset=utf-8",
    etag,
    "cache-control": url.searchParams.get("v") === version ? "private, max-age=31536000, immutable" : "private, no-cache",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(css, { headers });
};
