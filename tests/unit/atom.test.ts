import { describe, it, expect } from "vitest";
import { atomFeed, publicLessonsFeed, rfc3339, type AtomEntry, type AtomFeed, type FeedLesson } from "../../src/domain/atom.ts";

const ENTITIES = ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"];

/**
 * A minimal well-formedness check without an XML library: walks the document character by
 * character, requires every tag to be closed in order, every "&" to start a known entity, no "<"
 * in text or attribute values, quoted attribute values, and only XML 1.0 characters.
 */
function checkWellFormed(xml: string): void {
  const stack: string[] = [];
  let index = 0;
  const fail = (message: string): never => {
    throw new Error(`${message} at ${index}: ${JSON.stringify(xml.slice(Math.max(0, index - 30), index + 30))}`);
  };
  const checkAmpersand = (at: number) => {
    if (!ENTITIES.some((entity) => xml.startsWith(entity, at))) fail("raw &");
  };
  for (const character of xml) {
    const code = character.codePointAt(0) ?? 0;
    const legal =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      code >= 0x10000;
    if (!legal) throw new Error(`illegal character U+${code.toString(16)}`);
  }
  if (!xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')) fail("no XML declaration");
  index = xml.indexOf("\n") + 1;
  while (index < xml.length) {
    const character = xml.charAt(index);
    if (character === "&") {
      checkAmpersand(index);
      index += 1;
    } else if (character === ">") {
      fail("raw > in text");
    } else if (character !== "<") {
      index += 1;
    } else {
      const end = xml.indexOf(">", index);
      if (end < 0) fail("unclosed tag");
      const inside = xml.slice(index + 1, end);
      const closing = inside.startsWith("/");
      const selfClosing = inside.endsWith("/");
      const body = inside.slice(closing ? 1 : 0, selfClosing ? -1 : undefined);
      const nameEnd = body.search(/[\s]|$/);
      const name = body.slice(0, nameEnd);
      if (!/^[A-Za-z][A-Za-z0-9:_-]*$/.test(name)) fail(`bad tag name ${JSON.stringify(name)}`);
      let attributes = body.slice(nameEnd);
      while (attributes.trim() !== "") {
        const attribute = /^\s+([A-Za-z][A-Za-z0-9:_-]*)="([^"<]*)"/.exec(attributes);
        if (!attribute) fail(`bad attributes ${JSON.stringify(attributes)}`);
        const value = attribute?.[2] ?? "";
        for (let at = value.indexOf("&"); at >= 0; at = value.indexOf("&", at + 1)) {
          if (!ENTITIES.some((entity) => value.startsWith(entity, at))) fail("raw & in attribute");
        }
        attributes = attributes.slice(attribute?.[0].length ?? attributes.length);
      }
      if (closing) {
        if (stack.pop() !== name) fail(`mismatched </${name}>`);
      } else if (!selfClosing) {
        stack.push(name);
      }
      index = end + 1;
    }
  }
  if (stack.length > 0) fail(`unclosed elements ${stack.join(", ")}`);
}

/** The text between the first <tag> and </tag> after `from`. */
const textOf = (xml: string, tag: string, from = 0): string => {
  const start = xml.indexOf(`<${tag}>`, from);
  const end = xml.indexOf(`</${tag}>`, start);
  if (start < 0 || end < 0) throw new Error(`no <${tag}>`);
  return xml.slice(start + tag.length + 2, end);
};

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

