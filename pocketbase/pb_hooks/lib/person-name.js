// The rule for an account's name, which comments and the audit trail show to others: it may not pose
// as the platform, nor be taken for another account's name. Plain CommonJS without PocketBase
// globals (and without \p{…} classes, which PocketBase's JavaScript engine does not know), so
// tests/unit/person-name.test.ts runs the very same code under Node.

const NAME_MESSAGES = {
  invisible: "Een naam mag geen onzichtbare tekens of stuurtekens bevatten.",
  short: "Vul een naam in van minstens twee letters.",
  reserved:
    "Deze naam lijkt op een naam van het platform (zoals platformbeheer, beheerder of systeem). Gebruik de eigen naam van de persoon.",
  duplicate:
    "Deze naam is al in gebruik bij een ander account (hoofdletters, accenten, spaties en lijkende tekens tellen niet mee). Voeg bijvoorbeeld een voorletter toe.",
};

// Characters that are not seen but change what is seen: controls, zero-width and joining marks,
// direction overrides (which can show "reehebmroftalp" as "platformbeheer"), byte-order marks,
// Hangul fillers, variation selectors and tag characters (surrogate pairs, so this also works in
// engines without the u flag).
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these characters are what is looked for
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: these characters are what is looked for
  /[\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb]|\udb40[\udc00-\udc7f\udd00-\uddef]/;

// Combining marks left after NFKD: "é" becomes "e" and the accent goes.
// biome-ignore lint/suspicious/noMisleadingCharacterClass: the marks alone are matched, to be removed
const MARKS = /[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

// Capitals of other scripts that look like Latin ones; mapped before lower-casing, because their
// lower case no longer looks alike (Cyrillic "Н" is "H", its "н" is not "h").
const UPPER_LOOKALIKES = {
  А: "a",
  В: "b",
  Е: "e",
  Ѕ: "s",
  І: "l",
  Ј: "j",
  К: "k",
  М: "m",
  Н: "h",
  О: "o",
  Р: "p",
  С: "c",
  Т: "t",
  У: "y",
  Х: "x",
  Ү: "y",
  Ӏ: "l",
  Ԛ: "q",
  Ԝ: "w",
  Α: "a",
  Β: "b",
  Ε: "e",
  Ζ: "z",
  Η: "h",
  Ι: "l",
  Κ: "k",
  Μ: "m",
  Ν: "n",
  Ο: "o",
  Ρ: "p",
  Τ: "t",
  Υ: "y",
  Χ: "x",
};

// Lower-case letters of other scripts, digits and signs that pass for a Latin letter.
const LOWER_LOOKALIKES = {
  а: "a",
  е: "e",
  ё: "e",
  і: "i",
  ї: "i",
  ј: "j",
  о: "o",
  р: "p",
  с: "c",
  ѕ: "s",
  у: "y",
  х: "x",
  һ: "h",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  ӏ: "l",
  ь: "b",
  α: "a",
  ι: "i",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  υ: "u",
  χ: "x",
  γ: "y",
  ı: "i",
  ȷ: "j",
  ǀ: "l",
  ɑ: "a",
  ɡ: "g",
  ɩ: "i",
  0: "o",
  1: "l",
  3: "e",
  4: "a",
  5: "s",
  6: "b",
  7: "t",
  8: "b",
  9: "g",
  "@": "a",
  $: "s",
  "€": "e",
  "|": "l",
  "!": "i",
};

// Spaces and punctuation: they separate words and do not make a name another one.
const SEPARATORS = /[\s!-/:-@\u005b-\u0060{-~\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u2e00-\u2e7f\u3000-\u303f]+/g;

/**
 * The words of a name as they look: accents off, one case, look-alike letters and digits as the
 * letter they pass for; "i" and "l", "rn" and "m", "vv" and "w" are one and the same.
 */
function lookalikeWords(name) {
  let text = String(name).normalize("NFKD").replace(MARKS, "");
  text = text.replace(/[\u0391-\u03a9\u0400-\u052f]/g, (c) => UPPER_LOOKALIKES[c] || c).toLowerCase();
  // One replace over the few characters concerned: a loop over every character is ten times
  // slower in PocketBase's engine, and every other account's name passes through here.
  return text
    .replace(/[0-9@$\u20ac|!\u0131\u01c0\u0237\u0251\u0261\u0269\u0370-\u03ff\u0400-\u052f]/g, (c) => LOWER_LOOKALIKES[c] || c)
    .replace(/l/g, "i")
    .replace(/rn/g, "m")
    .replace(/vv/g, "w")
    .split(SEPARATORS)
    .filter((word) => word !== "");
}

/** What two names are compared by: "Jan de Vries", "JAN-DE-VRIËS" and "Jan de Vr1es" share one key. */
function nameKey(name) {
  return lookalikeWords(name).join("");
}

// Doubled letters ("plattformbeheer") do not make a reserved word another one.
const undoubled = (text) => text.replace(/(.)\1+/g, "$1");

// Reserved as a whole word ("Admin Rotterdam"), but not inside one ("Badminton", "Beheerman").
const RESERVED_WORDS = ["admin", "beheer", "platform", "support", "sysadmin", "system", "systeem", "webmaster"].map((word) =>
  undoubled(nameKey(word)),
);
// Reserved anywhere, also across spaces ("Platform Beheer", "Team Proeftuin", "p l a t f o r m…").
const RESERVED_PARTS = [
  "platformbeheer",
  "beheerder",
  "proeftuin",
  "administrator",
  "superuser",
  "superadmin",
  "moderator",
  "systeembeheer",
  "helpdesk",
  "servicedesk",
].map((word) => undoubled(nameKey(word)));

function posesAsPlatform(name) {
  const words = lookalikeWords(name).map(undoubled);
  const joined = undoubled(words.join(""));
  return words.some((word) => RESERVED_WORDS.includes(word)) || RESERVED_PARTS.some((part) => joined.includes(part));
}

/**
 * Why a name cannot be an account's name, in Dutch, or "" when it can. otherNames are the names
 * of all other accounts.
 */
function nameProblem(name, otherNames) {
  const text = String(name || "");
  if (INVISIBLE.test(text)) return NAME_MESSAGES.invisible;
  if (posesAsPlatform(text)) return NAME_MESSAGES.reserved;
  const key = nameKey(text);
  if (key.length < 2) return NAME_MESSAGES.short;
  for (const other of otherNames || []) {
    if (nameKey(other) === key) return NAME_MESSAGES.duplicate;
  }
  return "";
}

module.exports = { nameProblem, nameKey, NAME_MESSAGES };
