import { describe, it, expect } from "vitest";
import { hasActiveFilters, parsePilotFilters, pilotFiltersQuery, type PilotFilters } from "../../src/domain/pilot-filters.ts";

const parse = (query: string) => parsePilotFilters(new URLSearchParams(query));
const municipalityId = "abc123def456ghi";

describe("parsePilotFilters", () => {
  it("gives the defaults for an empty query", () => {
    expect(parse("")).toEqual({ q: "", page: 1 });
  });

  it("keeps valid values under their Dutch names", () => {
    expect(parse(`q=zorg&domein=jeugd&fase=uitvoering&zichtbaarheid=public&gemeente=${municipalityId}&pagina=3`)).toEqual({
      q: "zorg",
      domain: "jeugd",
      stage: "uitvoering",
      visibility: "public",
      municipality: municipalityId,
      page: 3,
    });
  });

  it("ignores the English names", () => {
    expect(parse(`domain=jeugd&stage=idee&visibility=public&municipality=${municipalityId}&page=2`)).toEqual({ q: "", page: 1 });
  });

  it.each([
    ["domein=xyz", "domain"],
    ["domein=WMO", "domain"],
    ["domein=", "domain"],
    ["fase=klaar", "stage"],
    ["zichtbaarheid=geheim", "visibility"],
    ["gemeente=abc", "municipality"],
    ["gemeente=abc123def456ghij", "municipality"],
    ["gemeente=ABC123DEF456GHI", "municipality"],
    ["gemeente=abc123def456gh!", "municipality"],
  ] as Array<[string, keyof PilotFilters]>)("drops the invalid %j", (query, key) => {
    const filters = parse(query);
    expect(filters[key]).toBeUndefined();
    expect(filters.q).toBe("");
    expect(filters.page).toBe(1);
  });

  it("keeps the other filters when one is invalid", () => {
    expect(parse("domein=xyz&fase=idee&q=jeugd")).toEqual({ q: "jeugd", stage: "idee", page: 1 });
  });

  it.each([
    ["1", 1],
    ["2", 2],
    ["10000", 10_000],
    ["-1", 1],
    ["0", 1],
    ["abc", 1],
    ["2.5", 1],
    ["", 1],
    ["10001", 1],
  ])("reads pagina=%j as page %d", (page, expected) => {
    expect(parse(`pagina=${page}`).page).toBe(expected);
  });

  it("trims q", () => {
    expect(parse("q=%20%20jeugdzorg%20%20").q).toBe("jeugdzorg");
  });

  it("keeps a q of 100 characters and drops a longer one to the empty string", () => {
    expect(parse(`q=${"a".repeat(100)}`).q).toBe("a".repeat(100));
    expect(parse(`q=${"a".repeat(101)}`).q).toBe("");
  });

  it("checks the length of q after trimming", () => {
    expect(parse(`q=${encodeURIComponent(`  ${"b".repeat(100)}  `)}`).q).toBe("b".repeat(100));
  });

  it("keeps a filter-syntax fragment in q verbatim, as text", () => {
    const fragment = '") || visibility != "';
    expect(parsePilotFilters(new URLSearchParams({ q: fragment })).q).toBe(fragment.trim());
    const inner = 'a") || visibility != "b';
    expect(parsePilotFilters(new URLSearchParams({ q: inner })).q).toBe(inner);
  });
});

describe("pilotFiltersQuery", () => {
  const defaults: PilotFilters = { q: "", page: 1 };

  it("is empty for the defaults", () => {
    expect(pilotFiltersQuery(defaults)).toBe("");
  });

  it("writes the Dutch names in a fixed order, leaving out page 1", () => {
    expect(
      pilotFiltersQuery({
        q: "zorg",
        domain: "wmo",
        stage: "idee",
        visibility: "network",
        municipality: municipalityId,
        page: 1,
      }),
    ).toBe(`?q=zorg&domein=wmo&fase=idee&zichtbaarheid=network&gemeente=${municipalityId}`);
  });

  it("writes a page other than 1", () => {
    expect(pilotFiltersQuery({ q: "", domain: "jeugd", page: 4 })).toBe("?domein=jeugd&pagina=4");
  });

  it("applies overrides", () => {
    const filters: PilotFilters = { q: "zorg", domain: "wmo", page: 3 };
    expect(pilotFiltersQuery(filters, { page: 4 })).toBe("?q=zorg&domein=wmo&pagina=4");
    expect(pilotFiltersQuery(filters, { page: 1 })).toBe("?q=zorg&domein=wmo");
    expect(pilotFiltersQuery(filters, { domain: undefined })).toBe("?q=zorg&pagina=3");
    expect(pilotFiltersQuery(filters, { q: "" })).toBe("?domein=wmo&pagina=3");
    // The filters themselves are left alone.
    expect(filters).toEqual({ q: "zorg", domain: "wmo", page: 3 });
  });

  it("encodes q", () => {
    expect(pilotFiltersQuery({ q: "a&b=c d", page: 1 })).toBe("?q=a%26b%3Dc+d");
  });

  it.each<PilotFilters>([
    { q: "", page: 1 },
    { q: "zorg", page: 2 },
    { q: "a&b=c d + e/f?", domain: "schuldhulp", page: 1 },
    { q: '") || visibility != "x', visibility: "private", page: 7 },
    { q: "schuldhulp", domain: "schuldhulp", stage: "besluit", visibility: "public", municipality: municipalityId, page: 10_000 },
    { q: "Café ‘t Hoekje", stage: "evaluatie", page: 1 },
  ])("round-trips %j through parsePilotFilters", (filters) => {
    const query = pilotFiltersQuery(filters);
    expect(parsePilotFilters(new URLSearchParams(query))).toEqual(filters);
  });
});

describe("hasActiveFilters", () => {
  it.each<[PilotFilters, boolean]>([
    [{ q: "", page: 1 }, false],
    [{ q: "", page: 5 }, false],
    [{ q: "zorg", page: 1 }, true],
    [{ q: "", domain: "wmo", page: 1 }, true],
    [{ q: "", stage: "idee", page: 1 }, true],
    [{ q: "", visibility: "public", page: 1 }, true],
    [{ q: "", municipality: municipalityId, page: 1 }, true],
  ])("%j → %s", (filters, active) => {
    expect(hasActiveFilters(filters)).toBe(active);
  });
});
