import { describe, expect, it } from "vitest";
import { admin } from "./fixtures.ts";
import { freshNeighbours } from "./fresh-neighbours.ts";
import { createLesson, idsOf, nonsenseWord, searchAs, sorted } from "./learning-fixtures.ts";

/**
 * GET /api/proeftuin/lessons (pb_hooks/lesson_search.pb.js): ranked Dutch full-text search over the
 * lessons the caller may see, with facet counts. The search covers every lesson in this shared
 * PocketBase, so each test narrows it with nonsense words of its own.
 *
 * This file: Dutch words, phrases, exclusions and ranking, and paging through the hits.
 */

const n = freshNeighbours();

describe("Dutch search", () => {
  /** Two lessons that share a unique word: the first also holds `text`, the second does not. */
  async function pair(text: string, other = "Een les over iets heel anders in de buurt.") {
    const word = nonsenseWord();
    const hit = await createLesson(n.as.ownManager, { body: `${word}: ${text}` });
    const miss = await createLesson(n.as.ownManager, { body: `${word}: ${other}` });
    return { word, hit, miss };
  }

  it.each([
    { query: "cafe", text: "Het Café op de hoek werd een ontmoetingsplek." },
    { query: "CAFÉ", text: "Het café op de hoek werd een ontmoetingsplek." },
    { query: "Cafè", text: "Het CAFE op de hoek werd een ontmoetingsplek." },
    { query: "jongere", text: "De jongeren kwamen zelf met ideeën." },
    { query: "jongeren", text: "Elke jongere kreeg een eigen coach." },
    { query: "wijkteam", text: "De wijkteams pakten het samen op." },
    { query: "wijkteams", text: "Het wijkteam pakte het samen op." },
    { query: "vroegsig", text: "Vroegsignalering van schulden werkt." },
    { query: "ideeen", text: "De jongeren kwamen zelf met ideeën." },
    { query: "organisaties", text: "Eén organisatie deed mee." },
    { query: "schuldeiser", text: "Twee schuldeisers werkten mee." },
    { query: "werkloze", text: "Hij was een jaar werkloos." },
    { query: "verloop", text: "Het personeelsverloop bleef hoog." },
    { query: "jeugdwerkloosheid", text: "De werkloosheid onder de jeugd daalde." },
    { query: "jeugd", text: "Elke jongere kreeg een eigen coach." },
    { query: "zonder werk", text: "Bijstand voor wie werkloos is." },
  ])("'$query' finds '$text'", async ({ query, text }) => {
    const { word, hit } = await pair(text);
    expect(idsOf(await searchAs(n.as.guest, { q: `${word} ${query}` }))).toEqual([hit.id]);
  });

  it("a quoted phrase needs the words next to each other, in order", async () => {
    const word = nonsenseWord();
    const phrase = await createLesson(n.as.ownManager, { body: `${word}: de digitale intake verliep goed.` });
    const apart = await createLesson(n.as.ownManager, { body: `${word}: de intake verliep digitale goed.` });
    expect(idsOf(await searchAs(n.as.guest, { q: `${word} "digitale intake"` }))).toEqual([phrase.id]);
    expect(idsOf(await searchAs(n.as.guest, { q: `${word} digitale intake` }))).toEqual(sorted([phrase.id, apart.id]));
  });

  it("a leading minus excludes a word", async () => {
    const { word, hit, miss } = await pair(
      "Achterstanden in de huur kwamen vroeg in beeld.",
      "Achterstanden bij de energie kwamen vroeg in beeld.",
    );
    expect(idsOf(await searchAs(n.as.guest, { q: `${word} -huur` }))).toEqual([miss.id]);
    expect(idsOf(await searchAs(n.as.guest, { q: `${word} huur` }))).toEqual([hit.id]);
    expect(idsOf(await searchAs(n.as.guest, { q: word }))).toEqual(sorted([hit.id, miss.id]));
  });

  it("every word must occur", async () => {
    const { word, hit } = await pair("Buurtsportcoaches en scholen werkten samen.", "Scholen werkten alleen.");
    expect(idsOf(await searchAs(n.as.guest, { q: `${word} scholen buurtsportcoach` }))).toEqual([hit.id]);
  });

  it("a lesson with the word in its title and often in its body ranks above one that mentions it once", async () => {
    const word = nonsenseWord();
    // The strong match is the older one, so ordering by date alone would put it second.
    const strong = await createLesson(n.as.ownManager, {
      title: `Les over ${word}`,
      body: `${word} werkte goed. Met ${word} kwamen meer mensen. Daarom blijft ${word} bestaan in de wijk.`,
    });
    const weak = await createLesson(n.as.ownManager, {
      title: "Een les over de wijk",
      body: `Een enkele keer ging het over ${word}. Verder ging het over de wijk en de buurt en het plein.`,
    });
    const result = await searchAs(n.as.guest, { q: word });
    expect(result.items.map((i) => i.id)).toEqual([strong.id, weak.id]);
  });

  it("between equally good matches, the newest comes first", async () => {
    const word = nonsenseWord();
    const older = await createLesson(n.as.ownManager, { tags: [word] });
    const newer = await createLesson(n.as.ownManager, { tags: [word] });
    expect((await searchAs(n.as.guest, { q: word })).items.map((i) => i.id)).toEqual([newer.id, older.id]);
  });

  it("tags and the target group are searched too", async () => {
    const [tag, group] = [nonsenseWord(), nonsenseWord()];
    const lesson = await createLesson(n.as.ownManager, { tags: [tag], target_group: `Ouderen in ${group}` });
    expect(idsOf(await searchAs(n.as.guest, { q: tag }))).toEqual([lesson.id]);
    expect(idsOf(await searchAs(n.as.guest, { q: group }))).toEqual([lesson.id]);
  });
});

describe("paging", () => {
  it("gives 20 hits a page, with the total and the number of pages", async () => {
    const word = nonsenseWord();
    const pb = await admin();
    const created: string[] = [];
    for (let i = 0; i < 25; i++) {
      const record = await pb.collection("lessons").create({
        municipality: n.own.municipality.id,
        title: `Les ${i} over ${word}`,
        body: `${word} nummer ${i}: een les om te bladeren.`,
        kind: "tip",
        domain: "overig",
        visibility: "public",
      });
      created.push(record.id);
    }
    const first = await searchAs(n.as.guest, { q: word });
    const second = await searchAs(n.as.guest, { q: word, page: 2 });
    expect([first.page, first.perPage, first.totalItems, first.totalPages, first.items.length]).toEqual([1, 20, 25, 2, 20]);
    expect([second.page, second.totalItems, second.totalPages, second.items.length]).toEqual([2, 25, 2, 5]);
    expect(sorted([...first.items, ...second.items].map((i) => i.id))).toEqual(sorted(created));

    const beyond = await searchAs(n.as.guest, { q: word, page: 3 });
    expect([beyond.page, beyond.items.length, beyond.totalItems]).toEqual([3, 0, 25]);
    for (const page of ["0", "-1", "abc", "1; DROP TABLE lessons"]) {
      const result = await searchAs(n.as.guest, { q: word, page });
      expect(result.page).toBe(1);
      expect(result.items).toHaveLength(20);
    }
  });

  it("an empty result still has one page", async () => {
    const result = await searchAs(n.as.guest, { q: nonsenseWord() });
    expect([result.items.length, result.totalItems, result.totalPages]).toEqual([0, 0, 1]);
  });
});
