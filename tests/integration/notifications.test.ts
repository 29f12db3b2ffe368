import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  unreadNotificationCount,
} from "../../src/data/notifications.ts";
import { type Neighbours, actors, admin, appClientOf, countAsAdmin, createNeighbours, statusOf } from "./fixtures.ts";
import { createLesson, nonsenseWord } from "./learning-fixtures.ts";

/**
 * Notifications (pb_migrations/1764152810_notifications.js, pb_hooks/notifications.pb.js): written
 * by the server when a question is asked or answered, never about what the recipient may not read;
 * a user reads their own and may only mark them read.
 */

let n: Neighbours;
let lesson: RecordModel;

beforeAll(async () => {
  n = await createNeighbours();
  lesson = await createLesson(n.as.ownManager, { visibility: "network" });
});

const idOf = (pb: PocketBase) => pb.authStore.record?.id ?? "";
const comment = (pb: PocketBase, data: Record<string, unknown> = {}) =>
  pb.collection("comments").create({ lesson: lesson.id, author: idOf(pb), body: `Vraag ${nonsenseWord()}`, ...data });
const notificationsOf = (userId: string, commentId: string) =>
  countAsAdmin("notifications", "user = {:u} && comment = {:c}", { u: userId, c: commentId });

describe("who is told of a new question or answer", () => {
  it("a question of another municipality tells every user of the owning municipality, not the asker", async () => {
    const question = await comment(n.as.otherColleague);
    const owners = Object.values(n.own.users).map((user) => user.id);
    expect(await Promise.all(owners.map((user) => notificationsOf(user, question.id)))).toEqual([1, 1, 1]);
    expect(await notificationsOf(n.other.users.colleague.id, question.id)).toBe(0);
    const pb = await admin();
    const stored = await pb
      .collection("notifications")
      .getFirstListItem(pb.filter("user = {:u} && comment = {:c}", { u: owners[0], c: question.id }));
    expect([stored.kind, stored.lesson, stored.read, stored.title]).toEqual([
      "vraag",
      lesson.id,
      false,
      `Nieuwe vraag over "${lesson.title}"`,
    ]);
  });

  it("a question from within the owning municipality tells nobody", async () => {
    const question = await comment(n.as.ownColleague);
    expect(await countAsAdmin("notifications", "comment = {:c}", { c: question.id })).toBe(0);
  });

  it("an answer by someone else tells the asker (kind antwoord); the asker's own follow-up does not", async () => {
    const question = await comment(n.as.otherManager);
    const answer = await comment(n.as.ownDirector, { reply_to: question.id });
    const own = await comment(n.as.otherManager, { reply_to: question.id });
    expect(await countAsAdmin("notifications", "comment = {:c} && kind = 'antwoord'", { c: answer.id })).toBe(1);
    expect(await notificationsOf(n.other.users.manager.id, answer.id)).toBe(1);
    expect(await countAsAdmin("notifications", "comment = {:c}", { c: own.id })).toBe(0);
  });

  it("an answer on a lesson that became private tells the asker of another municipality nothing", async () => {
    const secret = await createLesson(n.as.ownManager, { visibility: "network" });
    const question = await comment(n.as.otherManager, { lesson: secret.id });
    await n.as.ownManager.collection("lessons").update(secret.id, { visibility: "private" });
    const answer = await comment(n.as.ownManager, { lesson: secret.id, reply_to: question.id });
    expect(await countAsAdmin("notifications", "comment = {:c}", { c: answer.id })).toBe(0);
    // The same answer on a lesson the asker can read does tell: the check above is the visibility.
    const open = await comment(n.as.otherManager);
    const told = await comment(n.as.ownManager, { reply_to: open.id });
    expect(await countAsAdmin("notifications", "comment = {:c}", { c: told.id })).toBe(1);
  });
});

