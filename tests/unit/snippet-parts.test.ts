import { describe, expect, it } from "vitest";
import { snippetParts } from "../../src/domain/snippet-parts.ts";

describe("snippetParts", () => {
  it("cuts the text into plain and found runs in order", () => {
    expect(
      snippetParts({
        text: "Jongeren vonden werk bij werkgevers.",
        marks: [
          [25, 35],
          [0, 8],
        ],
      }),
    ).toEqual([
      { text: "Jongeren", found: true },
      { text: " vonden werk bij ", found: false },
      { text: "werkgevers", found: true },
      { text: ".", found: false },
    ]);
  });

  it("skips marks that overlap, are empty or reach past the text, keeping all text once", () => {
    const text = "schulden en schuldeisers";
    const parts = snippetParts({
      text,
      marks: [
        [0, 8],
        [4, 10],
        [9, 9],
        [12, 99],
        [-3, 2],
      ],
    });
    expect(parts).toEqual([
      { text: "schulden", found: true },
      { text: " en schuldeisers", found: false },
    ]);
    expect(parts.map((part) => part.text).join("")).toBe(text);
  });

  it("gives nothing for an empty text and one plain run without marks", () => {
    expect(snippetParts({ text: "", marks: [] })).toEqual([]);
    expect(snippetParts({ text: "Een les.", marks: [] })).toEqual([{ text: "Een les.", found: false }]);
  });
});
