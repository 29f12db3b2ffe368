import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import type { LessonSearchResult } from "../../src/data/lessons.ts";
import { createMunicipality } from "./fixtures.ts";
import { freshNeighbours } from "./fresh-neighbours.ts";
import { createLessonAsAdmin, idsOf, nonsenseWord, sorted } from "./learning-fixtures.ts";

/**
 * GET /api/proeftuin/lessons (pb_hooks/lesson_search.pb.js): several values per facet (OR within a
 * facet, AND between facets), the "gemeente" facet with names from the municipalities table, and
 * "andere gemeenten dan de mijne" for a signed-in user. Each test narrows the shared PocketBase
 * with a nonsense word of its own.
 */

const n = freshNeighbours();

/** The route with repeated parameters, as the SDK writes an array. */
function search(pb: PocketBase, query: Record<string, string | string[]>): Promise<LessonSearchResult> {
  return pb.send<LessonSearchResult>("/api/proeftuin/lessons", { method: "GET", query });
}

describe("facets with several values, and the municipality facet", () => {
  const word = nonsenseWord();
  const l = {} as Record<"k1" | "k2" | "k3" | "k4" | "k5" | "k6", RecordModel>;
  let b: RecordModel;
  const ids = (...keys: Array<keyof typeof l>) => sorted(keys.map((k) => l[k].id));
  const name = (id: string) => (id === n.own.municipality.id ? n.own.municipality : id === b.id ? b : n.other.municipality).name as string;

  /** Six lessons in three municipalities: the other neighbour's (A), a fresh one (B) and the own one. */
  beforeAll(async () => {
    b = await createMunicipality();
    const a = n.other.municipality.id;
    const own = n.own.municipality.id;
    const body = (text: string) => `${word}: ${text} Dit is de les die we leerden.`;
    const lesson = (municipality: string, fields: Record<string, unknown>) =>
      createLessonAsAdmin(municipality, { visibility: "public", ...fields, body: body(String(fields.body ?? "")) });
    l.k1 = await lesson(a, { domain: "wmo", kind: "tip", principles: ["preventie"], body: "lang ".repeat(300) });
    l.k2 = await lesson(b.id, { domain: "jeugd", kind: "valkuil", principles: ["maatwerk"] });
    l.k3 = await lesson(b.id, { domain: "armoede", kind: "tip", principles: ["samenwerking"] });
    l.k4 = await lesson(own, { domain: "wmo", kind: "valkuil", principles: ["maatwerk", "preventie"] });
    l.k5 = await lesson(own, { domain: "jeugd", kind: "tip", principles: [], visibility: "network" });
    l.k6 = await lesson(a, { domain: "wmo", kind: "tip", principles: [], visibility: "private" });
  });

  it("finds lessons with any of the values of one facet, and counts that facet's values without it", async () => {
    const result = await search(n.as.guest, { q: word, domain: ["wmo", "jeugd"] });
    expect(idsOf(result)).toEqual(ids("k1", "k2", "k4"));
    expect(result.totalItems).toBe(3);
    expect(result.facets.domain).toEqual({ wmo: 2, jeugd: 1, armoede: 1 });
    expect(result.facets.kind).toEqual({ tip: 1, valkuil: 2 });
  });

  it("combines facets with AND, each facet counted with all the others applied", async () => {
    const result = await search(n.as.guest, { q: word, domain: ["jeugd", "wmo"], kind: ["tip"] });
    expect(idsOf(result)).toEqual(ids("k1"));
    expect(result.facets.domain).toEqual({ wmo: 1, armoede: 1 });
    expect(result.facets.kind).toEqual({ tip: 1, valkuil: 2 });
    expect(result.facets.principle).toEqual({ preventie: 1 });
  });

  it("finds lessons with any of several principles", async () => {
    const result = await search(n.as.guest, { q: word, principle: ["samenwerking", "preventie"] });
    expect(idsOf(result)).toEqual(ids("k1", "k3", "k4"));
    expect(result.facets.principle).toEqual({ preventie: 2, maatwerk: 2, samenwerking: 1 });
  });

  it("drops unknown values and keeps the known ones", async () => {
    const result = await search(n.as.guest, {
      q: word,
      domain: ["wmo", "xyz", "WMO"],
      municipality: ["geen id!", n.other.municipality.id, "' OR 1=1 --"],
    });
    expect(idsOf(result)).toEqual(ids("k1"));
  });

  it("counts lessons per municipality, with names, most first, and filters on several municipalities", async () => {
    const all = await search(n.as.guest, { q: word });
    const expected = [
      { id: b.id, count: 2 },
      ...[n.other.municipality.id, n.own.municipality.id]
        .map((id) => ({ id, count: 1 }))
        .sort((x, y) => name(x.id).localeCompare(name(y.id), "nl")),
    ].map((row) => ({ ...row, name: name(row.id) }));
    expect(all.municipalities).toEqual(expected);

    const chosen = await search(n.as.guest, { q: word, municipality: [b.id, n.other.municipality.id] });
    expect(idsOf(chosen)).toEqual(ids("k1", "k2", "k3"));
    expect(chosen.municipalities).toEqual(expected);
    expect(chosen.facets.domain).toEqual({ wmo: 1, jeugd: 1, armoede: 1 });
  });

  it("keeps a chosen municipality in the list with 0 when the other filters leave it nothing", async () => {
    const result = await search(n.as.guest, { q: word, domain: ["wmo"], municipality: [b.id] });
    expect(result.items).toEqual([]);
    expect(result.municipalities.find((row) => row.id === b.id)).toEqual({ id: b.id, name: b.name, count: 0 });
    expect(result.municipalities.map((row) => row.id).sort()).toEqual(sorted([b.id, n.other.municipality.id, n.own.municipality.id]));
  });

  it("offers a signed-in user the lessons of other municipalities than their own", async () => {
    const mine = await search(n.as.ownColleague, { q: word });
    expect(idsOf(mine)).toEqual(ids("k1", "k2", "k3", "k4", "k5"));
    expect(mine.notOwn).toBe(3);

    const others = await search(n.as.ownColleague, { q: word, notOwn: "1" });
    expect(idsOf(others)).toEqual(ids("k1", "k2", "k3"));
    expect(others.municipalities.map((row) => row.id)).not.toContain(n.own.municipality.id);
    expect(others.facets.domain).toEqual({ wmo: 1, jeugd: 1, armoede: 1 });
  });

  it("ignores 'not mine' for a visitor, who has no municipality", async () => {
    const plain = await search(n.as.guest, { q: word });
    const asked = await search(n.as.guest, { q: word, notOwn: "1" });
    expect(asked.notOwn).toBeNull();
    expect(idsOf(asked)).toEqual(idsOf(plain));
    expect(idsOf(asked)).toEqual(ids("k1", "k2", "k3", "k4"));
  });

  it("keeps the visibility rule: a private lesson only for its municipality, whatever is filtered", async () => {
    const a = n.other.municipality.id;
    expect(idsOf(await search(n.as.guest, { q: word, municipality: [a] }))).toEqual(ids("k1"));
    expect(idsOf(await search(n.as.ownColleague, { q: word, municipality: [a], notOwn: "1" }))).toEqual(ids("k1"));
    const peer = await search(n.as.otherColleague, { q: word, municipality: [a], domain: ["wmo"] });
    expect(idsOf(peer)).toEqual(ids("k1", "k6"));
    // Outside their own municipality, with the domain but not the municipality filter: k4 only.
    expect(peer.notOwn).toBe(1);
  });

  it("gives the first 1000 characters of the body as the excerpt", async () => {
    const result = await search(n.as.guest, { q: word, municipality: [n.other.municipality.id] });
    const hit = result.items.find((item) => item.id === l.k1.id);
    expect(hit?.excerpt).toBe(String(l.k1.body).slice(0, 1000));
    expect(hit?.excerpt.length).toBe(1000);
  });
});