describe("the rules of notifications", () => {
  let question: RecordModel;
  let mine: RecordModel;
  beforeAll(async () => {
    question = await comment(n.as.otherColleague);
    const pb = await admin();
    mine = await pb
      .collection("notifications")
      .getFirstListItem(pb.filter("user = {:u} && comment = {:c}", { u: n.own.users.manager.id, c: question.id }));
  });

  it.each(actors)("%s sees a notification only when it is theirs", async (actor) => {
    const status = await statusOf(n.as[actor].collection("notifications").getOne(mine.id));
    expect(status).toBe(actor === "ownManager" ? 200 : 404);
    const listed = actor === "guest" ? [] : (await n.as[actor].collection("notifications").getFullList()).map((r) => r.id);
    expect(listed.includes(mine.id)).toBe(actor === "ownManager");
  });

  it.each(actors)("%s counts only their own unread notifications through the count route", async (actor) => {
    const call = n.as[actor].send("/api/proeftuin/notifications/unread", {});
    if (actor === "guest") {
      expect(await statusOf(call)).toBe(401);
      return;
    }
    const { count } = (await call) as { count: number };
    const pb = await admin();
    const own = await pb
      .collection("notifications")
      .getList(1, 1, { filter: pb.filter("user = {:u} && read = false", { u: idOf(n.as[actor]) }) });
    expect(count).toBe(own.totalItems);
    if (actor === "ownManager") expect(count).toBeGreaterThan(0);
  });

  it.each(actors)("%s cannot create a notification through the API", async (actor) => {
    const title = `Nep ${nonsenseWord()}`;
    const call = n.as[actor]
      .collection("notifications")
      .create({ user: idOf(n.as[actor]) || n.own.users.manager.id, kind: "vraag", title });
    expect(await statusOf(call)).not.toBe(200);
    expect(await countAsAdmin("notifications", "title = {:title}", { title })).toBe(0);
  });

  it("its user marks it read but changes nothing else; nobody else changes it; nobody deletes it", async () => {
    expect(await statusOf(n.as.ownManager.collection("notifications").update(mine.id, { title: "Anders" }))).not.toBe(200);
    expect(await statusOf(n.as.ownManager.collection("notifications").update(mine.id, { user: n.own.users.director.id }))).not.toBe(200);
    expect(await statusOf(n.as.ownDirector.collection("notifications").update(mine.id, { read: true }))).toBe(404);
    expect(await statusOf(n.as.ownManager.collection("notifications").delete(mine.id))).not.toBe(200);
    expect((await (await admin()).collection("notifications").getOne(mine.id)).read).toBe(false);
    expect(await statusOf(n.as.ownManager.collection("notifications").update(mine.id, { read: true }))).toBe(200);
    expect((await (await admin()).collection("notifications").getOne(mine.id)).read).toBe(true);
  });
});

describe("src/data/notifications.ts", () => {
  it("counts the unread, pages newest first, and marks one or all read", async () => {
    const fresh = await createNeighbours();
    const target = await createLesson(fresh.as.ownManager, { visibility: "public" });
    for (let i = 0; i < 3; i++) {
      await fresh.as.otherManager
        .collection("comments")
        .create({ lesson: target.id, author: idOf(fresh.as.otherManager), body: `Vraag ${i} ${nonsenseWord()}` });
    }
    const pb = appClientOf(fresh.as.ownDirector);
    const me = fresh.own.users.director.id;
    expect(await unreadNotificationCount(pb)).toBe(3);
    const first = await listNotifications(pb, me, 1, 2);
    expect([first.totalItems, first.totalPages, first.items.length]).toEqual([3, 2, 2]);
    await markNotificationRead(pb, first.items[0]!.id);
    expect(await unreadNotificationCount(pb)).toBe(2);
    expect(await unreadNotificationCount(appClientOf(fresh.as.ownManager))).toBe(3);
    await markAllNotificationsRead(pb, me);
    expect(await unreadNotificationCount(pb)).toBe(0);
    expect(await unreadNotificationCount(appClientOf(fresh.as.ownManager))).toBe(3);
  });
});
