import { describe, it, expect } from "vitest";
import { tagList } from "../../src/domain/tags.ts";
import { limits } from "../../src/domain/limits.ts";

const messagesOf = (value: string) => {
  const result = tagList.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe("tagList", () => {
  it.each([
    ["jongeren, Werk", ["jongeren", "werk"]],
    ["  Schulden , vroegsignalering ,SCHULDEN,, wijkteam ", ["schulden", "vroegsignalering", "wijkteam"]],
    ["", []],
    ["   ", []],
    [",,, ,", []],
    ["één", ["één"]],
    ["Werk en inkomen", ["werk en inkomen"]],
    ["b, a, b, c, a", ["b", "a", "c"]],
    ["wijk;team", ["wijk;team"]],
  ])("reads %j as %j", (value, expected) => {
    expect(tagList.parse(value)).toEqual(expected);
  });

  it(`accepts ${limits.tags} tags and refuses ${limits.tags + 1}`, () => {
    const tags = (count: number) => Array.from({ length: count }, (_, index) => `tag${index}`).join(",");
    expect(tagList.parse(tags(limits.tags))).toHaveLength(limits.tags);
    expect(messagesOf(tags(limits.tags + 1))).toEqual([`Maximaal ${limits.tags} trefwoorden.`]);
  });

  it("counts tags after removing repeats", () => {
    const repeated = Array.from({ length: limits.tags + 5 }, (_, index) => `tag${index % limits.tags}`).join(",");
    expect(tagList.parse(repeated)).toHaveLength(limits.tags);
  });

  it(`accepts a tag of ${limits.tag} characters and refuses ${limits.tag + 1}`, () => {
    expect(tagList.parse(`a, ${"x".repeat(limits.tag)}`)).toEqual(["a", "x".repeat(limits.tag)]);
    expect(messagesOf(`a, ${"x".repeat(limits.tag + 1)}`)).toEqual([`Een trefwoord heeft maximaal ${limits.tag} tekens.`]);
  });

  it("measures a tag after trimming", () => {
    expect(tagList.parse(`   ${"x".repeat(limits.tag)}   `)).toEqual(["x".repeat(limits.tag)]);
  });

  it("reports both problems at once", () => {
    const value = [...Array.from({ length: limits.tags }, (_, index) => `t${index}`), "y".repeat(limits.tag + 1)].join(",");
    expect(messagesOf(value)).toEqual([`Maximaal ${limits.tags} trefwoorden.`, `Een trefwoord heeft maximaal ${limits.tag} tekens.`]);
  });

  it.each([null, undefined, 3, ["a", "b"]])("refuses the non-string %j", (value) => {
    expect(tagList.safeParse(value).success).toBe(false);
  });
});
