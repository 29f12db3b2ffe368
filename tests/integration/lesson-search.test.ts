import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import type { LessonSearchResult } from "../../src/data/lessons.ts";
import { type Neighbours, admin, createMunicipality, createNeighbours, pilotData, statusOf, storedAsAdmin } from "./fixtures.ts";
import { createLesson, createLessonAsAdmin, idsOf, nonsenseWord, searchAs } from "./learning-fixtures.ts";

/**
 * GET /api/proeftuin/lessons (pb_hooks/lesson_search.pb.js): ranked Dutch full-text search over the
 * lessons the caller may see, with facet counts. The search covers every lesson in this shared
 * PocketBase, so each test narrows it with nonsense words of its own.
 */

let n: Neighbours;
beforeAll(async () => {
  n = await createNeighbours();
});

const sorted = (ids: readonly string[]) => [...ids].sort();

describe("who finds what", () => {
  const word = nonsenseWord();
  const lessons = {} as Record<"private" | "network" | "public", RecordModel>;

  beforeAll(async () => {
    for (const visibility of ["private", "network", "public"] as const) {
      lessons[visibility] = await createLesson(n.as.ownManager, { visibility, body: `Wat we leerden over ${word} in de wijk, ${visibility}.` });
    }
  });

  it.each([
    { who: "a guest", as: () => n.as.guest, expected: () => [lessons.public.id] },
    { who: "an innovatiemanager of another municipality", as: () => n.as.otherManager, expected: () => [lessons.network.id, lessons.public.id] },
    { who: "a collega of another municipality", as: () => n.as.otherColleague, expected: () => [lessons.network.id, lessons.public.id] },
    { who: "a collega of the own municipality", as: () => n.as.ownColleague, expected: () => Object.values(lessons).map((l) => l.id) },
  ])("a text query by $who finds only what it may see", async ({ as, expected }) => {
    const result = await searchAs(as(), { q: word });
    expect(idsOf(result)).toEqual(sorted(expected()));
    expect(result.totalItems).toBe(expected().length);
    expect(result.facets.domain).toEqual({ jeugd: expected().length });
  });

  it("a facet filter without a text query shows a private lesson to its own municipality only", async () => {
    // The newest lesson comes first, so if the private one were visible it would be on page 1.
    const privateLesson = await createLesson(n.as.ownManager, { visibility: "private", domain: "veiligheid", kind: "randvoorwaarde" });
    const filters = { domain: "veiligheid", kind: "randvoorwaarde" };
    const own = await searchAs(n.as.ownColleague, filters);
    expect(own.items.map((i) => i.id)).toContain(privateLesson.id);
    for (const pb of [n.as.guest, n.as.otherManager, n.as.otherColleague]) {
      const result = await searchAs(pb, filters);
      expect(result.items.map((i) => i.id)).not.toContain(privateLesson.id);
      for (const item of result.items) expect(item.visibility).not.toBe("private");
    }
    const guest = await searchAs(n.as.guest, filters);
    for (const item of guest.items) expect(item.visibility).toBe("public");
  });

  it("facet filters with a text query follow visibility", async () => {
    const filtered = { q: word, kind: "werkzaam_element", domain: "jeugd" };
    expect(idsOf(await searchAs(n.as.guest, filtered))).toEqual([lessons.public.id]);
    expect(idsOf(await searchAs(n.as.otherColleague, filtered))).toEqual(sorted([lessons.network.id, lessons.public.id]));
    expect(idsOf(await searchAs(n.as.ownDirector, filtered))).toHaveLength(3);
  });
});

