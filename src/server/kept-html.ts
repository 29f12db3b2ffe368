/**
 * Rendered HTML of a page's main part, kept per key, so that a page asked again with the same data
 * for the same viewer is not drawn again (drawing was most of a pilot page's or portfolio's time:
 * docs/benchmark.md). Only correct when the key names everything the part's render reads: the tag
 * of PocketBase's answer (its SHA-256, so changed data is another key), the viewer, the address
 * with its query and, where dates count, the day. Bounded by the characters kept, oldest use first out.
 *
 * Kept as UTF-8 bytes, which Astro writes as they are: as text, the part was joined into the page's
 * string and encoded again on every request, some 450 KB of short-lived memory for a 150 KB
 * portfolio, and the site collected garbage every third of a second under load (docs/benchmark.md).
 * Each request gets a copy, as the response stream may take over the buffer it is given.
 */
const encoder = new TextEncoder();

export function htmlKeeper(maxBytes: number) {
  const kept = new Map<string, Uint8Array>();
  let bytes = 0;
  const forget = (key: string) => {
    const value = kept.get(key);
    if (value === undefined) return;
    kept.delete(key);
    bytes -= value.length;
  };

  return async function keptHtml(key: string | null, render: () => Promise<string>): Promise<string | Uint8Array> {
    if (key === null) return render();
    const held = kept.get(key);
    if (held !== undefined) {
      // A Map iterates in insertion order: inserting again makes this the most recently used.
      kept.delete(key);
      kept.set(key, held);
      return held.slice();
    }
    const html = encoder.encode(await render());
    // Two requests may have drawn the same key at once: the later one replaces the earlier.
    forget(key);
    kept.set(key, html);
    bytes += html.length;
    for (const oldest of kept.keys()) {
      if (bytes <= maxBytes) break;
      forget(oldest);
    }
    return html.slice();
  };
}

/** Some tens of MB at most: a portfolio of 500 pilots is some 150 KB, a pilot page 50 KB. */
export const keptHtml = htmlKeeper(32_000_000);
