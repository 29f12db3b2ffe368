import { describe, it, expect } from "vitest";
import { attachmentProblems, attachmentRules } from "../../src/domain/evaluation.ts";

describe("attachmentProblems", () => {
  const file = (name: string, size = 1024) => ({ name, size });

  it("holds PocketBase's limits", () => {
    expect(attachmentRules.maxFiles).toBe(5);
    expect(attachmentRules.maxBytes).toBe(10 * 1024 * 1024);
  });

  it("accepts nothing chosen", () => {
    expect(attachmentProblems([])).toEqual([]);
  });

  it.each([
    "rapport.pdf",
    "RAPPORT.PDF",
    "notulen.docx",
    "Begroting.XLSX",
    "data.ods",
    "slides.pptx",
    "foto.JPG",
    "foto.jpeg",
    "grafiek.webp",
    "schema.png",
    "brief.v2.odt",
  ])("accepts %s", (name) => {
    expect(attachmentProblems([file(name)])).toEqual([]);
  });

  it.each(["virus.exe", "pagina.html", "script.js", "archief.zip", "rapport.pdf.exe", "zonder-extensie", "foto.svg"])(
    "refuses %s",
    (name) => {
      expect(attachmentProblems([file(name)])).toEqual([`${name}: alleen pdf, Office-documenten en afbeeldingen (png, jpg, webp).`]);
    },
  );

  it("refuses a file over 10 MB and accepts exactly 10 MB", () => {
    expect(attachmentProblems([file("groot.pdf", 10 * 1024 * 1024 + 1)])).toEqual(["groot.pdf: groter dan 10 MB."]);
    expect(attachmentProblems([file("precies.pdf", 10 * 1024 * 1024)])).toEqual([]);
  });

  it("accepts five files and refuses six", () => {
    const five = ["a", "b", "c", "d", "e"].map((name) => file(`${name}.pdf`));
    expect(attachmentProblems(five)).toEqual([]);
    expect(attachmentProblems([...five, file("f.pdf")])).toEqual(["Maximaal 5 bijlagen."]);
  });

  it("lists every problem, the count first", () => {
    const files = [file("a.pdf"), file("b.exe"), file("c.png", 11 * 1024 * 1024), file("d.pdf"), file("e.pdf"), file("f.pdf")];
    expect(attachmentProblems(files)).toEqual([
      "Maximaal 5 bijlagen.",
      "b.exe: alleen pdf, Office-documenten en afbeeldingen (png, jpg, webp).",
      "c.png: groter dan 10 MB.",
    ]);
  });
});