describe("facet counts never count what the caller cannot see", () => {
  it("a private lesson with a unique word, domain and kind changes nobody's counts but its own municipality's", async () => {
    const word = nonsenseWord();
    await createLesson(n.as.ownManager, { visibility: "public", body: `Openbare les over ${word} en de wijk.`, domain: "wmo", kind: "tip" });
    await createLesson(n.as.ownManager, { visibility: "network", body: `Netwerkles over ${word} en de wijk.`, domain: "wmo", kind: "valkuil" });

    const askers: ReadonlyArray<readonly [string, PocketBase]> = [
      ["guest", n.as.guest],
      ["otherManager", n.as.otherManager],
      ["otherColleague", n.as.otherColleague],
    ];
    const before = new Map<string, LessonSearchResult>();
    for (const [name, pb] of askers) before.set(name, await searchAs(pb, { q: word }));
    const ownBefore = await searchAs(n.as.ownColleague, { q: word });

    const hidden = await createLesson(n.as.ownManager, {
      visibility: "private",
      body: `Vertrouwelijke les over ${word} en de wijk.`,
      domain: "onderwijs",
      kind: "randvoorwaarde",
      principles: ["data_gedreven"],
    });

    for (const [name, pb] of askers) {
      const after = await searchAs(pb, { q: word });
      expect(after.totalItems).toBe(before.get(name)?.totalItems);
      expect(after.facets).toEqual(before.get(name)?.facets);
      expect(after.facets.domain.onderwijs).toBeUndefined();
      expect(after.facets.kind.randvoorwaarde).toBeUndefined();
      expect(after.facets.principle.data_gedreven).toBeUndefined();
      // Filtering on exactly the hidden lesson's facets finds and counts nothing.
      const probe = await searchAs(pb, { q: word, domain: "onderwijs", kind: "randvoorwaarde", principle: "data_gedreven" });
      expect(probe.items).toEqual([]);
      expect(probe.totalItems).toBe(0);
      expect(probe.facets.domain).toEqual({});
      expect(probe.facets.kind).toEqual({});
    }
    expect(before.get("guest")?.totalItems).toBe(1);
    expect(before.get("otherColleague")?.totalItems).toBe(2);

    const ownAfter = await searchAs(n.as.ownColleague, { q: word });
    expect(ownAfter.totalItems).toBe(ownBefore.totalItems + 1);
    expect(ownAfter.facets.domain).toEqual({ wmo: 2, onderwijs: 1 });
    expect(ownAfter.facets.kind).toEqual({ tip: 1, valkuil: 1, randvoorwaarde: 1 });
    expect(idsOf(await searchAs(n.as.ownColleague, { q: word, domain: "onderwijs", kind: "randvoorwaarde" }))).toEqual([hidden.id]);
  });
});

