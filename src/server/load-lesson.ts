import type { TypedPocketBase } from "../data/client.ts";
import type { LessonRecord } from "../data/records.ts";
import { getLesson } from "../data/lessons.ts";
import { loadOrNull } from "./load-or-null.ts";

/** The lesson, or null when PocketBase says it is not there for this visitor. */
export const loadLesson = (pb: TypedPocketBase, id: string | undefined): Promise<LessonRecord | null> =>
  loadOrNull(id, (lessonId) => getLesson(pb, lessonId));
