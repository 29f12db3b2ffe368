import { describe, it, expect } from "vitest";
import { normalise, searchText, stem } from "./search-text-library.ts";

describe("normalise", () => {
  it.each([
    ["Café", "cafe"],
    ["COÖRDINATOR", "coordinator"],
    ["Één  twee", "een twee"],
    ["  Jongeren, werk & inkomen!  ", "jongeren werk inkomen"],
    ["wijk-team", "wijk team"],
    ["Fryslân", "fryslan"],
    ["naïef", "naief"],
    ["Straße", "stra e"],
    ["2026 pilot", "2026 pilot"],
    ["", ""],
    ["!!!", ""],
  ])("normalises %j to %j", (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });
});

describe("stem", () => {
  it("lets jongeren, jongere and jonger meet", () => {
    expect(stem("jongeren")).toBe("jonger");
    expect(stem("jongere")).toBe("jonger");
    expect(stem("jonger")).toBe("jonger");
  });

  it.each([
    ["wijkteams", "wijkteam"],
    ["wijkteam", "wijkteam"],
    ["schulden", "schuld"],
    ["schuld", "schuld"],
    ["aanmeldingen", "aanmeld"],
    ["aanmelding", "aanmeld"],
    ["mogelijkheden", "mogelijk"],
    ["mogelijkheid", "mogelijk"],
    ["integrale", "integral"],
    ["gemeenten", "gemeent"],
    ["gemeente", "gemeent"],
    ["bellen", "bel"],
    ["processen", "proces"],
    ["kiss", "kis"],
  ])("stems %j to %j", (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it.each(["zon", "wet", "uwv", "ggd", "een", "ab", "a"])("leaves the short word %j unchanged", (word) => {
    expect(stem(word)).toBe(word);
  });

  it.each(["wmo2015", "2026", "jeugdwet2015en", "routes4", "fase3e"])("leaves %j with digits unchanged", (word) => {
    expect(stem(word)).toBe(word);
  });
});

describe("searchText", () => {
  it("joins the stems of all parts, tags included, without stopwords, then the compounds' parts", () => {
    expect(searchText(["Jongeren aan het werk", "De aanpak van schulden", ["Wijkteams", "Schuldhulp"]])).toBe(
      "jonger werk aanpak schuld wijkteam schuldhulp wijk team schuld hulp",
    );
  });

  it("skips null and undefined parts", () => {
    expect(searchText([null, "Mogelijkheden", undefined, ["Café"], null])).toBe("mogelijk caf");
  });

  it("gives the empty string when nothing searchable remains", () => {
    expect(searchText([null, "de het een", [], ""])).toBe("");
  });

  it("reads numbers as text", () => {
    expect(searchText([2026, "pilots"])).toBe("2026 pilot");
  });
});
