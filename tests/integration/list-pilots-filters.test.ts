import { beforeAll, describe, expect, it } from "vitest";
import { listPilots, PILOTS_PER_PAGE } from "../../src/data/pilots.ts";
import type { PilotFilters } from "../../src/domain/pilot-filters.ts";
import type { PilotFormInput } from "../../src/domain/pilot.ts";
import { appClientOf, createTenant, pilotData, type Tenant } from "./fixtures.ts";
import { createPilot, uniqueWord } from "./save-pilot-helpers.ts";

/**
 * savePilot, getPilotWithRows and listPilots against the real PocketBase, each with the SDK client
 * of the person who would use them: the batch is all-or-nothing, the rules decide who writes, and
 * the filters of the pilot overview return exactly what the viewer may see.
 *
 * This file: listPilots returns exactly what the viewer may see, filtered, and takes the search text literally.
 */

describe("listPilots returns exactly what the viewer may see, filtered", () => {
  let own: Tenant;
  let other: Tenant;
  const word = uniqueWord();
  const ids = {} as Record<"ownPrivate" | "ownNetwork" | "ownPublic" | "otherPrivate" | "otherNetwork" | "otherPublic", string>;

  beforeAll(async () => {
    [own, other] = await Promise.all([createTenant(), createTenant()]);
    const make = async (tenant: Tenant, name: string, input: Partial<PilotFormInput>) =>
      (await createPilot(tenant, { title: `${name} ${word}`, ...input })).id;
    ids.ownPrivate = await make(own, "Eigen besloten", { visibility: "private", domain: "wmo", stage: "idee" });
    ids.ownNetwork = await make(own, "Eigen netwerk", { visibility: "network", domain: "jeugd", stage: "uitvoering" });
    ids.ownPublic = await make(own, "Eigen openbaar", { visibility: "public", domain: "wmo", stage: "evaluatie" });
    ids.otherPrivate = await make(other, "Ander besloten", { visibility: "private", domain: "wmo", stage: "idee" });
    ids.otherNetwork = await make(other, "Ander netwerk", { visibility: "network", domain: "wmo", stage: "uitvoering" });
    ids.otherPublic = await make(other, "Ander openbaar", { visibility: "public", domain: "jeugd", stage: "idee" });
  });

  type Viewer = "guest" | "ownManager" | "otherManager";
  const viewer = (who: Viewer) => (who === "guest" ? appClientOf() : appClientOf(who === "ownManager" ? own.as.manager : other.as.manager));
  const filters = (more: Partial<PilotFilters> = {}): PilotFilters => ({ q: word, page: 1, ...more });

  const cases: Array<{ name: string; who: Viewer; more: () => Partial<PilotFilters>; expected: Array<keyof typeof ids> }> = [
    { name: "guest, q", who: "guest", more: () => ({}), expected: ["ownPublic", "otherPublic"] },
    {
      name: "own manager, q",
      who: "ownManager",
      more: () => ({}),
      expected: ["ownPrivate", "ownNetwork", "ownPublic", "otherNetwork", "otherPublic"],
    },
    {
      name: "own manager, q in capitals",
      who: "ownManager",
      more: () => ({ q: word.toUpperCase() }),
      expected: ["ownPrivate", "ownNetwork", "ownPublic", "otherNetwork", "otherPublic"],
    },
    {
      name: "outsider, q",
      who: "otherManager",
      more: () => ({}),
      expected: ["otherPrivate", "otherNetwork", "otherPublic", "ownNetwork", "ownPublic"],
    },
    {
      name: "own manager, q + domain wmo",
      who: "ownManager",
      more: () => ({ domain: "wmo" }),
      expected: ["ownPrivate", "ownPublic", "otherNetwork"],
    },
    { name: "own manager, q + stage idee", who: "ownManager", more: () => ({ stage: "idee" }), expected: ["ownPrivate", "otherPublic"] },
    {
      name: "own manager, q + domain wmo + stage uitvoering",
      who: "ownManager",
      more: () => ({ domain: "wmo", stage: "uitvoering" }),
      expected: ["otherNetwork"],
    },
    { name: "own manager, q + visibility private", who: "ownManager", more: () => ({ visibility: "private" }), expected: ["ownPrivate"] },
    { name: "outsider, q + visibility private", who: "otherManager", more: () => ({ visibility: "private" }), expected: ["otherPrivate"] },
    { name: "guest, q + visibility private", who: "guest", more: () => ({ visibility: "private" }), expected: [] },
    { name: "guest, q + visibility network", who: "guest", more: () => ({ visibility: "network" }), expected: [] },
    {
      name: "own manager, q + the other municipality",
      who: "ownManager",
      more: () => ({ municipality: other.municipality.id }),
      expected: ["otherNetwork", "otherPublic"],
    },
    {
      name: "outsider, q + the own municipality",
      who: "otherManager",
      more: () => ({ municipality: own.municipality.id }),
      expected: ["ownNetwork", "ownPublic"],
    },
    {
      name: "guest, the own municipality without q",
      who: "guest",
      more: () => ({ q: "", municipality: own.municipality.id }),
      expected: ["ownPublic"],
    },
    {
      name: "own manager, the own municipality without q",
      who: "ownManager",
      more: () => ({ q: "", municipality: own.municipality.id }),
      expected: ["ownPrivate", "ownNetwork", "ownPublic"],
    },
  ];

  it.each(cases)("$name", async ({ who, more, expected }) => {
    const page = await listPilots(viewer(who), filters(more()));
    const expectedIds = expected.map((key) => ids[key]).sort();
    expect(page.items.map((item) => item.id).sort()).toEqual(expectedIds);
    expect(page.totalItems).toBe(expected.length);
    expect(page.page).toBe(1);
  });

  it("names each pilot's municipality", async () => {
    const page = await listPilots(viewer("guest"), filters());
    const names = Object.fromEntries(page.items.map((item) => [item.id, item.expand?.municipality?.name]));
    expect(names).toEqual({ [ids.ownPublic]: own.municipality.name, [ids.otherPublic]: other.municipality.name });
  });

  it("pages through more pilots than fit on one page", async () => {
    const tenant = await createTenant();
    const pageWord = uniqueWord();
    const created = await Promise.all(
      Array.from({ length: PILOTS_PER_PAGE + 2 }, (_, i) =>
        tenant.as.manager.collection("pilots").create(pilotData(tenant.municipality.id, { title: `Pagina ${i} ${pageWord}` })),
      ),
    );
    const pb = appClientOf(tenant.as.manager);

    const first = await listPilots(pb, { q: pageWord, page: 1 });
    const second = await listPilots(pb, { q: pageWord, page: 2 });

    expect(first.items).toHaveLength(PILOTS_PER_PAGE);
    expect(second.items).toHaveLength(2);
    expect([first.totalItems, first.totalPages, second.page, second.totalPages]).toEqual([PILOTS_PER_PAGE + 2, 2, 2, 2]);
    const listed = [...first.items, ...second.items].map((item) => item.id);
    expect(new Set(listed).size).toBe(PILOTS_PER_PAGE + 2);
    expect(listed.sort()).toEqual(created.map((pilot) => pilot.id).sort());
  });
});

