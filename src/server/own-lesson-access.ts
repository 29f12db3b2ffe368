import type { AstroGlobal } from "astro";
import type { LessonRecord } from "../data/records.ts";
import { forbidden, notFound, type Access } from "./access.ts";
import { loadLesson } from "./load-lesson.ts";
import { requireWriter } from "./require-writer.ts";

/**
 * For pages that change an own lesson: a guest goes to sign in, a collega gets 403 with `notWriter`,
 * a lesson they cannot see 404, another municipality's lesson 403 with `notOwn`. PocketBase decides
 * again on save.
 */
export async function ownLessonAccess(
  astro: AstroGlobal,
  { notWriter, notOwn }: { notWriter: string; notOwn: string },
): Promise<Access<LessonRecord>> {
  const writer = requireWriter(astro, notWriter);
  if (writer.kind !== "ok") return writer;
  const lesson = await loadLesson(astro.locals.pb, astro.params.id);
  if (!lesson) return notFound(astro);
  if (lesson.municipality !== writer.data.municipality) return forbidden(astro, notOwn);
  return { kind: "ok", data: lesson };
}
