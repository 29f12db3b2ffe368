import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import type { LessonSearchResult } from "../../src/data/lessons.ts";
import { admin, createMunicipality, hypothesisData, pilotData, storedAsAdmin } from "./fixtures.ts";
import { THEORY, comparedPilot } from "./evidence-fixtures.ts";
import { freshNeighbours } from "./fresh-neighbours.ts";
import { createLessonAsAdmin, idsOf, nonsenseWord, searchAs, sorted } from "./learning-fixtures.ts";

/**
 * GET /api/proeftuin/lessons (pb_hooks/lesson_search.pb.js): ranked Dutch full-text search over the
 * lessons the caller may see, with facet counts. The search covers every lesson in this shared
 * PocketBase, so each test narrows it with nonsense words of its own.
 *
 * This file: the facets (domain, kind, principle, evidence, province, size) and their counts.
 */

const n = freshNeighbours();

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

    // PocketBase derives each level from the pilot's records (pb_hooks/evidence_level.pb.js).
    const p1 = await pb.collection("pilots").create(pilotData(m.klein.id, { visibility: "public" }));
    await pb.collection("hypotheses").create(hypothesisData(p1.id)); // described, with a hypothesis
    const p2 = await pb.collection("pilots").create(pilotData(m.middelgroot.id, { visibility: "network", theory_of_change: THEORY }));
    await pb.collection("hypotheses").create(hypothesisData(p2.id)); // and a theory of change
    // Confirmed, measured and compared: the highest rung one pilot reaches on its own.
    const p4 = (await comparedPilot(pb, n.own.municipality.id, { visibility: "private" })).pilot;
    expect(await Promise.all([p1, p2, p4].map(async (p) => (await storedAsAdmin("pilots", p.id)).evidence_level))).toEqual([
      "goed_beschreven",
      "goed_onderbouwd",
      "goede_aanwijzingen",
    ]);

    const body = (text: string) => `${word}: ${text} Dit is de les die we leerden.`;
    l.l1 = await createLessonAsAdmin(m.klein.id, {
      body: body("een"),
      domain: "wmo",
      kind: "tip",
      principles: ["preventie", "maatwerk"],
      pilot: p1.id,
    });
    l.l2 = await createLessonAsAdmin(m.middelgroot.id, {
      body: body("twee"),
      domain: "wmo",
      kind: "valkuil",
      principles: ["maatwerk"],
      pilot: p2.id,
    });
    l.l3 = await createLessonAsAdmin(m.groot.id, { body: body("drie"), domain: "jeugd", kind: "tip", principles: ["samenwerking"] });
    l.l4 = await createLessonAsAdmin(n.own.municipality.id, {
      body: body("vier"),
      domain: "jeugd",
      kind: "tip",
      principles: [],
      pilot: p4.id,
    });
    l.l5 = await createLessonAsAdmin(m.klein.id, {
      body: body("vijf"),
      domain: "armoede",
      kind: "randvoorwaarde",
      principles: ["preventie"],
    });
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
    expect(hitOf(guest, l.l1.id)).toMatchObject({
      evidence_level: "goed_beschreven",
      size_class: "klein",
      province: "zeeland",
      municipality_id: m.klein.id,
    });
    expect(hitOf(guest, l.l2.id)).toMatchObject({ pilot_id: "", pilot_title: "", evidence_level: "" });
    expect(hitOf(guest, l.l4.id)).toMatchObject({
      pilot_id: "",
      pilot_title: "",
      evidence_level: "",
      size_class: "zeer_groot",
      province: "groningen",
    });

    const peer = await searchAs(n.as.otherColleague, { q: word });
    expect(hitOf(peer, l.l2.id)).toMatchObject({ pilot_id: String(l.l2.pilot), evidence_level: "goed_onderbouwd" });
    expect(hitOf(peer, l.l4.id)).toMatchObject({ pilot_id: "", pilot_title: "", evidence_level: "" });
    expect(peer.facets.evidence).toEqual({ goed_beschreven: 1, goed_onderbouwd: 1 });

    const own = await searchAs(n.as.ownColleague, { q: word });
    expect(hitOf(own, l.l4.id)).toMatchObject({ pilot_id: String(l.l4.pilot), evidence_level: "goede_aanwijzingen" });
    expect(own.facets.evidence).toEqual({ goed_beschreven: 1, goed_onderbouwd: 1, goede_aanwijzingen: 1 });
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
  ] as const)(
    "a guest filtering on $filters gets $items, and each facet counted with the other filters",
    async ({ filters, items, facets }) => {
      const result = await searchAs(n.as.guest, { q: word, ...filters });
      expect(idsOf(result)).toEqual(ids(...items));
      expect(result.totalItems).toBe(items.length);
      expect(result.facets).toEqual(facets);
    },
  );

  it.each([
    { filter: "domain", value: "armoede", field: "domain" },
    { filter: "kind", value: "randvoorwaarde", field: "kind" },
    { filter: "province", value: "zeeland", field: "province" },
    { filter: "size", value: "klein", field: "size_class" },
    { filter: "evidence", value: "goed_beschreven", field: "evidence_level" },
  ] as const)("without a text query, $filter=$value keeps only lessons with that value", async ({ filter, value, field }) => {
    const result = await searchAs(n.as.guest, { [filter]: value });
    expect(result.items.length).toBeGreaterThan(0);
    expect(result.items.filter((item) => item[field] !== value).map((item) => ({ id: item.id, [field]: item[field] }))).toEqual([]);
    expect(result.facets[filter][value]).toBeGreaterThanOrEqual(1);
  });

  it("without a text query, principle=samenwerking finds this test's lesson with that principle", async () => {
    const result = await searchAs(n.as.guest, { principle: "samenwerking", province: "zeeland", size: "groot" });
    expect(result.items.map((i) => i.id)).toContain(l.l3.id);
    expect(result.items.map((i) => i.id)).not.toContain(l.l1.id);
  });

  it.each([
    { who: "a guest", as: () => n.as.guest, goed_onderbouwd: [] as string[], goede_aanwijzingen: [] as string[] },
    { who: "a peer", as: () => n.as.otherColleague, goed_onderbouwd: ["l2"], goede_aanwijzingen: [] as string[] },
    { who: "the own municipality", as: () => n.as.ownColleague, goed_onderbouwd: ["l2"], goede_aanwijzingen: ["l4"] },
  ])("the evidence filter finds a lesson only when $who may see its pilot", async ({ as, goed_onderbouwd, goede_aanwijzingen }) => {
    const onderbouwd = await searchAs(as(), { q: word, evidence: "goed_onderbouwd" });
    expect(idsOf(onderbouwd)).toEqual(ids(...(goed_onderbouwd as Array<keyof typeof l>)));
    expect(onderbouwd.totalItems).toBe(goed_onderbouwd.length);
    const goed = await searchAs(as(), { q: word, evidence: "goede_aanwijzingen" });
    expect(idsOf(goed)).toEqual(ids(...(goede_aanwijzingen as Array<keyof typeof l>)));
    expect(goed.totalItems).toBe(goede_aanwijzingen.length);
  });
});
