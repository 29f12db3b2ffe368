import { describe, it, expect } from "vitest";
import { toCsv, type CsvColumn, type CsvSeparator } from "../../src/domain/csv.ts";
import { portfolioCsvColumns } from "../../src/domain/portfolio/csv-rows.ts";
import type { LessonRecord } from "../../src/data/records.ts";
import { lessonCsvColumns, lessonExportRow } from "../../src/server/lesson-export.ts";
import { portfolioPilot } from "../support/portfolio-records.ts";
import { parseCsv } from "../support/parse-csv.ts";

type Cell = string | number | null | undefined;

/** One column whose header is "waarde" and whose value is the row itself. */
const single: ReadonlyArray<CsvColumn<Cell>> = [{ header: "waarde", value: (row) => row }];
/** The CSV text of a single cell, without BOM, header and line end. */
const cell = (value: Cell): string => {
  const csv = toCsv([value], single);
  const prefix = "\uFEFFwaarde\r\n";
  expect(csv.startsWith(prefix)).toBe(true);
  expect(csv.endsWith("\r\n")).toBe(true);
  return csv.slice(prefix.length, -2);
};

type Lesson = { title: string; municipality: string; score: number | null; note?: string };
const columns: ReadonlyArray<CsvColumn<Lesson>> = [
  { header: "Titel", value: (lesson) => lesson.title },
  { header: "Gemeente", value: (lesson) => lesson.municipality },
  { header: "Score", value: (lesson) => lesson.score },
  { header: "Notitie", value: (lesson) => lesson.note },
];

describe("toCsv", () => {
  it("writes a BOM, a header row, semicolons and CRLF line ends", () => {
    const csv = toCsv<Lesson>(
      [
        { title: "Wijkteam werkt", municipality: "Utrecht", score: 4, note: "goed" },
        { title: "Schulden eerder zien", municipality: "Zwolle", score: 2.5 },
      ],
      columns,
    );
    expect(csv).toBe("\uFEFFTitel;Gemeente;Score;Notitie\r\nWijkteam werkt;Utrecht;4;goed\r\nSchulden eerder zien;Zwolle;2,5;\r\n");
  });

  it("starts with exactly one byte order mark", () => {
    const csv = toCsv<Lesson>([], columns);
    expect(csv.codePointAt(0)).toBe(0xfeff);
    expect(csv.codePointAt(1)).toBe("T".codePointAt(0));
  });

  it("writes only the header row when there are no rows", () => {
    expect(toCsv<Lesson>([], columns)).toBe("\uFEFFTitel;Gemeente;Score;Notitie\r\n");
  });

  it("has no bare line feeds outside quoted fields", () => {
    const csv = toCsv<Lesson>(
      [
        { title: "a", municipality: "b", score: 1 },
        { title: "c", municipality: "d", score: null },
      ],
      columns,
    );
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(csv.split("\r\n")).toHaveLength(4);
  });

  it.each([
    ["gewone tekst", "gewone tekst"],
    ["a;b", '"a;b"'],
    ['zei "ja"', '"zei ""ja"""'],
    ['"', '""""'],
    ["regel 1\nregel 2", '"regel 1\nregel 2"'],
    ["regel 1\r\nregel 2", '"regel 1\r\nregel 2"'],
    ["regel 1\rregel 2", '"regel 1\rregel 2"'],
    ['a;"b"\nc', '"a;""b""\nc"'],
    ["komma, geen puntkomma", "komma, geen puntkomma"],
    ["  spaties  ", "  spaties  "],
    ["", ""],
    ["Fryslân – café", "Fryslân – café"],
  ])("writes the text %j as %j", (value, expected) => {
    expect(cell(value)).toBe(expected);
  });

  it.each([
    [0, "0"],
    [42, "42"],
    [1.5, "1,5"],
    [-3, "-3"],
    [-0.25, "-0,25"],
    [1234567.89, "1234567,89"],
  ])("writes the number %d as %j", (value, expected) => {
    expect(cell(value)).toBe(expected);
  });

  it.each([null, undefined])("writes %j as an empty field", (value) => {
    expect(cell(value)).toBe("");
  });

  it.each([
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+31 6 12345678", "'+31 6 12345678"],
    ["-3", "'-3"],
    ["-huur", "'-huur"],
    ["@gemeente", "'@gemeente"],
    ['=HYPERLINK("https://evil.test";"klik")', `"'=HYPERLINK(""https://evil.test"";""klik"")"`],
    ["=1;2", `"'=1;2"`],
    ["a=1", "a=1"],
    ["e-mail", "e-mail"],
  ])("guards the formula-like text %j as %j", (value, expected) => {
    expect(cell(value)).toBe(expected);
  });

  it("guards the header row too", () => {
    expect(toCsv<Cell>([], [{ header: "=kop", value: (row) => row }])).toBe("\uFEFF'=kop\r\n");
  });

  it("quotes a header that holds a separator", () => {
    expect(
      toCsv<Cell>(
        [],
        [
          { header: "Titel; kort", value: (row) => row },
          { header: "b", value: (row) => row },
        ],
      ),
    ).toBe('\uFEFF"Titel; kort";b\r\n');
  });

  it("keeps the number of fields per line equal to the number of columns", () => {
    const csv = toCsv<Lesson>([{ title: "x;y", municipality: 'a"b', score: -1.5, note: "=c" }], columns);
    expect(csv).toBe(`\uFEFFTitel;Gemeente;Score;Notitie\r\n"x;y";"a""b";-1,5;'=c\r\n`);
  });
});

