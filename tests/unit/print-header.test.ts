import { describe, expect, it } from "vitest";
import { cssString, printHeaderCss } from "../../src/domain/print-header.ts";

describe("the printed report's page header", () => {
  it("names who and when on the left and the page number on the right", () => {
    const css = printHeaderCss("Experimentenportfolio Zwolle · 4 december 2026");
    expect(css).toContain('@top-left { content: "Experimentenportfolio Zwolle · 4 december 2026"; }');
    expect(css).toContain('@top-right { content: "pagina " counter(page) " van " counter(pages); }');
  });

  it("keeps a name with quotes, braces or a closing tag inside its string", () => {
    const written = cssString('Gemeente "X"; } body { display: none } </style>\\');
    expect(written).toBe('"Gemeente \\22 X\\22 ; \\7d  body \\7b  display: none \\7d  \\3c /style\\3e \\5c "');
    // Nothing between the outer quotes can end the string.
    expect(written.slice(1, -1)).not.toMatch(/["'{}<>\n]/);
  });
});
