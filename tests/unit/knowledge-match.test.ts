import { describe, expect, it } from "vitest";
import { indexKnowledge, matchKnowledge, type KnowledgeDoc, type SearchWords } from "../../src/domain/knowledge-match.ts";
import { hookLibrary } from "../../src/server/hook-library.ts";

/** The knowledge base search with the hook libraries as the site loads them (src/server/hook-library.ts). */

type ExcerptLibrary = { excerpt: (markdown: string, q: string, words: SearchWords) => { text: string; marks: Array<[number, number]> } };
const words = hookLibrary<SearchWords>("search-text.js");
const { excerpt } = hookLibrary<ExcerptLibrary>("excerpt.js");

const docs: KnowledgeDoc[] = [
  { id: "a", title: "Personeelsverloop in wijkteams", summary: "Hoe teams mensen vasthouden.", body: "Minder wisselingen." },
  {
    id: "b",
    title: "Schulden vroeg zien",
    summary: "Signalen van betalingsachterstanden.",
    body: "Met **schuldeisers** samenwerken helpt; ook bij verloop.",
  },
  { id: "c", title: "Werk voor jongeren", summary: "Wat werkt bij jeugdwerkloosheid.", body: "Begeleiding naar werk, met werkgevers." },
];
const index = indexKnowledge(docs, words);
const search = (q: string) => matchKnowledge(index, q, words, (markdown, query) => excerpt(markdown, query, words));

describe("matchKnowledge", () => {
  it("finds a compound by its part and ranks a title hit above a body hit", () => {
    expect(search("verloop").map((hit) => hit.id)).toEqual(["a", "b"]);
  });

  it("finds plurals and compound parts as the lesson search does", () => {
    expect(search("schuldeiser").map((hit) => hit.id)).toEqual(["b"]);
    expect(search("werkloosheid").map((hit) => hit.id)).toEqual(["c"]);
  });

  it("needs every word and leaves out a word with a minus", () => {
    expect(search("schulden werkgevers")).toEqual([]);
    expect(search("verloop -schuldeisers").map((hit) => hit.id)).toEqual(["a"]);
  });

  it("gives an excerpt of summary and body as plain text with the found word marked", () => {
    const [hit] = search("schuldeisers");
    expect(hit?.snippet.text).toBe("Signalen van betalingsachterstanden. Met schuldeisers samenwerken helpt; ook bij verloop.");
    expect(hit?.snippet.marks.map(([start, end]) => hit.snippet.text.slice(start, end))).toEqual(["schuldeisers"]);
  });

  it("finds nothing for nothing searchable", () => {
    expect(search("")).toEqual([]);
    expect(search("de het")).toEqual([]);
  });
});
