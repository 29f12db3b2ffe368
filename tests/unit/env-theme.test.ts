import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { readConfig } from "../../src/launcher/env.server.ts";

/** THEME and THEME_CLASS: which NL Design System theme the site wears, checked at start. */

const root = fileURLToPath(new URL("../../", import.meta.url));
const voorbeeld = resolve(root, "node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css");
const testTheme = resolve(root, "tests/support/test-theme.css");

function theme(env: NodeJS.ProcessEnv) {
  const result = readConfig(env);
  if (!result.ok) throw new Error(`expected a valid configuration, got: ${result.message}`);
  return result.config.theme;
}
function refusal(env: NodeJS.ProcessEnv): string {
  const result = readConfig(env);
  if (result.ok) throw new Error(`expected a refusal, got: ${JSON.stringify(result.config.theme)}`);
  return result.message;
}

const dir = mkdtempSync(join(tmpdir(), "proeftuin-theme-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readConfig: THEME", () => {
  it("wears the voorbeeld theme unless told otherwise", () => {
    expect(theme({})).toEqual({ file: voorbeeld, className: "voorbeeld-theme" });
  });

  it.each([
    ["a path from the project folder", "tests/support/test-theme.css", testTheme],
    ["an absolute path", testTheme, testTheme],
    ["a package path", "@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css", voorbeeld],
  ])("takes %s", (_, value, file) => {
    const className = file === testTheme ? "proeftuin-testthema" : "voorbeeld-theme";
    expect(theme({ THEME: value, THEME_CLASS: className })).toEqual({ file, className });
  });

  it.each([
    ["a file that does not exist", "thema/gemeente.css"],
    ["a package that is not installed", "@gemeente-nergens/design-tokens/dist/theme.css"],
    ["a file that is not a stylesheet", "package.json"],
    ["a folder", "tests/support"],
  ])("refuses %s with one line naming THEME and the value", (_, value) => {
    expect(refusal({ THEME: value })).toBe(
      "Configuratiefout: THEME moet een bestaand CSS-bestand zijn: een pad of een pakketpad zoals " +
        `@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css (nu: ${JSON.stringify(value)}).`,
    );
  });
});

describe("readConfig: THEME_CLASS", () => {
  it.each(["voorbeeld-theme", " voorbeeld-theme "])("takes %j, trimmed", (value) => {
    expect(theme({ THEME_CLASS: value }).className).toBe("voorbeeld-theme");
  });

  it.each(["voorbeeld theme", ".voorbeeld-theme", "x{}", "1thema", '"><script>'])("refuses %j: one class name", (value) => {
    expect(refusal({ THEME_CLASS: value })).toBe(
      `Configuratiefout: THEME_CLASS moet één CSS-klassenaam zijn, zoals voorbeeld-theme (nu: ${JSON.stringify(value)}).`,
    );
  });

  it("refuses a class the theme's stylesheet does not name, which would leave the pages without colours", () => {
    expect(refusal({ THEME: "tests/support/test-theme.css" })).toBe(
      `Configuratiefout: THEME_CLASS "voorbeeld-theme" komt niet voor in het THEME-bestand ${JSON.stringify(testTheme)}; zet de klasse van dat thema.`,
    );
  });

  it("does not take a longer class name for the one asked", () => {
    const file = join(dir, "thema.css");
    writeFileSync(file, ".gemeente-theme-donker { --x: 1px; }");
    expect(refusal({ THEME: file, THEME_CLASS: "gemeente-theme" })).toContain('THEME_CLASS "gemeente-theme" komt niet voor');
    expect(theme({ THEME: file, THEME_CLASS: "gemeente-theme-donker" }).className).toBe("gemeente-theme-donker");
  });
});
