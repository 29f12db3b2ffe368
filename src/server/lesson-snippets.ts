import type { LessonSearchResult } from "../data/lessons.ts";
import type { SearchWords } from "../domain/knowledge-match.ts";
import type { Snippet } from "../domain/snippet-parts.ts";
import { hookLibrary } from "./hook-library.ts";

type ExcerptLibrary = { excerpt: (markdown: string, q: string, words: SearchWords) => Snippet };

export type LessonHitWithSnippet = LessonSearchResult["items"][number] & {
  /** The excerpt as plain text around the words found, with [start, end) offsets of each found word. */
  snippet: Snippet;
};
export type LessonSearchResultWithSnippets = Omit<LessonSearchResult, "items"> & { items: LessonHitWithSnippet[] };

/**
 * The search route's hits with their plain-text snippets for query q. Made here, in Node, not in
 * the route: PocketBase's JavaScript engine took 50–300 ms for the 20 snippets of a page, more than
 * the search itself (docs/benchmark.md); V8 takes a few. The same hook library as before
 * (pocketbase/pb_hooks/lib/excerpt.js), so the words marked are the words the index found.
 */
export function withSnippets(result: LessonSearchResult, q: string): LessonSearchResultWithSnippets {
  const words = hookLibrary<SearchWords>("search-text.js");
  const { excerpt } = hookLibrary<ExcerptLibrary>("excerpt.js");
  return { ...result, items: result.items.map((item) => ({ ...item, snippet: excerpt(item.excerpt, q, words) })) };
}
