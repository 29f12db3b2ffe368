import type { APIRoute } from "astro";
import { exportableLessons } from "../../data/lessons.ts";
import { parseLessonFilters } from "../../domain/lesson-filters.ts";
import { toCsv } from "../../domain/csv.ts";
import { lessonCsvColumns, lessonExportRow } from "../../server/lesson-export.ts";

/** The same lessons as the JSON export, as CSV that opens in Excel with Dutch settings. */
export const GET: APIRoute = async ({ locals, url }) => {
  const lessons = await exportableLessons(locals.pb, parseLessonFilters(url.searchParams));
  return new Response(toCsv(lessons.map(lessonExportRow), lessonCsvColumns), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="proeftuin-lessen.csv"',
      "cache-control": "private, no-store",
    },
  });
};
