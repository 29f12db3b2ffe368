/**
 * Rendered HTML of a page's main part, kept per key, so that a page asked again with the same data
 * for the same viewer is not drawn again (drawing was most of a pilot page's or portfolio's time:
 * docs/benchmark.md). Only correct when the key names everything the part's render reads: the tag
 * of PocketBase's answer (its SHA-256, so changed data is another key), the viewer, the address
 * with its query and, where dates count, the day. Bounded by the characters kept, oldest use first out.
 */
export function htmlKeeper(maxCharacters: number) {
  const kept = new Map<string, string>();
  let characters = 0;
  const forget = (key: string) => {
    const value = kept.get(key);
    if (value === undefined) return;
    kept.delete(key);
    characters -= value.length;
  };

  return async function keptHtml(key: string | null, render: () => Promise<string>): Promise<string> {
    if (key === null) return render();
    const held = kept.get(key);
    if (held !== undefined) {
      // A Map iterates in insertion order: inserting again makes this the most recently used.
      kept.delete(key);
      kept.set(key, held);
      return held;
    }
    const html = await render();
    // Two requests may have drawn the same key at once: the later one replaces the earlier.
    forget(key);
    kept.set(key, html);
    characters += html.length;
    for (const oldest of kept.keys()) {
      if (characters <= maxCharacters) break;
      forget(oldest);
    }
    return html;
  };
}

/** Some tens of MB at most: a portfolio of 500 pilots is some 150,000 characters, a pilot page 50,000. */
export const keptHtml = htmlKeeper(24_000_000);
