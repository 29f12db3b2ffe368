import { describe, it, expect } from "vitest";
import { atomFeed, type AtomEntry, type AtomFeed } from "../../src/domain/atom.ts";
import { checkWellFormed, textOf } from "./well-formed-xml.ts";

const entry = (overrides: Partial<AtomEntry> = {}): AtomEntry => ({
  id: "https://proeftuin.test/lessen/abc123def456ghi",
  title: "Wijkteam werkt",
  link: "https://proeftuin.test/lessen/abc123def456ghi",
  updated: "2026-03-01T10:00:00.000Z",
  summary: "Een les over wijkteams.",
  author: "Gemeente Utrecht",
  ...overrides,
});

const feed = (entries: readonly AtomEntry[], overrides: Partial<AtomFeed> = {}): AtomFeed => ({
  id: "https://proeftuin.test/lessen",
  title: "Lessen – Proeftuin",
  link: "https://proeftuin.test/lessen",
  selfLink: "https://proeftuin.test/lessen/feed.xml",
  updated: "2026-03-02T08:30:00.000Z",
  entries,
  ...overrides,
});

describe("atomFeed", () => {
  it("writes an Atom 1.0 feed with its entries", () => {
    const xml = atomFeed(feed([entry()]));
    expect(xml).toBe(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
  <id>https://proeftuin.test/lessen</id>
  <title>Lessen – Proeftuin</title>
  <link rel="alternate" href="https://proeftuin.test/lessen"/>
  <link rel="self" href="https://proeftuin.test/lessen/feed.xml"/>
  <updated>2026-03-02T08:30:00.000Z</updated>
  <entry>
    <id>https://proeftuin.test/lessen/abc123def456ghi</id>
    <title>Wijkteam werkt</title>
    <link rel="alternate" href="https://proeftuin.test/lessen/abc123def456ghi"/>
    <updated>2026-03-01T10:00:00.000Z</updated>
    <author><name>Gemeente Utrecht</name></author>
    <summary>Een les over wijkteams.</summary>
  </entry>
</feed>
`);
    checkWellFormed(xml);
  });

  it("writes a well-formed feed without entries", () => {
    const xml = atomFeed(feed([]));
    checkWellFormed(xml);
    expect(xml).not.toContain("<entry>");
  });

  it("keeps the entries in the given order", () => {
    const xml = atomFeed(feed([entry({ title: "Eerste" }), entry({ title: "Tweede" }), entry({ title: "Derde" })]));
    checkWellFormed(xml);
    expect(xml.split("<entry>")).toHaveLength(4);
    expect(xml.indexOf("Eerste")).toBeLessThan(xml.indexOf("Tweede"));
    expect(xml.indexOf("Tweede")).toBeLessThan(xml.indexOf("Derde"));
  });

  it.each([
    ["Werk & inkomen", "Werk &amp; inkomen"],
    ["a < b > c", "a &lt; b &gt; c"],
    [`"citaat" en 'los'`, "&quot;citaat&quot; en &apos;los&apos;"],
    ["</title><script>alert(1)</script>", "&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["&amp; al ontsnapt", "&amp;amp; al ontsnapt"],
    ["]]><![CDATA[x", "]]&gt;&lt;![CDATA[x"],
    ["Fryslân 🙂", "Fryslân 🙂"],
  ])("escapes the text %j as %j", (text, escaped) => {
    const xml = atomFeed(feed([entry({ title: text, summary: text, author: text, id: text })], { title: text }));
    checkWellFormed(xml);
    const entryStart = xml.indexOf("<entry>");
    expect(textOf(xml, "title")).toBe(escaped);
    expect(textOf(xml, "title", entryStart)).toBe(escaped);
    expect(textOf(xml, "summary", entryStart)).toBe(escaped);
    expect(textOf(xml, "name", entryStart)).toBe(escaped);
    expect(textOf(xml, "id", entryStart)).toBe(escaped);
  });

  it("escapes quotes and ampersands in link attributes", () => {
    const xml = atomFeed(feed([entry({ link: 'https://x.test/?a=1&b="2"' })], { selfLink: "https://x.test/feed?x=<y>" }));
    checkWellFormed(xml);
    expect(xml).toContain('<link rel="alternate" href="https://x.test/?a=1&amp;b=&quot;2&quot;"/>');
    expect(xml).toContain('<link rel="self" href="https://x.test/feed?x=&lt;y&gt;"/>');
  });

  it("removes characters that XML 1.0 does not allow", () => {
    const hostile = "a\u0000b\u0001c\u0008d\u000Be\u000Cf\u000Eg\u001Fh\uFFFEi\uFFFFj";
    const xml = atomFeed(feed([entry({ title: hostile, summary: hostile })], { title: hostile }));
    checkWellFormed(xml);
    expect(textOf(xml, "title")).toBe("abcdefghij");
    expect(textOf(xml, "summary")).toBe("abcdefghij");
  });

  it("keeps tab, line feed and carriage return, which XML allows", () => {
    const xml = atomFeed(feed([entry({ summary: "regel 1\nregel 2\tmet tab\r\n" })]));
    checkWellFormed(xml);
    expect(textOf(xml, "summary")).toBe("regel 1\nregel 2\tmet tab\r\n");
  });

  it("stays well-formed for text built from every hostile character", () => {
    const characters = [
      "&",
      "<",
      ">",
      '"',
      "'",
      "\u0000",
      "\u0007",
      "\u001b",
      "\uFFFE",
      "\uFFFF",
      "]]>",
      "<!--",
      "-->",
      "&#0;",
      "&lt;",
      "\t",
      "\n",
      "é",
      "😀",
    ];
    for (let shift = 0; shift < characters.length; shift += 1) {
      const text = [...characters.slice(shift), ...characters.slice(0, shift)].join("x");
      const xml = atomFeed(
        feed([entry({ title: text, summary: text, author: text, link: text, id: text, updated: text })], {
          title: text,
          id: text,
          link: text,
          selfLink: text,
          updated: text,
        }),
      );
      checkWellFormed(xml);
    }
  });
});
