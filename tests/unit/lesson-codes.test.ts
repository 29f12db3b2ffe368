import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { beforeAll, describe, expect, it } from "vitest";
import { migrationsDir } from "../../src/launcher/paths.ts";
import { loadHookLib } from "../support/hook-lib.ts";

/**
 * lessons_codes (migration 1764153100) packs each lesson's facets into an integer; the search
 * (pb_hooks/lib/lesson-codes.js) reads them back by the same layout. The migration keeps its own
 * copy of the value lists, so this runs its SQL on SQLite and decodes every value with the hook's.
 * The search's answers themselves are compared with PocketBase in tests/integration/lesson-search-*.
 */
type Facets = Record<string, { values: string[] }>;
const { FACETS } = loadHookLib<{ FACETS: Facets }>("lesson-search.js");
const { LAYOUT, PRINCIPLE_SHIFT } = loadHookLib<{ LAYOUT: Record<string, [number, number]>; PRINCIPLE_SHIFT: number }>("lesson-codes.js");
const COLUMNS = ["visibility", "municipality", "domain", "kind", "principles", "pilot", "created", "province", "size"];
const PILOT_COLUMNS = ["pilot_visibility", "pilot_municipality", "evidence"];

const db = new DatabaseSync(":memory:");

function runMigration(): void {
  let up: ((app: unknown) => void) | undefined;
  const source = readFileSync(join(migrationsDir, "1764153100_lesson_codes.js"), "utf8");
  new Function("migrate", source)((forward: (app: unknown) => void) => {
    up = forward;
  });
  up?.({ db: () => ({ newQuery: (sql: string) => ({ execute: () => db.exec(sql) }) }) });
}

type Row = Record<string, string>;
const base: Row = {
  visibility: "network",
  municipality: "gemeente0000001",
  domain: "wmo",
  kind: "tip",
  principles: "[]",
  pilot: "",
  created: "2026-01-02 03:04:05.678Z",
  province: "utrecht",
  size: "klein",
  pilot_visibility: "",
  pilot_municipality: "",
  evidence: "",
};
const all = [...COLUMNS, ...PILOT_COLUMNS];
let next = 1;

function insert(row: Row): number {
  const rowid = next++;
  db.prepare(`INSERT INTO lessons_facets (rowid, ${all.join(", ")}) VALUES (?, ${all.map(() => "?").join(", ")})`).run(
    rowid,
    ...all.map((column) => row[column] ?? ""),
  );
  return rowid;
}

function codes(rowid: number) {
  return db.prepare("SELECT code, municipality, pilot_municipality, created FROM lessons_codes WHERE rowid = ?").get(rowid) as
    | { code: number; municipality: string; pilot_municipality: string; created: number }
    | undefined;
}

const decoded = (code: number, facet: string) => {
  const [shift, mask] = LAYOUT[facet]!;
  return FACETS[facet]!.values[((code >> shift) & mask) - 1] ?? "";
};
const principles = (code: number) => FACETS.principle!.values.filter((_, i) => (code >> (PRINCIPLE_SHIFT + i)) & 1);

beforeAll(() => {
  db.exec(`CREATE TABLE lessons_facets (rowid INTEGER PRIMARY KEY, ${all.map((column) => `${column} TEXT NOT NULL`).join(", ")})`);
  insert(base); // a lesson from before the migration
  runMigration();
});

describe("lessons_codes", () => {
  it("was filled for the lessons already there", () => {
    expect(codes(1)).toMatchObject({ municipality: "gemeente0000001", created: Date.parse("2026-01-02T03:04:05.678Z") });
  });

  it.each(Object.keys(LAYOUT))("decodes every %s value to itself, through the migration's own list", (facet) => {
    for (const value of FACETS[facet]!.values) {
      const rowid = insert({ ...base, [facet]: value, pilot_visibility: facet === "evidence" ? "public" : "" });
      expect(decoded(codes(rowid)!.code, facet)).toBe(value);
    }
  });

  it("keeps every principle as a bit of its own", () => {
    const chosen = ["burgerparticipatie", "data_gedreven", "samenwerking"];
    const rowid = insert({ ...base, principles: JSON.stringify(chosen) });
    expect(principles(codes(rowid)!.code)).toEqual(chosen);
    expect(principles(codes(insert(base))!.code)).toEqual([]);
  });

  it("keeps both visibilities in the low bits: the lesson's (0–1) and its pilot's (2–3)", () => {
    const visibility = (v: string, p: string) => codes(insert({ ...base, visibility: v, pilot_visibility: p }))!.code & 15;
    expect([
      visibility("private", ""),
      visibility("network", "private"),
      visibility("public", "network"),
      visibility("public", "public"),
    ]).toEqual([0, 1 + 4, 2 + 8, 2 + 12]);
  });

  it("follows every write to lessons_facets: an update, a replace and a delete", () => {
    const rowid = insert(base);
    db.prepare("UPDATE lessons_facets SET domain = 'jeugd', pilot_municipality = 'gemeente0000002' WHERE rowid = ?").run(rowid);
    expect(decoded(codes(rowid)!.code, "domain")).toBe("jeugd");
    expect(codes(rowid)!.pilot_municipality).toBe("gemeente0000002");
    db.prepare(`INSERT OR REPLACE INTO lessons_facets (rowid, ${all.join(", ")}) VALUES (?, ${all.map(() => "?").join(", ")})`).run(
      rowid,
      ...all.map((column) => ({ ...base, kind: "valkuil" })[column] ?? ""),
    );
    expect(decoded(codes(rowid)!.code, "kind")).toBe("valkuil");
    expect(decoded(codes(rowid)!.code, "domain")).toBe("wmo");
    db.prepare("DELETE FROM lessons_facets WHERE rowid = ?").run(rowid);
    expect(codes(rowid)).toBeUndefined();
  });
});
