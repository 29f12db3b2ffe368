import { loadHookLib } from "../support/hook-lib.ts";

/** The PocketBase hook library search-text.js, loaded for the tests, and a check that its FTS5 output stays within the strict grammar. */

type SearchText = {
  parseSearchQuery: (input: unknown) => string | null;
  stem: (word: string) => string;
  normalise: (text: unknown) => string;
  searchText: (parts: ReadonlyArray<string | number | readonly string[] | null | undefined>) => string;
  queryTerms: (input: unknown) => string[];
  wordTerms: (word: string) => string[];
};

export const { parseSearchQuery, stem, normalise, searchText, queryTerms, wordTerms } = loadHookLib<SearchText>("search-text.js");

/**
 * The only FTS5 syntax parseSearchQuery may produce: units joined with AND, and optionally one
 * NOT (…) group of terms joined with OR. A unit is a quoted term of [a-z0-9 ] (a single word may
 * have a prefix star), or a bracketed OR of such terms and of bracketed ANDs of single words (each
 * with or without a prefix star: a compound's short half is a whole term).
 */
const TERM = String.raw`"[a-z0-9 ]+"\*?`;
const WORD = String.raw`"[a-z0-9]+"\*?`;
const ALL = String.raw`\(${WORD}( AND ${WORD})+\)`;
const ALTERNATIVE = `(${TERM}|${ALL})`;
const UNIT = String.raw`(${TERM}|\(${ALTERNATIVE}( OR ${ALTERNATIVE})+\))`;
const STRICT_GRAMMAR = new RegExp(`^${UNIT}( AND ${UNIT})*( NOT \\((${TERM})( OR ${TERM})*\\))?$`);

/** The parts of `text` split at " AND " outside brackets. */
function topLevelUnits(text: string): string[] {
  const units: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")") depth--;
    else if (depth === 0 && text.startsWith(" AND ", i)) {
      units.push(text.slice(from, i));
      from = i + 5;
    }
  }
  return [...units, text.slice(from)];
}

export function expectSafeMatch(input: string, result: string | null): void {
  if (result === null) return;
  if (!STRICT_GRAMMAR.test(result))
    throw new Error(`unsafe FTS expression ${JSON.stringify(result)} for input ${JSON.stringify(input.slice(0, 200))}`);
  const [required = "", excluded = ""] = result.split(" NOT (");
  const quoted = (part: string) => part.match(/"[^"]*"/g) ?? [];
  if (topLevelUnits(required).length > 10) throw new Error(`more than 10 required units in ${JSON.stringify(result)}`);
  for (const unit of topLevelUnits(required)) {
    if (quoted(unit).length > 12) throw new Error(`more than 12 terms in the unit ${JSON.stringify(unit)}`);
  }
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
