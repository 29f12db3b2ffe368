import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { subscribe, topicWithQuery, type RealtimeSubscription } from "../support/realtime-events.ts";
import {
  type Actor,
  type Neighbours,
  type Visibility,
  actors,
  admin,
  createNeighbours,
  listOutcome,
  mayRead,
  pilotData,
  visibilities,
} from "./fixtures.ts";
import { createLesson, nonsenseWord, searchAs } from "./learning-fixtures.ts";

/**
 * A public lesson may come from a pilot that not everyone may see. Its `pilot` field (the pilot's
 * id) is then as secret as the pilot: whoever may not see the pilot gets "" in every answer (view,
 * list, expand, realtime, the lesson search), and no filter or sort on the field, from lessons or
 * through a relation to them, tells a lesson with that pilot from one without
 * (pb_hooks/lesson_pilot_link.pb.js, migration 1764152000). Asked by a guest, each role of the
 * pilot's own and of another municipality, and the superuser.
 */

type Asker = Actor | "superuser";
const askers: readonly Asker[] = [...actors, "superuser"];
const seesPilot = (asker: Asker, visibility: Visibility) => asker === "superuser" || mayRead(asker, visibility);

let n: Neighbours;
let superuser: PocketBase;
const clientOf = (asker: Asker): PocketBase => (asker === "superuser" ? superuser : n.as[asker]);

const pilots = {} as Record<Visibility, RecordModel>;
/** Public lessons, one from a pilot of each visibility. */
const lessons = {} as Record<Visibility, RecordModel>;
/** A peer's question on each of those lessons. */
const questions = {} as Record<Visibility, RecordModel>;
/** A public lesson without a pilot and a question on it: every probe ORs them in, so an answer is never empty. */
let control: RecordModel;
let controlQuestion: RecordModel;
const word = nonsenseWord();

beforeAll(async () => {
  n = await createNeighbours();
  superuser = await admin();
  const ask = (lesson: RecordModel) =>
    n.as.otherColleague
      .collection("comments")
      .create({ lesson: lesson.id, author: n.as.otherColleague.authStore.record?.id, body: "Hoe pakten jullie dit aan?" });
  control = await createLesson(n.as.ownManager, { visibility: "public", body: `Een les zonder pilot over ${word} in de wijk.` });
  controlQuestion = await ask(control);
  for (const visibility of visibilities) {
    pilots[visibility] = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility }));
    lessons[visibility] = await createLesson(n.as.ownManager, {
      visibility: "public",
      pilot: pilots[visibility].id,
      body: `Een les uit een ${visibility} pilot over ${word} in de wijk.`,
    });
    questions[visibility] = await ask(lessons[visibility]);
  }
});

const rows = visibilities.flatMap((visibility) => askers.map((asker) => ({ asker, visibility, sees: seesPilot(asker, visibility) })));
const sorted = (ids: string[]) => [...ids].sort();

describe("the pilot field of a public lesson", () => {
  it.each(rows)(
    "$asker, lesson of a $visibility pilot: view, list and expand (from the lesson and from a question) show the pilot only when it sees it ($sees)",
    async ({ asker, visibility, sees }) => {
      const pb = clientOf(asker);
      const lesson = lessons[visibility];
      const link = sees ? pilots[visibility].id : "";

      expect((await pb.collection("lessons").getOne(lesson.id)).pilot).toBe(link);
      const listed = await pb.collection("lessons").getList(1, 5, { filter: pb.filter("id = {:id}", { id: lesson.id }) });
      expect(listed.items.map((l) => l.pilot)).toEqual([link]);
      const expanded = await pb.collection("lessons").getOne(lesson.id, { expand: "pilot" });
      expect([expanded.pilot, (expanded.expand as Record<string, RecordModel> | undefined)?.pilot?.id]).toEqual([
        link,
        sees ? link : undefined,
      ]);
      const question = await pb.collection("comments").getOne(questions[visibility].id, { expand: "lesson" });
      expect((question.expand as Record<string, RecordModel> | undefined)?.lesson?.pilot).toBe(link);
    },
  );

  // The route asks as a signed-in user or a guest; the superuser is a guest to it.
  it.each(rows.filter((row) => row.asker !== "superuser"))(
    "$asker, lesson of a $visibility pilot: the lesson search shows the pilot only when it sees it ($sees)",
    async ({ asker, visibility, sees }) => {
      const result = await searchAs(clientOf(asker), { q: word });
      const hit = result.items.find((item) => item.id === lessons[visibility].id);
      expect(hit).toMatchObject({ pilot_id: sees ? pilots[visibility].id : "", pilot_title: sees ? pilots[visibility].title : "" });
    },
  );
});

