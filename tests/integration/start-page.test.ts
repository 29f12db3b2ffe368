import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { newestPublicLessonsWithTotal, recentLessonsInDomains } from "../../src/data/start-page.ts";
import { appClientOf, createNeighbours, type Neighbours } from "./fixtures.ts";
import { createLesson } from "./learning-fixtures.ts";

/**
 * The lessons the start page and the home page show (src/data/start-page.ts), read through
 * PocketBase's rules as each reader: other municipalities' lessons in the reader's domains, and
 * public lessons only on the home page, whoever asks. Other files write lessons at the same time,
 * so these check what is in and out of an answer rather than the whole answer.
 */
let n: Neighbours;
const peer = {} as Record<"public" | "network" | "private" | "otherDomain", RecordModel>;
let own: RecordModel;

beforeAll(async () => {
  n = await createNeighbours();
  own = await createLesson(n.as.ownManager, { domain: "schuldhulp", visibility: "public" });
  peer.private = await createLesson(n.as.otherManager, { domain: "schuldhulp", visibility: "private" });
  peer.otherDomain = await createLesson(n.as.otherManager, { domain: "veiligheid", visibility: "public" });
  peer.network = await createLesson(n.as.otherManager, { domain: "schuldhulp", visibility: "network" });
  peer.public = await createLesson(n.as.otherManager, { domain: "armoede", visibility: "public" });
});

describe("recentLessonsInDomains", () => {
  it("gives other municipalities' lessons in the domains that the reader may see, newest first", async () => {
    const pb = appClientOf(n.as.ownColleague);
    const lessons = await recentLessonsInDomains(pb, ["schuldhulp", "armoede"], n.own.municipality.id, 500);
    const ids = lessons.map((lesson) => lesson.id);
    expect(ids).toEqual(expect.arrayContaining([peer.network.id, peer.public.id]));
    expect(ids.indexOf(peer.public.id)).toBeLessThan(ids.indexOf(peer.network.id));
    for (const absent of [own, peer.private, peer.otherDomain]) expect(ids).not.toContain(absent.id);
    for (const lesson of lessons) {
      expect(["schuldhulp", "armoede"]).toContain(lesson.domain);
      expect(lesson.municipality).not.toBe(n.own.municipality.id);
    }
    expect(lessons.find((lesson) => lesson.id === peer.public.id)?.expand?.municipality?.name).toBe(n.other.municipality.name);
  });

  it("asks nothing for a municipality without domains", async () => {
    expect(await recentLessonsInDomains(appClientOf(n.as.ownManager), [], n.own.municipality.id, 5)).toEqual([]);
  });
});

describe("newestPublicLessonsWithTotal", () => {
  it("counts and lists public lessons only, the same for a guest and a signed-in peer", async () => {
    const asGuest = await newestPublicLessonsWithTotal(appClientOf(), 500);
    const asPeer = await newestPublicLessonsWithTotal(appClientOf(n.as.otherManager), 500);
    for (const answer of [asGuest, asPeer]) {
      const ids = answer.items.map((lesson) => lesson.id);
      expect(ids).toEqual(expect.arrayContaining([peer.public.id, own.id]));
      for (const absent of [peer.network, peer.private]) expect(ids).not.toContain(absent.id);
      expect(answer.total).toBeGreaterThanOrEqual(answer.items.length);
    }
  });
});
