// A lesson's excerpt for result lists: its Markdown as plain text, cut around the first word the
// query found, with the offsets of every found word. Never HTML: the page escapes the text and puts
// <mark> around the offsets, so nothing in a lesson body can become markup. Plain CommonJS without
// PocketBase globals (tests/unit/excerpt.test.ts runs it under Node); lesson-search.js calls it.

const MAX_LENGTH = 260;
/** How much text comes before the first found word, so it is read in its sentence. */
const LEAD = 70;
const ELLIPSIS = "…";
// Latin letters with their accents and digits: the words the index reduces (search-text.js normalise).
const WORD = /[A-Za-z0-9\u00C0-\u024F]+/g;

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };

/** Markdown (and any HTML in it) as the text a reader sees, on one line. */
function plainText(markdown) {
  return (
    String(markdown === null || markdown === undefined ? "" : markdown)
      // Code fences and rules carry no words of their own.
      .replace(/^\s*(```|~~~).*$/gm, " ")
      .replace(/^\s*([-*_]\s*){3,}$/gm, " ")
      // Table separator rows, then the cell borders.
      .replace(/^\s*\|?(\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/gm, " ")
      .replace(/\|/g, " ")
      // Script and style contents are code, not text; any other tag goes, its text stays.
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, " ")
      .replace(/<!--[\s\S]*?(-->|$)/g, " ")
      .replace(/<\/?[A-Za-z][^>]*(>|$)/g, " ")
      // Images go, links keep their text (inline, reference and autolinks).
      .replace(/!\[[^\]]*\](\([^)]*\)|\[[^\]]*\])?/g, " ")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]*)\]\[[^\]]*\]/g, "$1")
      .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gm, " ")
      // Block markers at the start of a line: headings, quotes, list items.
      .replace(/^[ \t]*((>[ \t]?)+|#{1,6}[ \t]+|[-*+][ \t]+|\d{1,9}[.)][ \t]+)+/gm, "")
      .replace(/[ \t]+#+[ \t]*$/gm, "")
      // Emphasis and code marks; an underscore inside a word (snake_case) is part of it.
      .replace(/[*`~]+/g, "")
      .replace(/(^|[^A-Za-z0-9\u00C0-\u024F_])_+|_+(?=[^A-Za-z0-9\u00C0-\u024F]|$)/g, "$1")
      .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, "$1")
      .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name) => ENTITIES[name])
      .replace(/\s+/g, " ")
      .trim()
  );
}

/** Every word of the text with its offsets. */
function wordsOf(text) {
  const found = [];
  const pattern = new RegExp(WORD.source, "g");
  let match;
  // biome-ignore lint/suspicious/noAssignInExpressions: the exec loop; PocketBase's JavaScript engine is not promised matchAll.
  while ((match = pattern.exec(text)) !== null) found.push({ start: match.index, end: match.index + match[0].length, word: match[0] });
  return found;
}

/**
 * A test "is this word one the query found": one of its index terms starts with one of the query's
 * terms, the same prefix rule as the FTS query, so plurals and compounds are marked as they are found.
 */
function wordFinder(q, searchText) {
  const terms = searchText.queryTerms(q || "");
  const known = new Map();
  return (word) => {
    const key = word.toLowerCase();
    if (!known.has(key)) {
      const wordTerms = searchText.wordTerms(word);
      known.set(key, terms.length > 0 && wordTerms.some((wordTerm) => terms.some((term) => wordTerm.startsWith(term))));
    }
    return known.get(key);
  };
}

/** Where to start: a sentence start within LEAD characters before the word, else a word start. */
function startBefore(text, words, index) {
  const at = words[index].start;
  if (at <= LEAD) return 0;
  for (let i = index; i >= 0 && at - words[i].start <= LEAD; i -= 1) {
    const before = text.slice(0, words[i].start).trimEnd();
    if (/[.!?:]$/.test(before)) return words[i].start;
  }
  let i = index;
  while (i > 0 && at - words[i - 1].start <= LEAD) i -= 1;
  return words[i].start;
}

/**
 * The excerpt of a lesson body for query q: { text, marks } with text at most 260 characters of
 * plain text around the first found word (or the beginning when the query found only the title),
 * and marks the [start, end) offsets into text of every found word in it.
 */
function excerpt(markdown, q, searchText) {
  const plain = plainText(markdown);
  const words = wordsOf(plain);
  const isFound = wordFinder(q, searchText);
  let first = -1;
  for (let i = 0; i < words.length && first < 0; i += 1) if (isFound(words[i].word)) first = i;

  let start = first < 0 ? 0 : startBefore(plain, words, first);
  // A found word near the end of the text: show the whole last stretch rather than a short tail.
  const wanted = plain.length - (MAX_LENGTH - ELLIPSIS.length);
  if (wanted <= 0) start = 0;
  else if (wanted < start) start = Math.min(start, (words.find((word) => word.start >= wanted) || words[first]).start);
  const prefix = start > 0 ? ELLIPSIS : "";
  let end = plain.length;
  if (end - start + prefix.length > MAX_LENGTH) {
    // Cut before the last word that does not fit, leaving room for the closing ellipsis.
    const limit = start + MAX_LENGTH - prefix.length - ELLIPSIS.length;
    const lastFitting = words.filter((word) => word.start >= start && word.end <= limit).pop();
    end = lastFitting ? lastFitting.end : limit;
  }
  const suffix = end < plain.length ? ELLIPSIS : "";
  const body = plain.slice(start, end);
  const shift = prefix.length - start;
  const marks = words
    .filter((word) => word.start >= start && word.end <= end && isFound(word.word))
    .map((word) => [word.start + shift, word.end + shift]);
  return { text: prefix + body + suffix, marks };
}

module.exports = { plainText, excerpt, MAX_LENGTH };