describe("listPilots takes the search text literally", () => {
  const injection = '") || visibility != "';
  let own: Tenant;
  let other: Tenant;
  let hiddenId: string;

  beforeAll(async () => {
    [own, other] = await Promise.all([createTenant(), createTenant()]);
    hiddenId = (await createPilot(own, { title: `Zoekproef ${uniqueWord()} ${injection} einde`, visibility: "private" })).id;
    // A private pilot of the searcher's own municipality does not match, so an empty answer is not a coincidence of the filter.
    await createPilot(other, { visibility: "private" });
  });

  it.each(["guest", "otherManager"] as const)("%s gets no private pilot of another municipality from filter syntax in q", async (who) => {
    const pb = who === "guest" ? appClientOf() : appClientOf(other.as.manager);

    const page = await listPilots(pb, { q: injection, page: 1 });

    expect(page.items.map((item) => item.id)).not.toContain(hiddenId);
    const foreignPrivate = page.items.filter(
      (item) => item.visibility === "private" && (who === "guest" || item.municipality !== other.municipality.id),
    );
    expect(foreignPrivate).toEqual([]);
    expect((await listPilots(pb, { q: injection, municipality: own.municipality.id, page: 1 })).items).toEqual([]);
  });

  it("the own manager finds the pilot whose title holds that text, and only that one", async () => {
    const page = await listPilots(appClientOf(own.as.manager), { q: injection, municipality: own.municipality.id, page: 1 });
    expect(page.items.map((item) => item.id)).toEqual([hiddenId]);
  });
});
