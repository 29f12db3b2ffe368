import type { CollectionModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { recordFields } from "../../src/data/record-fields.ts";
import { admin } from "./fixtures.ts";

/**
 * The record types of src/data/records.ts are written by hand; src/data/record-fields.ts lists their
 * fields at runtime (and the type check keeps the two equal). Here they meet the live schema, as the
 * migrations left it: a field a type declares must exist in its collection. Select values are
 * compared in domain-matches-pocketbase.test.ts.
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
});
