/**
 * The running header of a printed report, as a CSS @page rule: who and when on the left, the page
 * number on the right. Chromium prints @page margin boxes; the text comes from the data, so it is
 * written as an escaped CSS string that no name can break out of.
 */
export function cssString(text: string): string {
  // Every character that could end the string, the rule or the stylesheet becomes a hex escape.
  return `"${text.replace(/[\\"'<>{}\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

export function printHeaderCss(left: string): string {
  return [
    "@page {",
    `  @top-left { content: ${cssString(left)}; }`,
    '  @top-right { content: "pagina " counter(page) " van " counter(pages); }',
    "}",
    "",
  ].join("\n");
}
