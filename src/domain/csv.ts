/**
 * CSV that Excel with Dutch settings opens correctly: semicolon separated unless asked otherwise,
 * UTF-8 with a byte order mark, CRLF line ends. Both exports (lessons, portfolio) write every cell
 * through `csvField`, so a cell that holds the separator in use, a quote or a line break is quoted
 * whatever the separator.
 */
export type CsvColumn<T> = { header: string; value: (row: T) => string | number | null | undefined };
export type CsvSeparator = ";" | "," | "\t";
export type CsvOptions = { separator?: CsvSeparator };

/** One cell as it is written between separators. */
function csvField(value: string | number | null | undefined, separator: CsvSeparator): string {
  if (value === null || value === undefined) return "";
  // Dutch Excel reads "1.5" as a date or text; a decimal comma reads as a number.
  const text = typeof value === "number" ? String(value).replace(".", ",") : value;
  // A leading =, +, -, @, tab or carriage return would make a spreadsheet run the cell as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value !== "number" ? `'${text}` : text;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv<T>(rows: readonly T[], columns: ReadonlyArray<CsvColumn<T>>, options: CsvOptions = {}): string {
  const separator = options.separator ?? ";";
  const line = (cells: ReadonlyArray<string | number | null | undefined>) => cells.map((cell) => csvField(cell, separator)).join(separator);
  const lines = [line(columns.map((column) => column.header))];
  for (const row of rows) lines.push(line(columns.map((column) => column.value(row))));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
