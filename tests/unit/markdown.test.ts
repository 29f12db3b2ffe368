import { describe, it, expect } from "vitest";
import { renderMarkdown } from "../../src/server/markdown.ts";

const SITE = "https://proeftuin.test";
const ALLOWED_TAGS = new Set([
  "p",
  "br",
  "strong",
  "em",
  "ul",
  "ol",
  "li",
  "a",
  "blockquote",
  "code",
  "pre",
  "h2",
  "h3",
  "h4",
  "hr",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
]);
const ALLOWED_ATTRIBUTES = new Set(["href", "title"]);

type Tag = { name: string; closing: boolean; attributes: Array<{ name: string; value: string }> };

const decodeEntities = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/**
 * The tags of sanitised HTML. DOMPurify serialises every attribute as name="value" with quotes and
 * "<" escaped, so every "<" in the output must start one of these tags; anything else is a failure.
 */
function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  const pattern = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s"'=<>/]+(?:="[^"<]*")?)*)\s*\/?>/g;
  let rest = html;
  for (const match of html.matchAll(pattern)) {
    const [whole, slash = "", name = "", attributeText = ""] = match;
    rest = rest.replace(whole, "");
    const attributes = [...attributeText.matchAll(/([^\s"'=<>/]+)(?:="([^"]*)")?/g)].map(([, attributeName = "", value = ""]) => ({
      name: attributeName.toLowerCase(),
      value: decodeEntities(value),
    }));
    tags.push({ name: name.toLowerCase(), closing: slash === "/", attributes });
  }
  if (rest.includes("<")) throw new Error(`unparsed markup left in ${JSON.stringify(html)}`);
  return tags;
}

const hrefsOf = (html: string) =>
  tagsOf(html).flatMap((tag) => tag.attributes.filter((attribute) => attribute.name === "href").map((attribute) => attribute.value));

/** An href is safe when it opens http(s) or mailto, or stays on this site. */
function isSafeHref(href: string): boolean {
  const url = new URL(href, `${SITE}/lessen/abc123def456ghi`);
  if (/^(?:https?|mailto):/i.test(href)) return ["http:", "https:", "mailto:"].includes(url.protocol);
  return url.origin === SITE;
}

/** The checks every rendering of hostile input must pass. */
function expectSafe(html: string): void {
  const lower = html.toLowerCase();
  expect(lower).not.toContain("<script");
  for (const tag of tagsOf(html)) {
    expect(ALLOWED_TAGS, `tag <${tag.name}> in ${html}`).toContain(tag.name);
    for (const attribute of tag.attributes) {
      expect(ALLOWED_ATTRIBUTES, `attribute ${attribute.name} in ${html}`).toContain(attribute.name);
      expect(attribute.name).not.toMatch(/^on/);
    }
  }
  for (const href of hrefsOf(html)) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the check strips what browsers ignore in a URL, control characters included.
    const compact = href.replace(/[\u0000-\u0020\u007f-\u00a0]/g, "").toLowerCase();
    expect(compact).not.toMatch(/^(?:javascript|vbscript|data):/);
    expect(isSafeHref(href), `href ${JSON.stringify(href)} leaves the site or the allowed schemes`).toBe(true);
  }
  for (const forbidden of ["<iframe", "<svg", "<style", "<form", "<input", "<img", "<object", "<embed", "<math", "<details", "<div"]) {
    expect(lower).not.toContain(forbidden);
  }
}

describe("the HTML helpers of this test", () => {
  it("reads tags, attributes and hrefs", () => {
    expect(tagsOf('<p><a href="/x?a=1&amp;b=2" title="t">y</a></p>')).toEqual([
      { name: "p", closing: false, attributes: [] },
      {
        name: "a",
        closing: false,
        attributes: [
          { name: "href", value: "/x?a=1&b=2" },
          { name: "title", value: "t" },
        ],
      },
      { name: "a", closing: true, attributes: [] },
      { name: "p", closing: true, attributes: [] },
    ]);
  });

  it("refuses markup it cannot read", () => {
    expect(() => tagsOf("<p>a <x onclick='y'> b</p>")).toThrow();
  });

  it.each([
    ["/lessen", true],
    ["#kop", true],
    ["https://example.org", true],
    ["mailto:a@b.nl", true],
    ["//evil.test", false],
    ["/\\evil.test", false],
    ["javascript:alert(1)", false],
  ])("judges the href %j safe: %s", (href, safe) => {
    expect(isSafeHref(href)).toBe(safe);
  });
});

describe("renderMarkdown keeps formatting", () => {
  it.each([
    ["Een **vette** en *schuine* les.", "<p>Een <strong>vette</strong> en <em>schuine</em> les.</p>\n"],
    ["- een\n- twee", "<ul>\n<li>een</li>\n<li>twee</li>\n</ul>\n"],
    ["1. eerst\n2. dan", "<ol>\n<li>eerst</li>\n<li>dan</li>\n</ol>\n"],
    ["## Aanpak", "<h2>Aanpak</h2>\n"],
    ["### Resultaat", "<h3>Resultaat</h3>\n"],
    ["#### Tip", "<h4>Tip</h4>\n"],
    ["> Citaat", "<blockquote>\n<p>Citaat</p>\n</blockquote>\n"],
    ["Gebruik `code` hier", "<p>Gebruik <code>code</code> hier</p>\n"],
    ["Eerste alinea.\n\nTweede alinea.", "<p>Eerste alinea.</p>\n<p>Tweede alinea.</p>\n"],
    ["boven\n\n---\n\nonder", "<p>boven</p>\n<hr>\n<p>onder</p>\n"],
  ])("renders %j", (markdown, expected) => {
    expect(renderMarkdown(markdown)).toBe(expected);
  });

  it("keeps a GFM table", () => {
    const html = renderMarkdown("| a | b |\n|---|---|\n| 1 | 2 |");
    expect(tagsOf(html).map((tag) => (tag.closing ? `/${tag.name}` : tag.name))).toEqual([
      "table",
      "thead",
      "tr",
      "th",
      "/th",
      "th",
      "/th",
      "/tr",
      "/thead",
      "tbody",
      "tr",
      "td",
      "/td",
      "td",
      "/td",
      "/tr",
      "/tbody",
      "/table",
    ]);
  });

  it.each([
    ["# Titel", "Titel"],
    ["##### Klein", "Klein"],
  ])("drops the heading tag of %j but keeps its text", (markdown, text) => {
    const html = renderMarkdown(markdown);
    expect(html).not.toMatch(/<h[156]/);
    expect(html).toContain(text);
  });

  it.each([
    ["[site](https://example.org)", "https://example.org"],
    ["[site](http://example.org/pad?x=1)", "http://example.org/pad?x=1"],
    ["[mail](mailto:info@gemeente.nl)", "mailto:info@gemeente.nl"],
    ["[les](/lessen/abc123def456ghi)", "/lessen/abc123def456ghi"],
    ["[kop](#aanpak)", "#aanpak"],
    ["<https://example.org>", "https://example.org"],
    ['<a href="HTTPS://example.org">x</a>', "HTTPS://example.org"],
  ])("keeps the link %j", (markdown, href) => {
    const html = renderMarkdown(markdown);
    expect(hrefsOf(html)).toEqual([href]);
    expectSafe(html);
  });

  it("keeps a link title", () => {
    expect(renderMarkdown('[site](https://example.org "De site")')).toBe('<p><a href="https://example.org" title="De site">site</a></p>\n');
  });

  it("shows HTML inside code as text", () => {
    expect(renderMarkdown("```\n<script>alert(1)</script>\n```")).toBe("<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;\n</code></pre>\n");
    expect(renderMarkdown("`<img src=x>`")).toBe("<p><code>&lt;img src=x&gt;</code></p>\n");
  });
});

describe("renderMarkdown neutralises hostile input", () => {
  it.each([
    ["<script>alert(1)</script>Tekst", "Tekst"],
    ["<img src=x onerror=alert(1)>Tekst", "Tekst"],
    ["[klik](javascript:alert(1))", "klik"],
    ["[klik](JAVASCRIPT:alert(1))", "klik"],
    ["[klik](  javascript:alert(1))", "klik"],
    ["[klik](<javascript:alert(1)>)", "klik"],
    ["[klik](java\\script:alert(1))", "klik"],
    ["[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "klik"],
    ["[klik](vbscript:msgbox(1))", "klik"],
    ['<a href="javascript:alert(1)">klik</a>', "klik"],
    ['<a href=" javascript:alert(1)">klik</a>', "klik"],
    ['<a href="java\nscript:alert(1)">klik</a>', "klik"],
    ['<a href="&#14;javascript:alert(1)">klik</a>', "klik"],
    ["<a href='jav&#x09;ascript:alert(1)'>klik</a>", "klik"],
    ["[klik](jav&#x09;ascript:alert(1))", "klik"],
    ["[klik](jav&#x0A;ascript:alert(1))", "klik"],
    ["[klik](&#106;avascript:alert(1))", "klik"],
    ["[klik][ref]\n\n[ref]: javascript:alert(1)", "klik"],
    ['<iframe src="https://evil.test"></iframe>Tekst', "Tekst"],
    ["<svg onload=alert(1)><circle/></svg>Tekst", "Tekst"],
    ["<style>body{display:none}</style>Tekst", "Tekst"],
    ['<form action="https://evil.test"><input name=x value=y></form>Tekst', "Tekst"],
    ['<div onclick="alert(1)">klik hier</div>', "klik hier"],
    ['<p onmouseover="alert(1)" style="color:red" class="x" id="y">Tekst</p>', "Tekst"],
    ['<a href="#" onmouseover="alert(1)">klik</a>', "klik"],
    ['<math><mi xlink:href="javascript:alert(1)">m</mi></math>Tekst', "Tekst"],
    ["<details open ontoggle=alert(1)>Tekst</details>", "Tekst"],
    ['<object data="https://evil.test/x.swf"></object><embed src="x">Tekst', "Tekst"],
    ["![plaatje](https://evil.test/track.png)Tekst", "Tekst"],
    ['<a href="//evil.test">klik</a>', "klik"],
    ["[klik](//evil.test)", "klik"],
    ['<a href=" //evil.test">klik</a>', "klik"],
    ['<a href="&#47;&#47;evil.test">klik</a>', "klik"],
    ['<a href="/&#9;/evil.test">klik</a>', "klik"],
    ['<a href="\\\\evil.test">klik</a>', "klik"],
    ['<a href="https://example.org" target="_blank" rel="opener">klik</a>', "klik"],
    ['<a href="https://example.org" title=\'" onmouseover="alert(1)\'>klik</a>', "klik"],
  ])("renders %j safely", (markdown, text) => {
    const html = renderMarkdown(markdown);
    expectSafe(html);
    expect(html).toContain(text);
  });

  it.each([
    "[klik](javascript:alert(1))",
    '<a href="javascript:alert(1)">klik</a>',
    "[klik](data:text/html,x)",
    '<a href="//evil.test">klik</a>',
  ])("drops the href of %j but keeps the link text", (markdown) => {
    expect(renderMarkdown(markdown)).toBe("<p><a>klik</a></p>\n");
  });

  it("drops attributes other than href and title", () => {
    expect(renderMarkdown('<a href="https://example.org" target="_blank" rel="opener" style="x">klik</a>')).toBe(
      '<p><a href="https://example.org">klik</a></p>\n',
    );
  });

  // Browsers read a backslash as a slash in http(s) URLs, so "/\evil.test" is protocol-relative:
  // new URL("/\\evil.test", "https://proeftuin.test/").href is "https://evil.test/".
  it.each([
    '<a href="/\\evil.test">klik</a>',
    '<a href="/&#92;evil.test">klik</a>',
    '<a href="/&#x5c;evil.test">klik</a>',
    '<a href="/\\\\evil.test">klik</a>',
  ])("drops the backslash protocol-relative href of %j", (markdown) => {
    const html = renderMarkdown(markdown);
    expect(hrefsOf(html)).toEqual([]);
    expectSafe(html);
    expect(html).toContain("klik");
  });

  it("keeps a Markdown link to /\\ harmless by percent-encoding the backslash", () => {
    const html = renderMarkdown("[klik](</\\evil.test>)");
    expect(hrefsOf(html)).toEqual(["/%5Cevil.test"]);
    expect(new URL("/%5Cevil.test", SITE).origin).toBe(SITE);
  });

  it("escapes a title attribute that tries to break out", () => {
    const html = renderMarkdown('<a href="https://example.org" title=\'" onmouseover="alert(1)\'>klik</a>');
    expect(html).toBe('<p><a href="https://example.org" title="&quot; onmouseover=&quot;alert(1)">klik</a></p>\n');
  });
});