describe("filtering and sorting on the pilot field", () => {
  // Most probes ask about the one lesson ("does it have that pilot?"); the first also searches every
  // lesson for the pilot's id. (@collection in a filter is refused to all but the superuser.)
  const probes = [
    { probe: "pilot = its id, over all lessons", filter: "pilot = {:pilot}" },
    { probe: "pilot = its id", filter: "id = {:lesson} && pilot = {:pilot}" },
    { probe: "pilot ~ its first characters", filter: "id = {:lesson} && pilot ~ {:prefix}" },
    { probe: "pilot between the id just below it and the id", filter: "id = {:lesson} && pilot > {:below} && pilot <= {:pilot}" },
    { probe: "a pilot is set", filter: "id = {:lesson} && pilot != ''" },
    { probe: "pilot.id = its id", filter: "id = {:lesson} && pilot.id = {:pilot}" },
    { probe: "pilot:lower = its id", filter: "id = {:lesson} && pilot:lower = {:pilot}" },
  ];
  const below = (id: string) => `${id.slice(0, -1)}${String.fromCharCode(id.charCodeAt(id.length - 1) - 1)}`;
  const params = (visibility: Visibility) => {
    const pilot = pilots[visibility].id;
    return { control: control.id, lesson: lessons[visibility].id, pilot, prefix: pilot.slice(0, 6), below: below(pilot) };
  };

  it.each(rows.flatMap((row) => probes.map((probe) => ({ ...row, ...probe }))))(
    "$asker, lesson of a $visibility pilot, filter $probe: found only when it sees the pilot ($sees)",
    async ({ asker, visibility, sees, filter }) => {
      const pb = clientOf(asker);
      const outcome = await listOutcome(
        pb.collection("lessons").getList(1, 10, { filter: pb.filter(`id = {:control} || (${filter})`, params(visibility)) }),
      );
      expect(outcome).toEqual({ status: 200, ids: sorted(sees ? [control.id, lessons[visibility].id] : [control.id]) });
    },
  );

  it.each(rows)(
    "$asker, lesson of a $visibility pilot, sort=pilot: listed only when it sees the pilot ($sees)",
    async ({ asker, visibility, sees }) => {
      const pb = clientOf(asker);
      const filter = pb.filter("id = {:control} || id = {:lesson}", { control: control.id, lesson: lessons[visibility].id });
      for (const sort of ["pilot", "-pilot", "pilot.id"]) {
        const outcome = await listOutcome(pb.collection("lessons").getList(1, 10, { filter, sort }));
        expect(outcome).toEqual({ status: 200, ids: sorted(sees ? [control.id, lessons[visibility].id] : [control.id]) });
      }
    },
  );

  it.each(rows)(
    "$asker, question on a lesson of a $visibility pilot, filter lesson.pilot: found only when it sees the pilot ($sees)",
    async ({ asker, visibility, sees }) => {
      const pb = clientOf(asker);
      const filter = pb.filter("id = {:control} || lesson.pilot = {:pilot}", { control: controlQuestion.id, pilot: pilots[visibility].id });
      const outcome = await listOutcome(pb.collection("comments").getList(1, 10, { filter }));
      expect(outcome).toEqual({ status: 200, ids: sorted(sees ? [controlQuestion.id, questions[visibility].id] : [controlQuestion.id]) });
    },
  );
});

