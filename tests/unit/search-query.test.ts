import { describe, it, expect } from "vitest";
import { expectSafeMatch, parse, parseSearchQuery, searchText } from "./search-text-library.ts";

describe("the strict grammar check itself", () => {
  it.each([
    `"bewoner"*`,
    `"bewoner"* AND "werk"*`,
    `"integral aanpak"`,
    `"werk"* NOT ("geld"*)`,
    `"a"* NOT ("b"* OR "c d")`,
    `("a"* OR "b c")`,
    `("a"* OR ("b"* AND "c"*)) AND "d"*`,
  ])("accepts %j", (expression) => {
    expect(() => expectSafeMatch("", expression)).not.toThrow();
  });

  it.each([
    `jonger`,
    `"bewoner" OR "werk"`,
    `"a"*) OR ("b"`,
    `"a:b"*`,
    `"a"* NEAR "b"`,
    `"A"*`,
    `"a"* NOT ("b"*) NOT ("c"*)`,
    `" a"*`,
    `"a  b"`,
    `("a"* AND "b"*)`,
    `("a"*)`,
    `("a"* OR ("b c" AND "d"))`,
    `("a"* OR ("b"* OR "c"*))`,
    `(("a"* OR "b"*))`,
  ])("rejects %j", (expression) => {
    expect(() => expectSafeMatch("", expression)).toThrow();
  });
});

describe("parseSearchQuery", () => {
  it.each([
    ["bewoners werk", `"bewoner"* AND "werk"*`],
    ["Bewoners", `"bewoner"*`],
    ["BEWONERS WERK", `"bewoner"* AND "werk"*`],
    ["café", `"caf"*`],
    ["COÖRDINATOR", `"coordinator"*`],
    ["inwoners buurten", `"inwoner"* AND "buurt"*`],
    ["  bewoners   werk  ", `"bewoner"* AND "werk"*`],
    ["bewoners\twerk\nbuurten", `"bewoner"* AND "werk"* AND "buurt"*`],
    ["wijk-team", `"wijk"* AND "team"*`],
    ["de bewoners van het werk", `"bewoner"* AND "werk"*`],
  ])("reads %j as %j", (input, expected) => {
    expect(parse(input)).toBe(expected);
  });

  it("turns a quoted phrase into a phrase of stems, without a prefix star", () => {
    // The index holds searchText("integrale aanpak") = "integral aanpak": the phrase must use the
    // same stems in the same order, or it could never match.
    expect(searchText(["integrale aanpak"])).toBe("integral aanpak");
    expect(parse('"integrale aanpak"')).toBe(`"integral aanpak"`);
    expect(parse('"integrale aanpak" bewoners')).toBe(`"integral aanpak" AND "bewoner"*`);
  });

  it("drops stopwords from a phrase just as the index drops them", () => {
    expect(searchText(["aanpak van de buurten"])).toBe("aanpak buurt");
    expect(parse('"aanpak van de buurten"')).toBe(`"aanpak buurt"`);
  });

  it("reads a quoted single word as a prefix term", () => {
    expect(parse('"bewoners"')).toBe(`"bewoner"*`);
    expect(parse('"de bewoners"')).toBe(`"bewoner"*`);
  });

  it("excludes a word with a leading minus", () => {
    expect(parse("werk -geld")).toBe(`"werk"* NOT ("geld"*)`);
    expect(parse("werk -geld -buurten")).toBe(`"werk"* NOT ("geld"* OR "buurt"*)`);
    expect(parse('werk -"integrale aanpak"')).toBe(`"werk"* NOT ("integral aanpak")`);
  });

  it("treats a minus inside a word as a separator, not an exclusion", () => {
    expect(parse("werk-geld")).toBe(`"werk"* AND "geld"*`);
  });

  it.each([
    ["", "empty"],
    ["   \t\n ", "only white space"],
    ["-geld", "only an exclusion"],
    ["-geld -werk", "only exclusions"],
    ['-"integrale aanpak"', "only an excluded phrase"],
    ["de het een", "only stopwords"],
    ['"de het"', "a phrase of stopwords"],
    ["- -- ---", "only minus signs"],
    ["!!! ??? ***", "only punctuation"],
  ])("returns null for %j (%s)", (input) => {
    expect(parse(input)).toBeNull();
  });

  it.each([null, undefined, 0, false])("returns null for the non-string %j", (input) => {
    const result = parseSearchQuery(input);
    expect(result).toBeNull();
  });

  it("keeps at most 10 required terms", () => {
    const input = Array.from({ length: 12 }, (_, index) => `woord${index + 1}`).join(" ");
    const expected = Array.from({ length: 10 }, (_, index) => `"woord${index + 1}"*`).join(" AND ");
    expect(parse(input)).toBe(expected);
  });

  it("keeps at most 10 excluded terms", () => {
    const input = `werk ${Array.from({ length: 12 }, (_, index) => `-woord${index + 1}`).join(" ")}`;
    const expected = `"werk"* NOT (${Array.from({ length: 10 }, (_, index) => `"woord${index + 1}"*`).join(" OR ")})`;
    expect(parse(input)).toBe(expected);
  });

  it("cuts each term to 40 characters", () => {
    expect(parse("x".repeat(60))).toBe(`"${"x".repeat(40)}"*`);
    expect(parse(`"${"x".repeat(60)} ${"y".repeat(45)}"`)).toBe(`"${"x".repeat(40)} ${"y".repeat(40)}"`);
  });

  it("reads only the first 500 characters", () => {
    const input = `${" ".repeat(496)}werk geld`;
    expect(input.indexOf("geld")).toBe(501);
    expect(parse(input)).toBe(`"werk"*`);
    expect(input.slice(5).length).toBe(500);
    expect(parse(input.slice(5))).toBe(`"werk"* AND "geld"*`);
  });

  it("does not let a word cut at character 500 slip through whole", () => {
    const input = `${" ".repeat(497)}werkgelegenheid`;
    expect(parse(input)).toBe(`"wer"*`);
  });
});
