import { describe, it, expect } from "vitest";
import { parse } from "./search-text-library.ts";

describe("parseSearchQuery", () => {
  it.each([
    [`") OR 1=1 --`, `"or"* AND "1"* AND "1"*`],
    [`title:secret`, `"titl"* AND "secret"*`],
    [`NEAR(a b)`, `"near"* AND "a"* AND "b"*`],
    [`a AND NOT b`, `"a"* AND "and"* AND "not"* AND "b"*`],
    [`*`, null],
    [`"`, null],
    [`""""`, null],
    [`^start`, `"start"*`],
    [`col:*`, `"col"*`],
    [`{a b}:c`, `"a"* AND "b"* AND "c"*`],
    [`werk" OR "huur`, `"werk"* AND "or"* AND "hur"*`],
    [`"werk" OR "huur"`, `"werk"* AND "or"* AND "hur"*`],
    [`werk NOT huur`, `"werk"* AND "not"* AND "hur"*`],
    [`-"`, null],
    [`"unclosed phrase`, `"unclosed"* AND "phras"*`],
    [`werk\u0000huur\u001b[31m`, `"werk"* AND "hur"* AND "31m"*`],
    [`🙂 werk 🙂`, `"werk"*`],
    [`שלום עולם`, null],
    [`مرحبا werk`, `"werk"*`],
    [`\u202Ewerk\u202C`, `"werk"*`],
    [`wer\u200Bk`, `"wer"* AND "k"*`],
  ])("neutralises the hostile input %j", (input, expected) => {
    expect(parse(input)).toBe(expected);
  });

  it("handles a 100 KB string quickly and within the grammar", () => {
    const input = '") OR "x"* NEAR( title:* '.repeat(4000).padEnd(100_000, "a");
    expect(input.length).toBe(100_000);
    const result = parse(input);
    expect(result).not.toBeNull();
  });

  it("keeps every output within the grammar for many random hostile strings", () => {
    const alphabet = [
      '"',
      '"',
      "*",
      "-",
      "-",
      "(",
      ")",
      ":",
      "^",
      "{",
      "}",
      "+",
      ",",
      ".",
      "'",
      "`",
      "\\",
      "/",
      ";",
      "=",
      "|",
      "&",
      "<",
      ">",
      " ",
      " ",
      " ",
      "\t",
      "\n",
      "\r",
      "\u0000",
      "\u0007",
      "\u001b",
      "\u007f",
      "\u00a0",
      "\u200b",
      "\u200f",
      "\u202e",
      "\ufeff",
      "\ufffd",
      "a",
      "b",
      "werk",
      "jongeren",
      "de",
      "AND",
      "OR",
      "NOT",
      "NEAR",
      "near/3",
      "title:",
      "col",
      "x".repeat(45),
      "é",
      "Ö",
      "ß",
      "İ",
      "\u212a",
      "\u0301",
      "ﬁ",
      "Ａ",
      "٣",
      "١٢",
      "😀",
      "👩‍👩‍👧",
      "\ud83d",
      "\ude00",
      "שלום",
      "مرحبا",
      "日本",
      "0",
      "9",
    ];
    // A small deterministic generator (mulberry32), so a failure can be reproduced.
    let seed = 20260301;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    let nonNull = 0;
    for (let run = 0; run < 3000; run += 1) {
      const length = Math.floor(random() * 80);
      let input = "";
      for (let index = 0; index < length; index += 1) input += alphabet[Math.floor(random() * alphabet.length)] ?? "";
      if (parse(input) !== null) nonNull += 1;
    }
    // The loop must exercise real expressions, not only nulls.
    expect(nonNull).toBeGreaterThan(1000);
  });
});
