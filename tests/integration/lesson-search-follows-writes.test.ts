import { describe, expect, it } from "vitest";
import { admin, createMunicipality, hypothesisData, pilotData } from "./fixtures.ts";
import { THEORY } from "./evidence-fixtures.ts";
import { freshNeighbours } from "./fresh-neighbours.ts";
import { createLesson, createLessonAsAdmin, idsOf, nonsenseWord, searchAs, sorted } from "./learning-fixtures.ts";

/**
 * GET /api/proeftuin/lessons (pb_hooks/lesson_search.pb.js): ranked Dutch full-text search over the
 * lessons the caller may see, with facet counts. The search covers every lesson in this shared
 * PocketBase, so each test narrows it with nonsense words of its own.
 *
 * This file: the full-text index and the cached answers follow every write.
 */

const n = freshNeighbours();

describe("the index follows every write", () => {
  it("an edited body is found by its new word and no longer by its old one", async () => {
    const [before, after, inTitle] = [nonsenseWord(), nonsenseWord(), nonsenseWord()];
    const lesson = await createLesson(n.as.ownManager, { body: `Eerst ging deze les over ${before} in de wijk.` });
    expect(idsOf(await searchAs(n.as.guest, { q: before }))).toEqual([lesson.id]);

    await n.as.ownManager.collection("lessons").update(lesson.id, { body: `Nu gaat deze les over ${after} in de wijk.` });
    expect(idsOf(await searchAs(n.as.guest, { q: before }))).toEqual([]);
    expect(idsOf(await searchAs(n.as.guest, { q: after }))).toEqual([lesson.id]);

    await n.as.ownDirector.collection("lessons").update(lesson.id, { title: `Titel met ${inTitle}` });
    expect(idsOf(await searchAs(n.as.guest, { q: inTitle }))).toEqual([lesson.id]);
    expect(idsOf(await searchAs(n.as.guest, { q: after }))).toEqual([lesson.id]);
  });

  it("a lesson made private disappears from a guest's results; a deleted lesson from everyone's", async () => {
    const word = nonsenseWord();
    const lesson = await createLesson(n.as.ownManager, { body: `Een les over ${word} die verdwijnt.` });
    await n.as.ownManager.collection("lessons").update(lesson.id, { visibility: "private" });
    expect(idsOf(await searchAs(n.as.guest, { q: word }))).toEqual([]);
    expect(idsOf(await searchAs(n.as.otherColleague, { q: word }))).toEqual([]);
    expect(idsOf(await searchAs(n.as.ownColleague, { q: word }))).toEqual([lesson.id]);

    await n.as.ownManager.collection("lessons").delete(lesson.id);
    const own = await searchAs(n.as.ownColleague, { q: word });
    expect(own.items).toEqual([]);
    expect(own.totalItems).toBe(0);
    expect(own.facets.domain).toEqual({});
  });
});

/**
 * The route keeps its answers (pb_hooks/lib/answer-cache.js). Each test asks first, so the answer
 * is cached, then changes something the answer depends on and asks exactly the same again.
 */
