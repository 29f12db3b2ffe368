import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { listComments } from "../../src/data/comments.ts";
import { type Tenant, admin, appClientOf, createTenant, statusOf, storedAsAdmin } from "./fixtures.ts";
import { freshNeighbours } from "./fresh-neighbours.ts";
import { createLesson, nonsenseWord } from "./learning-fixtures.ts";

/**
 * A comment's author fields (pb_hooks/comment_authors.pb.js) come from the author's account, as it
 * is named now: a rename to ask under another name, or a superuser's write, cannot change them.
 */

const n = freshNeighbours();
const newBody = () => `Hoe hebben jullie dit aangepakt? (${nonsenseWord()})`;
const commentAs = (pb: Tenant["as"]["colleague"], data: Record<string, unknown>) =>
  pb.collection("comments").create({ author: pb.authStore.record?.id ?? "", body: newBody(), ...data });

describe("the author a comment shows is the account, as it is named now", () => {
  let asker: Tenant;
  let lesson: RecordModel;

  beforeAll(async () => {
    asker = await createTenant();
    lesson = await createLesson(n.as.ownManager, { visibility: "public" });
  });

  /** The author name each reader sees on the lesson's page (src/data), which must be one and the same. */
  async function shownAuthor(commentId: string): Promise<string> {
    const seen = new Set<string | undefined>();
    for (const reader of [n.as.guest, n.as.ownManager, asker.as.director]) {
      const listed = await listComments(appClientOf(reader), { lesson: lesson.id });
      seen.add(listed.find((c) => c.id === commentId)?.author_name);
    }
    expect(seen.size).toBe(1);
    return [...seen][0] ?? "";
  }

  const disguises = [
    { as: "platformbeheer", name: () => "platformbeheer" },
    { as: "Platform Beheer", name: () => "Platform Beheer" },
    { as: "the lesson owner's director", name: () => n.own.users.director.name },
    { as: "an invented name", name: () => `Piet Pietersen ${nonsenseWord()}` },
  ];

  it.each(disguises)("renamed to $as to ask, and back: readers see the real name", async ({ name }) => {
    const me = asker.users.colleague;
    // The rename itself may be refused; what readers see must be right either way.
    await statusOf(asker.as.colleague.collection("users").update(me.id, { name: name() }));
    const question = await commentAs(asker.as.colleague, { lesson: lesson.id });
    await asker.as.colleague.collection("users").update(me.id, { name: me.name });
    expect(await shownAuthor(question.id)).toBe(me.name);
  });

  it("a new name shows on the questions asked before it", async () => {
    const me = asker.users.manager;
    const question = await commentAs(asker.as.manager, { lesson: lesson.id });
    const renamed = `Sanne Visser ${nonsenseWord()}`;
    await asker.as.manager.collection("users").update(me.id, { name: renamed });
    expect(await shownAuthor(question.id)).toBe(renamed);
    await asker.as.manager.collection("users").update(me.id, { name: me.name });
    expect(await shownAuthor(question.id)).toBe(me.name);
  });

  it("platformbeheer cannot post or rewrite a comment under another author name or municipality", async () => {
    const pb = await admin();
    const forged = { author_name: "De burgemeester", author_municipality: n.own.municipality.id };
    const created = await pb
      .collection("comments")
      .create({ lesson: lesson.id, author: asker.users.director.id, body: newBody(), ...forged });
    const real = [asker.users.director.name, asker.municipality.id];
    const stored = await storedAsAdmin("comments", created.id);
    expect([stored.author_name, stored.author_municipality]).toEqual(real);
    await pb.collection("comments").update(created.id, { author_name: forged.author_name });
    expect((await storedAsAdmin("comments", created.id)).author_name).toBe(asker.users.director.name);
  });
});
