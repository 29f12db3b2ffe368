/**
 * Reads CSV back as RFC 4180 does (a quoted field may hold the separator, "" for a quote and line
 * breaks; a record ends at CRLF outside quotes), so the tests check what a spreadsheet gets.
 */
export function parseCsv(csv: string, separator: string): string[][] {
  const text = csv.startsWith("\uFEFF") ? csv.slice(1) : csv;
  const records: string[][] = [];
  let record: string[] = [];
  let at = 0;
  while (at < text.length) {
    let value = "";
    if (text[at] === '"') {
      at += 1;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote < 0) throw new Error("unclosed quote");
        value += text.slice(at, quote);
        at = quote + 1;
        if (text[at] !== '"') break;
        value += '"';
        at += 1;
      }
    } else {
      const ends = [text.indexOf(separator, at), text.indexOf("\r\n", at)].filter((index) => index >= 0);
      const end = ends.length > 0 ? Math.min(...ends) : text.length;
      value = text.slice(at, end);
      if (/["\r\n]/.test(value)) throw new Error(`unquoted quote or line break in ${JSON.stringify(value)}`);
      at = end;
    }
    record.push(value);
    if (text.startsWith(separator, at)) {
      at += separator.length;
    } else if (text.startsWith("\r\n", at)) {
      records.push(record);
      record = [];
      at += 2;
    } else if (at < text.length) {
      throw new Error(`junk after a field at ${at}`);
    }
  }
  if (record.length > 0) records.push(record);
  return records;
}
