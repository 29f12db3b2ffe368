/**
 * CSV that Excel with Dutch settings opens correctly: semicolon separated, UTF-8 with a byte order
 * mark, CRLF line ends, and every field that holds a separator, quote or line break quoted.
 */
export type CsvColumn<T> = { header: string; value: (row: T) => string | number | null | undefined };

const needsQuotes = /[";\r\n]/;

function field(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  // Dutch Excel reads "1.5" as a date or text; a decimal comma reads as a number.
  const text = typeof value === "number" ? String(value).replace(".", ",") : value;
  // A leading =, +, -, @, tab or carriage return would make a spreadsheet run the cell as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value !== "number" ? `'${text}` : text;
  return needsQuotes.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv<T>(rows: readonly T[], columns: ReadonlyArray<CsvColumn<T>>): string {
  const lines = [columns.map((column) => field(column.header)).join(";")];
  for (const row of rows) lines.push(columns.map((column) => field(column.value(row))).join(";"));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
