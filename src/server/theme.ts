import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { isAbsolute, resolve } from "node:path";

/**
 * The NL Design System theme: one stylesheet of design tokens (THEME) scoped to a class
 * (THEME_CLASS) that the layout puts on <html>. The launcher checks both at start
 * (src/launcher/env.server.ts); the site serves the stylesheet at /thema.css.
 */

const require = createRequire(import.meta.url);

/** The theme the site uses unless THEME names another. */
export const defaultTheme = "@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css";
/** Its file, found from here: the package is the site's dependency even though no module imports it. */
const defaultThemeFile = () => require.resolve("@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css");
export const defaultThemeClass = "voorbeeld-theme";

/** A theme's stylesheet: a path (absolute, or from the project folder) or a package path, as a .css file that exists. */
export function themeFile(value: string, projectRoot: string): string | undefined {
  const candidates = [isAbsolute(value) ? value : resolve(projectRoot, value)];
  try {
    candidates.push(createRequire(resolve(projectRoot, "package.json")).resolve(value));
  } catch {
    // Not a package path either: the path above decides.
  }
  return candidates.find((file) => file.endsWith(".css") && statSync(file, { throwIfNoEntry: false })?.isFile());
}

export type Theme = { css: string; version: string; className: string };

let loaded: Theme | undefined;

/**
 * The theme as the site serves it, read once: the launcher started the site in the project folder
 * with THEME and THEME_CLASS already checked. The version (a hash of the stylesheet) goes in the
 * stylesheet's URL, so a browser may keep it for a year and still fetches a changed theme after a restart.
 */
export function siteTheme(env: Readonly<Record<string, string | undefined>> = process.env): Theme {
  if (loaded) return loaded;
  const setting = env.THEME?.trim();
  const file = setting ? themeFile(setting, process.cwd()) : defaultThemeFile();
  if (!file) throw new Error(`THEME wijst niet naar een CSS-bestand (nu: ${JSON.stringify(setting)}).`);
  const css = readFileSync(file, "utf8");
  const version = createHash("sha256").update(css).digest("hex").slice(0, 16);
  loaded = { css, version, className: env.THEME_CLASS?.trim() || defaultThemeClass };
  return loaded;
}
