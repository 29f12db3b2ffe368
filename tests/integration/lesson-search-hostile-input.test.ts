import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { statusOf } from "./fixtures.ts";
import { freshNeighbours } from "./fresh-neighbours.ts";
import { createLesson, idsOf, nonsenseWord, searchAs, sorted } from "./learning-fixtures.ts";

/**
 * GET /api/proeftuin/lessons (pb_hooks/lesson_search.pb.js): ranked Dutch full-text search over the
 * lessons the caller may see, with facet counts. The search covers every lesson in this shared
 * PocketBase, so each test narrows it with nonsense words of its own.
 *
 * This file: hostile queries and facet values are neither an error nor a leak.
 */

const n = freshNeighbours();

describe("hostile input", () => {
  const word = nonsenseWord();
  let secret: RecordModel;
  let network: RecordModel;
  let open: RecordModel;

  beforeAll(async () => {
    secret = await createLesson(n.as.ownManager, {
      visibility: "private",
      body: `${word}: geheime les, OR 1 1 title x near a b.`,
      domain: "wmo",
    });
    network = await createLesson(n.as.ownManager, {
      visibility: "network",
      body: `${word}: netwerkles, OR 1 1 title x near a b.`,
      domain: "wmo",
    });
    open = await createLesson(n.as.ownManager, {
      visibility: "public",
      body: `${word}: open les, OR 1 1 title x near a b.`,
      domain: "jeugd",
    });
  });

  const hostile = [
    `") OR 1=1 --`,
    `title:x`,
    `NEAR(a b)`,
    `*`,
    `"`,
    `'`,
    `-`,
    `AND OR NOT`,
    `^x`,
    `x* OR y*`,
    `{x}`,
    `a\u0000b`,
    `🙂 émoji`,
    "x".repeat(5000),
    Array.from({ length: 600 }, (_, i) => `woord${i}`).join(" "),
    `- - - "" "" -""`,
  ];

  it.each(hostile.map((q) => ({ q, label: q.slice(0, 30) })))(
    "q=$label answers 200 without hidden lessons, for a guest and a peer",
    async ({ q }) => {
      for (const [pb, allowed] of [
        [n.as.guest, ["public"]],
        [n.as.otherColleague, ["public", "network"]],
      ] as const) {
        for (const query of [q, `${word} ${q}`]) {
          expect(await statusOf(searchAs(pb, { q: query }))).toBe(200);
          const result = await searchAs(pb, { q: query });
          expect(result.items.map((i) => i.id)).not.toContain(secret.id);
          expect(result.items.filter((item) => !(allowed as readonly string[]).includes(item.visibility)).map((item) => item.id)).toEqual(
            [],
          );
          expect(result.totalPages).toBeGreaterThanOrEqual(1);
        }
      }
    },
  );

  it("a query that only FTS syntax could widen still finds only the visible lessons with the word", async () => {
    for (const q of [`${word} OR 1=1`, `${word}") OR ("a`, `${word} NEAR(a b)`, `${word}*`, `title:${word}`]) {
      const guest = await searchAs(n.as.guest, { q });
      expect(guest.items.map((i) => i.id)).not.toContain(secret.id);
      expect(guest.items.map((i) => i.id)).not.toContain(network.id);
    }
    expect(idsOf(await searchAs(n.as.guest, { q: `${word} OR 1=1` }))).toEqual([open.id]);
  });

  it.each([
    { domain: "wmo' OR '1'='1" },
    { domain: 'wmo" OR "1"="1' },
    { kind: "tip' --" },
    { principle: "%" },
    { evidence: "' OR ''='" },
    { province: "utrecht') OR 1=1 --" },
    { size: "klein OR 1" },
    { domain: "", kind: "", size: "" },
    { domain: "WMO" },
    { page: "1e9" },
  ] as ReadonlyArray<Record<string, string>>)("unknown facet values %j are ignored, not an error and not a leak", async (params) => {
    for (const [pb, expected] of [
      [n.as.guest, [open.id]],
      [n.as.otherColleague, sorted([open.id, network.id])],
    ] as const) {
      const result = await searchAs(pb, { q: word, ...params });
      expect(idsOf(result)).toEqual(expected);
      expect(result.totalItems).toBe(expected.length);
    }
  });
});
