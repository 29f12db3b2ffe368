import { z } from "zod";
import type { TypedPocketBase } from "./client.ts";
import type { LessonRecord } from "./records.ts";
import type { LessonFilters } from "../domain/lesson-filters.ts";
import type { LessonForm } from "../domain/lesson.ts";
import { domains, evidenceLevels, lessonKinds, provinces, sizeClasses, visibilities, type Domain } from "../domain/options.ts";
import { toSaveFailure, type SaveFailure } from "./errors.ts";
import { orEmpty } from "./answers.ts";
import { sendTagged, type TaggedAnswer } from "./tagged-answers.ts";

const LessonHitSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** The first 1000 characters of the body, Markdown; src/server/lesson-snippets.ts makes the page's snippet from it. */
  excerpt: z.string(),
  kind: z.enum(lessonKinds.values),
  domain: z.enum(domains.values),
  visibility: z.enum(visibilities.values),
  created: z.string(),
  municipality_id: z.string(),
  municipality_name: z.string(),
  size_class: orEmpty(z.enum(sizeClasses.values)),
  province: z.enum(provinces.values),
  /** "" when the lesson has no pilot or the visitor may not see it. */
  pilot_id: z.string(),
  pilot_title: z.string(),
  evidence_level: orEmpty(z.enum(evidenceLevels.values)),
});

const counts = z.record(z.string(), z.number());

/** The answer of GET /api/proeftuin/lessons (pocketbase/pb_hooks/lib/lesson-search.js). */
const LessonSearchResultSchema = z.object({
  page: z.number(),
  perPage: z.number(),
  totalItems: z.number(),
  totalPages: z.number(),
  items: z.array(LessonHitSchema),
  /** Per facet, the number of lessons for each value, given all the other filters. */
  facets: z.object({ domain: counts, kind: counts, principle: counts, evidence: counts, province: counts, size: counts }),
  /** Every municipality with hits given the other filters (and each chosen one), most lessons first. */
  municipalities: z.array(z.object({ id: z.string(), name: z.string(), count: z.number() })),
  /** For a signed-in user: the number of those hits outside their own municipality; null for a visitor. */
  notOwn: z.number().nullable(),
  /**
   * A broad question (tens of thousands of hits): the total and every count are estimates from the
   * newest lessons, and the hits come newest first instead of best match first (decision 019).
   */
  estimated: z.boolean(),
});
export type LessonSearchResult = z.infer<typeof LessonSearchResultSchema>;

/** The lesson library: Dutch full-text search with facets (pocketbase/pb_hooks/lesson_search.pb.js). */
export async function searchLessons(pb: TypedPocketBase, filters: LessonFilters): Promise<LessonSearchResult> {
  return (await searchLessonsTagged(pb, filters)).value();
}

/**
 * As searchLessons, tagged: with `held`, the answer this caller got before to the same question,
 * PocketBase answers "unchanged" (304) when its answer is that very text, and `held` comes back.
 */
export async function searchLessonsTagged(
  pb: TypedPocketBase,
  filters: LessonFilters,
  held?: TaggedAnswer<LessonSearchResult>,
): Promise<TaggedAnswer<LessonSearchResult>> {
  // Several values of a facet go as repeated parameters (URLSearchParams writes an array that way).
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === "") continue;
    for (const one of Array.isArray(value) ? value : [value === true ? "1" : String(value)]) query.append(key, one);
  }
  return sendTagged(pb, `/api/proeftuin/lessons?${query}`, LessonSearchResultSchema, held);
}

export async function getLesson(pb: TypedPocketBase, id: string): Promise<LessonRecord> {
  return pb.collection("lessons").getOne(id, { expand: "municipality,pilot" });
}

/** Lessons of other municipalities in a domain, as candidates for "similar" lists. */
export async function lessonsInDomain(pb: TypedPocketBase, domain: Domain, exceptMunicipality: string): Promise<LessonRecord[]> {
  const result = await pb.collection("lessons").getList(1, 40, {
    filter: pb.filter("domain = {:domain} && municipality != {:m}", { domain, m: exceptMunicipality }),
    sort: "-created",
    expand: "municipality",
    skipTotal: true,
  });
  return result.items;
}

/** Every lesson this visitor may see, newest first, for the JSON and CSV export (at most 5000). */
export async function exportableLessons(pb: TypedPocketBase, filters: Pick<LessonFilters, "domain" | "kind">): Promise<LessonRecord[]> {
  const anyOf = (field: string, values: readonly string[] = []) =>
    values.length ? `(${values.map((value) => pb.filter(`${field} = {:value}`, { value })).join(" || ")})` : "";
  const clauses = [anyOf("domain", filters.domain), anyOf("kind", filters.kind)].filter(Boolean);
  const result = await pb.collection("lessons").getList(1, 5000, {
    filter: clauses.join(" && "),
    sort: "-created",
    expand: "municipality,pilot",
    skipTotal: true,
  });
  return result.items;
}

export async function newestPublicLessons(pb: TypedPocketBase, count = 50): Promise<LessonRecord[]> {
  const result = await pb.collection("lessons").getList(1, count, {
    filter: 'visibility = "public"',
    sort: "-created",
    expand: "municipality",
    skipTotal: true,
  });
  return result.items;
}

export type SaveLessonResult = { ok: true; id: string } | SaveFailure;

export async function saveLesson(
  pb: TypedPocketBase,
  input: { id?: string | undefined; municipality: string; author: string; form: LessonForm },
): Promise<SaveLessonResult> {
  const { contact, ...form } = input.form;
  // Without a chosen contact PocketBase makes the author the contact, or keeps the current one.
  const fields = { ...form, pilot: input.form.pilot ?? "", ...(contact ? { contact } : {}) };
  try {
    const record = input.id
      ? await pb.collection("lessons").update(input.id, fields)
      : await pb.collection("lessons").create({ ...fields, municipality: input.municipality, author: input.author });
    return { ok: true, id: record.id };
  } catch (error) {
    return toSaveFailure(error, [""], "De les");
  }
}

export async function deleteLesson(pb: TypedPocketBase, id: string): Promise<void> {
  await pb.collection("lessons").delete(id);
}
