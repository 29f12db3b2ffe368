import type { APIRoute } from "astro";
import { exportableLessons } from "../../data/lessons.ts";
import { parseLessonFilters } from "../../domain/lesson-filters.ts";
import { lessonExportRow } from "../../server/lesson-export.ts";

/** The lessons this visitor may see (PocketBase's rules decide), optionally by domain and kind. */
export const GET: APIRoute = async ({ locals, url }) => {
  const lessons = await exportableLessons(locals.pb, parseLessonFilters(url.searchParams));
  return new Response(JSON.stringify(lessons.map(lessonExportRow), null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": 'attachment; filename="proeftuin-lessen.json"',
      "cache-control": "private, no-store",
    },
  });
};
