import { randomInt } from "node:crypto";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

function randomPart(length: number): string {
  let part = "";
  for (let i = 0; i < length; i++) part += ALPHABET[randomInt(ALPHABET.length)];
  return part;
}

/**
 * A PocketBase record id chosen by the app, so a pilot and its rows can be created in one batch
 * (the rows need the pilot's id before the batch runs).
 */
export function newRecordId(): string {
  return randomPart(15);
}

/**
 * Ids for rows created together, in order: one random prefix and a counter, so rows created in the
 * same millisecond still sort by id in the order they were typed.
 */
export function newRecordIds(count: number): string[] {
  const prefix = randomPart(10);
  return Array.from({ length: count }, (_, index) => prefix + index.toString(36).padStart(5, "0"));
}
