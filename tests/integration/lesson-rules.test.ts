import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type Actor,
  type Neighbours,
  type Visibility,
  actors,
  countAsAdmin,
  createNeighbours,
  mayRead,
  pilotData,
  statusOf,
  storedAsAdmin,
  visibilities,
  writers,
} from "./fixtures.ts";
import { createLesson, lessonData, nonsenseWord } from "./learning-fixtures.ts";

/**
 * The API rules of `lessons` (pb_migrations/1764150900_lessons.js) and the invariants of
 * pb_hooks/lesson_invariants.pb.js, asked by every actor. PocketBase's statuses: a refused list is
 * an empty 200, a refused view, update or delete 404, a refused create 400.
 */

/** The id of the actor's user, or "" for the guest. */
// One pair of municipalities for the whole file (creating users is slow); every test makes its own lessons.
let n: Neighbours;
beforeAll(async () => {
  n = await createNeighbours();
});

const userIdOf = (n: Neighbours, actor: Actor): string => n.as[actor].authStore.record?.id ?? "";

describe("reading lessons", () => {
  const lessons = {} as Record<Visibility, RecordModel>;
  // Other tests add lessons to the same municipality: this word in the title marks this table's three.
  const marker = nonsenseWord();

  beforeAll(async () => {
    for (const visibility of visibilities) {
      lessons[visibility] = await createLesson(n.as.ownManager, { visibility, title: `Les ${marker} ${visibility}` });
    }
  });

  const rows = visibilities.flatMap((visibility) =>
    actors.map((actor) => ({ actor, visibility, status: mayRead(actor, visibility) ? 200 : 404 })),
  );

  it.each(rows)("$actor views a $visibility lesson: $status", async ({ actor, visibility, status }) => {
    expect(await statusOf(n.as[actor].collection("lessons").getOne(lessons[visibility].id))).toBe(status);
  });

  it.each(actors)("%s lists exactly the own municipality's lessons it may read", async (actor) => {
    const pb = n.as[actor];
    const listed = await pb
      .collection("lessons")
      .getFullList({ filter: pb.filter("municipality = {:m} && title ~ {:marker}", { m: n.own.municipality.id, marker }) });
    const expected = visibilities.filter((v) => mayRead(actor, v)).map((v) => lessons[v].id);
    expect(listed.map((l) => l.id).sort()).toEqual(expected.sort());
  });

  // Each probe ORs in the public lesson as a control: a non-empty answer proves the query ran (and
  // keeps PocketBase's throttle of repeated empty filtered lists out of the run time).
  it.each(actors)("%s cannot find the private lesson by its exact title or through a relation filter", async (actor) => {
    const pb = n.as[actor];
    const expected = (mayRead(actor, "private") ? [lessons.private.id, lessons.public.id] : [lessons.public.id]).sort();
    const byTitle = await pb.collection("lessons").getFullList({
      filter: pb.filter("id = {:control} || title = {:t}", { control: lessons.public.id, t: lessons.private.title }),
    });
    expect(byTitle.map((l) => l.id).sort()).toEqual(expected);
    const byAuthor = await pb.collection("lessons").getFullList({
      filter: pb.filter("id = {:control} || (author = {:a} && visibility = 'private')", {
        control: lessons.public.id,
        a: n.own.users.manager.id,
      }),
    });
    expect(byAuthor.map((l) => l.id).sort()).toEqual(expected);
  });
});

describe("a public lesson from a private pilot", () => {
  let pilot: RecordModel;
  let lesson: RecordModel;
  beforeAll(async () => {
    pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "private" }));
    lesson = await createLesson(n.as.ownManager, { visibility: "public", pilot: pilot.id });
  });

  it.each(actors)("%s sees the pilot through ?expand=pilot only when it may read the pilot", async (actor) => {
    const viewed = await n.as[actor].collection("lessons").getOne(lesson.id, { expand: "pilot" });
    const expanded = (viewed.expand as Record<string, RecordModel> | undefined)?.pilot;
    if (mayRead(actor, "private")) expect(expanded?.title).toBe(pilot.title);
    else expect(expanded).toBeUndefined();
  });

  it.each(actors)("%s cannot find the lesson by filtering on the private pilot's title", async (actor) => {
    const pb = n.as[actor];
    const control = await createLesson(n.as.ownManager, { visibility: "public" });
    const found = await pb.collection("lessons").getFullList({
      filter: pb.filter("id = {:control} || pilot.title = {:t}", { control: control.id, t: pilot.title }),
    });
    const expected = mayRead(actor, "private") ? [control.id, lesson.id] : [control.id];
    expect(found.map((l) => l.id).sort()).toEqual(expected.sort());
  });
});

