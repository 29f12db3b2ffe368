import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import type { LessonSearchResult } from "../../src/data/lessons.ts";
import { freshNeighbours } from "./fresh-neighbours.ts";
import { createLesson, idsOf, nonsenseWord, searchAs, sorted } from "./learning-fixtures.ts";

/**
 * GET /api/proeftuin/lessons (pb_hooks/lesson_search.pb.js): ranked Dutch full-text search over the
 * lessons the caller may see, with facet counts. The search covers every lesson in this shared
 * PocketBase, so each test narrows it with nonsense words of its own.
 *
 * This file: who finds which lesson, and whose facet counts a private lesson may change.
 */

const n = freshNeighbours();

describe("who finds what", () => {
  const word = nonsenseWord();
  const lessons = {} as Record<"private" | "network" | "public", RecordModel>;

  beforeAll(async () => {
    for (const visibility of ["private", "network", "public"] as const) {
      lessons[visibility] = await createLesson(n.as.ownManager, {
        visibility,
        body: `Wat we leerden over ${word} in de wijk, ${visibility}.`,
      });
    }
  });

  it.each([
    { who: "a guest", as: () => n.as.guest, expected: () => [lessons.public.id] },
    {
      who: "an innovatiemanager of another municipality",
      as: () => n.as.otherManager,
      expected: () => [lessons.network.id, lessons.public.id],
    },
    { who: "a collega of another municipality", as: () => n.as.otherColleague, expected: () => [lessons.network.id, lessons.public.id] },
    { who: "a collega of the own municipality", as: () => n.as.ownColleague, expected: () => Object.values(lessons).map((l) => l.id) },
  ])("a text query by $who finds only what it may see", async ({ as, expected }) => {
    const result = await searchAs(as(), { q: word });
    expect(idsOf(result)).toEqual(sorted(expected()));
    expect(result.totalItems).toBe(expected().length);
    expect(result.facets.domain).toEqual({ jeugd: expected().length });
  });

  it("a facet filter without a text query shows a private lesson to its own municipality only", async () => {
    // The newest lesson comes first, so if the private one were visible it would be on page 1.
    const privateLesson = await createLesson(n.as.ownManager, { visibility: "private", domain: "veiligheid", kind: "randvoorwaarde" });
    const filters = { domain: "veiligheid", kind: "randvoorwaarde" };
    const own = await searchAs(n.as.ownColleague, filters);
    expect(own.items.map((i) => i.id)).toContain(privateLesson.id);
    for (const pb of [n.as.guest, n.as.otherManager, n.as.otherColleague]) {
      const result = await searchAs(pb, filters);
      expect(result.items.map((i) => i.id)).not.toContain(privateLesson.id);
      expect(result.items.filter((item) => item.visibility === "private").map((item) => item.id)).toEqual([]);
    }
    const guest = await searchAs(n.as.guest, filters);
    expect(guest.items.filter((item) => item.visibility !== "public").map((item) => item.id)).toEqual([]);
  });

  it("facet filters with a text query follow visibility", async () => {
    const filtered = { q: word, kind: "werkzaam_element", domain: "jeugd" };
    expect(idsOf(await searchAs(n.as.guest, filtered))).toEqual([lessons.public.id]);
    expect(idsOf(await searchAs(n.as.otherColleague, filtered))).toEqual(sorted([lessons.network.id, lessons.public.id]));
    expect(idsOf(await searchAs(n.as.ownDirector, filtered))).toHaveLength(3);
  });
});

describe("facet counts never count what the caller cannot see", () => {
  it("a private lesson with a unique word, domain and kind changes nobody's counts but its own municipality's", async () => {
    const word = nonsenseWord();
    await createLesson(n.as.ownManager, {
      visibility: "public",
      body: `Openbare les over ${word} en de wijk.`,
      domain: "wmo",
      kind: "tip",
    });
    await createLesson(n.as.ownManager, {
      visibility: "network",
      body: `Netwerkles over ${word} en de wijk.`,
      domain: "wmo",
      kind: "valkuil",
    });

    const askers: ReadonlyArray<readonly [string, PocketBase]> = [
      ["guest", n.as.guest],
      ["otherManager", n.as.otherManager],
      ["otherColleague", n.as.otherColleague],
    ];
    const before = new Map<string, LessonSearchResult>();
    for (const [name, pb] of askers) before.set(name, await searchAs(pb, { q: word }));
    const ownBefore = await searchAs(n.as.ownColleague, { q: word });

    const hidden = await createLesson(n.as.ownManager, {
      visibility: "private",
      body: `Vertrouwelijke les over ${word} en de wijk.`,
      domain: "onderwijs",
      kind: "randvoorwaarde",
      principles: ["data_gedreven"],
    });

    for (const [name, pb] of askers) {
      const after = await searchAs(pb, { q: word });
      expect(after.totalItems).toBe(before.get(name)?.totalItems);
      expect(after.facets).toEqual(before.get(name)?.facets);
      expect(after.facets.domain.onderwijs).toBeUndefined();
      expect(after.facets.kind.randvoorwaarde).toBeUndefined();
      expect(after.facets.principle.data_gedreven).toBeUndefined();
      // Filtering on exactly the hidden lesson's facets finds and counts nothing.
      const probe = await searchAs(pb, { q: word, domain: "onderwijs", kind: "randvoorwaarde", principle: "data_gedreven" });
      expect(probe.items).toEqual([]);
      expect(probe.totalItems).toBe(0);
      expect(probe.facets.domain).toEqual({});
      expect(probe.facets.kind).toEqual({});
    }
    expect(before.get("guest")?.totalItems).toBe(1);
    expect(before.get("otherColleague")?.totalItems).toBe(2);

    const ownAfter = await searchAs(n.as.ownColleague, { q: word });
    expect(ownAfter.totalItems).toBe(ownBefore.totalItems + 1);
    expect(ownAfter.facets.domain).toEqual({ wmo: 2, onderwijs: 1 });
    expect(ownAfter.facets.kind).toEqual({ tip: 1, valkuil: 1, randvoorwaarde: 1 });
    expect(idsOf(await searchAs(n.as.ownColleague, { q: word, domain: "onderwijs", kind: "randvoorwaarde" }))).toEqual([hidden.id]);
  });
});
