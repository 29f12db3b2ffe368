import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { loadStartLessonsAndQuestions, newestPublicLessonsWithTotal } from "../../src/data/start-page.ts";
import { questionsToMunicipality, setAnswered } from "../../src/data/questions.ts";
import type { TypedPocketBase } from "../../src/data/client.ts";
import type { Domain } from "../../src/domain/options.ts";
import { type Actor, actors, appClientOf, createNeighbours, type Neighbours, pilotData, statusOf, visibilities } from "./fixtures.ts";
import { createLesson } from "./learning-fixtures.ts";

/**
 * The home page and "Mijn Proeftuin" read through cached routes (pb_hooks/start_page.pb.js), not
 * PocketBase's records API. For every person each answer must be what PocketBase's own list gives
 * that person: the same items in the same order, and the same counts. The lessons lists span the
 * whole network, which other files write to at the same time, so those comparisons are made on a
 * quiet moment: the reference read before and after the route's answer must agree (stableCompare).
 * The questions are about this file's own municipality only, so they compare exactly.
 */
let n: Neighbours;
// Domains few other files write lessons in, so that this file's lessons are among the newest.
const DOMAINS: Domain[] = ["gezondheid", "wonen"];
const signedIn = actors.filter((actor) => actor !== "guest");
let ownPilot: RecordModel;

const shownLesson = (lesson: RecordModel) => [
  lesson.id,
  lesson.title,
  lesson.domain,
  lesson.kind,
  lesson.created,
  lesson.municipality,
  lesson.expand?.municipality?.name,
];

/**
 * Compares route and reference when no write came between them; tries again (a few times) when one
 * did, or when the answer differs: another file's write is visible the moment it commits, and its
 * cached answers are dropped a moment later (pb_hooks/answer_cache.pb.js runs after the commit). A
 * route that stays wrong fails on the last attempt.
 */
async function stableCompare<T>(route: () => Promise<T>, reference: () => Promise<T>) {
  for (let attempt = 0; ; attempt++) {
    const before = await reference();
    const answer = await route();
    const after = await reference();
    const quiet = JSON.stringify(before) === JSON.stringify(after);
    if ((quiet && JSON.stringify(answer) === JSON.stringify(after)) || attempt === 4) {
      expect(answer).toEqual(after);
      return answer;
    }
  }
}

const homeReference = async (pb: TypedPocketBase) => {
  const list = await pb
    .collection("lessons")
    .getList(1, 5, { filter: 'visibility = "public"', sort: "-created,-id", expand: "municipality" });
  return { lessons: list.items.map(shownLesson), total: list.totalItems };
};
const homeRoute = async (pb: TypedPocketBase) => {
  const answer = await newestPublicLessonsWithTotal(pb);
  return { lessons: answer.items.map((lesson) => shownLesson(lesson as unknown as RecordModel)), total: answer.total };
};

const domainLessonsReference = async (pb: TypedPocketBase, own: string) => {
  const list = await pb.collection("lessons").getList(1, 8, {
    filter: pb.filter("(domain = {:a} || domain = {:b}) && municipality != {:m}", { a: DOMAINS[0], b: DOMAINS[1], m: own }),
    sort: "-created,-id",
    expand: "municipality",
    skipTotal: true,
  });
  return list.items.map(shownLesson);
};

const municipalityOf = (actor: Actor) => (actor.startsWith("own") ? n.own.municipality.id : n.other.municipality.id);

const question = (pb: PocketBase, target: Record<string, string>, body: string, data: Record<string, unknown> = {}) =>
  pb.collection("comments").create({ ...target, author: pb.authStore.record?.id ?? "", body, ...data });

beforeAll(async () => {
  n = await createNeighbours();
  for (const visibility of visibilities) {
    for (const [i, domain] of DOMAINS.entries()) {
      await createLesson(n.as.ownManager, { domain, visibility, title: `Eigen les ${visibility} ${i}` });
      await createLesson(n.as.otherManager, { domain, visibility, title: `Les van de buren ${visibility} ${i}` });
    }
  }
  await createLesson(n.as.otherManager, { domain: "veiligheid", visibility: "public" });
  ownPilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "network" }));
  const ownLesson = await createLesson(n.as.ownManager, { domain: "wmo", visibility: "network" });
  // Questions to the own municipality by the neighbours: on its pilot and its lesson, open and answered,
  // with an answer; and one the own municipality asked itself, which is no question to it.
  const onPilot = await question(n.as.otherManager, { pilot: ownPilot.id }, "Hoe vonden jullie deelnemers?");
  await question(n.as.otherColleague, { pilot: ownPilot.id }, "Wat kostte het per deelnemer?");
  const answered = await question(n.as.otherDirector, { lesson: ownLesson.id }, "Geldt dit ook voor kleine gemeenten?");
  await question(n.as.otherManager, { lesson: ownLesson.id }, "Wie voerde het uit?");
  await question(n.as.ownColleague, { pilot: ownPilot.id }, "Een eigen vraag.");
  await question(n.as.ownManager, { pilot: ownPilot.id }, "Via de wijkteams.", { reply_to: onPilot.id });
  expect(await setAnswered(appClientOf(n.as.ownManager), answered.id, true)).toEqual({ ok: true });
});

