/**
 * Search in the knowledge base, which lives in content/ and not in PocketBase: the same Dutch word
 * reduction as the lesson index (pocketbase/pb_hooks/lib/search-text.js, passed in) and the same
 * excerpts (lib/excerpt.js). Every word of the query must be found (one of its terms a prefix of
 * one of the entry's terms), a word with a leading minus must not; title hits rank above summary
 * hits, those above body hits.
 */

export type SearchWords = {
  normalise: (text: string) => string;
  queryTerms: (q: string) => string[];
  wordTerms: (word: string) => string[];
};
export type ExcerptOf = (markdown: string, q: string) => { text: string; marks: Array<[number, number]> };

export type KnowledgeDoc = { id: string; title: string; summary: string; body: string };
export type KnowledgeHit = { id: string; title: string; snippet: { text: string; marks: Array<[number, number]> } };

type Indexed = { doc: KnowledgeDoc; fields: Array<Set<string>> };

const termsOf = (text: string, words: SearchWords): Set<string> =>
  new Set(
    words
      .normalise(text)
      .split(" ")
      .filter(Boolean)
      .flatMap((word) => words.wordTerms(word)),
  );

/** The entries with their terms per field (title, summary, body), to be built once per set of entries. */
export function indexKnowledge(docs: readonly KnowledgeDoc[], words: SearchWords): Indexed[] {
  return docs.map((doc) => ({ doc, fields: [termsOf(doc.title, words), termsOf(doc.summary, words), termsOf(doc.body, words)] }));
}

/** Per word typed, the terms that find it; a phrase's quotes only group words here. */
function queryGroups(q: string, words: SearchWords): { required: string[][]; excluded: string[][] } {
  const required: string[][] = [];
  const excluded: string[][] = [];
  for (const token of q.slice(0, 500).match(/-?"[^"]*"|\S+/g) ?? []) {
    const negative = token.startsWith("-");
    for (const word of words
      .normalise(negative ? token.slice(1) : token)
      .split(" ")
      .filter(Boolean)) {
      const terms = words.queryTerms(word);
      if (terms.length > 0) (negative ? excluded : required).push(terms);
    }
  }
  return { required: required.slice(0, 10), excluded: excluded.slice(0, 10) };
}

const findsIn = (group: readonly string[], field: Set<string>): boolean => {
  for (const term of field) if (group.some((wanted) => term.startsWith(wanted))) return true;
  return false;
};

/** The entries the query finds, best first (then by title), each with its excerpt. */
export function matchKnowledge(index: readonly Indexed[], q: string, words: SearchWords, excerptOf: ExcerptOf): KnowledgeHit[] {
  const { required, excluded } = queryGroups(q, words);
  if (required.length === 0) return [];
  const scored: Array<{ doc: KnowledgeDoc; score: number }> = [];
  for (const { doc, fields } of index) {
    if (excluded.some((group) => fields.some((field) => findsIn(group, field)))) continue;
    let score = 0;
    for (const group of required) {
      const at = fields.findIndex((field) => findsIn(group, field));
      if (at < 0) {
        score = -1;
        break;
      }
      score += 3 - at;
    }
    if (score > 0) scored.push({ doc, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.doc.title.localeCompare(b.doc.title, "nl"))
    .map(({ doc }) => ({ id: doc.id, title: doc.title, snippet: excerptOf(`${doc.summary}\n\n${doc.body}`, q) }));
}
