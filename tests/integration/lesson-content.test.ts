import { describe, expect, it } from "vitest";
import { admin, countAsAdmin, refusalOf, statusOf, storedAsAdmin } from "./fixtures.ts";
import { freshNeighbours } from "./fresh-neighbours.ts";
import { auditEntriesOf, createLesson, lessonData, nonsenseWord } from "./learning-fixtures.ts";

/**
 * What a lesson holds beyond who may read and write it: the hidden search text that
 * pb_hooks/lesson_invariants.pb.js keeps, the limits of its fields, and its audit log.
 */

const n = freshNeighbours();

describe("the hidden search text", () => {
  it("is never in an API response, for the owner or for a peer", async () => {
    const lesson = await createLesson(n.as.ownManager, { visibility: "network" });
    expect(lesson).not.toHaveProperty("search_text");
    for (const pb of [n.as.ownManager, n.as.otherColleague]) {
      expect(await pb.collection("lessons").getOne(lesson.id)).not.toHaveProperty("search_text");
      const listed = await pb.collection("lessons").getList(1, 5, { filter: pb.filter("id = {:id}", { id: lesson.id }) });
      expect(listed.items).toHaveLength(1);
      expect(listed.items[0]).not.toHaveProperty("search_text");
    }
    const guestView = await n.as.guest.collection("lessons").getList(1, 5, { filter: n.as.guest.filter("id = {:id}", { id: lesson.id }) });
    expect(guestView.items).toHaveLength(0);
  });

  it.each(["ownColleague", "otherColleague", "guest"] as const)("%s cannot filter or sort on it (400)", async (actor) => {
    const pb = n.as[actor];
    const lesson = await createLesson(n.as.ownManager, { visibility: "public" });
    expect(
      await statusOf(pb.collection("lessons").getList(1, 5, { filter: pb.filter("id = {:id} || search_text ~ 'les'", { id: lesson.id }) })),
    ).toBe(400);
    expect(await statusOf(pb.collection("lessons").getList(1, 5, { sort: "search_text" }))).toBe(400);
  });

  it("is set by the server from title, body and tags (stemmed, lower case, no accents), whatever the client sends", async () => {
    const [inTitle, inBody, inTag] = [nonsenseWord(), nonsenseWord(), nonsenseWord()];
    const lesson = await createLesson(n.as.ownManager, {
      title: `Café ${inTitle}`,
      body: `Wijkteams bereikten de Jongeren sneller met ${inBody}.`,
      tags: [inTag],
      search_text: "door de client verzonnen",
    });
    const stored = String((await storedAsAdmin("lessons", lesson.id)).search_text);
    // Snowball's Dutch stems: "Café" → "caf" (accent off, final e off), "Wijkteams" → "wijkteam" and its parts.
    const words = stored.split(" ");
    expect(words).toEqual(
      expect.arrayContaining(["caf", inTitle, "wijkteam", "bereikt", "jonger", "sneller", inBody, inTag, "wijk", "team"]),
    );
    expect(stored).not.toContain("verzonnen");
    expect(stored).not.toMatch(/[A-Zé]/);

    const replaced = nonsenseWord();
    await n.as.ownDirector
      .collection("lessons")
      .update(lesson.id, { body: `Een nieuwe tekst over ${replaced} in de wijk.`, search_text: "weer verzonnen" });
    const updated = String((await storedAsAdmin("lessons", lesson.id)).search_text).split(" ");
    expect(updated).toContain(replaced);
    expect(updated).not.toContain(inBody);
    expect(updated).not.toContain("verzonnen");
  });
});

