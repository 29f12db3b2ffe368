import PocketBase, { type RecordModel } from "pocketbase";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LessonSearchResult } from "../../src/data/lessons.ts";
import { startTestPocketBase, testSuperuser } from "../support/test-pocketbase.ts";
import { lessonData, nonsenseWord, sorted } from "./learning-fixtures.ts";

/**
 * A broad lesson question (docs/decisions/019-broad-lesson-questions.md): when the newest WINDOW
 * lessons hold enough hits, the counts are estimated from them and the hits come newest first.
 * This PocketBase has a window of 30 lessons (PROEFTUIN_SEARCH_WINDOW), so 60 lessons make a
 * word broad; every other test file's PocketBase keeps the window of 10,000 and exact counts.
 */

const WINDOW = 30;
let pocketbase: Awaited<ReturnType<typeof startTestPocketBase>>;
let superuser: PocketBase;
let own: RecordModel;
let other: PocketBase;
let guest: PocketBase;
const word = nonsenseWord();
const rare = nonsenseWord();
/** The lessons with `word`, oldest first: every third about wmo (else jeugd), every fifth shared with the network only. */
const lessons: RecordModel[] = [];

async function municipalityWithManager(name: string): Promise<{ municipality: RecordModel; manager: RecordModel }> {
  const municipality = await superuser.collection("municipalities").create({
    name,
    cbs_code: `GM${String(Math.floor(Math.random() * 10_000)).padStart(4, "0")}`,
    province: "utrecht",
    inhabitants: 40_000,
  });
  const password = "broad-search-password";
  const manager = await superuser.collection("users").create({
    email: `${name.toLowerCase()}@test.proeftuin`,
    password,
    passwordConfirm: password,
    name: `Innovatiemanager van ${name}`,
    municipality: municipality.id,
    role: "innovatiemanager",
    verified: true,
  });
  return { municipality, manager };
}

const search = (pb: PocketBase, query: Record<string, string>) =>
  pb.send<LessonSearchResult>("/api/proeftuin/lessons", { method: "GET", query });
const newestFirst = (records: readonly RecordModel[]) => [...records].reverse().map((record) => record.id);

beforeAll(async () => {
  pocketbase = await startTestPocketBase({ environment: { PROEFTUIN_SEARCH_WINDOW: String(WINDOW) } });
  superuser = new PocketBase(pocketbase.url);
  superuser.autoCancellation(false);
  await superuser.collection("_superusers").authWithPassword(testSuperuser.email, testSuperuser.password);
  const [mine, theirs] = [await municipalityWithManager("Breedstad"), await municipalityWithManager("Andersdorp")];
  own = mine.municipality;
  other = await superuser.collection("users").impersonate(theirs.manager.id, 3600);
  other.autoCancellation(false);
  guest = new PocketBase(pocketbase.url);
  guest.autoCancellation(false);
  // One at a time: rowids follow creation, and "newest" means the last rowids.
  for (let i = 0; i < 60; i++) {
    const overrides = {
      body: `Les ${i} over ${word} in de wijk.`,
      domain: i % 3 === 0 ? "wmo" : "jeugd",
      visibility: i % 5 === 4 ? "network" : "public",
    };
    lessons.push(await superuser.collection("lessons").create(lessonData(own.id, mine.manager.id, overrides)));
    if (i === 10 || i === 30)
      await superuser.collection("lessons").create(lessonData(own.id, mine.manager.id, { body: `Zeldzaam: ${rare}.` }));
  }
}, 60_000);
afterAll(() => pocketbase?.stop());

describe("a broad lesson question", () => {
  // 62 lessons in all: rowids 1-62, the rare word's two at 12 and 33. The window of the newest 30
  // (rowids 33-62) holds hits 31-59: 29 of them, every count is multiplied by 62 / 30.
  const inWindow = () => lessons.slice(31);
  const scaled = (n: number) => Math.round((n * 62) / WINDOW);
  const ofDomain = (records: readonly RecordModel[], domain: string) => records.filter((lesson) => lesson.domain === domain);

  it("estimates its counts from the newest lessons and shows the newest hits first, page after page", async () => {
    const pages = [1, 2, 3, 4].map((page) => search(other, { q: word, page: String(page) }));
    const [first, second, third, fourth] = await Promise.all(pages);
    expect(first).toMatchObject({ estimated: true, page: 1, totalItems: scaled(29), totalPages: 3 });
    expect(first!.facets.domain).toEqual({
      jeugd: scaled(ofDomain(inWindow(), "jeugd").length),
      wmo: scaled(ofDomain(inWindow(), "wmo").length),
    });
    expect(first!.notOwn).toBe(scaled(29));
    expect(first!.municipalities).toEqual([{ id: own.id, name: "Breedstad", count: scaled(29) }]);
    // The pages go on past the window's 29 hits, newest first, until every hit was shown once.
    expect([first, second, third].map((page) => page!.items.map((item) => item.id))).toEqual([
      newestFirst(lessons).slice(0, 20),
      newestFirst(lessons).slice(20, 40),
      newestFirst(lessons).slice(40, 60),
    ]);
    expect(fourth!.items).toEqual([]);
  });

  it("stays broad with a filter that leaves a page of hits in the window", async () => {
    const jeugd = await search(other, { q: word, domain: "jeugd" });
    expect(ofDomain(inWindow(), "jeugd")).toHaveLength(20);
    expect(jeugd).toMatchObject({ estimated: true, totalItems: scaled(20) });
    expect(jeugd.items.map((item) => item.id)).toEqual(newestFirst(ofDomain(lessons, "jeugd")).slice(0, 20));
    // The chosen group still counts its alternatives, from the window.
    expect(jeugd.facets.domain).toEqual({ jeugd: scaled(20), wmo: scaled(ofDomain(inWindow(), "wmo").length) });
  });

  it("shows a guest only public lessons, counted from the public ones in the window", async () => {
    const found = await search(guest, { q: word });
    const publicOnes = lessons.filter((lesson) => lesson.visibility === "public");
    const publicInWindow = inWindow().filter((lesson) => lesson.visibility === "public").length;
    expect(found).toMatchObject({ estimated: true, notOwn: null, totalItems: scaled(publicInWindow) });
    expect(found.items.map((item) => item.id)).toEqual(newestFirst(publicOnes).slice(0, 20));
  });

  it("answers exactly, best match first, when fewer than a page of the window's hits pass the filters", async () => {
    const wmo = await search(other, { q: word, domain: "wmo" });
    expect(ofDomain(inWindow(), "wmo").length).toBeLessThan(20);
    expect(wmo).toMatchObject({ estimated: false, totalItems: 20, totalPages: 1, facets: { domain: { jeugd: 40, wmo: 20 } } });
    expect(sorted(wmo.items.map((item) => item.id))).toEqual(sorted(ofDomain(lessons, "wmo").map((lesson) => lesson.id)));
  });

  it("answers a question with few hits exactly", async () => {
    const found = await search(other, { q: rare });
    expect(found).toMatchObject({ estimated: false, totalItems: 2, notOwn: 2, facets: { domain: { jeugd: 2 } } });
  });
});
