import type { LessonRecord } from "../data/records.ts";
import type { CsvColumn } from "../domain/csv.ts";
import { domains, lessonKinds, principles, visibilities } from "../domain/options.ts";

/** One flat row per lesson, the same for the JSON and the CSV export. */
export type LessonExportRow = {
  id: string;
  titel: string;
  soort: string;
  domein: string;
  doelgroep: string;
  principes: string;
  trefwoorden: string;
  gemeente: string;
  pilot: string;
  zichtbaarheid: string;
  vastgelegd: string;
  les: string;
};

export function lessonExportRow(lesson: LessonRecord): LessonExportRow {
  return {
    id: lesson.id,
    titel: lesson.title,
    soort: lessonKinds.label(lesson.kind),
    domein: domains.label(lesson.domain),
    doelgroep: lesson.target_group,
    principes: lesson.principles.map((p) => principles.label(p)).join(", "),
    trefwoorden: (lesson.tags ?? []).join(", "),
    gemeente: lesson.expand?.municipality?.name ?? "",
    pilot: lesson.expand?.pilot?.title ?? "",
    zichtbaarheid: visibilities.label(lesson.visibility),
    vastgelegd: lesson.created.slice(0, 10),
    les: lesson.body,
  };
}

export const lessonCsvColumns: ReadonlyArray<CsvColumn<LessonExportRow>> = (
  [
    "id",
    "titel",
    "soort",
    "domein",
    "doelgroep",
    "principes",
    "trefwoorden",
    "gemeente",
    "pilot",
    "zichtbaarheid",
    "vastgelegd",
    "les",
  ] as const
).map((key) => ({ header: key, value: (row: LessonExportRow) => row[key] }));