describe("Dutch search", () => {
  /** Two lessons that share a unique word: the first also holds `text`, the second does not. */
  async function pair(text: string, other = "Een les over iets heel anders in de buurt.") {
    const word = nonsenseWord();
    const hit = await createLesson(n.as.ownManager, { body: `${word}: ${text}` });
    const miss = await createLesson(n.as.ownManager, { body: `${word}: ${other}` });
    return { word, hit, miss };
  }

  it.each([
    { query: "cafe", text: "Het Café op de hoek werd een ontmoetingsplek." },
    { query: "CAFÉ", text: "Het café op de hoek werd een ontmoetingsplek." },
    { query: "Cafè", text: "Het CAFE op de hoek werd een ontmoetingsplek." },
    { query: "jongere", text: "De jongeren kwamen zelf met ideeën." },
    { query: "jongeren", text: "Elke jongere kreeg een eigen coach." },
    { query: "wijkteam", text: "De wijkteams pakten het samen op." },
    { query: "wijkteams", text: "Het wijkteam pakte het samen op." },
    { query: "vroegsig", text: "Vroegsignalering van schulden werkt." },
    { query: "ideeen", text: "De jongeren kwamen zelf met ideeën." },
  ])("'$query' finds '$text'", async ({ query, text }) => {
    const { word, hit } = await pair(text);
    expect(idsOf(await searchAs(n.as.guest, { q: `${word} ${query}` }))).toEqual([hit.id]);
  });

  it("a quoted phrase needs the words next to each other, in order", async () => {
    const word = nonsenseWord();
    const phrase = await createLesson(n.as.ownManager, { body: `${word}: de digitale intake verliep goed.` });
    const apart = await createLesson(n.as.ownManager, { body: `${word}: de intake verliep digitale goed.` });
    expect(idsOf(await searchAs(n.as.guest, { q: `${word} "digitale intake"` }))).toEqual([phrase.id]);
    expect(idsOf(await searchAs(n.as.guest, { q: `${word} digitale intake` }))).toEqual(sorted([phrase.id, apart.id]));
  });

  it("a leading minus excludes a word", async () => {
    const { word, hit, miss } = await pair("Achterstanden in de huur kwamen vroeg in beeld.", "Achterstanden bij de energie kwamen vroeg in beeld.");
    expect(idsOf(await searchAs(n.as.guest, { q: `${word} -huur` }))).toEqual([miss.id]);
    expect(idsOf(await searchAs(n.as.guest, { q: `${word} huur` }))).toEqual([hit.id]);
    expect(idsOf(await searchAs(n.as.guest, { q: word }))).toEqual(sorted([hit.id, miss.id]));
  });

  it("every word must occur", async () => {
    const { word, hit } = await pair("Buurtsportcoaches en scholen werkten samen.", "Scholen werkten alleen.");
    expect(idsOf(await searchAs(n.as.guest, { q: `${word} scholen buurtsportcoach` }))).toEqual([hit.id]);
  });

  it("a lesson with the word in its title and often in its body ranks above one that mentions it once", async () => {
    const word = nonsenseWord();
    // The strong match is the older one, so ordering by date alone would put it second.
    const strong = await createLesson(n.as.ownManager, {
      title: `Les over ${word}`,
      body: `${word} werkte goed. Met ${word} kwamen meer mensen. Daarom blijft ${word} bestaan in de wijk.`,
    });
    const weak = await createLesson(n.as.ownManager, {
      title: "Een les over de wijk",
      body: `Een enkele keer ging het over ${word}. Verder ging het over de wijk en de buurt en het plein.`,
    });
    const result = await searchAs(n.as.guest, { q: word });
    expect(result.items.map((i) => i.id)).toEqual([strong.id, weak.id]);
  });

  it("between equally good matches, the newest comes first", async () => {
    const word = nonsenseWord();
    const older = await createLesson(n.as.ownManager, { tags: [word] });
    const newer = await createLesson(n.as.ownManager, { tags: [word] });
    expect((await searchAs(n.as.guest, { q: word })).items.map((i) => i.id)).toEqual([newer.id, older.id]);
  });

  it("tags and the target group are searched too", async () => {
    const [tag, group] = [nonsenseWord(), nonsenseWord()];
    const lesson = await createLesson(n.as.ownManager, { tags: [tag], target_group: `Ouderen in ${group}` });
    expect(idsOf(await searchAs(n.as.guest, { q: tag }))).toEqual([lesson.id]);
    expect(idsOf(await searchAs(n.as.guest, { q: group }))).toEqual([lesson.id]);
  });
});

