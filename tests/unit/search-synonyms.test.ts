import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadHookLib } from "../support/hook-lib.ts";
import { normalise, parse, queryTerms, stem, wordTerms } from "./search-text-library.ts";

/**
 * The synonyms of content/zoeken/synoniemen.txt (pocketbase/pb_hooks/lib/synonyms.js), applied at
 * query time, and the terms search-text.js reports for highlighting.
 */

const { parseSynonyms } = loadHookLib<{ parseSynonyms: (text: string, toWords: (member: string) => string[]) => string[][][] }>(
  "synonyms.js",
);
const file = readFileSync(new URL("../../content/zoeken/synoniemen.txt", import.meta.url), "utf8");
const toWords = (member: string) => normalise(member).split(" ").filter(Boolean).map(stem);

describe("the synonym file", () => {
  it("explains its format at the top", () => {
    expect(file.split("\n")[0]).toMatch(/^# Synoniemen/);
    expect(file).toMatch(/^# .*~/m);
  });

  it("holds groups of at least two members for the social domain", () => {
    const groups = parseSynonyms(file, toWords);
    expect(groups.length).toBeGreaterThanOrEqual(10);
    for (const group of groups) expect(group.length).toBeGreaterThanOrEqual(2);
    expect(groups).toContainEqual([["werklos"], ["zonder", "werk"], ["werkzoek"], ["bijstand"]]);
  });

  it("skips comments, empty lines and lines without a second member", () => {
    expect(parseSynonyms("# uitleg ~ geen groep\n\nalleen\n  a1 ~ b2 ~ c3 d4  \n", toWords)).toEqual([[["a1"], ["b2"], ["c3", "d4"]]]);
  });
});

describe("synonyms in the query", () => {
  it("widens a word with the rest of its group, a member of several words as a phrase", () => {
    expect(parse("werkloos")).toBe(`("werklos"* OR "zonder werk" OR "werkzoek"* OR "bijstand"*)`);
  });

  it("works both ways", () => {
    expect(parse("jeugd")).toBe(`("jeugd"* OR "jonger"* OR "jongvolwassen"*)`);
    expect(parse("jongeren")).toBe(`("jonger"* OR "jeugd"* OR "jongvolwassen"*)`);
  });

  it("reads a member of several words typed in a row as that member", () => {
    expect(parse("zonder werk")).toBe(`("werklos"* OR "zonder werk" OR "werkzoek"* OR "bijstand"*)`);
    expect(parse("werk zonder")).toBe(`"werk"* AND "zonder"*`);
  });

  it("leaves a quoted word and an exclusion as typed", () => {
    expect(parse('"jongeren"')).toBe(`"jonger"*`);
    expect(parse("werk -jongeren")).toBe(`"werk"* NOT ("jonger"*)`);
  });

  it("keeps every member of every group within the grammar", () => {
    for (const line of file.split("\n").filter((l) => l.trim() && !l.startsWith("#"))) {
      for (const member of line.split("~")) expect(parse(member)).not.toBeNull();
    }
  });
});

describe("terms for highlighting", () => {
  it("queryTerms gives the stems, compound halves and synonyms a query looks for, not its exclusions", () => {
    expect(queryTerms("werkloze jongeren -huur")).toEqual([
      "werklos",
      "zonder",
      "werk",
      "werkzoek",
      "bijstand",
      "jonger",
      "jeugd",
      "jongvolwassen",
    ]);
    expect(queryTerms("de het")).toEqual([]);
  });

  it("wordTerms gives the index terms of a word of text", () => {
    expect(wordTerms("Jongeren,")).toEqual(["jonger"]);
    expect(wordTerms("de")).toEqual([]);
    expect(wordTerms("Jeugdwerkloosheid")).toEqual(["jeugdwerklos", "jeugd", "werklos"]);
  });

  it("a word of text is found when one of its terms starts with a query term", () => {
    const found = (word: string, query: string) => wordTerms(word).some((term) => queryTerms(query).some((q) => term.startsWith(q)));
    expect(found("personeelsverloop", "verloop")).toBe(true);
    expect(found("werkloosheid", "werkloze jongeren")).toBe(true);
    expect(found("jeugd", "jongeren")).toBe(true);
    expect(found("huurders", "werkloze jongeren")).toBe(false);
  });
});
