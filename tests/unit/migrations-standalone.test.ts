import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { migrationsDir } from "../../src/launcher/paths.ts";

/**
 * A migration runs once, on the day it is applied, and must mean the same on a database created a
 * year later: it keeps its own copy of what it needs instead of loading hook code that moves on.
 */
describe("migrations", () => {
  const files = readdirSync(migrationsDir).filter((name) => name.endsWith(".js"));

  it("are there to check", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)("%s loads no hook code", (name) => {
    const source = readFileSync(join(migrationsDir, name), "utf8");
    expect(source.match(/require\(|__hooks/g) ?? []).toEqual([]);
  });
});