describe("facets", () => {
  const word = nonsenseWord();
  const l = {} as Record<"l1" | "l2" | "l3" | "l4" | "l5", RecordModel>;
  const m = {} as Record<"klein" | "middelgroot" | "groot", RecordModel>;

  /**
   * Five public lessons in four municipalities (the fourth is the 'own' one, made zeer_groot in
   * Groningen), three of them from pilots with an evidence level: public, network and private.
   */
  beforeAll(async () => {
    const pb = await admin();
    m.klein = await createMunicipality({ province: "zeeland", inhabitants: 19_999 });
    m.middelgroot = await createMunicipality({ province: "limburg", inhabitants: 20_000 });
    m.groot = await createMunicipality({ province: "zeeland", inhabitants: 99_999 });
    await pb.collection("municipalities").update(n.own.municipality.id, { province: "groningen", inhabitants: 100_000 });

    const p1 = await pb.collection("pilots").create(pilotData(m.klein.id, { visibility: "public", evidence_level: "goed_beschreven" }));
    const p2 = await pb.collection("pilots").create(pilotData(m.middelgroot.id, { visibility: "network", evidence_level: "goed_onderbouwd" }));
    const p4 = await pb.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "private", evidence_level: "sterke_aanwijzingen" }));

    const body = (text: string) => `${word}: ${text} Dit is de les die we leerden.`;
    l.l1 = await createLessonAsAdmin(m.klein.id, { body: body("een"), domain: "wmo", kind: "tip", principles: ["preventie", "maatwerk"], pilot: p1.id });
    l.l2 = await createLessonAsAdmin(m.middelgroot.id, { body: body("twee"), domain: "wmo", kind: "valkuil", principles: ["maatwerk"], pilot: p2.id });
    l.l3 = await createLessonAsAdmin(m.groot.id, { body: body("drie"), domain: "jeugd", kind: "tip", principles: ["samenwerking"] });
    l.l4 = await createLessonAsAdmin(n.own.municipality.id, { body: body("vier"), domain: "jeugd", kind: "tip", principles: [], pilot: p4.id });
    l.l5 = await createLessonAsAdmin(m.klein.id, { body: body("vijf"), domain: "armoede", kind: "randvoorwaarde", principles: ["preventie"] });
  });

  const ids = (...keys: Array<keyof typeof l>) => sorted(keys.map((k) => l[k].id));

  it("the size class follows the inhabitants at each boundary, and on every change", async () => {
    const boundaries: ReadonlyArray<readonly [number, string]> = [
      [1, "klein"],
      [19_999, "klein"],
      [20_000, "middelgroot"],
      [49_999, "middelgroot"],
      [50_000, "groot"],
      [99_999, "groot"],
      [100_000, "zeer_groot"],
      [900_000, "zeer_groot"],
    ];
    const made = await Promise.all(boundaries.map(([inhabitants]) => createMunicipality({ inhabitants })));
    expect(made.map((record) => record.size_class)).toEqual(boundaries.map(([, size]) => size));
    expect((await storedAsAdmin("municipalities", n.own.municipality.id)).size_class).toBe("zeer_groot");

    const pb = await admin();
    const first = made[0];
    if (!first) throw new Error("no municipality");
    await pb.collection("municipalities").update(first.id, { inhabitants: 60_000 });
    expect((await storedAsAdmin("municipalities", first.id)).size_class).toBe("groot");
    // A client cannot set a size class that contradicts the inhabitants.
    await pb.collection("municipalities").update(first.id, { size_class: "klein" });
    expect((await storedAsAdmin("municipalities", first.id)).size_class).toBe("groot");
  });

  it("counts each value over the lessons a guest may see, with the pilot's evidence only where the pilot is visible", async () => {
    const result = await searchAs(n.as.guest, { q: word });
    expect(idsOf(result)).toEqual(ids("l1", "l2", "l3", "l4", "l5"));
    expect(result.totalItems).toBe(5);
    expect(result.facets).toEqual({
      domain: { wmo: 2, jeugd: 2, armoede: 1 },
      kind: { tip: 3, valkuil: 1, randvoorwaarde: 1 },
      principle: { preventie: 2, maatwerk: 2, samenwerking: 1 },
      evidence: { goed_beschreven: 1 },
      province: { zeeland: 3, limburg: 1, groningen: 1 },
      size: { klein: 2, middelgroot: 1, groot: 1, zeer_groot: 1 },
    });
  });

  it("a hit shows a pilot's title and evidence only to whoever may see that pilot", async () => {
    const hitOf = (result: LessonSearchResult, id: string) => result.items.find((item) => item.id === id);
    const guest = await searchAs(n.as.guest, { q: word });
    expect(hitOf(guest, l.l1.id)).toMatchObject({ evidence_level: "goed_beschreven", size_class: "klein", province: "zeeland", municipality_id: m.klein.id });
    expect(hitOf(guest, l.l2.id)).toMatchObject({ pilot_id: "", pilot_title: "", evidence_level: "" });
    expect(hitOf(guest, l.l4.id)).toMatchObject({ pilot_id: "", pilot_title: "", evidence_level: "", size_class: "zeer_groot", province: "groningen" });

    const peer = await searchAs(n.as.otherColleague, { q: word });
    expect(hitOf(peer, l.l2.id)).toMatchObject({ pilot_id: String(l.l2.pilot), evidence_level: "goed_onderbouwd" });
    expect(hitOf(peer, l.l4.id)).toMatchObject({ pilot_id: "", pilot_title: "", evidence_level: "" });
    expect(peer.facets.evidence).toEqual({ goed_beschreven: 1, goed_onderbouwd: 1 });

    const own = await searchAs(n.as.ownColleague, { q: word });
    expect(hitOf(own, l.l4.id)).toMatchObject({ pilot_id: String(l.l4.pilot), evidence_level: "sterke_aanwijzingen" });
    expect(own.facets.evidence).toEqual({ goed_beschreven: 1, goed_onderbouwd: 1, sterke_aanwijzingen: 1 });
  });

  it.each([
    {
      filters: { domain: "wmo" },
      items: ["l1", "l2"],
      facets: {
        domain: { wmo: 2, jeugd: 2, armoede: 1 },
        kind: { tip: 1, valkuil: 1 },
        principle: { preventie: 1, maatwerk: 2 },
        evidence: { goed_beschreven: 1 },
        province: { zeeland: 1, limburg: 1 },
        size: { klein: 1, middelgroot: 1 },
      },
    },
    {
      filters: { kind: "tip", province: "zeeland" },
      items: ["l1", "l3"],
      facets: {
        domain: { wmo: 1, jeugd: 1 },
        kind: { tip: 2, randvoorwaarde: 1 },
        principle: { preventie: 1, maatwerk: 1, samenwerking: 1 },
        evidence: { goed_beschreven: 1 },
        province: { zeeland: 2, groningen: 1 },
        size: { klein: 1, groot: 1 },
      },
    },
    {
      filters: { principle: "preventie" },
      items: ["l1", "l5"],
      facets: {
        domain: { wmo: 1, armoede: 1 },
        kind: { tip: 1, randvoorwaarde: 1 },
        principle: { preventie: 2, maatwerk: 2, samenwerking: 1 },
        evidence: { goed_beschreven: 1 },
        province: { zeeland: 2 },
        size: { klein: 2 },
      },
    },
    {
      filters: { size: "klein" },
      items: ["l1", "l5"],
      facets: {
        domain: { wmo: 1, armoede: 1 },
        kind: { tip: 1, randvoorwaarde: 1 },
        principle: { preventie: 2, maatwerk: 1 },
        evidence: { goed_beschreven: 1 },
        province: { zeeland: 2 },
        size: { klein: 2, middelgroot: 1, groot: 1, zeer_groot: 1 },
      },
    },
    {
      filters: { size: "zeer_groot" },
      items: ["l4"],
      facets: {
        domain: { jeugd: 1 },
        kind: { tip: 1 },
        principle: {},
        evidence: {},
        province: { groningen: 1 },
        size: { klein: 2, middelgroot: 1, groot: 1, zeer_groot: 1 },
      },
    },
    {
      filters: { evidence: "goed_beschreven" },
      items: ["l1"],
      facets: {
        domain: { wmo: 1 },
        kind: { tip: 1 },
        principle: { preventie: 1, maatwerk: 1 },
        evidence: { goed_beschreven: 1 },
        province: { zeeland: 1 },
        size: { klein: 1 },
      },
    },
    {
      filters: { province: "limburg", size: "middelgroot", domain: "wmo", kind: "valkuil", principle: "maatwerk" },
      items: ["l2"],
      facets: {
        domain: { wmo: 1 },
        kind: { valkuil: 1 },
        principle: { maatwerk: 1 },
        evidence: {},
        province: { limburg: 1 },
        size: { middelgroot: 1 },
      },
    },
  ] as const)("a guest filtering on $filters gets $items, and each facet counted with the other filters", async ({ filters, items, facets }) => {
    const result = await searchAs(n.as.guest, { q: word, ...filters });
    expect(idsOf(result)).toEqual(ids(...items));
    expect(result.totalItems).toBe(items.length);
    expect(result.facets).toEqual(facets);
  });

  it.each([
    { filter: "domain", value: "armoede", field: "domain" },
    { filter: "kind", value: "randvoorwaarde", field: "kind" },
    { filter: "province", value: "zeeland", field: "province" },
    { filter: "size", value: "klein", field: "size_class" },
    { filter: "evidence", value: "goed_beschreven", field: "evidence_level" },
  ] as const)("without a text query, $filter=$value keeps only lessons with that value", async ({ filter, value, field }) => {
    const result = await searchAs(n.as.guest, { [filter]: value });
    expect(result.items.length).toBeGreaterThan(0);
    for (const item of result.items) expect(item[field]).toBe(value);
    expect(result.facets[filter][value]).toBeGreaterThanOrEqual(1);
  });

  it("without a text query, principle=samenwerking finds this test's lesson with that principle", async () => {
    const result = await searchAs(n.as.guest, { principle: "samenwerking", province: "zeeland", size: "groot" });
    expect(result.items.map((i) => i.id)).toContain(l.l3.id);
    expect(result.items.map((i) => i.id)).not.toContain(l.l1.id);
  });

  it.each([
    { who: "a guest", as: () => n.as.guest, goed_onderbouwd: [] as string[], sterke_aanwijzingen: [] as string[] },
    { who: "a peer", as: () => n.as.otherColleague, goed_onderbouwd: ["l2"], sterke_aanwijzingen: [] as string[] },
    { who: "the own municipality", as: () => n.as.ownColleague, goed_onderbouwd: ["l2"], sterke_aanwijzingen: ["l4"] },
  ])("the evidence filter finds a lesson only when $who may see its pilot", async ({ as, goed_onderbouwd, sterke_aanwijzingen }) => {
    const onderbouwd = await searchAs(as(), { q: word, evidence: "goed_onderbouwd" });
    expect(idsOf(onderbouwd)).toEqual(ids(...(goed_onderbouwd as Array<keyof typeof l>)));
    expect(onderbouwd.totalItems).toBe(goed_onderbouwd.length);
    const sterk = await searchAs(as(), { q: word, evidence: "sterke_aanwijzingen" });
    expect(idsOf(sterk)).toEqual(ids(...(sterke_aanwijzingen as Array<keyof typeof l>)));
    expect(sterk.totalItems).toBe(sterke_aanwijzingen.length);
  });
});

