import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { type Actor, type Neighbours, actors, createNeighbours, refusalOf, statusOf, storedAsAdmin } from "./fixtures.ts";
import { createLesson, nonsenseWord } from "./learning-fixtures.ts";

/**
 * Threads and the answered state of questions (pb_migrations/1764152800_question_threads.js,
 * pb_hooks/comment_threads.pb.js), by direct REST calls from each role. "own" owns the lesson,
 * "other" asks.
 */

let n: Neighbours;
let lesson: RecordModel;
let otherLesson: RecordModel;

beforeAll(async () => {
  n = await createNeighbours();
  lesson = await createLesson(n.as.ownManager, { visibility: "network" });
  otherLesson = await createLesson(n.as.ownManager, { visibility: "network" });
});

const idOf = (pb: PocketBase) => pb.authStore.record?.id ?? "";
const body = () => `Hoe pakten jullie dit aan? (${nonsenseWord()})`;
const ask = (pb: PocketBase, data: Record<string, unknown> = {}) =>
  pb.collection("comments").create({ lesson: lesson.id, author: idOf(pb), body: body(), ...data });

describe("an answer replies to a question", () => {
  it("an answer to a question on the same lesson is stored under it", async () => {
    const question = await ask(n.as.otherManager);
    const answer = await ask(n.as.ownColleague, { reply_to: question.id });
    expect((await storedAsAdmin("comments", answer.id)).reply_to).toBe(question.id);
  });

  it.each([
    {
      case: "an answer (one level only)",
      target: async () => (await ask(n.as.ownManager, { reply_to: (await ask(n.as.otherManager)).id })).id,
    },
    { case: "a question on another lesson", target: async () => (await ask(n.as.otherManager, { lesson: otherLesson.id })).id },
    { case: "a comment that does not exist", target: async () => "abcdefghijklmno" },
  ])("replying to $case is refused at reply_to (400)", async ({ target }) => {
    const refusal = await refusalOf(ask(n.as.ownManager, { reply_to: await target() }));
    expect(refusal).toEqual({ status: 400, fields: ["reply_to"] });
  });

  it("an answer cannot move to another question", async () => {
    const question = await ask(n.as.otherManager);
    const answer = await ask(n.as.ownManager, { reply_to: question.id });
    const elsewhere = await ask(n.as.otherManager);
    expect(await statusOf(n.as.ownManager.collection("comments").update(answer.id, { reply_to: elsewhere.id }))).toBe(404);
    expect((await storedAsAdmin("comments", answer.id)).reply_to).toBe(question.id);
  });

  it("an answer is never marked answered", async () => {
    const answer = await ask(n.as.ownManager, { reply_to: (await ask(n.as.otherManager)).id });
    const refusal = await refusalOf(n.as.ownManager.collection("comments").update(answer.id, { answered: true }));
    expect(refusal).toEqual({ status: 400, fields: ["answered"] });
  });

  it("a new question is open, whatever the client sends", async () => {
    const question = await ask(n.as.otherManager, {
      answered: true,
      answered_at: "2026-01-01 00:00:00.000Z",
      answered_by: n.own.users.manager.id,
    });
    const stored = await storedAsAdmin("comments", question.id);
    expect([stored.answered, stored.answered_at, stored.answered_by]).toEqual([false, "", ""]);
  });
});

describe("who may mark a question answered or reopen it", () => {
  const rows: { actor: Actor; may: boolean }[] = actors.map((actor) => ({
    actor,
    may: actor === "otherManager" || actor.startsWith("own"),
  }));

  it.each(rows)("$actor marks another's question answered and reopens it: allowed $may", async ({ actor, may }) => {
    const question = await ask(n.as.otherManager);
    const marked = await statusOf(n.as[actor].collection("comments").update(question.id, { answered: true }));
    const stored = await storedAsAdmin("comments", question.id);
    if (!may) {
      expect(marked).not.toBe(200);
      expect(stored.answered).toBe(false);
      return;
    }
    expect(marked).toBe(200);
    expect([stored.answered, stored.answered_by, stored.answered_at !== ""]).toEqual([true, idOf(n.as[actor]), true]);
    expect(await statusOf(n.as[actor].collection("comments").update(question.id, { answered: false }))).toBe(200);
    const reopened = await storedAsAdmin("comments", question.id);
    expect([reopened.answered, reopened.answered_by, reopened.answered_at]).toEqual([false, "", ""]);
  });

  it("the owner's users change only the answered state of someone else's question", async () => {
    const question = await ask(n.as.otherManager);
    for (const data of [{ body: "Andere tekst van de eigenaar." }, { answered: true, body: "Andere tekst van de eigenaar." }]) {
      expect(await statusOf(n.as.ownDirector.collection("comments").update(question.id, data))).not.toBe(200);
    }
    expect((await storedAsAdmin("comments", question.id)).body).toBe(question.body);
  });

  it("nobody sets when or by whom: the server takes it from the account", async () => {
    const question = await ask(n.as.otherManager);
    const sneaky = { answered: true, answered_by: n.own.users.director.id, answered_at: "2020-01-01 00:00:00.000Z" };
    expect(await statusOf(n.as.otherManager.collection("comments").update(question.id, sneaky))).not.toBe(200);
    expect(await statusOf(n.as.otherManager.collection("comments").update(question.id, { answered: true }))).toBe(200);
    const stored = await storedAsAdmin("comments", question.id);
    expect(stored.answered_by).toBe(n.other.users.manager.id);
    expect(stored.answered_at.startsWith("2020")).toBe(false);
  });
});
