import { getCollection } from "astro:content";
import { indexKnowledge, matchKnowledge, type KnowledgeDoc, type KnowledgeHit, type SearchWords } from "../domain/knowledge-match.ts";
import { hookLibrary } from "./hook-library.ts";

type ExcerptLibrary = {
  excerpt: (markdown: string, q: string, words: SearchWords) => { text: string; marks: Array<[number, number]> };
};

let cached: { key: string; index: ReturnType<typeof indexKnowledge> } | undefined;

/** The knowledge base entries the query finds, best first, with excerpts that mark the words found. */
export async function searchKnowledge(q: string): Promise<KnowledgeHit[]> {
  const words = hookLibrary<SearchWords>("search-text.js");
  const { excerpt } = hookLibrary<ExcerptLibrary>("excerpt.js");
  const docs: KnowledgeDoc[] = (await getCollection("kennisbank")).map((entry) => ({
    id: entry.id,
    title: entry.data.title,
    summary: entry.data.summary,
    body: [entry.body ?? "", ...entry.data.mitigations].join("\n"),
  }));
  // The content is fixed in a built site; under `astro dev` an edited entry makes a new index.
  const key = docs.map((doc) => [doc.id, doc.title, doc.summary, doc.body].join("\n")).join("\u0000");
  if (cached?.key !== key) cached = { key, index: indexKnowledge(docs, words) };
  return matchKnowledge(cached.index, q, words, (markdown, query) => excerpt(markdown, query, words));
}