describe("paging", () => {
  it("gives 20 hits a page, with the total and the number of pages", async () => {
    const word = nonsenseWord();
    const pb = await admin();
    const created: string[] = [];
    for (let i = 0; i < 25; i++) {
      const record = await pb.collection("lessons").create({
        municipality: n.own.municipality.id,
        title: `Les ${i} over ${word}`,
        body: `${word} nummer ${i}: een les om te bladeren.`,
        kind: "tip",
        domain: "overig",
        visibility: "public",
      });
      created.push(record.id);
    }
    const first = await searchAs(n.as.guest, { q: word });
    const second = await searchAs(n.as.guest, { q: word, page: 2 });
    expect([first.page, first.perPage, first.totalItems, first.totalPages, first.items.length]).toEqual([1, 20, 25, 2, 20]);
    expect([second.page, second.totalItems, second.totalPages, second.items.length]).toEqual([2, 25, 2, 5]);
    expect(sorted([...first.items, ...second.items].map((i) => i.id))).toEqual(sorted(created));

    const beyond = await searchAs(n.as.guest, { q: word, page: 3 });
    expect([beyond.page, beyond.items.length, beyond.totalItems]).toEqual([3, 0, 25]);
    for (const page of ["0", "-1", "abc", "1; DROP TABLE lessons"]) {
      const result = await searchAs(n.as.guest, { q: word, page });
      expect(result.page).toBe(1);
      expect(result.items).toHaveLength(20);
    }
  });

  it("an empty result still has one page", async () => {
    const result = await searchAs(n.as.guest, { q: nonsenseWord() });
    expect([result.items.length, result.totalItems, result.totalPages]).toEqual([0, 0, 1]);
  });
});

