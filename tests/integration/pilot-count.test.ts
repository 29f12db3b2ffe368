import { beforeAll, describe, expect, it } from "vitest";
import { listPilots, pilotListFilter } from "../../src/data/pilots.ts";
import { listMunicipalityNames } from "../../src/data/municipalities.ts";
import { parsePilotFilters, type PilotFilters } from "../../src/domain/pilot-filters.ts";
import { type Neighbours, actors, admin, appClientOf, client, createMunicipality, createNeighbours, mayRead, pilotData, visibilities } from "./fixtures.ts";
import { nonsenseWord } from "./learning-fixtures.ts";

/**
 * The pilot overview counts through GET /api/proeftuin/pilots/count (pb_hooks/pilot_overview.pb.js),
 * cached, instead of PocketBase's list total. For every person and filter the count must be the
 * total PocketBase's own list gives that person. Each case is narrowed to this file's pilots (a
 * word of its own, or its own municipalities), because other test files write pilots at the same time.
 */

let n: Neighbours;
const word = nonsenseWord();
beforeAll(async () => {
  n = await createNeighbours();
  const pb = n.as.ownManager;
  for (const visibility of visibilities) {
    await pb.collection("pilots").create(pilotData(n.own.municipality.id, { visibility, title: `Pilot over ${word} (${visibility})`, domain: "wmo" }));
    await pb.collection("pilots").create(pilotData(n.own.municipality.id, { visibility, summary: `Samenvatting met ${word.toUpperCase()} erin.`, domain: "jeugd" }));
  }
  await n.as.otherManager.collection("pilots").create(pilotData(n.other.municipality.id, { visibility: "private", problem: `Het probleem van ${word}.` }));
  await n.as.otherManager.collection("pilots").create(pilotData(n.other.municipality.id, { visibility: "network", target_group: `Mensen met ${word}_x 50%` }));
});

const filters = (params: Record<string, string>): PilotFilters => parsePilotFilters(new URLSearchParams(params));

/** The total of PocketBase's own list for this person and these filters. */
async function listTotal(pb: ReturnType<typeof appClientOf>, chosen: PilotFilters): Promise<number> {
  return (await pb.collection("pilots").getList(1, 1, { filter: pilotListFilter(pb, chosen) })).totalItems;
}

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

  it("the overview's count equals PocketBase's list total for every filter", async () => {
    const pb = appClientOf(actor === "guest" ? undefined : n.as[actor]);
    for (const params of cases()) {
      const chosen = filters(params);
      const page = await listPilots(pb, chosen);
      expect({ params, total: page.totalItems }).toEqual({ params, total: await listTotal(pb, chosen) });
      expect(page.totalPages).toBe(Math.max(1, Math.ceil(page.totalItems / 20)));
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
  it("a guest asking for another municipality's private pilots gets 0, and filter syntax is just text", async () => {
    const count = (query: Record<string, string>) => client().send<{ totalItems: number }>("/api/proeftuin/pilots/count", { query });
    expect(await count({ municipality: n.own.municipality.id, visibility: "private" })).toEqual({ totalItems: 0 });
    expect(await count({ q: `${word}') OR 1=1 --` })).toEqual({ totalItems: 0 });
    expect(await count({ q: word, visibility: "x' OR '1'='1" })).toEqual({ totalItems: 0 });
    expect(await count({ q: word })).toEqual({ totalItems: 2 });
  });
});

describe("a cached count never outlives a change", () => {
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
    expect((await listPilots(appClientOf(), own)).totalItems).toBe((await listTotal(appClientOf(), own)));
    await n.as.ownManager.collection("pilots").delete(pilot.id);
    expect((await listPilots(asOther, own)).totalItems).toBe(before);
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