describe("the link follows changes of the pilot and of the lesson", () => {
  /** Whether a peer finds the lesson by its pilot's id, and the pilot the peer reads on it. */
  const peerSees = async (lessonId: string, pilotId: string) => {
    const pb = n.as.otherColleague;
    const found = await listOutcome(
      pb
        .collection("lessons")
        .getList(1, 10, { filter: pb.filter("id = {:control} || pilot = {:pilot}", { control: control.id, pilot: pilotId }) }),
    );
    return { found: found.ids.includes(lessonId), link: (await pb.collection("lessons").getOne(lessonId)).pilot };
  };

  it("a pilot made private hides the link at once, and shared again shows it; a lesson moved to another pilot follows", async () => {
    const pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "network" }));
    const lesson = await createLesson(n.as.ownManager, { visibility: "public", pilot: pilot.id });
    expect(await peerSees(lesson.id, pilot.id)).toEqual({ found: true, link: pilot.id });

    await n.as.ownManager.collection("pilots").update(pilot.id, { visibility: "private" });
    expect(await peerSees(lesson.id, pilot.id)).toEqual({ found: false, link: "" });

    await n.as.ownDirector.collection("pilots").update(pilot.id, { visibility: "public" });
    expect(await peerSees(lesson.id, pilot.id)).toEqual({ found: true, link: pilot.id });

    const secret = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "private" }));
    await n.as.ownManager.collection("lessons").update(lesson.id, { pilot: secret.id });
    expect(await peerSees(lesson.id, secret.id)).toEqual({ found: false, link: "" });

    await n.as.ownManager.collection("lessons").update(lesson.id, { pilot: pilot.id });
    expect(await peerSees(lesson.id, pilot.id)).toEqual({ found: true, link: pilot.id });
  });

  it("a client cannot set the hidden copies of the pilot's visibility", async () => {
    const secret = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "private" }));
    const lesson = await createLesson(n.as.ownManager, {
      visibility: "public",
      pilot: secret.id,
      pilot_visibility: "public",
      pilot_municipality: "",
    });
    expect(await peerSees(lesson.id, secret.id)).toEqual({ found: false, link: "" });
    await n.as.ownManager.collection("lessons").update(lesson.id, { pilot_visibility: "public", title: `Les ${nonsenseWord()}` });
    expect(await peerSees(lesson.id, secret.id)).toEqual({ found: false, link: "" });
    expect(await superuser.collection("lessons").getOne(lesson.id)).toMatchObject({
      pilot_visibility: "private",
      pilot_municipality: n.own.municipality.id,
    });
  });
});

describe("realtime", () => {
  const subscribers = ["guest", "otherColleague", "ownColleague"] as const;
  const subscriptions = new Map<string, RealtimeSubscription>();
  const filtered = (visibility: Visibility) => topicWithQuery("lessons/*", { filter: `pilot = "${pilots[visibility].id}"` });
  afterAll(() => {
    for (const subscription of subscriptions.values()) subscription.close();
  });

  it.each(subscribers)(
    "%s hears of a changed lesson with the pilot only when it sees it, and a filter on pilot tells nothing",
    async (asker) => {
      const topics = visibilities.flatMap((visibility) => [`lessons/${lessons[visibility].id}`, filtered(visibility)]);
      const subscription = await subscribe(inject("pocketbaseUrl"), n.as[asker].authStore.token, topics);
      subscriptions.set(asker, subscription);
      for (const visibility of visibilities) {
        await superuser.collection("lessons").update(lessons[visibility].id, { title: `Les ${nonsenseWord()}` });
        const plain = await subscription.next(`lessons/${lessons[visibility].id}`);
        expect(plain.data.record.pilot).toBe(mayRead(asker, visibility) ? pilots[visibility].id : "");
      }
      // Every broadcast of a change goes out in one pass: whatever a filtered topic gets has arrived by now, or shortly.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const heard = visibilities.filter((visibility) => subscription.messages.some((m) => m.topic === filtered(visibility)));
      expect(heard).toEqual(visibilities.filter((visibility) => mayRead(asker, visibility)));
    },
  );
});
