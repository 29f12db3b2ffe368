import { describe, expect, it } from "vitest";
import { loadHookLib } from "../support/hook-lib.ts";

/** pocketbase/pb_hooks/lib/excerpt.js with the real search-text.js, loaded as PocketBase runs them. */

type Excerpt = { text: string; marks: Array<[number, number]> };
type SearchText = { queryTerms: (q: string) => string[]; wordTerms: (word: string) => string[] };
type ExcerptLibrary = {
  plainText: (markdown: unknown) => string;
  excerpt: (markdown: string, q: string, searchText: SearchText) => Excerpt;
  MAX_LENGTH: number;
};

const searchText = loadHookLib<SearchText>("search-text.js");
const { plainText, excerpt: excerptWith, MAX_LENGTH } = loadHookLib<ExcerptLibrary>("excerpt.js");
const excerpt = (markdown: string, q: string) => excerptWith(markdown, q, searchText);
const marked = ({ text, marks }: Excerpt) => marks.map(([start, end]) => text.slice(start, end));

describe("plainText", () => {
  it.each([
    ["# Kop\n\nTekst", "Kop Tekst"],
    ["## Wat werkte ##", "Wat werkte"],
    ["Dit is **vet**, *schuin* en __ook vet__ of _schuin_.", "Dit is vet, schuin en ook vet of schuin."],
    ["> Een citaat\n> over twee regels", "Een citaat over twee regels"],
    ["- een\n- twee\n* drie\n+ vier", "een twee drie vier"],
    ["1. eerst\n2) dan", "eerst dan"],
    ['Lees [de handreiking](https://voorbeeld.nl/h "titel") goed.', "Lees de handreiking goed."],
    ["Zie ![grafiek](grafiek.png) hier.", "Zie hier."],
    ["Met `code` en\n```js\nlet x = 1;\n```\nklaar", "Met code en let x = 1; klaar"],
    ["| a | b |\n|---|---|\n| c | d |", "a b c d"],
    ["Boven\n\n---\n\nOnder", "Boven Onder"],
    ["Een snake_case naam blijft", "Een snake_case naam blijft"],
    ["Kosten &amp; baten", "Kosten & baten"],
    ["Eerste <em>nadruk</em> en <br> regel", "Eerste nadruk en regel"],
  ])("turns %j into %j", (markdown, expected) => {
    expect(plainText(markdown)).toBe(expected);
  });

  it("keeps script content out and no tag survives", () => {
    const text = plainText(
      'Voor<script>alert("x")</script> na <img src=x onerror="alert(1)"> en <a href="javascript:alert(1)">klik</a> <scri',
    );
    expect(text).toBe("Voor na en klik");
    expect(text).not.toMatch(/[<>]/);
  });

  it("leaves escaped markup as text for the page to escape", () => {
    expect(plainText("Schrijf &lt;script&gt; niet zo")).toBe("Schrijf <script> niet zo");
  });
});

describe("excerpt", () => {
  const filler = (count: number) => Array.from({ length: count }, (_, i) => `woord${i}`).join(" ");

  it("starts at the beginning when the query finds nothing in the body", () => {
    const body = `# Titel\n\n${filler(80)}`;
    const result = excerpt(body, "onvindbaar");
    expect(result.marks).toEqual([]);
    expect(result.text.startsWith("Titel woord0 woord1")).toBe(true);
    expect(result.text.endsWith("…")).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(MAX_LENGTH);
  });

  it("cuts around the first found word, at most 260 characters, and marks it", () => {
    const body = `${filler(60)}. Daarna kwamen de **schuldeisers** aan tafel. ${filler(60)}`;
    const result = excerpt(body, "schuldeiser");
    expect(result.text.length).toBeLessThanOrEqual(MAX_LENGTH);
    expect(result.text.startsWith("…Daarna kwamen de schuldeisers")).toBe(true);
    expect(result.text.endsWith("…")).toBe(true);
    expect(marked(result)).toEqual(["schuldeisers"]);
    expect(result.marks[0]).toEqual([result.text.indexOf("schuldeisers"), result.text.indexOf("schuldeisers") + "schuldeisers".length]);
  });

  it("marks singular and plural alike, and every found word in the excerpt", () => {
    const result = excerpt("Een organisatie helpt. Organisaties samen helpen meer; de organisaties zelf ook.", "organisaties");
    expect(marked(result)).toEqual(["organisatie", "Organisaties", "organisaties"]);
  });

  it("marks a compound that contains the word searched for", () => {
    const result = excerpt("Het personeelsverloop in de wijkteams daalde sterk.", "verloop");
    expect(marked(result)).toEqual(["personeelsverloop"]);
  });

  it("marks the words of each query term, not unrelated words", () => {
    const result = excerpt("Jongeren vonden een baan bij werkgevers in de regio; ouderen niet.", "jongeren werkgevers");
    expect(marked(result)).toEqual(["Jongeren", "werkgevers"]);
  });

  it("marks the parts of a compound searched for, as the search finds them", () => {
    const result = excerpt("De werkloosheid onder de jeugd in de wijk daalde.", "jeugdwerkloosheid");
    expect(marked(result)).toEqual(["werkloosheid", "jeugd"]);
  });

  it("shows the whole last stretch when the word is near the end", () => {
    const body = `${filler(80)} en tot slot de mantelzorgers`;
    const result = excerpt(body, "mantelzorger");
    expect(result.text.endsWith("de mantelzorgers")).toBe(true);
    expect(result.text.startsWith("…")).toBe(true);
    expect(result.text.length).toBeGreaterThan(MAX_LENGTH - 10);
    expect(result.text.length).toBeLessThanOrEqual(MAX_LENGTH);
    expect(marked(result)).toEqual(["mantelzorgers"]);
  });

  it("keeps hostile markup as text: no tag in the excerpt, marks still on the words", () => {
    const body = 'Over <img src=x onerror="alert(1)">schulden en <script>document.cookie</script>&lt;b&gt;schulden&lt;/b&gt;';
    const result = excerpt(body, "schulden");
    expect(result.text).toBe("Over schulden en <b>schulden</b>");
    expect(result.text).not.toContain("img");
    expect(marked(result)).toEqual(["schulden", "schulden"]);
  });

  it("has no marks without a query and is short text as is", () => {
    expect(excerpt("Korte les.", "")).toEqual({ text: "Korte les.", marks: [] });
    expect(excerpt("", "schulden")).toEqual({ text: "", marks: [] });
  });
});
