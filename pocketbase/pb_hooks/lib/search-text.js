// Dutch full-text search, shared by the index (lesson_invariants.pb.js) and the query
// (lesson_search.pb.js), so both sides reduce words the same way: Snowball stems, compounds split
// into their parts (compounds.js) and, on the query side only, the synonyms of
// content/zoeken/synoniemen.txt. Plain CommonJS: tests/unit/search-*.test.ts run it under Node,
// where tests/support/hook-lib.ts stands in for PocketBase's require and __hooks.

const STOPWORDS = new Set(
  (
    "de het een en of van in op te voor met aan bij door dat die dit deze er is zijn was om als naar " +
    "niet ook maar dan wat wie hoe tot uit over zo nog al wel we wij ze zij hij u je ons onze hun"
  ).split(" "),
);
const MAX_TERMS = 10;
const MAX_ALTERNATIVES = 6;
const MAX_TERM_LENGTH = 40;
const MAX_CACHED_WORDS = 20000;

let snowballDutch = null;
let compounds = null;
let synonymGroups = null;
const wordTermCache = new Map();

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
 * Snowball's Dutch stem, plus the pairs it leaves apart: "organisaties"/"organisatie",
 * "categorieen"/"categorie", "huishoudens"/"huishouden", the z/s and v/f of "werkloze"/"werkloos", "brieven"/"brief", and a
 * doubled last consonant ("bellen"/"bel").
 */
function stem(word) {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (snowballDutch === null) snowballDutch = require(`${__hooks}/lib/dutch-stemmer.js`).snowballDutch;
  // Plurals Snowball keeps whole: organisaties, categorieen, huishoudens, huisjes.
  const plural = word.length >= 7 ? word.replace(/([dglmnprst]ie|je|en)s$/, "$1").replace(/ieen$/, "ie") : word;
  return snowballDutch(plural)
    .replace(/z$/, "s")
    .replace(/v$/, "f")
    .replace(/([bdfgklmnprst])\1$/, "$1");
}

function words(text) {
  return normalise(text)
    .split(" ")
    .filter((word) => word.length > 0 && !STOPWORDS.has(word));
}

function compoundLib() {
  if (compounds === null) compounds = require(`${__hooks}/lib/compounds.js`);
  return compounds;
}

const cut = (term) => term.slice(0, MAX_TERM_LENGTH);
const unique = (list) => list.filter((item, i) => list.indexOf(item) === i);

/** A normalised word's index terms: its stem, then the stems of its compound parts. */
function termsOfWord(word) {
  const cached = wordTermCache.get(word);
  if (cached !== undefined) return cached;
  const terms = unique([stem(word), ...compoundLib().compoundParts(word).map(stem)].map(cut));
  if (wordTermCache.size >= MAX_CACHED_WORDS) wordTermCache.clear();
  wordTermCache.set(word, terms);
  return terms;
}

/** The index terms a word of text yields; a text word is "found" when one starts with a query term. */
function wordTerms(word) {
  return unique(words(word).flatMap(termsOfWord));
}

/**
 * What the index holds for a lesson: the stems of all its searchable text in order (so a quoted
 * phrase still finds its words side by side), then the stems of the compounds' parts.
 */
function searchText(parts) {
  const all = parts
    .filter((part) => part !== null && part !== undefined)
    .map((part) => (Array.isArray(part) ? part.join(" ") : String(part)))
    .flatMap(words);
  const stems = all.map((word) => termsOfWord(word)[0]);
  const compoundTerms = all.flatMap((word) => termsOfWord(word).slice(1));
  return stems.concat(compoundTerms).join(" ");
}

function synonyms() {
  if (synonymGroups === null) {
    const lib = require(`${__hooks}/lib/synonyms.js`);
    synonymGroups = lib.parseSynonyms(lib.readSynonymFile(), (member) => words(member).map(stem).map(cut));
  }
  return synonymGroups;
}

// An alternative is { kind, terms }: "prefix" (one term, any word starting with it), "phrase"
// (the terms side by side) or "all" (every term as a prefix, anywhere in the lesson).
const member = (terms) => (terms.length === 1 ? { kind: "prefix", terms } : { kind: "phrase", terms });

