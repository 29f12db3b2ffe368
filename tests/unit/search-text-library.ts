import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compileFunction } from "node:vm";

/** The PocketBase hook library search-text.js, loaded for the tests, and a check that its FTS5 output stays within the strict grammar. */

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

export const { parseSearchQuery, stem, normalise, searchText } = loadCommonJs("../../pocketbase/pb_hooks/lib/search-text.js") as SearchText;

/**
 * The only FTS5 syntax parseSearchQuery may produce: quoted terms of [a-z0-9 ] (optionally a prefix
 * star), joined with AND, and optionally one NOT (…) group of terms joined with OR.
 */
const TERM = String.raw`"[a-z0-9 ]+"\*?`;
const STRICT_GRAMMAR = new RegExp(`^(${TERM})( AND ${TERM})*( NOT \\((${TERM})( OR ${TERM})*\\))?$`);

export function expectSafeMatch(input: string, result: string | null): void {
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
export const parse = (input: string): string | null => {
  const result = parseSearchQuery(input);
  expectSafeMatch(input, result);
  return result;
};