describe("a cached answer never outlives a change", () => {
  it("the same query by the same person twice gives the same answer, and a new lesson shows at once", async () => {
    const word = nonsenseWord();
    const first = await createLesson(n.as.ownManager, { visibility: "public", body: `Eerste les over ${word} in de wijk.` });
    const once = await searchAs(n.as.guest, { q: word });
    expect(await searchAs(n.as.guest, { q: word })).toEqual(once);
    expect(idsOf(once)).toEqual([first.id]);

    const second = await createLesson(n.as.ownManager, { visibility: "public", body: `Tweede les over ${word} in de wijk.` });
    const after = await searchAs(n.as.guest, { q: word });
    expect(idsOf(after)).toEqual(sorted([first.id, second.id]));
    expect(after.totalItems).toBe(2);
  });

  it("people of different municipalities asking the same never get each other's answer", async () => {
    const word = nonsenseWord();
    const shared = await createLesson(n.as.ownManager, { visibility: "network", body: `Gedeelde les over ${word} in de wijk.` });
    const own = await createLesson(n.as.ownManager, { visibility: "private", body: `Eigen les over ${word} in de wijk.` });
    const theirs = await createLesson(n.as.otherManager, { visibility: "private", body: `Hun les over ${word} in de wijk.` });
    for (let round = 0; round < 2; round++) {
      expect(idsOf(await searchAs(n.as.ownColleague, { q: word }))).toEqual(sorted([shared.id, own.id]));
      expect(idsOf(await searchAs(n.as.otherColleague, { q: word }))).toEqual(sorted([shared.id, theirs.id]));
      expect(idsOf(await searchAs(n.as.guest, { q: word }))).toEqual([]);
    }
  });

  it("a lesson made private leaves the cached answers of other municipalities and guests", async () => {
    const word = nonsenseWord();
    const lesson = await createLesson(n.as.ownManager, { visibility: "public", body: `Een les over ${word} die privé wordt.` });
    expect(idsOf(await searchAs(n.as.guest, { q: word }))).toEqual([lesson.id]);
    expect(idsOf(await searchAs(n.as.otherColleague, { q: word, domain: "jeugd" }))).toEqual([lesson.id]);

    await n.as.ownManager.collection("lessons").update(lesson.id, { visibility: "private" });
    expect((await searchAs(n.as.guest, { q: word })).totalItems).toBe(0);
    const other = await searchAs(n.as.otherColleague, { q: word, domain: "jeugd" });
    expect(other.items).toEqual([]);
    expect(other.facets.domain).toEqual({});
  });

  it("a pilot's new evidence level and visibility change the cached evidence facet and hit", async () => {
    const word = nonsenseWord();
    const pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "public" }));
    await n.as.ownManager.collection("hypotheses").create(hypothesisData(pilot.id)); // described, a hypothesis: goed_beschreven
    const lesson = await createLesson(n.as.ownManager, {
      visibility: "public",
      pilot: pilot.id,
      body: `Een les over ${word} bij een pilot.`,
    });
    const before = await searchAs(n.as.guest, { q: word });
    expect(before.facets.evidence).toEqual({ goed_beschreven: 1 });
    expect(before.items[0]).toMatchObject({ id: lesson.id, evidence_level: "goed_beschreven", pilot_id: pilot.id });

    // A theory of change moves the pilot to goed_onderbouwd (pb_hooks/evidence_level.pb.js).
    await n.as.ownManager.collection("pilots").update(pilot.id, { theory_of_change: THEORY });
    const pb = await admin();
    const upgraded = await searchAs(n.as.guest, { q: word });
    expect(upgraded.facets.evidence).toEqual({ goed_onderbouwd: 1 });
    expect(upgraded.items[0]?.evidence_level).toBe("goed_onderbouwd");

    await pb.collection("pilots").update(pilot.id, { visibility: "private" });
    const hidden = await searchAs(n.as.guest, { q: word });
    expect(hidden.facets.evidence).toEqual({});
    expect(hidden.items[0]).toMatchObject({ id: lesson.id, evidence_level: "", pilot_id: "", pilot_title: "" });
    // The owner still sees the pilot and its level.
    expect((await searchAs(n.as.ownColleague, { q: word, evidence: "goed_onderbouwd" })).items.map((i) => i.id)).toEqual([lesson.id]);
  });

  it("a municipality's new province and size class change the cached facets and hits", async () => {
    const word = nonsenseWord();
    const municipality = await createMunicipality({ province: "zeeland", inhabitants: 10_000 });
    const lesson = await createLessonAsAdmin(municipality.id, { visibility: "public", body: `Een les over ${word} uit Zeeland.` });
    const before = await searchAs(n.as.guest, { q: word, province: "zeeland" });
    expect(idsOf(before)).toEqual([lesson.id]);
    expect(before.facets.size).toEqual({ klein: 1 });

    const pb = await admin();
    await pb.collection("municipalities").update(municipality.id, { province: "flevoland", inhabitants: 150_000 });
    expect((await searchAs(n.as.guest, { q: word, province: "zeeland" })).items).toEqual([]);
    const after = await searchAs(n.as.guest, { q: word });
    expect(after.facets.province).toEqual({ flevoland: 1 });
    expect(after.facets.size).toEqual({ zeer_groot: 1 });
    expect(after.items[0]).toMatchObject({ id: lesson.id, province: "flevoland", size_class: "zeer_groot" });
  });

  it("a lesson's new domain, kind and principles move it between the cached facet counts", async () => {
    const word = nonsenseWord();
    const lesson = await createLesson(n.as.ownManager, { visibility: "network", principles: ["maatwerk"], body: `Een les over ${word}.` });
    const before = await searchAs(n.as.otherColleague, { q: word, principle: "maatwerk" });
    expect(before.facets).toMatchObject({ domain: { jeugd: 1 }, kind: { werkzaam_element: 1 }, principle: { maatwerk: 1 } });

    await n.as.ownManager
      .collection("lessons")
      .update(lesson.id, { domain: "wmo", kind: "valkuil", principles: ["preventie", "samenwerking"] });
    expect((await searchAs(n.as.otherColleague, { q: word, principle: "maatwerk" })).totalItems).toBe(0);
    const after = await searchAs(n.as.otherColleague, { q: word, principle: "preventie" });
    expect(idsOf(after)).toEqual([lesson.id]);
    expect(after.facets).toMatchObject({ domain: { wmo: 1 }, kind: { valkuil: 1 }, principle: { preventie: 1, samenwerking: 1 } });
  });

  it("a deleted lesson leaves the cached answer", async () => {
    const word = nonsenseWord();
    const lesson = await createLesson(n.as.ownManager, { visibility: "public", body: `Een les over ${word} die verdwijnt.` });
    expect((await searchAs(n.as.guest, { q: word })).totalItems).toBe(1);
    await n.as.ownDirector.collection("lessons").delete(lesson.id);
    expect((await searchAs(n.as.guest, { q: word })).totalItems).toBe(0);
  });
});
