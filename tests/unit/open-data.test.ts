import { describe, expect, it } from "vitest";
import { z } from "zod";
import { openDataFields, openPilotSchema } from "../../src/domain/open-data.ts";
import { budgetBySource, openCsvColumns, openCsvRows } from "../../src/domain/open-data-csv.ts";

/** Every field path of a zod object, nested lists of objects included. */
function paths(schema: z.ZodObject, prefix = ""): string[] {
  return Object.entries(schema.shape).flatMap(([key, field]) => [
    prefix + key,
    ...(field instanceof z.ZodArray && field.element instanceof z.ZodObject ? paths(field.element, `${prefix}${key}[].`) : []),
  ]);
}

describe("the documented fields of the open data", () => {
  it("are exactly the schema's fields, each with a meaning, a type and an example", () => {
    const fields = openDataFields();
    expect(fields.map((field) => field.name)).toEqual(paths(openPilotSchema));
    expect(fields.map((field) => field.name)).toContain("hypotheses[].indicator_sleutel");
    for (const field of fields) {
      expect(field.description.length, field.name).toBeGreaterThan(5);
      expect(field.type, field.name).not.toBe("");
    }
  });

  it("each example is a value its field accepts", () => {
    const check = (schema: z.ZodObject) => {
      for (const [key, field] of Object.entries(schema.shape) as Array<[string, z.ZodType]>) {
        const example = (field.meta() as { examples?: unknown[] } | undefined)?.examples?.[0];
        expect(field.safeParse(example).success, key).toBe(true);
        if (field instanceof z.ZodArray && field.element instanceof z.ZodObject) check(field.element);
      }
    };
    check(openPilotSchema);
  });

  it("names dates and choices as such", () => {
    const byName = new Map(openDataFields().map((field) => [field.name, field.type]));
    expect(byName.get("bijgewerkt")).toBe("datum (JJJJ-MM-DD)");
    expect(byName.get("startdatum")).toBe("datum (JJJJ-MM-DD) of leeg (null)");
    expect(byName.get("hypotheses[].richting")).toBe("keuze: omhoog, omlaag");
    expect(byName.get("titel")).toBe("tekst");
  });
});

describe("budget per funding source", () => {
  it("sums years per source in cents, then euros, leaving out sources without an amount", () => {
    const lines = [
      { source: "rijk", planned_cents: 10, spent_cents: 20 },
      { source: "gemeente", planned_cents: 0, spent_cents: 0 },
      { source: "rijk", planned_cents: 20, spent_cents: 0 },
      { source: "esf_plus", planned_cents: 150, spent_cents: 1 },
    ];
    expect(budgetBySource(lines)).toEqual([
      { bron: "rijk", gepland_euro: 0.3, besteed_euro: 0.2 },
      { bron: "esf_plus", gepland_euro: 1.5, besteed_euro: 0.01 },
    ]);
  });
});

describe("the CSV table", () => {
  const pilot = openPilotSchema.parse({
    id: "p1",
    titel: "T",
    samenvatting: "S",
    gemeente: "G",
    gemeentecode: "GM0001",
    domein: "wmo",
    fase: "idee",
    startdatum: null,
    einddatum: null,
    interventie: null,
    besluit: null,
    bijgewerkt: "2026-01-01",
    hypotheses: [],
    budget: [
      { bron: "rijk", gepland_euro: 0.1, besteed_euro: 0 },
      { bron: "overig", gepland_euro: 0.2, besteed_euro: 0 },
    ],
  });

  it("gives a pilot without hypotheses one row, numbered 0", () => {
    expect(openCsvRows([pilot]).map((row) => [row.nr, row.hypothesis])).toEqual([[0, null]]);
  });

  it("totals the budget without float noise, and has one column per header", () => {
    const [row] = openCsvRows([pilot]);
    const total = openCsvColumns.find((column) => column.header === "gepland_euro_totaal")!;
    expect(total.value(row!)).toBe(0.3);
    const headers = openCsvColumns.map((column) => column.header);
    expect(new Set(headers).size).toBe(headers.length);
  });
});