const SEPARATORS: readonly CsvSeparator[] = [";", ",", "\t"];
/** Cells that break a naive writer with one separator or another. */
const NASTY = [
  "gewoon",
  "punt;komma",
  "komma, en meer",
  "tab\ter tussen",
  'zei "ja"',
  '"',
  "regel 1\nregel 2",
  "regel 1\r\nregel 2",
  "alleen\rCR",
  "\r\n",
  'alles; samen,\t"en"\r\nmeer',
  ";",
  ",",
  "\t",
];
/** A text cell as a spreadsheet should get it: with the formula guard where it starts like a formula. */
const guarded = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
/** What each cell must look like in the file: quoted exactly when it holds the separator, a quote, CR or LF. */
const written = (text: string, separator: string) => {
  const cell = guarded(text);
  return cell.includes(separator) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
};

describe.each(SEPARATORS)("toCsv with the separator %j", (separator) => {
  const pair: ReadonlyArray<CsvColumn<string>> = [
    { header: "cel", value: (row) => row },
    { header: "daarna", value: () => "x" },
  ];

  it.each(NASTY)("writes the cell %j quoted exactly when needed, and it reads back whole", (text) => {
    const csv = toCsv([text], pair, { separator });
    expect(csv).toBe(`\uFEFFcel${separator}daarna\r\n${written(text, separator)}${separator}x\r\n`);
    expect(parseCsv(csv, separator)).toEqual([
      ["cel", "daarna"],
      [guarded(text), "x"],
    ]);
  });

  it("quotes a header that holds the separator", () => {
    const csv = toCsv<string>([], [{ header: `a${separator}b`, value: (row) => row }], { separator });
    expect(csv).toBe(`\uFEFF"a${separator}b"\r\n`);
  });

  it("keeps the formula guard, also on cells that need quotes", () => {
    const csv = toCsv([`=1${separator}2`, "@x"], [{ header: "cel", value: (row: string) => row }], { separator });
    expect(parseCsv(csv, separator)).toEqual([["cel"], [`'=1${separator}2`], ["'@x"]]);
  });

  it("writes a decimal number that reads back as the same number text", () => {
    const csv = toCsv([1.5, -0.25], [{ header: "getal", value: (row: number) => row }], { separator });
    expect(parseCsv(csv, separator)).toEqual([["getal"], ["1,5"], ["-0,25"]]);
  });
});

describe.each(SEPARATORS)("both exports with the separator %j", (separator) => {
  it.each(NASTY)("the lesson export keeps %j in its own cell of every column", (text) => {
    const lesson = {
      id: "abc123def456ghi",
      municipality: "m1",
      pilot: "",
      author: "",
      title: text,
      body: text,
      kind: "tip",
      domain: "wmo",
      target_group: text,
      principles: ["maatwerk"],
      tags: [text],
      visibility: "public",
      created: "2026-03-01 10:00:00.000Z",
      updated: "2026-03-01 10:00:00.000Z",
      expand: { municipality: { name: text } },
    } as unknown as LessonRecord;
    const row = lessonExportRow(lesson);
    const records = parseCsv(toCsv([row], lessonCsvColumns, { separator }), separator);
    expect(records).toHaveLength(2);
    expect(records[1]).toEqual(lessonCsvColumns.map((column) => guarded(String(column.value(row)))));
    expect(records[1]?.[1]).toBe(guarded(text));
  });

  it.each(NASTY)("the portfolio export keeps %j in its own cell of every column", (text) => {
    const pilot = portfolioPilot({ title: text });
    const columns = portfolioCsvColumns();
    const row = { pilot, records: { pilots: [pilot], hypotheses: [], budgetLines: [], risks: [], evaluations: [], lessonCounts: {} } };
    const records = parseCsv(toCsv([row], columns, { separator }), separator);
    expect(records).toHaveLength(2);
    expect(records[1]).toHaveLength(columns.length);
    expect(records[1]?.[0]).toBe(guarded(text));
  });
});
