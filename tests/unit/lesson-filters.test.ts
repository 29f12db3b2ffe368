import { describe, it, expect } from "vitest";
import {
  activeLessonFilters,
  lessonFacets,
  lessonFiltersQuery,
  lessonParams,
  parseLessonFilters,
  toggledLessonFilter,
  type LessonFilters,
} from "../../src/domain/lesson-filters.ts";

const parse = (query: string) => parseLessonFilters(new URLSearchParams(query));

const full: LessonFilters = {
  q: "jongeren werk",
  domain: ["jeugd"],
  kind: ["valkuil"],
  principle: ["preventie"],
  evidence: ["goed_onderbouwd"],
  province: ["friesland"],
  size: ["klein"],
  page: 3,
};
const fullQuery =
  "?q=jongeren+werk&domein=jeugd&soort=valkuil&principe=preventie&bewijs=goed_onderbouwd&provincie=friesland&omvang=klein&pagina=3";

describe("parseLessonFilters", () => {
  it("gives the defaults for an empty query", () => {
    expect(parse("")).toEqual({ q: "", page: 1 });
  });

  it("reads every filter under its Dutch name", () => {
    expect(parse(fullQuery.slice(1))).toEqual(full);
  });

  it("ignores the English names", () => {
    expect(parse("domain=jeugd&kind=valkuil&principle=preventie&evidence=goed_onderbouwd&province=friesland&size=klein&page=2")).toEqual({
      q: "",
      page: 1,
    });
  });

  it.each([
    ["domein=xyz", "domain"],
    ["domein=JEUGD", "domain"],
    ["domein=", "domain"],
    ["soort=les", "kind"],
    ["principe=alles", "principle"],
    ["bewijs=sterk", "evidence"],
    ["provincie=vlaanderen", "province"],
    ["provincie=Friesland", "province"],
    ["omvang=mega", "size"],
    ["omvang=toString", "size"],
    ["domein=__proto__", "domain"],
  ] as Array<[string, keyof LessonFilters]>)("drops the invalid %j", (query, key) => {
    const filters = parse(query);
    expect(filters[key]).toBeUndefined();
    expect(filters).toEqual({ q: "", page: 1 });
  });

  it("keeps the valid filters when others are invalid", () => {
    expect(parse("domein=xyz&soort=tip&omvang=mega&q=wijk")).toEqual({ q: "wijk", kind: ["tip"], page: 1 });
  });

  it.each([
    ["1", 1],
    ["7", 7],
    ["10000", 10_000],
    ["10001", 1],
    ["0", 1],
    ["-2", 1],
    ["2.5", 1],
    ["abc", 1],
    ["", 1],
  ])("reads pagina=%j as page %d", (page, expected) => {
    expect(parse(`pagina=${page}`).page).toBe(expected);
  });

  it("trims q and drops one longer than 200 characters", () => {
    expect(parse("q=%20%20wijkteam%20%20").q).toBe("wijkteam");
    expect(parse(`q=${"a".repeat(200)}`).q).toBe("a".repeat(200));
    expect(parse(`q=${"a".repeat(201)}`).q).toBe("");
  });

  it("keeps search syntax in q as plain text", () => {
    expect(parseLessonFilters(new URLSearchParams({ q: '") OR 1=1 -- -huur' })).q).toBe('") OR 1=1 -- -huur');
  });

  it("reads a repeated parameter as several values, each once, in the vocabulary's order", () => {
    expect(parse("domein=jeugd&domein=wmo&domein=jeugd").domain).toEqual(["wmo", "jeugd"]);
    expect(parse("principe=samenwerking&principe=preventie&soort=tip&soort=valkuil")).toEqual({
      q: "",
      principle: ["preventie", "samenwerking"],
      kind: ["valkuil", "tip"],
      page: 1,
    });
  });

  it("drops the unknown values of a repeated parameter and keeps the known ones", () => {
    expect(parse("domein=xyz&domein=wmo&domein=WMO&domein=").domain).toEqual(["wmo"]);
    expect(parse("domein=xyz&domein=").domain).toBeUndefined();
  });

  it("reads municipalities as record ids, sorted, each once, at most 20", () => {
    const ids = Array.from({ length: 25 }, (_, i) => `gemeente${String(i).padStart(7, "0")}`);
    expect(parse("gemeente=bbbbbbbbbbbbbbb&gemeente=aaaaaaaaaaaaaaa&gemeente=bbbbbbbbbbbbbbb").municipality).toEqual([
      "aaaaaaaaaaaaaaa",
      "bbbbbbbbbbbbbbb",
    ]);
    expect(parse("gemeente=kort&gemeente=AAAAAAAAAAAAAAA&gemeente=%27%20OR%201%3D1%20--%20aa").municipality).toBeUndefined();
    expect(parse(ids.map((id) => `gemeente=${id}`).join("&")).municipality).toEqual(ids.slice(0, 20));
  });

  it("reads andere_gemeenten=1 only", () => {
    expect(parse("andere_gemeenten=1").notOwn).toBe(true);
    expect(parse("andere_gemeenten=ja").notOwn).toBeUndefined();
    expect(parse("andere_gemeenten=0")).toEqual({ q: "", page: 1 });
  });
});

