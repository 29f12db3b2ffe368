import { describe, expect, it } from "vitest";
import { sortRows } from "../../src/data/sort-rows.ts";

describe("sortRows puts expanded records in PocketBase's sort order", () => {
  const rows = [
    { id: "c", year: 2027, source: "rijk", created: "2026-01-02 10:00:00.000Z" },
    { id: "a", year: 2026, source: "rijk", created: "2026-01-02 10:00:00.000Z" },
    { id: "b", year: 2026, source: "esf_plus", created: "2025-12-31 23:59:59.999Z" },
    { id: "B", year: 10, source: "Zeeland", created: "2026-01-02 09:00:00.000Z" },
  ];
  const ids = (sorted: typeof rows) => sorted.map((row) => row.id);

  it("by several fields, the next one breaking ties", () => {
    expect(ids(sortRows(rows, "year", "source", "id"))).toEqual(["B", "b", "a", "c"]);
    expect(ids(sortRows(rows, "created", "id"))).toEqual(["b", "B", "a", "c"]);
  });

  it("descending with a leading minus, per field", () => {
    expect(ids(sortRows(rows, "-created", "id"))).toEqual(["a", "c", "B", "b"]);
    expect(ids(sortRows(rows, "-year", "-id"))).toEqual(["c", "b", "a", "B"]);
  });

  it("numbers as numbers (10 before 2026) and text by code unit, as SQLite does (upper case first)", () => {
    expect(ids(sortRows(rows, "year"))[0]).toBe("B");
    expect(ids(sortRows(rows, "id"))).toEqual(["B", "a", "b", "c"]);
  });

  it("leaves its input alone and keeps equal rows in their order", () => {
    const before = ids(rows);
    expect(ids(sortRows(rows, "source"))).toEqual(["B", "b", "c", "a"]);
    expect(ids(rows)).toEqual(before);
  });
});
