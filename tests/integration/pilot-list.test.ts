import { beforeAll, describe, expect, it } from "vitest";
import { listPilots } from "../../src/data/pilots.ts";
import { listMunicipalityNames } from "../../src/data/municipalities.ts";
import { parsePilotFilters, searchableText, type PilotFilters } from "../../src/domain/pilot-filters.ts";
import {
  type Neighbours,
  actors,
  admin,
  appClientOf,
  client,
  createMunicipality,
  createNeighbours,
  mayRead,
  pilotData,
  visibilities,
} from "./fixtures.ts";
import { nonsenseWord } from "./learning-fixtures.ts";

/**
 * The pilot overview lists through GET /api/proeftuin/pilots (pb_hooks/pilot_overview.pb.js), cached,
 * instead of PocketBase's records API. For every person and filter its page and total must be what
 * PocketBase's own list (its rules, its filter) gives that person. Each case is narrowed to this
 * file's pilots (a word of its own, or its own municipalities), because other test files write
 * pilots at the same time.
 */

let n: Neighbours;
const word = nonsenseWord();
beforeAll(async () => {
  n = await createNeighbours();
  const pb = n.as.ownManager;
  for (const visibility of visibilities) {
    await pb
      .collection("pilots")
      .create(pilotData(n.own.municipality.id, { visibility, title: `Pilot over ${word} (${visibility})`, domain: "wmo" }));
    await pb
      .collection("pilots")
      .create(pilotData(n.own.municipality.id, { visibility, summary: `Samenvatting met ${word.toUpperCase()} erin.`, domain: "jeugd" }));
  }
  await n.as.otherManager
    .collection("pilots")
    .create(pilotData(n.other.municipality.id, { visibility: "private", problem: `Het probleem van ${word}.` }));
  await n.as.otherManager
    .collection("pilots")
    .create(pilotData(n.other.municipality.id, { visibility: "network", target_group: `Mensen met ${word}_x 50%` }));
});

const filters = (params: Record<string, string>): PilotFilters => parsePilotFilters(new URLSearchParams(params));

/** The overview's filters as a PocketBase filter: the reference the route must agree with. */
function recordsFilter(pb: ReturnType<typeof appClientOf>, filters: PilotFilters): string {
  const clauses: string[] = [];
  const q = searchableText(filters.q);
  if (q) clauses.push(pb.filter("(title ~ {:q} || summary ~ {:q} || problem ~ {:q} || target_group ~ {:q})", { q }));
  if (filters.domain) clauses.push(pb.filter("domain = {:domain}", { domain: filters.domain }));
  if (filters.stage) clauses.push(pb.filter("stage = {:stage}", { stage: filters.stage }));
  if (filters.visibility) clauses.push(pb.filter("visibility = {:visibility}", { visibility: filters.visibility }));
  if (filters.municipality) clauses.push(pb.filter("municipality = {:municipality}", { municipality: filters.municipality }));
  return clauses.join(" && ");
}

/** PocketBase's own list page for this person and these filters. */
async function recordsPage(pb: ReturnType<typeof appClientOf>, chosen: PilotFilters) {
  return pb
    .collection("pilots")
    .getList(chosen.page, 20, { filter: recordsFilter(pb, chosen), sort: "-updated,-id", expand: "municipality" });
}
const listTotal = async (pb: ReturnType<typeof appClientOf>, chosen: PilotFilters) => (await recordsPage(pb, chosen)).totalItems;

describe.each(actors)("%s", (actor) => {
  const cases = (): Array<Record<string, string>> => [
    { q: word },
    { q: word.toUpperCase() },
    { q: word, zichtbaarheid: "private" },
    { q: word, zichtbaarheid: "network" },
    { q: word, domein: "wmo" },
    { q: `${word} (public)` },
    { gemeente: n.own.municipality.id },
    { gemeente: n.other.municipality.id, fase: "uitvoering" },
    { q: `${word}_x` },
    { q: `${word}%` },
    { q: `%${word}` },
    { q: `@${word}\\` },
    { q: "50%", gemeente: n.other.municipality.id },
  ];

  it("the overview's page and total equal PocketBase's own list for every filter", async () => {
    const pb = appClientOf(actor === "guest" ? undefined : n.as[actor]);
    for (const params of cases()) {
      const chosen = filters(params);
      const page = await listPilots(pb, chosen);
      const reference = await recordsPage(pb, chosen);
      const shown = (items: typeof page.items) => items.map((p) => [p.id, p.title, p.visibility, p.updated, p.expand?.municipality?.name]);
      expect({ params, total: page.totalItems, items: shown(page.items) }).toEqual({
        params,
        total: reference.totalItems,
        items: shown(reference.items),
      });
      expect(page.totalPages).toBe(reference.totalPages);
    }
  });

  it("counts exactly the pilots with the word that this person may see", async () => {
    const pb = appClientOf(actor === "guest" ? undefined : n.as[actor]);
    const own = visibilities.filter((visibility) => mayRead(actor, visibility)).length * 2;
    const ofOther = (actor.startsWith("other") ? 1 : 0) + (actor === "guest" ? 0 : 1);
    expect((await listPilots(pb, filters({ q: word }))).totalItems).toBe(own + ofOther);
  });
});