describe("lessonFiltersQuery", () => {
  it("writes every filter in the fixed order", () => {
    expect(lessonFiltersQuery(full)).toBe(fullQuery);
  });

  it("leaves out the defaults", () => {
    expect(lessonFiltersQuery({ q: "", page: 1 })).toBe("");
    expect(lessonFiltersQuery({ q: "", domain: ["wmo"], page: 1 })).toBe("?domein=wmo");
  });

  it("applies overrides, and an override to page 1 drops the page", () => {
    expect(lessonFiltersQuery(full, { page: 4 })).toBe(fullQuery.replace("pagina=3", "pagina=4"));
    expect(lessonFiltersQuery(full, { page: 1 })).toBe(fullQuery.replace("&pagina=3", ""));
    expect(lessonFiltersQuery(full, { domain: ["wmo"], page: undefined })).toBe(
      fullQuery.replace("domein=jeugd", "domein=wmo").replace("&pagina=3", ""),
    );
    expect(lessonFiltersQuery(full, { q: "" })).toBe(fullQuery.replace("q=jongeren+werk&", ""));
  });

  it("encodes q safely", () => {
    expect(lessonFiltersQuery({ q: "a&domein=wmo#x", page: 1 })).toBe("?q=a%26domein%3Dwmo%23x");
  });

  it("does not change the filters it is given", () => {
    const filters: LessonFilters = { ...full };
    lessonFiltersQuery(filters, { domain: undefined, page: 1 });
    expect(filters).toEqual(full);
  });

  it.each<LessonFilters>([
    { q: "", page: 1 },
    full,
    { q: "café & co", page: 2 },
    { q: "", province: ["noord_holland"], size: ["groot", "zeer_groot"], page: 10_000 },
    { q: "x", evidence: ["sterke_aanwijzingen"], principle: ["maatwerk", "data_gedreven"], page: 1 },
    { q: "", domain: ["wmo", "jeugd"], municipality: ["aaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbb"], notOwn: true, page: 1 },
  ])("round-trips %j", (filters) => {
    expect(parse(lessonFiltersQuery(filters).replace(/^\?/, ""))).toEqual(filters);
  });
});

