import type { Domain, Principle, SizeClass } from "./options.ts";

/**
 * How alike two pilots or lessons are, so a municipality first finds what was learned in a
 * comparable place: same domain weighs most, then the same size class of municipality (a small
 * municipality finds other small ones first), then shared principles and target-group words.
 */
export type Comparable = {
  id: string;
  domain: Domain;
  target_group: string;
  principles: readonly Principle[];
  sizeClass: SizeClass | "";
  municipality: string;
};

const words = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length > 3),
  );

export function similarity(a: Comparable, b: Comparable): number {
  let score = 0;
  if (a.domain === b.domain) score += 4;
  if (a.sizeClass && a.sizeClass === b.sizeClass) score += 3;
  score += a.principles.filter((principle) => b.principles.includes(principle)).length;
  const targetWords = words(a.target_group);
  score += Math.min(3, [...words(b.target_group)].filter((word) => targetWords.has(word)).length);
  return score;
}

/** The most similar candidates from other municipalities, best first; ties keep the given order. */
export function mostSimilar<T extends Comparable>(to: Comparable, candidates: readonly T[], count = 5): T[] {
  return candidates
    .filter((candidate) => candidate.id !== to.id && candidate.municipality !== to.municipality)
    .map((candidate, index) => ({ candidate, index, score: similarity(to, candidate) }))
    .filter(({ score }) => score > 0)
    .sort((x, y) => y.score - x.score || x.index - y.index)
    .slice(0, count)
    .map(({ candidate }) => candidate);
}
