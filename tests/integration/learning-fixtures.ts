import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import type { LessonSearchResult } from "../../src/data/lessons.ts";
import { admin } from "./fixtures.ts";

/**
 * Helpers for the learning network's tests (lessons, their search, comments, adoption), kept apart
 * from fixtures.ts so that both can grow at the same time.
 */

const LETTERS = "bcdfghjklmnpqrtvwz";

/**
 * A nonsense word of letters only, unique per call, so a full-text search finds only the lessons of
 * the test that made it. It starts with "zq" and ends in "x", so the Dutch stemmer leaves it whole
 * and no real Dutch word (or another test's word) is a prefix of it or has it as a prefix.
 */
export function nonsenseWord(): string {
  let middle = "";
  for (let i = 0; i < 10; i++) middle += LETTERS[Math.floor(Math.random() * LETTERS.length)];
  return `zq${middle}x`;
}

/** A valid lesson of the municipality, written by `author`; the body holds `word` when given. */
export function lessonData(municipalityId: string, authorId: string, overrides: Record<string, unknown> = {}) {
  return {
    municipality: municipalityId,
    author: authorId,
    title: `Les ${nonsenseWord()}`,
    body: "Een vaste contactpersoon per gezin maakte het verschil in de aanpak.",
    kind: "werkzaam_element",
    domain: "jeugd",
    principles: ["maatwerk"],
    tags: ["contactpersoon"],
    visibility: "public",
    ...overrides,
  };
}

/** Creates a lesson with the signed-in manager's (or director's) client: the user is the author. */
export async function createLesson(pb: PocketBase, overrides: Record<string, unknown> = {}): Promise<RecordModel> {
  const user = pb.authStore.record;
  if (!user) throw new Error("createLesson needs a signed-in client");
  return pb.collection("lessons").create(lessonData(String(user.municipality), user.id, overrides));
}

/** GET /api/proeftuin/lessons as the client's user (or as a guest). */
export function searchAs(pb: PocketBase, query: Readonly<Record<string, string | number | undefined>> = {}): Promise<LessonSearchResult> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params[key] = String(value);
  return pb.send<LessonSearchResult>("/api/proeftuin/lessons", { method: "GET", query: params });
}

/** The ids of the hits, sorted, for comparing sets. */
export const idsOf = (result: LessonSearchResult): string[] => result.items.map((item) => item.id).sort();

/** A copy of the ids, sorted, to compare with idsOf. */
export const sorted = (ids: readonly string[]): string[] => [...ids].sort();

/** The audit_log entries of one record, as the superuser sees them. */
export async function auditEntriesOf(collection: string, record: string): Promise<RecordModel[]> {
  const pb = await admin();
  return pb.collection("audit_log").getFullList({
    filter: pb.filter("collection = {:c} && record = {:r}", { c: collection, r: record }),
    sort: "time,id",
  });
}

/** A lesson written past the rules, as platformbeheer, into any municipality (no author). */
export async function createLessonAsAdmin(municipalityId: string, overrides: Record<string, unknown> = {}): Promise<RecordModel> {
  const pb = await admin();
  return pb.collection("lessons").create(lessonData(municipalityId, "", overrides));
}
