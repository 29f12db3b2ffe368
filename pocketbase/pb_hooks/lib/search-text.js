// Dutch full-text search, shared by the index (lesson_invariants.pb.js) and the query
// (lesson_search.pb.js), so both sides reduce words the same way. Plain CommonJS without
// PocketBase globals: tests/unit/search-text-*.test.ts and search-query*.test.ts run it under Node.

const STOPWORDS = new Set(
  (
    "de het een en of van in op te voor met aan bij door dat die dit deze er is zijn was om als naar " +
    "niet ook maar dan wat wie hoe tot uit over zo nog al wel we wij ze zij hij u je ons onze hun"
  ).split(" "),
);
const MAX_TERMS = 10;
const MAX_TERM_LENGTH = 40;

/** Lower case, accents off ("café" → "cafe"), anything but letters and digits becomes a space. */
function normalise(text) {
  return String(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * A light Dutch stemmer: enough that "jongeren", "jongere" and "jonger", or "wijkteams" and
 * "wijkteam", meet. Query terms also match as prefixes, which covers most of the rest.
 */
function stem(word) {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith("heden")) w = `${w.slice(0, -5)}heid`;
  else if (w.endsWith("ingen")) w = w.slice(0, -2);
  else if (w.endsWith("en") && w.length > 5) w = w.slice(0, -2);
  else if (w.endsWith("s") && w.length > 4 && !w.endsWith("ss")) w = w.slice(0, -1);
  else if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  if (/(bb|dd|ff|gg|kk|ll|mm|nn|pp|rr|ss|tt)$/.test(w)) w = w.slice(0, -1);
  return w;
}

function words(text) {
  return normalise(text)
    .split(" ")
    .filter((word) => word.length > 0 && !STOPWORDS.has(word));
}

/** What the index holds for a lesson: the stems of all its searchable text. */
function searchText(parts) {
  return parts
    .filter((part) => part !== null && part !== undefined)
    .map((part) => (Array.isArray(part) ? part.join(" ") : String(part)))
    .flatMap(words)
    .map(stem)
    .join(" ");
}

/**
 * Turns what a person typed into an FTS5 MATCH expression. Every term is reduced to letters and
 * digits and quoted, so nothing typed can become FTS syntax. Quoted text is a phrase, a leading
 * minus excludes a word, other words must all occur (as a prefix of an indexed word).
 * Returns null when nothing searchable remains.
 */
function parseSearchQuery(input) {
  const text = String(input || "").slice(0, 500);
  const required = [];
  const excluded = [];
  const pattern = /(-?)"([^"]*)"|(-?)(\S+)/g;
  let match;
  // biome-ignore lint/suspicious/noAssignInExpressions: the exec loop; PocketBase's JavaScript engine is not promised matchAll.
  while ((match = pattern.exec(text)) !== null) {
    const negative = (match[1] || match[3]) === "-";
    const stems = words(match[2] !== undefined ? match[2] : match[4])
      .map(stem)
      .map((term) => term.slice(0, MAX_TERM_LENGTH));
    if (stems.length === 0) continue;
    const phrase = match[2] !== undefined && stems.length > 1;
    const terms = phrase ? [`"${stems.join(" ")}"`] : stems.map((term) => `"${term}"*`);
    (negative ? excluded : required).push(...terms);
  }
  if (required.length === 0) return null;
  const expression = required.slice(0, MAX_TERMS).join(" AND ");
  const exclusions = excluded.slice(0, MAX_TERMS);
  return exclusions.length ? `${expression} NOT (${exclusions.join(" OR ")})` : expression;
}

module.exports = { normalise, stem, searchText, parseSearchQuery };