describe("activeLessonFilters", () => {
  it("is empty without filters, even on a later page", () => {
    expect(activeLessonFilters({ q: "", page: 4 })).toEqual([]);
  });

  it("lists every filter in the page's order with a Dutch label", () => {
    expect(activeLessonFilters(full).map((filter) => filter.label)).toEqual([
      "zoekterm “jongeren werk”",
      "domein: Jeugd",
      "soort les: Valkuil",
      "principe: Preventie",
      "bewijskracht van de pilot: Goed onderbouwd",
      "provincie: Fryslân",
      "omvang gemeente: Klein (minder dan 20.000 inwoners)",
    ]);
  });

  it("links each filter to the same filters without it, on page 1", () => {
    const without = activeLessonFilters(full).map((filter) => filter.without);
    expect(without).toEqual([
      "?domein=jeugd&soort=valkuil&principe=preventie&bewijs=goed_onderbouwd&provincie=friesland&omvang=klein",
      "?q=jongeren+werk&soort=valkuil&principe=preventie&bewijs=goed_onderbouwd&provincie=friesland&omvang=klein",
      "?q=jongeren+werk&domein=jeugd&principe=preventie&bewijs=goed_onderbouwd&provincie=friesland&omvang=klein",
      "?q=jongeren+werk&domein=jeugd&soort=valkuil&bewijs=goed_onderbouwd&provincie=friesland&omvang=klein",
      "?q=jongeren+werk&domein=jeugd&soort=valkuil&principe=preventie&provincie=friesland&omvang=klein",
      "?q=jongeren+werk&domein=jeugd&soort=valkuil&principe=preventie&bewijs=goed_onderbouwd&omvang=klein",
      "?q=jongeren+werk&domein=jeugd&soort=valkuil&principe=preventie&bewijs=goed_onderbouwd&provincie=friesland",
    ]);
  });

  it("removes exactly one filter per link and resets the page", () => {
    const keys = ["q", ...lessonFacets.map(({ facet }) => facet)] as const;
    const links = activeLessonFilters(full);
    expect(links).toHaveLength(keys.length);
    links.forEach((link, index) => {
      const removed = keys[index];
      if (removed === undefined) throw new Error("more links than filters");
      const expected: LessonFilters = { ...full, page: 1 };
      if (removed === "q") expected.q = "";
      else delete expected[removed];
      expect(parse(link.without.replace(/^\?/, ""))).toEqual(expected);
      expect(link.without).not.toContain(`${lessonParams.page}=`);
    });
  });

  it("links the only filter to the bare library", () => {
    expect(activeLessonFilters({ q: "", size: ["groot"], page: 2 })).toEqual([
      { label: "omvang gemeente: Groot (50.000 tot 100.000)", without: "" },
    ]);
    expect(activeLessonFilters({ q: "wijk", page: 5 })).toEqual([{ label: "zoekterm “wijk”", without: "" }]);
  });
});

describe("lessonFacets", () => {
  it("offers each facet once, with the values the parser accepts", () => {
    expect(lessonFacets.map(({ facet }) => facet)).toEqual(["domain", "kind", "principle", "evidence", "province", "size"]);
    for (const { facet, values } of lessonFacets) {
      for (const value of values) {
        expect(parse(`${lessonParams[facet]}=${value}`)[facet]).toEqual([value]);
      }
    }
  });
});

describe("several values per facet", () => {
  const two: LessonFilters = { q: "", domain: ["wmo", "jeugd"], municipality: ["aaaaaaaaaaaaaaa"], page: 2 };

  it("writes each value as a repeated parameter", () => {
    expect(lessonFiltersQuery(two)).toBe("?domein=wmo&domein=jeugd&gemeente=aaaaaaaaaaaaaaa&pagina=2");
    expect(lessonFiltersQuery({ q: "", notOwn: true, page: 1 })).toBe("?andere_gemeenten=1");
  });

  it("toggles one value on or off, keeps the others, and goes back to page 1", () => {
    expect(toggledLessonFilter(two, "domain", "armoede")).toBe("?domein=wmo&domein=jeugd&domein=armoede&gemeente=aaaaaaaaaaaaaaa");
    expect(toggledLessonFilter(two, "domain", "wmo")).toBe("?domein=jeugd&gemeente=aaaaaaaaaaaaaaa");
    expect(toggledLessonFilter(two, "municipality", "aaaaaaaaaaaaaaa")).toBe("?domein=wmo&domein=jeugd");
    expect(toggledLessonFilter({ q: "", kind: ["tip"], page: 1 }, "kind", "tip")).toBe("");
  });

  it("offers each chosen value as a filter of its own to remove, with the municipality's name", () => {
    const active = activeLessonFilters({ ...two, notOwn: true }, (id) => (id === "aaaaaaaaaaaaaaa" ? "Utrecht" : "?"));
    expect(active).toEqual([
      { label: "domein: Wmo", without: "?domein=jeugd&gemeente=aaaaaaaaaaaaaaa&andere_gemeenten=1" },
      { label: "domein: Jeugd", without: "?domein=wmo&gemeente=aaaaaaaaaaaaaaa&andere_gemeenten=1" },
      { label: "gemeente: Utrecht", without: "?domein=wmo&domein=jeugd&andere_gemeenten=1" },
      { label: "andere gemeenten dan de mijne", without: "?domein=wmo&domein=jeugd&gemeente=aaaaaaaaaaaaaaa" },
    ]);
  });
});
