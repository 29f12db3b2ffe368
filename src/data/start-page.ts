import type { TypedPocketBase } from "./client.ts";
import type { LessonRecord } from "./records.ts";
import type { Domain } from "../domain/options.ts";

/**
 * The newest lessons of other municipalities in these domains, as the reader may see them. The
 * domains are the site's own option values; they still go in as parameters, as every filter value does.
 */
export async function recentLessonsInDomains(
  pb: TypedPocketBase,
  inDomains: readonly Domain[],
  exceptMunicipality: string,
  count: number,
): Promise<LessonRecord[]> {
  if (inDomains.length === 0) return [];
  const params: Record<string, string> = { m: exceptMunicipality };
  const anyDomain = inDomains.map((domain, i) => {
    params[`d${i}`] = domain;
    return `domain = {:d${i}}`;
  });
  const result = await pb.collection("lessons").getList(1, count, {
    filter: pb.filter(`(${anyDomain.join(" || ")}) && municipality != {:m}`, params),
    sort: "-created,-id",
    expand: "municipality",
    fields: "id,title,domain,kind,created,municipality,expand.municipality.name",
    skipTotal: true,
  });
  return result.items;
}

/**
 * The newest public lessons and how many there are. Only public ones are asked for, so the count is
 * the same whoever asks: the home page shows it to visitors.
 */
export async function newestPublicLessonsWithTotal(pb: TypedPocketBase, count: number): Promise<{ items: LessonRecord[]; total: number }> {
  const result = await pb.collection("lessons").getList(1, count, {
    filter: 'visibility = "public"',
    sort: "-created,-id",
    expand: "municipality",
    fields: "id,title,domain,kind,created,municipality,expand.municipality.name",
  });
  return { items: result.items, total: result.totalItems };
}
