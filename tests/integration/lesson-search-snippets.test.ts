import { describe, expect, it } from "vitest";
import { searchLessons } from "../../src/data/lessons.ts";
import { parseLessonFilters } from "../../src/domain/lesson-filters.ts";
import type { Snippet } from "../../src/domain/snippet-parts.ts";
import { withSnippets } from "../../src/server/lesson-snippets.ts";
import { appClientOf } from "./fixtures.ts";
import { freshNeighbours } from "./fresh-neighbours.ts";
import { createLesson, nonsenseWord } from "./learning-fixtures.ts";

/**
 * The lesson search's excerpts: the route sends each hit's body start through the zod schema, the
 * site makes the snippet (src/server/lesson-snippets.ts with pocketbase/pb_hooks/lib/excerpt.js):
 * plain text without Markdown or markup, with the offsets of the words found.
 */

const n = freshNeighbours();
const marked = ({ text, marks }: Snippet) => marks.map(([start, end]) => text.slice(start, end));

describe("the lesson search's snippets", () => {
  it("are plain text with the found words (plural and typed alike) marked", async () => {
    const word = nonsenseWord();
    const lesson = await createLesson(n.as.ownManager, {
      body: `## Wat werkte\n\nVooraf een [handreiking](https://voorbeeld.nl/h) gelezen. Daarna spraken de **${word}** met de _schuldeisers_ <script>alert(1)</script> en ![foto](x.png) klaar.`,
    });

    const q = `${word} schuldeiser`;
    const result = withSnippets(await searchLessons(appClientOf(), parseLessonFilters(new URLSearchParams({ q }))), q);

    expect(result.items.map((item) => item.id)).toEqual([lesson.id]);
    const { snippet } = result.items[0]!;
    expect(snippet.text).toBe(`Wat werkte Vooraf een handreiking gelezen. Daarna spraken de ${word} met de schuldeisers en klaar.`);
    expect(marked(snippet)).toEqual([word, "schuldeisers"]);
  });

  it("start at the text's beginning, without marks, when only the title was found", async () => {
    const word = nonsenseWord();
    const lesson = await createLesson(n.as.ownManager, { title: `Les over ${word}`, body: "> Een vaste contactpersoon per gezin." });

    const result = withSnippets(await searchLessons(appClientOf(), parseLessonFilters(new URLSearchParams({ q: word }))), word);

    expect(result.items.map((item) => item.id)).toEqual([lesson.id]);
    expect(result.items[0]!.snippet).toEqual({ text: "Een vaste contactpersoon per gezin.", marks: [] });
  });
});