describe("the XML check of this test", () => {
  it.each([
    ['<?xml version="1.0" encoding="utf-8"?>\n<a>x & y</a>', "raw &"],
    ['<?xml version="1.0" encoding="utf-8"?>\n<a>x < y</a>', "bad tag name"],
    ['<?xml version="1.0" encoding="utf-8"?>\n<a>x > y</a>', "raw >"],
    ['<?xml version="1.0" encoding="utf-8"?>\n<a><b></a></b>', "mismatched"],
    ['<?xml version="1.0" encoding="utf-8"?>\n<a href="x"y">z</a>', "bad attributes"],
    ['<?xml version="1.0" encoding="utf-8"?>\n<a>\u0001</a>', "illegal character"],
  ])("rejects %j", (xml, message) => {
    expect(() => checkWellFormed(xml)).toThrow(message);
  });

  it("accepts escaped text", () => {
    expect(() => checkWellFormed('<?xml version="1.0" encoding="utf-8"?>\n<a b="&quot;&amp;"><c/>&lt;&gt;&apos;</a>\n')).not.toThrow();
  });
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

describe("publicLessonsFeed", () => {
  const lesson = (overrides: Partial<FeedLesson> = {}): FeedLesson => ({
    id: "abc123def456ghi",
    title: "Wijkteam werkt",
    body: "## Kop\n\nEen **les** over _wijkteams_ > `code`.",
    created: "2026-03-01 10:00:00.000Z",
    updated: "2026-03-02 11:00:00.000Z",
    municipality: "Gemeente Utrecht",
    ...overrides,
  });

  it("links the feed, the library and every lesson under the given origin", () => {
    const feed = publicLessonsFeed("https://proeftuin.gemeente.nl", [lesson(), lesson({ id: "zzz999yyy888xxx" })]);
    expect(feed).toMatchObject({
      id: "https://proeftuin.gemeente.nl/lessen",
      link: "https://proeftuin.gemeente.nl/lessen",
      selfLink: "https://proeftuin.gemeente.nl/lessen/feed.xml",
      updated: "2026-03-01T10:00:00.000Z",
    });
    expect(feed.entries.map((entry) => [entry.id, entry.link])).toEqual([
      ["https://proeftuin.gemeente.nl/lessen/abc123def456ghi", "https://proeftuin.gemeente.nl/lessen/abc123def456ghi"],
      ["https://proeftuin.gemeente.nl/lessen/zzz999yyy888xxx", "https://proeftuin.gemeente.nl/lessen/zzz999yyy888xxx"],
    ]);
    expect(feed.entries[0]).toMatchObject({
      title: "Wijkteam werkt",
      author: "Gemeente Utrecht",
      updated: "2026-03-02T11:00:00.000Z",
      summary: " Kop\n\nEen les over wijkteams  code.",
    });
  });

  it.each([
    ["http://127.0.0.1:4321", "http://127.0.0.1:4321/lessen/abc123def456ghi"],
    ["https://proeftuin.gemeente.nl/", "https://proeftuin.gemeente.nl/lessen/abc123def456ghi"],
    ["https://proeftuin.gemeente.nl/ergens/diep?x=1", "https://proeftuin.gemeente.nl/lessen/abc123def456ghi"],
  ])("takes only the origin of %j", (origin, link) => {
    expect(publicLessonsFeed(origin, [lesson()]).entries[0]?.link).toBe(link);
  });

  it("keeps an id that is not a record id inside the site's /lessen/ path", () => {
    const [entry] = publicLessonsFeed("https://proeftuin.gemeente.nl", [lesson({ id: "//evil.test/../x?y#z" })]).entries;
    expect(entry?.link.startsWith("https://proeftuin.gemeente.nl/lessen/")).toBe(true);
    expect(new URL(entry?.link ?? "").host).toBe("proeftuin.gemeente.nl");
  });

  it("gives a feed without lessons the epoch as its date, and no entries", () => {
    expect(publicLessonsFeed("https://proeftuin.gemeente.nl", [])).toMatchObject({ updated: "1970-01-01T00:00:00.000Z", entries: [] });
  });

  it("cuts a long summary at 500 characters", () => {
    const [entry] = publicLessonsFeed("https://proeftuin.gemeente.nl", [lesson({ body: "a".repeat(600) })]).entries;
    expect(entry?.summary).toBe("a".repeat(500));
  });
});

describe("rfc3339", () => {
  it.each([
    ["2026-03-01 10:00:00.000Z", "2026-03-01T10:00:00.000Z"],
    ["2026-03-01 00:00:00.000Z", "2026-03-01T00:00:00.000Z"],
    ["2026-12-31 23:59:59.999Z", "2026-12-31T23:59:59.999Z"],
    ["2024-02-29 12:34:56.789Z", "2024-02-29T12:34:56.789Z"],
    ["2026-03-01 10:00:00Z", "2026-03-01T10:00:00.000Z"],
    ["2026-03-01T10:00:00.000Z", "2026-03-01T10:00:00.000Z"],
  ])("reads %j as %j", (stored, expected) => {
    expect(rfc3339(stored)).toBe(expected);
  });

  it("gives a date Atom readers accept (RFC 3339 date-time in UTC)", () => {
    expect(rfc3339("2026-03-01 10:00:00.000Z")).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
  });

  it.each(["", "geen datum"])("gives the epoch for the invalid date %j, so the feed stays valid", (stored) => {
    expect(rfc3339(stored)).toBe("1970-01-01T00:00:00.000Z");
  });
});
