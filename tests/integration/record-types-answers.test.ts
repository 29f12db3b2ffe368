import type { CollectionModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { recordFields, recordSelects } from "../../src/data/record-fields.ts";
import { admin } from "./fixtures.ts";

/**
 * The record types of src/data/records.ts are written by hand; src/data/record-fields.ts lists their
 * fields at runtime (and the type check keeps the two equal). Here they meet the live schema, as the
 * migrations left it: a field a type declares must exist in its collection, and a select field a
 * type draws from src/domain/options.ts must offer exactly those values.
 */

let live: Map<string, CollectionModel>;
beforeAll(async () => {
  const collections = await (await admin()).collections.getFullList();
  live = new Map(collections.map((collection) => [collection.name, collection]));
});

describe.each(Object.entries(recordFields))("the record type of %s", (name, fields) => {
  it("declares only fields its collection has", () => {
    const liveFields = new Set(live.get(name)?.fields.map((field) => field.name));
    expect(liveFields.size, `collection ${name} exists`).toBeGreaterThan(0);
    expect(fields.filter((field) => !liveFields.has(field))).toEqual([]);
  });

  const selects = Object.entries(recordSelects[name as keyof typeof recordSelects] ?? {});
  if (selects.length === 0) return;
  it("uses the select values its collection offers", () => {
    for (const [fieldName, values] of selects) {
      const field = live.get(name)?.fields.find((candidate) => candidate.name === fieldName);
      expect({ field: fieldName, type: field?.type, values: [...(field?.values ?? [])].sort() }).toEqual({
        field: fieldName,
        type: "select",
        values: [...values].sort(),
      });
    }
  });
});
