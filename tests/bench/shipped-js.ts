/** Measuring the JavaScript a page ships: its own scripts, and what its islands load on hydration. */
import { gzipSync } from "node:zlib";

export type ShippedJs = {
  path: string;
  /** What the brief counts: `<script src>` and `<link rel="modulepreload">` under /_astro/. */
  scripts: Array<{ url: string; bytes: number; gzip: number }>;
  bytes: number;
  gzip: number;
  inline: { count: number; bytes: number; gzip: number };
  /** Also loaded once islands hydrate: island component and renderer modules and their static imports. */
  withIslands: { files: number; bytes: number; gzip: number };
};

const attribute = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, "i").exec(tag)?.[1];
const unescapeHtml = (value: string) =>
  value
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/** Fetches the page, then each of its JavaScript files once, and sums their gzipped sizes. */
export async function shippedJavaScript(origin: string, path: string, headers: Record<string, string>): Promise<ShippedJs> {
  const response = await fetch(origin + path, { headers });
  if (!response.ok) throw new Error(`${path} gaf ${response.status}`);
  const html = await response.text();
  const direct = new Set<string>();
  const islands = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, "src");
    if (src) direct.add(new URL(unescapeHtml(src), origin + path).href);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = attribute(tag, "href");
    if (href && /\brel\s*=\s*["']modulepreload["']/i.test(tag)) direct.add(new URL(unescapeHtml(href), origin + path).href);
  }
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    for (const name of ["component-url", "renderer-url", "before-hydration-url"]) {
      const url = attribute(tag, name);
      if (url) islands.add(new URL(unescapeHtml(url), origin + path).href);
    }
  }
  const underAstro = (url: string) => new URL(url).pathname.startsWith("/_astro/");

  const cache = new Map<string, string>();
  const get = async (url: string): Promise<string> => {
    const known = cache.get(url);
    if (known !== undefined) return known;
    const file = await fetch(url);
    if (!file.ok) throw new Error(`${url} gaf ${file.status}`);
    const body = await file.text();
    cache.set(url, body);
    return body;
  };
  const size = (body: string) => ({ bytes: Buffer.byteLength(body), gzip: gzipSync(body, { level: 9 }).length });

  const scripts: ShippedJs["scripts"] = [];
  for (const url of [...direct].filter(underAstro).sort()) scripts.push({ url: new URL(url).pathname, ...size(await get(url)) });

  // Islands and the static imports of everything loaded (import "./x.js" / from "./x.js").
  const closure = new Set<string>([...direct, ...islands].filter(underAstro));
  const queue = [...closure];
  while (queue.length > 0) {
    const url = queue.shift()!;
    const body = await get(url);
    for (const match of body.matchAll(/\b(?:import|from)\s*["']([^"']+\.m?js)["']/g)) {
      const next = new URL(match[1]!, url).href;
      if (underAstro(next) && !closure.has(next)) {
        closure.add(next);
        queue.push(next);
      }
    }
  }
  let closureBytes = 0;
  let closureGzip = 0;
  for (const url of closure) {
    const s = size(await get(url));
    closureBytes += s.bytes;
    closureGzip += s.gzip;
  }

  const inline = { count: 0, bytes: 0, gzip: 0 };
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? "";
    const body = match[2] ?? "";
    if (attribute(`<script ${attributes}>`, "src") || body.length === 0) continue;
    const type = attribute(`<script ${attributes}>`, "type");
    if (type && !/^(module|text\/javascript|application\/javascript)$/i.test(type)) continue;
    inline.count += 1;
    const s = size(body);
    inline.bytes += s.bytes;
    inline.gzip += s.gzip;
  }

  return {
    path,
    scripts,
    bytes: scripts.reduce((total, s) => total + s.bytes, 0),
    gzip: scripts.reduce((total, s) => total + s.gzip, 0),
    inline,
    withIslands: { files: closure.size, bytes: closureBytes, gzip: closureGzip },
  };
}