describe("straight to the route", () => {
  type Answer = { totalItems: number; items: Array<{ id: string }> };
  const ask = (query: Record<string, string>) => client().send<Answer>("/api/proeftuin/pilots", { query });

  it("a guest asking for another municipality's private pilots gets none, and filter syntax is just text", async () => {
    expect(await ask({ municipality: n.own.municipality.id, visibility: "private" })).toMatchObject({ totalItems: 0, items: [] });
    expect(await ask({ q: `${word}') OR 1=1 --` })).toMatchObject({ totalItems: 0, items: [] });
    expect(await ask({ q: word, visibility: "x' OR '1'='1" })).toMatchObject({ totalItems: 0, items: [] });
    const found = await ask({ q: word });
    expect(found.totalItems).toBe(2);
    expect(found.items.map((item) => item.id)).toHaveLength(2);
  });

  it("pages beyond the end are empty, and nonsense page numbers give page 1", async () => {
    expect((await ask({ q: word, page: "2" })).items).toEqual([]);
    expect((await ask({ q: word, page: "-5" })).items).toHaveLength(2);
    expect((await ask({ q: word, page: "1e9" })).items).toHaveLength(2);
  });
});

describe("a cached page never outlives a change", () => {
  it("follows a new pilot, a visibility change and a deletion", async () => {
    const asOther = appClientOf(n.as.otherColleague);
    const own = filters({ gemeente: n.own.municipality.id });
    const before = (await listPilots(asOther, own)).totalItems;
    expect((await listPilots(asOther, own)).totalItems).toBe(before);

    const pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "network" }));
    expect((await listPilots(asOther, own)).totalItems).toBe(before + 1);
    await n.as.ownManager.collection("pilots").update(pilot.id, { visibility: "private" });
    expect((await listPilots(asOther, own)).totalItems).toBe(before);
    await n.as.ownManager.collection("pilots").update(pilot.id, { visibility: "public" });
    expect((await listPilots(appClientOf(), own)).totalItems).toBe(await listTotal(appClientOf(), own));
    await n.as.ownManager.collection("pilots").delete(pilot.id);
    expect((await listPilots(asOther, own)).totalItems).toBe(before);
  });

  it("a cached page shows a pilot's new title and its municipality's new name", async () => {
    const municipality = await createMunicipality();
    const pilot = await (await admin())
      .collection("pilots")
      .create(pilotData(municipality.id, { visibility: "public", title: "Oude titel" }));
    const mine = filters({ gemeente: municipality.id });
    const shown = async () => (await listPilots(appClientOf(), mine)).items.map((p) => [p.title, p.expand?.municipality?.name]);
    expect(await shown()).toEqual([["Oude titel", municipality.name]]);
    await (await admin()).collection("pilots").update(pilot.id, { title: "Nieuwe titel" });
    expect(await shown()).toEqual([["Nieuwe titel", municipality.name]]);
    await (await admin()).collection("municipalities").update(municipality.id, { name: `Nieuw ${municipality.name}` });
    expect(await shown()).toEqual([["Nieuwe titel", `Nieuw ${municipality.name}`]]);
  });

  it("the municipality names follow a new and a renamed municipality", async () => {
    const pb = appClientOf();
    const before = await listMunicipalityNames(pb);
    expect(before.map((m) => m.name)).toEqual([...before.map((m) => m.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const made = await createMunicipality();
    expect((await listMunicipalityNames(pb)).find((m) => m.id === made.id)?.name).toBe(made.name);
    await (await admin()).collection("municipalities").update(made.id, { name: `Hernoemd ${made.name}` });
    expect((await listMunicipalityNames(pb)).find((m) => m.id === made.id)?.name).toBe(`Hernoemd ${made.name}`);
    expect(Object.keys(before[0] ?? {}).sort()).toEqual(["id", "name"]);
  });
});
