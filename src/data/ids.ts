import { randomInt } from "node:crypto";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/**
 * A PocketBase record id chosen by the app, so a pilot and its rows can be created in one batch
 * (the rows need the pilot's id before the batch runs).
 */
export function newRecordId(): string {
  let id = "";
  for (let i = 0; i < 15; i++) id += ALPHABET[randomInt(ALPHABET.length)];
  return id;
}