describe("GET /api/proeftuin/home", () => {
  it.each(actors)("%s: the newest public lessons and their count, as PocketBase's own list gives them", async (actor) => {
    const pb = appClientOf(actor === "guest" ? undefined : n.as[actor]);
    const answer = await stableCompare(
      () => homeRoute(pb),
      () => homeReference(pb),
    );
    expect(answer.lessons.length).toBe(5);
  });

  it("follows a new public lesson and its deletion", async () => {
    const guest = appClientOf();
    await homeRoute(guest);
    const lesson = await createLesson(n.as.otherManager, { visibility: "public", domain: "onderwijs" });
    const after = await stableCompare(
      () => homeRoute(guest),
      () => homeReference(guest),
    );
    expect(after.lessons.map((row) => row[0])).toContain(lesson.id);
    await n.as.otherManager.collection("lessons").delete(lesson.id);
    const gone = await stableCompare(
      () => homeRoute(guest),
      () => homeReference(guest),
    );
    expect(gone.lessons.map((row) => row[0])).not.toContain(lesson.id);
  });

  it("takes no filter or sort, which the lessons' rule would read", async () => {
    expect(await statusOf(appClientOf().send("/api/proeftuin/home", { query: { filter: "pilot" } }))).toBe(400);
  });
});

describe("GET /api/proeftuin/start", () => {
  it("is for signed-in users only", async () => {
    expect(await statusOf(appClientOf().send("/api/proeftuin/start", { query: { domains: "wonen" } }))).toBe(401);
  });

  it.each(signedIn)("%s: other municipalities' newest lessons in the domains, as PocketBase's own list gives them", async (actor) => {
    const pb = appClientOf(n.as[actor]);
    const own = municipalityOf(actor);
    const lessons = await stableCompare(
      async () => (await loadStartLessonsAndQuestions(pb, DOMAINS)).lessons.map((l) => shownLesson(l as unknown as RecordModel)),
      () => domainLessonsReference(pb, own),
    );
    const neighbour = actor.startsWith("own") ? n.other : n.own;
    // This file's lessons are the newest in these domains unless another file wrote there meanwhile.
    const ofNeighbour = lessons.filter((row) => row[5] === neighbour.municipality.id).map((row) => String(row[1]));
    for (const title of ofNeighbour) expect(title).not.toMatch(/private/);
    expect(lessons.filter((row) => row[5] === own)).toEqual([]);
    expect(await loadStartLessonsAndQuestions(pb, [])).toMatchObject({ lessons: [] });
  });

  it.each(signedIn)("%s: the questions to the own municipality, counted and listed as PocketBase does", async (actor) => {
    const pb = appClientOf(n.as[actor]);
    const own = municipalityOf(actor);
    const { questions } = await loadStartLessonsAndQuestions(pb, DOMAINS);
    const open = await questionsToMunicipality(pb, own, { state: "open", page: 1, perPage: 500 });
    const answered = await questionsToMunicipality(pb, own, { state: "beantwoord", page: 1, perPage: 1 });
    const perPilot: Record<string, number> = {};
    for (const item of open.items) if (item.pilot) perPilot[item.pilot] = (perPilot[item.pilot] ?? 0) + 1;
    expect({ open: questions.open, beantwoord: questions.beantwoord, openPerPilot: questions.openPerPilot }).toEqual({
      open: open.totalItems,
      beantwoord: answered.totalItems,
      openPerPilot: perPilot,
    });
    const shown = (q: { id: string; author_name: string; body: string; created: string; lesson: string; pilot: string }) => [
      q.id,
      q.author_name,
      q.body,
      q.created,
      q.lesson,
      q.pilot,
    ];
    expect(questions.newest.map(shown)).toEqual(open.items.slice(0, 5).map(shown));
    expect(questions.newest.map((q) => q.expand)).toEqual(
      open.items.slice(0, 5).map((q) => ({
        author_municipality: { name: q.expand?.author_municipality?.name },
        ...(q.lesson ? { lesson: { title: q.expand?.lesson?.title } } : {}),
        ...(q.pilot ? { pilot: { title: q.expand?.pilot?.title } } : {}),
      })),
    );
    if (actor.startsWith("own")) expect({ open: questions.open, beantwoord: questions.beantwoord }).toEqual({ open: 3, beantwoord: 1 });
    else expect(questions).toMatchObject({ open: 0, beantwoord: 0, newest: [] });
  });

  it("follows a new question, its answering and a pilot's new title", async () => {
    const pb = appClientOf(n.as.ownColleague);
    const before = (await loadStartLessonsAndQuestions(pb, DOMAINS)).questions;
    const asked = await question(n.as.otherColleague, { pilot: ownPilot.id }, "Nog een vraag.");
    const after = (await loadStartLessonsAndQuestions(pb, DOMAINS)).questions;
    expect(after.open).toBe(before.open + 1);
    expect(after.openPerPilot[ownPilot.id]).toBe((before.openPerPilot[ownPilot.id] ?? 0) + 1);
    expect(after.newest[0]?.id).toBe(asked.id);
    await n.as.ownManager.collection("pilots").update(ownPilot.id, { title: "Een nieuwe titel voor de pilot" });
    expect((await loadStartLessonsAndQuestions(pb, DOMAINS)).questions.newest[0]?.expand.pilot?.title).toBe(
      "Een nieuwe titel voor de pilot",
    );
    expect(await setAnswered(appClientOf(n.as.ownManager), asked.id, true)).toEqual({ ok: true });
    const answered = (await loadStartLessonsAndQuestions(pb, DOMAINS)).questions;
    expect([answered.open, answered.beantwoord]).toEqual([before.open, before.beantwoord + 1]);
  });
});