/** The ways to find a typed word: its stem, its compound halves together, its synonyms. */
function wordAlternatives(word, groups) {
  const own = cut(stem(word));
  const alternatives = [{ kind: "prefix", terms: [cut(own)] }];
  for (const [left, right] of compoundLib().compoundHalves(word)) {
    alternatives.push({ kind: "all", terms: [cut(stem(left)), cut(stem(right))] });
  }
  for (const group of groups) {
    if (!group.some((m) => m.length === 1 && m[0] === own)) continue;
    for (const m of group) if (!(m.length === 1 && m[0] === own)) alternatives.push(member(m));
  }
  return alternatives;
}

/** A group member of several words typed in a row (`zonder werk`), as [member, its group]. */
function phraseAt(items, i, groups) {
  for (const group of groups) {
    for (const m of group) {
      if (m.length < 2 || i + m.length > items.length) continue;
      if (m.every((term, k) => items[i + k].kind === "word" && cut(stem(items[i + k].word)) === term)) return [m, group];
    }
  }
  return null;
}

/**
 * What a person typed, as units that must all be found (each a list of alternatives) and terms
 * that must not be. Quoted text is a phrase, a leading minus excludes, other words are widened.
 */
function readQuery(input) {
  const text = String(input || "").slice(0, 500);
  const items = [];
  const excluded = [];
  const pattern = /(-?)"([^"]*)"|(-?)(\S+)/g;
  let match;
  // biome-ignore lint/suspicious/noAssignInExpressions: the exec loop; PocketBase's JavaScript engine is not promised matchAll.
  while ((match = pattern.exec(text)) !== null) {
    const negative = (match[1] || match[3]) === "-";
    const quoted = match[2] !== undefined;
    const found = words(quoted ? match[2] : match[4]);
    if (found.length === 0) continue;
    const stems = found.map(stem).map(cut);
    if (negative) {
      if (quoted && stems.length > 1) excluded.push({ kind: "phrase", terms: stems });
      else excluded.push(...stems.map((term) => ({ kind: "prefix", terms: [term] })));
    } else if (quoted) {
      items.push({ kind: "exact", alternative: member(stems) });
    } else {
      items.push(...found.map((word) => ({ kind: "word", word })));
    }
  }
  const groups = items.some((item) => item.kind === "word") ? synonyms() : [];
  const units = [];
  for (let i = 0; i < items.length && units.length < MAX_TERMS; i++) {
    const phrase = phraseAt(items, i, groups);
    if (phrase !== null) {
      units.push(phrase[1].map(member));
      i += phrase[0].length - 1;
    } else if (items[i].kind === "word") units.push(wordAlternatives(items[i].word, groups));
    else units.push([items[i].alternative]);
  }
  return { units: units.map((unit) => unit.slice(0, MAX_ALTERNATIVES)), excluded: excluded.slice(0, MAX_TERMS) };
}

/**
 * A compound's half shorter than this is looked for as a whole term, not as a prefix: "werk"* or
 * "buurt"* stands for hundreds of words (werkgever, werkloos, buurthuis), which found lessons the
 * compound is not about and cost 20–40 ms a question in PocketBase's SQLite. Compounds that hold
 * the half are still found: the index has their parts as terms of their own.
 */
const MIN_PREFIX_HALF = 6;

function render(alternative) {
  if (alternative.kind === "phrase") return `"${alternative.terms.join(" ")}"`;
  const terms = alternative.terms.map((term) => (alternative.kind === "all" && term.length < MIN_PREFIX_HALF ? `"${term}"` : `"${term}"*`));
  return terms.length === 1 ? terms[0] : `(${terms.join(" AND ")})`;
}

/**
 * Turns what a person typed into an FTS5 MATCH expression. Every term is reduced to letters and
 * digits and quoted, so nothing typed can become FTS syntax. Returns null when nothing searchable
 * remains.
 */
function parseSearchQuery(input) {
  const { units, excluded } = readQuery(input);
  if (units.length === 0) return null;
  const expression = units
    .map((unit) => {
      const rendered = unique(unit.map(render));
      return rendered.length === 1 ? rendered[0] : `(${rendered.join(" OR ")})`;
    })
    .join(" AND ");
  return excluded.length ? `${expression} NOT (${excluded.map(render).join(" OR ")})` : expression;
}

/** The index terms a query looks for (stems, compound halves, synonyms), for highlighting. */
function queryTerms(input) {
  const { units } = readQuery(input);
  return unique(units.flatMap((unit) => unit.flatMap((alternative) => alternative.terms)));
}

module.exports = { normalise, stem, searchText, parseSearchQuery, queryTerms, wordTerms };
