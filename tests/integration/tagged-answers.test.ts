import { beforeAll, describe, expect, it } from "vitest";
import { getPilotPage } from "../../src/data/pilot-page.ts";
import { searchLessonsTagged } from "../../src/data/lessons.ts";
import { listMunicipalityNamesTagged } from "../../src/data/municipalities.ts";
import { listPilotsTagged } from "../../src/data/pilots.ts";
import type { TypedPocketBase } from "../../src/data/client.ts";
import type { TaggedAnswer } from "../../src/data/tagged-answers.ts";
import { parseLessonFilters } from "../../src/domain/lesson-filters.ts";
import { parsePilotFilters } from "../../src/domain/pilot-filters.ts";
import { type Neighbours, admin, appClientOf, createNeighbours, pilotData, unique } from "./fixtures.ts";
import { createLesson } from "./learning-fixtures.ts";

/**
 * The site holds the answers it got from the tagged routes and asks again with their tags
 * (src/server/pilot-page.ts, lesson-library.ts, pilot-overview.ts): PocketBase answers "unchanged"
 * (304) only when its answer for this caller is that very text, so a held answer is never given to
 * a caller it was not made for, and a write makes a new answer.
 */

let n: Neighbours;
let pilotId: string;
/** A word only this file's pilot and lesson carry, so other files' writes do not change their answers. */
const word = `tagwoord${unique().replace(/[^a-z]/g, "")}`;
beforeAll(async () => {
  n = await createNeighbours();
  const root = await admin();
  const pilot = await root.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "network", title: `Pilot ${word}` }));
  pilotId = pilot.id;
  await createLesson(n.as.ownManager, { pilot: pilotId, title: `Les over ${word}`, visibility: "network" });
});

type Ask<T> = (pb: TypedPocketBase, held?: TaggedAnswer<T>) => Promise<TaggedAnswer<T>>;
const routes: Array<[string, Ask<unknown>]> = [
  ["the pilot page", (pb, held) => getPilotPage(pb, pilotId, held as never)],
  ["the lesson library", (pb, held) => searchLessonsTagged(pb, parseLessonFilters(new URLSearchParams({ q: word })), held as never)],
  ["the pilot overview", (pb, held) => listPilotsTagged(pb, parsePilotFilters(new URLSearchParams({ q: word })), held as never)],
];

describe.each(routes)("%s", (_name, ask) => {
  it("gives the held answer back when PocketBase says it is unchanged", async () => {
    const pb = appClientOf(n.as.ownManager);
    const first = await ask(pb);
    expect(first.tag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(await ask(pb, first)).toBe(first);
  });

  it("gives another caller the held answer only when that caller's answer is the same text", async () => {
    const owner = await ask(appClientOf(n.as.ownManager));
    // A guest sees nothing of a pilot shared with the network; another municipality sees it, on
    // the pilot page without the contact person.
    let differed = 0;
    for (const reader of [n.as.guest, n.as.otherManager]) {
      const own = await ask(appClientOf(reader)).catch((error: { status?: number }) => error.status ?? 0);
      const asked = await ask(appClientOf(reader), owner).catch((error: { status?: number }) => error.status ?? 0);
      if (typeof own === "number") expect(asked).toBe(own);
      else if (own.tag === owner.tag) expect(asked).toBe(owner);
      else expect((asked as TaggedAnswer<unknown>).value()).toEqual(own.value());
      if (asked !== owner) differed += 1;
    }
    expect(differed).toBeGreaterThan(0);
  });
});

it("a write makes a new answer with a new tag", async () => {
  const pb = appClientOf(n.as.ownManager);
  const held = await Promise.all(routes.map(([, ask]) => ask(pb)));
  // The title shows in all three: the page, the overview's card and the lesson's pilot.
  const title = `Pilot ${word} ${unique()}`;
  await (await admin()).collection("pilots").update(pilotId, { title });
  for (const [index, [name, ask]] of routes.entries()) {
    const after = await ask(pb, held[index]);
    expect(after.tag, name).not.toBe(held[index]!.tag);
  }
  const page = await getPilotPage(pb, pilotId, held[0] as never);
  expect(page.value().pilot.title).toBe(title);
});

it("the municipalities' list is one answer for everyone, unchanged until a municipality changes", async () => {
  const first = await listMunicipalityNamesTagged(appClientOf());
  expect(await listMunicipalityNamesTagged(appClientOf(n.as.ownManager), first)).toBe(first);
  await (await admin()).collection("municipalities").update(n.other.municipality.id, { name: `Gemeente ${unique()}` });
  const after = await listMunicipalityNamesTagged(appClientOf(), first);
  expect(after).not.toBe(first);
  expect(after.value().some((m) => m.id === n.other.municipality.id && m.name.startsWith("Gemeente "))).toBe(true);
});
