/** The part of snowball-stemmers (which ships no types) that tests/unit/search-stemmer.test.ts uses. */
declare module "snowball-stemmers" {
  export function newStemmer(language: string): { stem: (word: string) => string };
}
