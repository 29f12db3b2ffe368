import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/launcher/paths.ts";

/**
 * Colours come from the theme's design tokens (var(--…)), never from literal values: a
 * municipality's own NL Design System theme (THEME) must restyle every page, charts and heat map
 * included. A literal colour in the styles or components would stay the same under any theme.
 */

/** Hex colours, also URL-encoded in data: URIs (%23…), and rgb()/hsl() colour functions. */
const literalColour = /(?<![\w&])(?:#|%23)(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3,4})\b|\b(?:rgba?|hsla?)\(/g;

/** What must stay a literal colour, each with its reason. Keyed by file, then the colour as written. */
const allowed: Record<string, Record<string, string>> = {
  "src/components/Layout.astro": {
    "%23157a3c": "the favicon is drawn by the browser outside the page, where the theme's tokens do not reach",
  },
};

function filesUnder(dir: string): string[] {
  return readdirSync(join(projectRoot, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(css|astro|tsx?)$/.test(entry.name))
    .map((entry) => relative(projectRoot, join(entry.parentPath, entry.name)));
}

function literalColours(file: string): string[] {
  const source = readFileSync(join(projectRoot, file), "utf8");
  return source.split("\n").flatMap((line, index) =>
    [...line.matchAll(literalColour)]
      .map((match) => match[0])
      .filter((colour) => !allowed[file]?.[colour])
      .map((colour) => `${file}:${index + 1}: ${colour}`),
  );
}

describe("colours come from design tokens", () => {
  const files = [...filesUnder("src/styles"), ...filesUnder("src/components")];

  it("has the styles, the charts and the components to check", () => {
    expect(files).toEqual(
      expect.arrayContaining(["src/styles/site.css", "src/components/charts/BarChart.tsx", "src/components/Layout.astro"]),
    );
  });

  it("finds a literal colour where one is written", () => {
    // The pattern itself must catch what it is meant to, or the check below passes on anything.
    const samples = ["color: #7a1f1f;", 'fill="#fff"', "fill='%23157a3c'", "background: rgb(0 0 0);", "hsla(0, 0%, 0%, 0.5)"];
    for (const sample of samples) expect(sample.match(literalColour), sample).not.toBeNull();
    for (const sample of ['href="#inhoud"', "url(#arcering-begroot)", "&#8203;", "var(--proeftuin-chart-1)"]) {
      expect(sample.match(literalColour), sample).toBeNull();
    }
  });

  it("finds none in src/styles and src/components", () => {
    expect(files.flatMap(literalColours)).toEqual([]);
  });

  it("keeps every allowed colour in use, so the list does not outlive its reason", () => {
    for (const [file, colours] of Object.entries(allowed)) {
      const source = readFileSync(join(projectRoot, file), "utf8");
      for (const colour of Object.keys(colours)) expect(source, `${file} ${colour}`).toContain(colour);
    }
  });
});
