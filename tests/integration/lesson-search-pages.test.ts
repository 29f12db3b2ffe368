import { describe, expect, it } from "vitest";
import { freshNeighbours } from "./fresh-neighbours.ts";
import { createLesson, nonsenseWord, searchAs, sorted } from "./learning-fixtures.ts";

/**
 * GET /api/proeftuin/lessons keeps a question's counts and ranked order for its next pages
 * (pb_hooks/lib/lesson-questions.js), per text, filters and caller. A page read from what was kept
 * must be the page a fresh question gives, and a write must drop what was kept.
 */

const n = freshNeighbours();

describe("the pages of one question", () => {
  it("are the same whether page 1 or page 2 is asked first, and a new lesson reaches the kept pages at once", async () => {
    const word = nonsenseWord();
    const lessons = [];
    for (let i = 0; i < 22; i++)
      lessons.push(
        await createLesson(n.as.ownManager, { visibility: "public", body: `Les ${i} over ${word}${" en de wijk".repeat(i % 4)}.` }),
      );

    // Page 1 first (its order is kept), then page 2 from what was kept.
    const first = await searchAs(n.as.ownColleague, { q: word });
    const second = await searchAs(n.as.ownColleague, { q: word, page: 2 });
    // Another municipality has a question of its own: page 2 is computed first there.
    const otherSecond = await searchAs(n.as.otherColleague, { q: word, page: 2 });
    const otherFirst = await searchAs(n.as.otherColleague, { q: word });

    expect(first.items.map((item) => item.id)).toEqual(otherFirst.items.map((item) => item.id));
    expect(second.items.map((item) => item.id)).toEqual(otherSecond.items.map((item) => item.id));
    expect(sorted([...first.items, ...second.items].map((item) => item.id))).toEqual(sorted(lessons.map((lesson) => lesson.id)));
    expect(second).toMatchObject({ page: 2, totalItems: 22, totalPages: 2, facets: first.facets, municipalities: first.municipalities });
    expect(second.items).toHaveLength(2);

    const added = await createLesson(n.as.ownManager, { visibility: "public", domain: "wmo", body: `Nog een les over ${word}.` });
    const after = await searchAs(n.as.ownColleague, { q: word, page: 2 });
    expect(after).toMatchObject({ totalItems: 23, facets: { domain: { jeugd: 22, wmo: 1 } } });
    const firstAfter = await searchAs(n.as.ownColleague, { q: word });
    expect(sorted([...firstAfter.items, ...after.items].map((item) => item.id))).toEqual(
      sorted([...lessons, added].map((lesson) => lesson.id)),
    );
    // Beyond the kept pages the question is asked for that page alone.
    expect(await searchAs(n.as.ownColleague, { q: word, page: 11 })).toMatchObject({ page: 11, totalItems: 23, items: [] });
  });

  it("with a facet chosen, page 2 counts what page 1 counts", async () => {
    const word = nonsenseWord();
    for (let i = 0; i < 21; i++)
      await createLesson(n.as.ownManager, { visibility: "network", kind: "tip", body: `Tip ${i} over ${word}.` });
    await createLesson(n.as.ownManager, { visibility: "network", kind: "valkuil", body: `Een valkuil over ${word}.` });
    const first = await searchAs(n.as.otherColleague, { q: word, kind: "tip" });
    const second = await searchAs(n.as.otherColleague, { q: word, kind: "tip", page: 2 });
    expect(first).toMatchObject({ totalItems: 21, facets: { kind: { tip: 21, valkuil: 1 } } });
    expect(second).toMatchObject({ totalItems: 21, facets: first.facets, notOwn: 21 });
    expect(second.items).toHaveLength(1);
    expect((await searchAs(n.as.guest, { q: word, kind: "tip", page: 2 })).totalItems).toBe(0);
  });
});