describe("hostile input", () => {
  const word = nonsenseWord();
  let secret: RecordModel;
  let network: RecordModel;
  let open: RecordModel;

  beforeAll(async () => {
    secret = await createLesson(n.as.ownManager, { visibility: "private", body: `${word}: geheime les, OR 1 1 title x near a b.`, domain: "wmo" });
    network = await createLesson(n.as.ownManager, { visibility: "network", body: `${word}: netwerkles, OR 1 1 title x near a b.`, domain: "wmo" });
    open = await createLesson(n.as.ownManager, { visibility: "public", body: `${word}: open les, OR 1 1 title x near a b.`, domain: "jeugd" });
  });

  const hostile = [
    `") OR 1=1 --`,
    `title:x`,
    `NEAR(a b)`,
    `*`,
    `"`,
    `'`,
    `-`,
    `AND OR NOT`,
    `^x`,
    `x* OR y*`,
    `{x}`,
    `a\u0000b`,
    `🙂 émoji`,
    "x".repeat(5000),
    Array.from({ length: 600 }, (_, i) => `woord${i}`).join(" "),
    `- - - "" "" -""`,
  ];

  it.each(hostile.map((q) => ({ q, label: q.slice(0, 30) })))("q=$label answers 200 without hidden lessons, for a guest and a peer", async ({ q }) => {
    for (const [pb, allowed] of [
      [n.as.guest, ["public"]],
      [n.as.otherColleague, ["public", "network"]],
    ] as const) {
      for (const query of [q, `${word} ${q}`]) {
        expect(await statusOf(searchAs(pb, { q: query }))).toBe(200);
        const result = await searchAs(pb, { q: query });
        expect(result.items.map((i) => i.id)).not.toContain(secret.id);
        for (const item of result.items) expect(allowed).toContain(item.visibility);
        expect(result.totalPages).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it("a query that only FTS syntax could widen still finds only the visible lessons with the word", async () => {
    for (const q of [`${word} OR 1=1`, `${word}") OR ("a`, `${word} NEAR(a b)`, `${word}*`, `title:${word}`]) {
      const guest = await searchAs(n.as.guest, { q });
      expect(guest.items.map((i) => i.id)).not.toContain(secret.id);
      expect(guest.items.map((i) => i.id)).not.toContain(network.id);
    }
    expect(idsOf(await searchAs(n.as.guest, { q: `${word} OR 1=1` }))).toEqual([open.id]);
  });

  it.each([
    { domain: "wmo' OR '1'='1" },
    { domain: "wmo\" OR \"1\"=\"1" },
    { kind: "tip' --" },
    { principle: "%" },
    { evidence: "' OR ''='" },
    { province: "utrecht') OR 1=1 --" },
    { size: "klein OR 1" },
    { domain: "", kind: "", size: "" },
    { domain: "WMO" },
    { page: "1e9" },
  ] as ReadonlyArray<Record<string, string>>)("unknown facet values %j are ignored, not an error and not a leak", async (params) => {
    for (const [pb, expected] of [
      [n.as.guest, [open.id]],
      [n.as.otherColleague, sorted([open.id, network.id])],
    ] as const) {
      const result = await searchAs(pb, { q: word, ...params });
      expect(idsOf(result)).toEqual(expected);
      expect(result.totalItems).toBe(expected.length);
    }
  });
});

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
 * The route keeps its answers (pb_hooks/lib/search-cache.js). Each test asks first, so the answer
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
    const pilot = await n.as.ownManager
      .collection("pilots")
      .create(pilotData(n.own.municipality.id, { visibility: "public", evidence_level: "goed_beschreven" }));
    const lesson = await createLesson(n.as.ownManager, { visibility: "public", pilot: pilot.id, body: `Een les over ${word} bij een pilot.` });
    const before = await searchAs(n.as.guest, { q: word });
    expect(before.facets.evidence).toEqual({ goed_beschreven: 1 });
    expect(before.items[0]).toMatchObject({ id: lesson.id, evidence_level: "goed_beschreven", pilot_id: pilot.id });

    const pb = await admin();
    await pb.collection("pilots").update(pilot.id, { evidence_level: "goed_onderbouwd" });
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

  it("a deleted lesson leaves the cached answer", async () => {
    const word = nonsenseWord();
    const lesson = await createLesson(n.as.ownManager, { visibility: "public", body: `Een les over ${word} die verdwijnt.` });
    expect((await searchAs(n.as.guest, { q: word })).totalItems).toBe(1);
    await n.as.ownDirector.collection("lessons").delete(lesson.id);
    expect((await searchAs(n.as.guest, { q: word })).totalItems).toBe(0);
  });
});
