import { describe, it, expect } from "vitest";
import { mostSimilar, similarity, type Comparable } from "../../src/domain/similarity.ts";

const base: Comparable = {
  id: "aaaaaaaaaaaaaa1",
  domain: "schuldhulp",
  target_group: "",
  principles: [],
  sizeClass: "",
  municipality: "utrecht00000001",
};
const make = (overrides: Partial<Comparable>): Comparable => ({
  ...base,
  id: "bbbbbbbbbbbbbb1",
  municipality: "zwolle000000001",
  domain: "wmo",
  ...overrides,
});

describe("similarity", () => {
  it("is 0 for pilots with nothing in common", () => {
    expect(similarity(base, make({}))).toBe(0);
  });

  it.each<[string, Partial<Comparable>, Partial<Comparable>, number]>([
    ["same domain", {}, { domain: "schuldhulp" }, 4],
    ["same size class", { sizeClass: "klein" }, { sizeClass: "klein" }, 3],
    ["different size class", { sizeClass: "klein" }, { sizeClass: "groot" }, 0],
    ["both without a size class", { sizeClass: "" }, { sizeClass: "" }, 0],
    ["one shared principle", { principles: ["preventie", "maatwerk"] }, { principles: ["preventie", "digitalisering"] }, 1],
    [
      "three shared principles",
      { principles: ["preventie", "maatwerk", "samenwerking"] },
      { principles: ["samenwerking", "maatwerk", "preventie"] },
      3,
    ],
    ["one shared target-group word", { target_group: "Jongeren zonder werk" }, { target_group: "werkloze jongeren" }, 1],
    [
      "target-group words ignoring case and accents",
      { target_group: "Statushouders in Één gezin" },
      { target_group: "statushouders een GEZIN" },
      2,
    ],
    [
      "target-group words of 3 letters or fewer ignored",
      { target_group: "ouders met kind van 0 tot 4" },
      { target_group: "kind met ouders tot 4 van 0" },
      2,
    ],
    ["only short words shared", { target_group: "man met kind van 0 tot 4" }, { target_group: "man zonder kids van 0 tot 4" }, 0],
    [
      "target-group overlap capped at 3",
      { target_group: "alleenstaande ouders met jonge kinderen en schulden" },
      { target_group: "alleenstaande ouders, jonge kinderen, schulden" },
      3,
    ],
    [
      "a repeated target-group word counted once",
      { target_group: "jongeren jongeren jongeren" },
      { target_group: "jongeren, jongeren" },
      1,
    ],
  ])("scores %s", (_description, a, b, expected) => {
    expect(similarity({ ...base, ...a }, make(b))).toBe(expected);
  });

  it("adds everything up: 4 + 3 + 2 + 3 = 12", () => {
    const a: Comparable = {
      ...base,
      sizeClass: "middelgroot",
      principles: ["preventie", "maatwerk", "digitalisering"],
      target_group: "Huishoudens met schulden en een laag inkomen in de wijk",
    };
    const b = make({
      domain: "schuldhulp",
      sizeClass: "middelgroot",
      principles: ["maatwerk", "preventie"],
      target_group: "huishoudens, schulden, laag inkomen, wijk",
    });
    expect(similarity(a, b)).toBe(12);
  });

  it("is symmetric", () => {
    const a: Comparable = { ...base, sizeClass: "groot", principles: ["preventie", "maatwerk"], target_group: "ouderen in de wijk" };
    const b = make({ domain: "schuldhulp", sizeClass: "groot", principles: ["maatwerk"], target_group: "ouderen met schulden" });
    expect(similarity(a, b)).toBe(9);
    expect(similarity(b, a)).toBe(9);
  });
});

describe("mostSimilar", () => {
  const to: Comparable = { ...base, sizeClass: "klein", principles: ["preventie"], target_group: "jongeren" };
  const candidate = (id: string, overrides: Partial<Comparable>) => make({ id, ...overrides });

  it("orders by score, best first", () => {
    const low = candidate("low", { principles: ["preventie"] }); // 1
    const high = candidate("high", { domain: "schuldhulp", sizeClass: "klein" }); // 7
    const middle = candidate("middle", { domain: "schuldhulp" }); // 4
    expect(mostSimilar(to, [low, high, middle]).map((c) => c.id)).toEqual(["high", "middle", "low"]);
  });

  it("keeps the given order for equal scores", () => {
    const candidates = ["c", "a", "d", "b"].map((id) => candidate(id, { domain: "schuldhulp" }));
    expect(mostSimilar(to, candidates).map((c) => c.id)).toEqual(["c", "a", "d", "b"]);
  });

  it("leaves out the item itself and everything of the same municipality", () => {
    const itself = { ...to, domain: "schuldhulp" as const };
    const sameMunicipality = candidate("same", { domain: "schuldhulp", sizeClass: "klein", municipality: to.municipality });
    const sameIdElsewhere = candidate(to.id, { domain: "schuldhulp" });
    const other = candidate("other", { domain: "schuldhulp" });
    expect(mostSimilar(to, [itself, sameMunicipality, sameIdElsewhere, other]).map((c) => c.id)).toEqual(["other"]);
  });

  it("drops candidates with score 0", () => {
    expect(mostSimilar(to, [candidate("none", {}), candidate("some", { target_group: "Jongeren" })]).map((c) => c.id)).toEqual(["some"]);
    expect(mostSimilar(to, [candidate("none", {})])).toEqual([]);
  });

  it("returns 5 by default and respects a given count", () => {
    const candidates = Array.from({ length: 8 }, (_, index) => candidate(`c${index}`, { domain: "schuldhulp" }));
    expect(mostSimilar(to, candidates).map((c) => c.id)).toEqual(["c0", "c1", "c2", "c3", "c4"]);
    expect(mostSimilar(to, candidates, 2).map((c) => c.id)).toEqual(["c0", "c1"]);
    expect(mostSimilar(to, candidates, 0)).toEqual([]);
    expect(mostSimilar(to, candidates, 20)).toHaveLength(8);
  });

  it("returns the candidates themselves, with their extra fields", () => {
    const withTitle = { ...candidate("t", { domain: "schuldhulp" }), title: "Vroegsignalering" };
    const [first] = mostSimilar(to, [withTitle]);
    expect(first).toBe(withTitle);
    expect(first?.title).toBe("Vroegsignalering");
  });

  it("does not change the candidate list", () => {
    const candidates = [candidate("a", { principles: ["preventie"] }), candidate("b", { domain: "schuldhulp" })];
    const copy = [...candidates];
    mostSimilar(to, candidates);
    expect(candidates).toEqual(copy);
  });
});
