// The Snowball Dutch stemmer (https://snowballstem.org/algorithms/dutch/stemmer.html), ported by
// hand from the Snowball source so PocketBase's JavaScript engine loads 150 lines instead of the
// 870 kB snowball-stemmers bundle. tests/unit/search-stemmer.test.ts checks that it gives the
// same stems as snowball-stemmers 0.6.0 on every word of the dictionary.
//
// Snowball: Copyright (c) 2001, Dr Martin Porter; Copyright (c) 2002, Richard Boulton. All rights
// reserved. Redistribution and use in source and binary forms, with or without modification, are
// permitted provided that the following conditions are met: redistributions of source code must
// retain the above copyright notice, this list of conditions and the following disclaimer;
// redistributions in binary form must reproduce the above copyright notice, this list of
// conditions and the following disclaimer in the documentation and/or other materials provided
// with the distribution; neither the name of the copyright holders nor the names of its
// contributors may be used to endorse or promote products derived from this software without
// specific prior written permission. THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND
// CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES ARE DISCLAIMED.
//
// Input is a normalised word (a-z and digits, see search-text.js normalise); the upper-case I and Y
// mark an i or y that acts as a consonant, as in the Snowball prelude.

/** Lower-case vowels only: the marked I and Y count as consonants. */
const isVowel = (ch) => ch !== undefined && "aeiouy".indexOf(ch) >= 0;

function prelude(word) {
  const chars = word.split("");
  if (chars[0] === "y") chars[0] = "Y";
  let from = 0;
  while (from < chars.length) {
    let at = -1;
    for (let p = from; p < chars.length; p++) {
      const next = chars[p + 1];
      if (isVowel(chars[p]) && ((next === "i" && isVowel(chars[p + 2])) || next === "y")) {
        at = p;
        break;
      }
    }
    if (at < 0) break;
    if (chars[at + 1] === "i" && isVowel(chars[at + 2])) {
      chars[at + 1] = "I";
      from = at + 3;
    } else {
      chars[at + 1] = "Y";
      from = at + 2;
    }
  }
  return chars.join("");
}

/** R1 and R2 start after the first and second vowel-consonant pair; R1 never before the 4th letter. */
function regions(word) {
  const n = word.length;
  const none = { p1: n, p2: n };
  if (n < 3) return none;
  const pastPair = (start) => {
    let c = start;
    while (c < n && !isVowel(word[c])) c++;
    if (c >= n) return -1;
    c++;
    while (c < n && isVowel(word[c])) c++;
    return c >= n ? -1 : c + 1;
  };
  const first = pastPair(0);
  if (first < 0) return none;
  const second = pastPair(first);
  return { p1: Math.max(first, 3), p2: second < 0 ? n : second };
}

function snowballDutch(word) {
  let s = prelude(word);
  const { p1, p2 } = regions(s);
  let eFound = false;
  const undouble = () => {
    if (/(kk|dd|tt)$/.test(s)) s = s.slice(0, -1);
  };
  const enEnding = (start) => {
    if (start < p1 || start === 0 || isVowel(s[start - 1]) || s.slice(0, start).endsWith("gem")) return;
    s = s.slice(0, start);
    undouble();
  };
  const eEnding = () => {
    eFound = false;
    const start = s.length - 1;
    if (s[start] !== "e" || start < p1 || start === 0 || isVowel(s[start - 1])) return;
    s = s.slice(0, start);
    eFound = true;
    undouble();
  };

  if (s.endsWith("heden")) {
    if (s.length - 5 >= p1) s = `${s.slice(0, -5)}heid`;
  } else if (s.endsWith("ene") || s.endsWith("en")) {
    enEnding(s.length - (s.endsWith("ene") ? 3 : 2));
  } else if (s.endsWith("se") || s.endsWith("s")) {
    const start = s.length - (s.endsWith("se") ? 2 : 1);
    const before = s[start - 1];
    if (start >= p1 && start > 0 && !isVowel(before) && before !== "j") s = s.slice(0, start);
  }
  eEnding();

  if (s.endsWith("heid") && s.length - 4 >= p2 && s[s.length - 5] !== "c") {
    s = s.slice(0, -4);
    if (s.endsWith("en")) enEnding(s.length - 2);
  }

  const suffix = ["end", "ing", "ig", "lijk", "baar", "bar"].find((end) => s.endsWith(end));
  const start = suffix === undefined ? -1 : s.length - suffix.length;
  if (suffix !== undefined && start >= p2) {
    if (suffix === "end" || suffix === "ing") {
      s = s.slice(0, start);
      const ig = s.length - 2;
      if (s.endsWith("ig") && ig >= p2 && s[ig - 1] !== "e") s = s.slice(0, ig);
      else undouble();
    } else if (suffix === "ig") {
      if (s[start - 1] !== "e") s = s.slice(0, start);
    } else if (suffix === "lijk") {
      s = s.slice(0, start);
      eEnding();
    } else if (suffix === "baar" || eFound) {
      s = s.slice(0, start);
    }
  }

  const n = s.length;
  if (n >= 4 && !isVowel(s[n - 1]) && s[n - 1] !== "I" && /^(aa|ee|oo|uu)$/.test(s.slice(n - 3, n - 1)) && !isVowel(s[n - 4])) {
    s = s.slice(0, n - 2) + s.slice(n - 1);
  }
  return s.replace(/I/g, "i").replace(/Y/g, "y");
}

module.exports = { snowballDutch };
