/**
 * The origin that absolute links (feeds, e-mail) are built on: SITE_URL as the launcher passes it
 * to the site (checked at start by env.server.ts), else the address the site listens on. Never the
 * request's Host header or URL: whoever sends the request chooses those, and a cache or feed reader
 * would hand the links on to others.
 */
export function siteOrigin(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const configured = env.SITE_URL?.trim();
  if (configured) {
    const url = parseUrl(configured);
    if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
      throw new Error(`SITE_URL is geen geldige http(s)-URL (nu: ${JSON.stringify(configured)}).`);
    }
    return url.origin;
  }
  const host = env.HOST?.trim() || "localhost";
  const port = env.PORT?.trim() || "4321";
  return new URL(`http://${host.includes(":") ? `[${host}]` : host}:${port}`).origin;
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}