describe("what a lesson must hold", () => {
  const create = (overrides: Record<string, unknown>) => {
    const data = lessonData(n.own.municipality.id, n.own.users.manager.id, overrides);
    return { data, call: n.as.ownManager.collection("lessons").create(data) };
  };

  it.each([
    { case: "21 tags", tags: Array.from({ length: 21 }, (_, i) => `tag${i}`) },
    { case: "a tag of 41 characters", tags: ["a".repeat(41)] },
    { case: "an empty tag", tags: [""] },
    { case: "a number as tag", tags: [42] },
    { case: "an object instead of a list", tags: { tag: "jeugd" } },
    { case: "a string instead of a list", tags: "jeugd" },
  ])("refuses $case (400 on tags)", async ({ tags }) => {
    const { data, call } = create({ tags });
    expect(await refusalOf(call)).toEqual({ status: 400, fields: ["tags"] });
    expect(await countAsAdmin("lessons", "title = {:t}", { t: data.title })).toBe(0);
  });

  it("accepts 20 tags of 40 characters, and no tags", async () => {
    const tags = Array.from({ length: 20 }, (_, i) => `${String(i).padStart(2, "0")}${"t".repeat(38)}`);
    const { call } = create({ tags });
    expect((await call).tags).toEqual(tags);
    const { call: none } = create({ tags: [] });
    expect((await none).tags).toEqual([]);
  });

  it("refuses bad tags on update too (400), and keeps the stored ones", async () => {
    const lesson = await createLesson(n.as.ownManager, { tags: ["goed"] });
    const refusal = await refusalOf(
      n.as.ownManager.collection("lessons").update(lesson.id, { tags: Array.from({ length: 21 }, () => "x") }),
    );
    expect(refusal).toEqual({ status: 400, fields: ["tags"] });
    expect((await storedAsAdmin("lessons", lesson.id)).tags).toEqual(["goed"]);
  });

  it.each([
    { field: "title", short: "Kort", enough: "Kort!" },
    { field: "body", short: "x".repeat(19), enough: "x".repeat(20) },
  ])("$field needs its minimum length", async ({ field, short, enough }) => {
    const refused = create({ [field]: short });
    expect(await refusalOf(refused.call)).toEqual({ status: 400, fields: [field] });
    expect(await countAsAdmin("lessons", "title = {:t}", { t: refused.data.title })).toBe(0);
    const accepted = create({ [field]: enough });
    expect((await accepted.call)[field]).toBe(enough);
  });
});

describe("the audit log of lessons", () => {
  it("create, update and delete each leave one entry with the lesson's municipality and the actor", async () => {
    const lesson = await createLesson(n.as.ownManager, { visibility: "private" });
    await n.as.ownDirector.collection("lessons").update(lesson.id, { title: "Een andere titel", kind: "valkuil" });
    await n.as.ownManager.collection("lessons").delete(lesson.id);

    const entries = await auditEntriesOf("lessons", lesson.id);
    const summary = entries
      .map((e) => ({
        action: String(e.action),
        municipality: e.municipality,
        actor: e.actor,
        changed_fields: [...((e.changed_fields as string[] | null) ?? [])].sort(),
      }))
      .sort((a, b) => a.action.localeCompare(b.action));
    expect(summary).toEqual([
      { action: "create", municipality: n.own.municipality.id, actor: n.own.users.manager.id, changed_fields: [] },
      { action: "delete", municipality: n.own.municipality.id, actor: n.own.users.manager.id, changed_fields: [] },
      { action: "update", municipality: n.own.municipality.id, actor: n.own.users.director.id, changed_fields: ["kind", "title"] },
    ]);
  });

  it("refused writes leave no entry", async () => {
    const lesson = await createLesson(n.as.ownManager, { visibility: "public" });
    expect(await statusOf(n.as.otherManager.collection("lessons").update(lesson.id, { title: "Overgenomen titel" }))).toBe(404);
    expect(await statusOf(n.as.ownColleague.collection("lessons").delete(lesson.id))).toBe(404);
    const entries = await auditEntriesOf("lessons", lesson.id);
    expect(entries.map((e) => e.action)).toEqual(["create"]);
  });

  it("the owning municipality reads its lesson entries; another municipality does not", async () => {
    const lesson = await createLesson(n.as.ownManager, { visibility: "public" });
    const filter = (await admin()).filter("collection = 'lessons' && record = {:r}", { r: lesson.id });
    const own = await n.as.ownDirector.collection("audit_log").getFullList({ filter });
    const other = await n.as.otherDirector.collection("audit_log").getFullList({ filter });
    expect(own.map((e) => e.action)).toEqual(["create"]);
    expect(other).toEqual([]);
  });
});
