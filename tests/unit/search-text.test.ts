import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compileFunction } from "node:vm";

type SearchText = {
  parseSearchQuery: (input: unknown) => string | null;
  stem: (word: string) => string;
  normalise: (text: unknown) => string;
  searchText: (parts: ReadonlyArray<string | number | readonly string[] | null | undefined>) => string;
};

/**
 * The hook library is plain CommonJS for PocketBase, but the root package.json says "type":
 * "module", so Node's require() loads it as an ES module and fails on `module.exports`. Run it
 * the way PocketBase does: as a CommonJS function body with its own module object.
 */
function loadCommonJs(path: string): unknown {
  const filename = fileURLToPath(new URL(path, import.meta.url));
  const module: { exports: unknown } = { exports: {} };
  const run = compileFunction(readFileSync(filename, "utf8"), ["module", "exports"], { filename });
  run(module, module.exports);
  return module.exports;
}

const { parseSearchQuery, stem, normalise, searchText } = loadCommonJs("../../pocketbase/pb_hooks/lib/search-text.js") as SearchText;

/**
 * The only FTS5 syntax parseSearchQuery may produce: quoted terms of [a-z0-9 ] (optionally a prefix
 * star), joined with AND, and optionally one NOT (…) group of terms joined with OR.
 */
const TERM = String.raw`"[a-z0-9 ]+"\*?`;
const STRICT_GRAMMAR = new RegExp(`^(${TERM})( AND ${TERM})*( NOT \\((${TERM})( OR ${TERM})*\\))?$`);

function expectSafeMatch(input: string, result: string | null): void {
  if (result === null) return;
  if (!STRICT_GRAMMAR.test(result))
    throw new Error(`unsafe FTS expression ${JSON.stringify(result)} for input ${JSON.stringify(input.slice(0, 200))}`);
  const [required = "", excluded = ""] = result.split(" NOT (");
  const quoted = (part: string) => part.match(/"[^"]*"/g) ?? [];
  if (quoted(required).length > 10) throw new Error(`more than 10 required terms in ${JSON.stringify(result)}`);
  if (quoted(excluded).length > 10) throw new Error(`more than 10 excluded terms in ${JSON.stringify(result)}`);
  for (const term of [...quoted(required), ...quoted(excluded)]) {
    const inner = term.slice(1, -1);
    if (inner !== inner.trim() || inner.includes("  ")) throw new Error(`term with stray spaces ${JSON.stringify(term)}`);
    for (const word of inner.split(" ")) {
      if (word.length === 0 || word.length > 40) throw new Error(`word of length ${word.length} in ${JSON.stringify(term)}`);
    }
  }
}

/** parseSearchQuery with the grammar check applied to every output. */
const parse = (input: string): string | null => {
  const result = parseSearchQuery(input);
  expectSafeMatch(input, result);
  return result;
};

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
    ["aanmeldingen", "aanmelding"],
    ["aanmelding", "aanmelding"],
    ["mogelijkheden", "mogelijkheid"],
    ["mogelijkheid", "mogelijkheid"],
    ["integrale", "integral"],
    ["gemeenten", "gemeent"],
    ["gemeente", "gemeent"],
    ["bellen", "bel"],
    ["proces", "proce"],
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
  it("joins the stems of all parts, tags included, without stopwords", () => {
    expect(searchText(["Jongeren aan het werk", "De aanpak van schulden", ["Wijkteams", "Schuldhulp"]])).toBe(
      "jonger werk aanpak schuld wijkteam schuldhulp",
    );
  });

  it("skips null and undefined parts", () => {
    expect(searchText([null, "Mogelijkheden", undefined, ["Café"], null])).toBe("mogelijkheid cafe");
  });

  it("gives the empty string when nothing searchable remains", () => {
    expect(searchText([null, "de het een", [], ""])).toBe("");
  });

  it("reads numbers as text", () => {
    expect(searchText([2026, "pilots"])).toBe("2026 pilot");
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
    [`werk" OR "huur`, `"werk"* AND "or"* AND "huur"*`],
    [`"werk" OR "huur"`, `"werk"* AND "or"* AND "huur"*`],
    [`werk NOT huur`, `"werk"* AND "not"* AND "huur"*`],
    [`-"`, null],
    [`"unclosed phrase`, `"unclosed"* AND "phras"*`],
    [`werk\u0000huur\u001b[31m`, `"werk"* AND "huur"* AND "31m"*`],
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
