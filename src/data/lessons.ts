import type { TypedPocketBase } from "./client.ts";
import type { LessonRecord } from "./records.ts";
import type { LessonFilters } from "../domain/lesson-filters.ts";
import type { LessonForm } from "../domain/lesson.ts";
import type { Domain, EvidenceLevel, LessonKind, Province, SizeClass, Visibility } from "../domain/options.ts";
import { toSaveFailure, type SaveFailure } from "./errors.ts";

export type LessonHit = {
  id: string;
  title: string;
  excerpt: string;
  kind: LessonKind;
  domain: Domain;
  visibility: Visibility;
  created: string;
  municipality_id: string;
  municipality_name: string;
  size_class: SizeClass | "";
  province: Province;
  pilot_id: string;
  pilot_title: string;
  evidence_level: EvidenceLevel | "";
};

export type LessonSearchResult = {
  page: number;
  perPage: number;
  totalItems: number;
  totalPages: number;
  items: LessonHit[];
  /** Per facet, the number of lessons for each value, given all the other filters. */
  facets: Record<"domain" | "kind" | "principle" | "evidence" | "province" | "size", Record<string, number>>;
};

/** The lesson library: Dutch full-text search with facets (pocketbase/pb_hooks/lesson_search.pb.js). */
export async function searchLessons(pb: TypedPocketBase, filters: LessonFilters): Promise<LessonSearchResult> {
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== "") query[key] = String(value);
  return pb.send<LessonSearchResult>("/api/proeftuin/lessons", { query });
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
  const clauses = [
    filters.domain ? pb.filter("domain = {:domain}", { domain: filters.domain }) : "",
    filters.kind ? pb.filter("kind = {:kind}", { kind: filters.kind }) : "",
  ].filter(Boolean);
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
  const fields = { ...input.form, pilot: input.form.pilot ?? "" };
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