describe("creating lessons", () => {
  const rows = actors.map((actor) => ({ actor, status: writers.includes(actor) ? 200 : 400 }));

  it.each(rows)("$actor creates a lesson of the 'own' municipality as its author: $status", async ({ actor, status }) => {
    const data = lessonData(n.own.municipality.id, userIdOf(n, actor));
    expect(await statusOf(n.as[actor].collection("lessons").create(data))).toBe(status);
    expect(await countAsAdmin("lessons", "title = {:t}", { t: data.title })).toBe(status === 200 ? 1 : 0);
  });

  it.each(["otherManager", "otherDirector"] as const)("%s cannot write a lesson into the 'own' municipality (400)", async (actor) => {
    const data = lessonData(n.own.municipality.id, userIdOf(n, actor), { visibility: "private" });
    expect(await statusOf(n.as[actor].collection("lessons").create(data))).toBe(400);
    expect(await countAsAdmin("lessons", "title = {:t}", { t: data.title })).toBe(0);
  });

  it.each([
    { case: "a colleague", author: (x: Neighbours) => x.own.users.colleague.id },
    { case: "the director", author: (x: Neighbours) => x.own.users.director.id },
    { case: "a user of another municipality", author: (x: Neighbours) => x.other.users.manager.id },
    { case: "nobody", author: () => "" },
  ])("a manager cannot create a lesson with $case as author (400)", async ({ author }) => {
    const data = lessonData(n.own.municipality.id, author(n));
    expect(await statusOf(n.as.ownManager.collection("lessons").create(data))).toBe(400);
    expect(await countAsAdmin("lessons", "title = {:t}", { t: data.title })).toBe(0);
  });

  it("a lesson may come from a pilot of the own municipality (200), not from another municipality's visible pilot (400)", async () => {
    const ownPilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id));
    const otherPilot = await n.as.otherManager.collection("pilots").create(pilotData(n.other.municipality.id, { visibility: "public" }));

    const fromOwn = await createLesson(n.as.ownManager, { pilot: ownPilot.id });
    expect((await storedAsAdmin("lessons", fromOwn.id)).pilot).toBe(ownPilot.id);

    const data = lessonData(n.own.municipality.id, n.own.users.manager.id, { pilot: otherPilot.id });
    expect(await statusOf(n.as.ownManager.collection("lessons").create(data))).toBe(400);
    expect(await countAsAdmin("lessons", "title = {:t}", { t: data.title })).toBe(0);
  });
});

describe("updating and deleting lessons", () => {
  // Outsiders can read network and public lessons, so their refusal comes from the write rule.
  const rows = (["network", "public"] as const).flatMap((visibility) =>
    actors.map((actor) => ({ actor, visibility, status: writers.includes(actor) ? 200 : 404 })),
  );

  it.each(rows)("$actor updates the title of a $visibility lesson: $status", async ({ actor, visibility, status }) => {
    const lesson = await createLesson(n.as.ownManager, { visibility });
    const title = `Nieuwe titel ${lesson.id}`;
    expect(await statusOf(n.as[actor].collection("lessons").update(lesson.id, { title }))).toBe(status);
    expect((await storedAsAdmin("lessons", lesson.id)).title).toBe(status === 200 ? title : lesson.title);
  });

  it.each(rows)("$actor deletes a $visibility lesson: $status", async ({ actor, visibility, status }) => {
    const lesson = await createLesson(n.as.ownManager, { visibility });
    expect(await statusOf(n.as[actor].collection("lessons").delete(lesson.id))).toBe(status);
    expect(await countAsAdmin("lessons", "id = {:id}", { id: lesson.id })).toBe(status === 200 ? 0 : 1);
  });

  it.each(["ownManager", "ownDirector"] as const)("%s cannot move a lesson to another municipality (404)", async (actor) => {
    const lesson = await createLesson(n.as.ownManager);
    expect(await statusOf(n.as[actor].collection("lessons").update(lesson.id, { municipality: n.other.municipality.id }))).toBe(404);
    expect((await storedAsAdmin("lessons", lesson.id)).municipality).toBe(n.own.municipality.id);
  });

  it.each([
    { case: "the director", author: (x: Neighbours) => x.own.users.director.id },
    { case: "a colleague", author: (x: Neighbours) => x.own.users.colleague.id },
    { case: "nobody", author: () => "" },
  ])("the author cannot be changed to $case (404)", async ({ author }) => {
    const lesson = await createLesson(n.as.ownManager);
    expect(await statusOf(n.as.ownDirector.collection("lessons").update(lesson.id, { author: author(n) }))).toBe(404);
    expect((await storedAsAdmin("lessons", lesson.id)).author).toBe(n.own.users.manager.id);
  });

  it("an update may link a pilot of the own municipality, or none, but not one of another municipality (404)", async () => {
    const ownPilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id));
    const otherPilot = await n.as.otherManager.collection("pilots").create(pilotData(n.other.municipality.id, { visibility: "public" }));
    const lesson = await createLesson(n.as.ownManager);

    expect(await statusOf(n.as.ownManager.collection("lessons").update(lesson.id, { pilot: otherPilot.id }))).toBe(404);
    expect((await storedAsAdmin("lessons", lesson.id)).pilot).toBe("");

    expect(await statusOf(n.as.ownManager.collection("lessons").update(lesson.id, { pilot: ownPilot.id }))).toBe(200);
    expect((await storedAsAdmin("lessons", lesson.id)).pilot).toBe(ownPilot.id);

    expect(await statusOf(n.as.ownDirector.collection("lessons").update(lesson.id, { pilot: otherPilot.id }))).toBe(404);
    expect((await storedAsAdmin("lessons", lesson.id)).pilot).toBe(ownPilot.id);

    expect(await statusOf(n.as.ownManager.collection("lessons").update(lesson.id, { pilot: "" }))).toBe(200);
    expect((await storedAsAdmin("lessons", lesson.id)).pilot).toBe("");
  });
});
