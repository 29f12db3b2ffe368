import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CatalogueSchema, catalogueMatch, indicatorSourceLine } from "../../src/domain/indicator-catalogue.ts";
import { loadHookLib } from "../support/hook-lib.ts";

/** content/indicatoren.json, which PocketBase writes into the indicators collection on every start. */
const file = new URL("../../content/indicatoren.json", import.meta.url);
const entries = JSON.parse(readFileSync(file, "utf8")) as unknown;

describe("the indicator catalogue (content/indicatoren.json)", () => {
  it("passes the schema: every field within the collection's limits, keys and names unique", () => {
    const result = CatalogueSchema.safeParse(entries);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it("holds the indicators issue 15 names, among 12 to 20", () => {
    const catalogue = CatalogueSchema.parse(entries);
    expect(catalogue.length).toBeGreaterThanOrEqual(12);
    expect(catalogue.length).toBeLessThanOrEqual(20);
    expect(catalogue.map((entry) => entry.key)).toEqual(
      expect.arrayContaining([
        "uitkeringsaanvragen",
        "betaald-werk",
        "ervaren-gezondheid",
        "eenzaamheid",
        "problematische-schulden",
        "jeugdhulpgebruik",
        "vroegtijdig-schoolverlaten",
      ]),
    );
  });

  it("is the file the PocketBase hook reads", () => {
    const lib = loadHookLib<{ readCatalogue: () => unknown }>("indicator-catalogue.js");
    expect(lib.readCatalogue()).toEqual(entries);
  });
});

describe("the schema refuses", () => {
  const valid = CatalogueSchema.parse(entries);
  const first = valid[0] as (typeof valid)[number];
  it.each([
    ["a key with capitals", { key: "Eenzaamheid" }],
    ["an unknown direction", { direction: "zijwaarts" }],
    ["an unknown level", { level: "wijk" }],
    ["an empty source", { source: " " }],
    ["a field the collection does not have", { code: "x" }],
  ])("%s", (_, change) => {
    expect(CatalogueSchema.safeParse([{ ...first, ...change }]).success).toBe(false);
  });

  it("a key twice", () => {
    expect(CatalogueSchema.safeParse([first, { ...first, name: "Iets anders" }]).success).toBe(false);
  });
});

describe("indicatorSourceLine", () => {
  it("names the code only when there is one", () => {
    expect(indicatorSourceLine({ source: "CBS", source_code: "" })).toBe("CBS");
    expect(indicatorSourceLine({ source: "Vektis", source_code: "ZP-12" })).toBe("Vektis (ZP-12)");
  });
});

describe("catalogueMatch", () => {
  const choices = [
    { id: "ind000000000001", name: "Eenzaamheid", unit: "%", direction: "omlaag", source: "GGD", source_code: "" },
    { id: "ind000000000002", name: "Ervaren gezondheid", unit: "%", direction: "omhoog", source: "GGD", source_code: "" },
  ] as const;
  it("finds the indicator whose name was picked or typed, whatever the case", () => {
    expect(catalogueMatch(choices, "Eenzaamheid")?.id).toBe("ind000000000001");
    expect(catalogueMatch(choices, "  ervaren GEZONDHEID ")?.id).toBe("ind000000000002");
  });
  it("finds none for free text, a part of a name or nothing", () => {
    expect(catalogueMatch(choices, "eenzaamheid onder ouderen")).toBeUndefined();
    expect(catalogueMatch(choices, "Eenzaam")).toBeUndefined();
    expect(catalogueMatch(choices, " ")).toBeUndefined();
  });
});
