import type PocketBase from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { questionCounts, questionsAskedBy, questionsToMunicipality, setAnswered } from "../../src/data/questions.ts";
import { type Neighbours, appClientOf, createNeighbours, pilotData } from "./fixtures.ts";
import { createLesson, nonsenseWord } from "./learning-fixtures.ts";

/**
 * The lists of /vragen (src/data/questions.ts): questions to my municipality per state, paged, with
 * their answers; and the questions I asked.
 */

let n: Neighbours;
const asked: string[] = [];
let pilotId = "";

const idOf = (pb: PocketBase) => pb.authStore.record?.id ?? "";
const ask = async (pb: PocketBase, target: Record<string, string>, data: Record<string, unknown> = {}) =>
  (await pb.collection("comments").create({ ...target, author: idOf(pb), body: `Vraag ${nonsenseWord()}`, ...data })).id;

beforeAll(async () => {
  n = await createNeighbours();
  const lesson = await createLesson(n.as.ownManager, { visibility: "network" });
  const pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "network" }));
  pilotId = pilot.id;
  // Oldest first: three questions on the lesson, two on the pilot, by the other municipality.
  for (let i = 0; i < 3; i++) asked.push(await ask(n.as.otherManager, { lesson: lesson.id }));
  for (let i = 0; i < 2; i++) asked.push(await ask(n.as.otherColleague, { pilot: pilot.id }));
  // Not questions to "own": its own colleague's question and the answers.
  await ask(n.as.ownColleague, { lesson: lesson.id });
  await ask(n.as.ownDirector, { lesson: lesson.id }, { reply_to: asked[0] });
  await ask(n.as.otherDirector, { lesson: lesson.id }, { reply_to: asked[0] });
  await n.as.ownDirector.collection("comments").update(asked[0]!, { answered: true });
  await n.as.otherColleague.collection("comments").update(asked[4]!, { answered: true });
});

describe("questions to a municipality", () => {
  it("counts per state and lists each state newest first", async () => {
    const pb = appClientOf(n.as.ownColleague);
    const m = n.own.municipality.id;
    const counts = await questionCounts(pb);
    expect(counts.toMunicipality).toEqual({ open: 3, beantwoord: 2, alle: 5 });
    // Of the two on the pilot, one is answered; the lessons' questions count for no pilot.
    expect(counts.openPerPilot).toEqual({ [pilotId]: 1 });
    const ids = async (state: "open" | "beantwoord" | "alle") =>
      (await questionsToMunicipality(pb, m, { state, page: 1 })).items.map((q) => q.id);
    expect(await ids("open")).toEqual([asked[3], asked[2], asked[1]]);
    expect(await ids("beantwoord")).toEqual([asked[4], asked[0]]);
    expect(await ids("alle")).toEqual([...asked].reverse());
  });

  it("pages, and brings each question's answers and where it was asked", async () => {
    const pb = appClientOf(n.as.ownManager);
    const second = await questionsToMunicipality(pb, n.own.municipality.id, { state: "alle", page: 3, perPage: 2 });
    expect([second.page, second.perPage, second.totalItems, second.totalPages]).toEqual([3, 2, 5, 3]);
    expect(second.items.map((q) => q.id)).toEqual([asked[0]]);
    const [first] = second.items;
    expect(first?.expand?.comments_via_reply_to?.length).toBe(2);
    expect(first?.expand?.author_municipality?.name).toBe(n.other.municipality.name);
    expect(first?.expand?.lesson?.id).toBeTruthy();
  });

  it("the counts are for signed-in users only (401 for a guest)", async () => {
    await expect(questionCounts(appClientOf())).rejects.toMatchObject({ status: 401 });
  });

  it("another municipality asking for them sees none of its own questions there", async () => {
    const pb = appClientOf(n.as.otherDirector);
    expect((await questionCounts(pb)).toMunicipality.alle).toBe(0);
  });
});

describe("my questions and marking them", () => {
  it("lists the questions a user asked, per state", async () => {
    const pb = appClientOf(n.as.otherManager);
    const me = n.other.users.manager.id;
    expect((await questionCounts(pb)).asked).toEqual({ open: 2, beantwoord: 1, alle: 3 });
    expect((await questionsAskedBy(pb, me, { state: "beantwoord", page: 1 })).items.map((q) => q.id)).toEqual([asked[0]]);
  });

  it("setAnswered reports a refusal instead of throwing, and reopens for the owner", async () => {
    expect((await setAnswered(appClientOf(n.as.otherDirector), asked[1]!, true)).ok).toBe(false);
    expect((await setAnswered(appClientOf(n.as.ownColleague), asked[0]!, false)).ok).toBe(true);
    expect((await questionCounts(appClientOf(n.as.ownColleague))).toMunicipality.open).toBe(4);
  });
});
