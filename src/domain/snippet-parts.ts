/** A lesson excerpt as the search route sends it: plain text and [start, end) offsets of the words found. */
export type Snippet = { text: string; marks: ReadonlyArray<readonly [number, number]> };
export type SnippetPart = { text: string; found: boolean };

/**
 * The excerpt cut into runs of plain and found text, for the page to render as escaped text with
 * <mark> around the found runs. Offsets outside the text, empty or overlapping ones are skipped, so
 * a wrong offset can misplace a highlight but never repeat or lose text.
 */
export function snippetParts({ text, marks }: Snippet): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const [start, end] of [...marks].sort((a, b) => a[0] - b[0])) {
    if (start < at || end <= start || end > text.length) continue;
    if (start > at) parts.push({ text: text.slice(at, start), found: false });
    parts.push({ text: text.slice(start, end), found: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), found: false });
  return parts;
}
