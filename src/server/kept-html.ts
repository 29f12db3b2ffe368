/**
 * Rendered HTML of a page's main part, kept per key, so that a page asked again with the same data
 * for the same viewer is not drawn again (drawing was most of a pilot page's or portfolio's time:
 * docs/benchmark.md). Only correct when the key names everything the part's render reads: the tag
 * of PocketBase's answer (its SHA-256, so changed data is another key), the viewer, the address
 * with its query and, where dates count, the day. Bounded by the characters kept, oldest use first out.
 *
 * Kept as UTF-8 bytes, which Astro writes as they are: as text, the part was joined into the page's
 * string and encoded again on every request (for the 150 KB portfolio, by arithmetic, a 300 KB
 * two-byte string and 150 KB of bytes each time), and the site collected garbage every third of a
 * second under load (docs/benchmark.md). Astro copies what it is given into its own buffer; were a
 * stream ever to take the bytes over instead, they would be left empty, and are then drawn again.
 */
const encoder = new TextEncoder();

export function htmlKeeper(maxBytes: number) {
  // The size as kept: an array whose bytes a stream took over counts 0 by then.
  const kept = new Map<string, { html: Uint8Array; size: number }>();
  let bytes = 0;
  const forget = (key: string) => {
    const entry = kept.get(key);
    if (entry === undefined) return;
    kept.delete(key);
    bytes -= entry.size;
  };

  return async function keptHtml(key: string | null, render: () => Promise<string>): Promise<string | Uint8Array> {
    if (key === null) return render();
    const held = kept.get(key);
    if (held !== undefined && held.html.length > 0) {
      // A Map iterates in insertion order: inserting again makes this the most recently used.
      kept.delete(key);
      kept.set(key, held);
      return held.html;
    }
    const html = encoder.encode(await render());
    // Two requests may have drawn the same key at once: the later one replaces the earlier.
    forget(key);
    kept.set(key, { html, size: html.length });
    bytes += html.length;
    for (const oldest of kept.keys()) {
      if (bytes <= maxBytes) break;
      forget(oldest);
    }
    return html;
  };
}

/** Some tens of MB at most: a portfolio of 500 pilots is some 150 KB, a pilot page 50 KB. */
export const keptHtml = htmlKeeper(32_000_000);
