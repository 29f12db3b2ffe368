import { describe, it, expect } from "vitest";
import { expectSafeMatch, parse, parseSearchQuery, searchText } from "./search-text-library.ts";

describe("the strict grammar check itself", () => {
  it.each([`"jonger"*`, `"jonger"* AND "werk"*`, `"integral aanpak"`, `"werk"* NOT ("huur"*)`, `"a"* NOT ("b"* OR "c d")`])(
    "accepts %j",
    (expression) => {
      expect(() => expectSafeMatch("", expression)).not.toThrow();
    },
  );

  it.each([
    `jonger`,
    `"jonger" OR "werk"`,
    `"a"*) OR ("b"`,
    `"a:b"*`,
    `"a"* NEAR "b"`,
    `"A"*`,
    `"a"* NOT ("b"*) NOT ("c"*)`,
    `" a"*`,
    `"a  b"`,
  ])("rejects %j", (expression) => {
    expect(() => expectSafeMatch("", expression)).toThrow();
  });
});

describe("parseSearchQuery", () => {
  it.each([
    ["jongeren werk", `"jonger"* AND "werk"*`],
    ["Jongeren", `"jonger"*`],
    ["JONGEREN WERK", `"jonger"* AND "werk"*`],
    ["café", `"cafe"*`],
    ["COÖRDINATOR", `"coordinator"*`],
    ["wijkteams schulden", `"wijkteam"* AND "schuld"*`],
    ["  jongeren   werk  ", `"jonger"* AND "werk"*`],
    ["jongeren\twerk\nschulden", `"jonger"* AND "werk"* AND "schuld"*`],
    ["wijk-team", `"wijk"* AND "team"*`],
    ["de jongeren van het werk", `"jonger"* AND "werk"*`],
  ])("reads %j as %j", (input, expected) => {
    expect(parse(input)).toBe(expected);
  });

  it("turns a quoted phrase into a phrase of stems, without a prefix star", () => {
    // The index holds searchText("integrale aanpak") = "integral aanpak": the phrase must use the
    // same stems in the same order, or it could never match.
    expect(searchText(["integrale aanpak"])).toBe("integral aanpak");
    expect(parse('"integrale aanpak"')).toBe(`"integral aanpak"`);
    expect(parse('"integrale aanpak" jongeren')).toBe(`"integral aanpak" AND "jonger"*`);
  });

  it("drops stopwords from a phrase just as the index drops them", () => {
    expect(searchText(["aanpak van de schulden"])).toBe("aanpak schuld");
    expect(parse('"aanpak van de schulden"')).toBe(`"aanpak schuld"`);
  });

  it("reads a quoted single word as a prefix term", () => {
    expect(parse('"jongeren"')).toBe(`"jonger"*`);
    expect(parse('"de jongeren"')).toBe(`"jonger"*`);
  });

  it("excludes a word with a leading minus", () => {
    expect(parse("werk -huur")).toBe(`"werk"* NOT ("huur"*)`);
    expect(parse("werk -huur -schulden")).toBe(`"werk"* NOT ("huur"* OR "schuld"*)`);
    expect(parse('werk -"integrale aanpak"')).toBe(`"werk"* NOT ("integral aanpak")`);
  });

  it("treats a minus inside a word as a separator, not an exclusion", () => {
    expect(parse("werk-huur")).toBe(`"werk"* AND "huur"*`);
  });

  it.each([
    ["", "empty"],
    ["   \t\n ", "only white space"],
    ["-huur", "only an exclusion"],
    ["-huur -werk", "only exclusions"],
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
    const input = `${" ".repeat(496)}werk huur`;
    expect(input.indexOf("huur")).toBe(501);
    expect(parse(input)).toBe(`"werk"*`);
    expect(input.slice(5).length).toBe(500);
    expect(parse(input.slice(5))).toBe(`"werk"* AND "huur"*`);
  });

  it("does not let a word cut at character 500 slip through whole", () => {
    const input = `${" ".repeat(497)}werkgelegenheid`;
    expect(parse(input)).toBe(`"wer"*`);
  });
});
