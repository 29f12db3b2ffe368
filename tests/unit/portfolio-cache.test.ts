import { describe, expect, it } from "vitest";
import { BoundedCache } from "../../src/server/bounded-cache.ts";
import { type PortfolioKeyParts, portfolioCacheKey } from "../../src/server/portfolio-cache.ts";

const parts: PortfolioKeyParts = {
  recordsTag: '"3f1a"',
  sharedTag: '"9c0b"',
  municipality: "gemeenteaaaaaaa",
  role: "directeur",
  sizeClass: "middel",
  filters: {},
  today: "2026-12-04",
};

describe("the cache of computed portfolios (src/server/portfolio-cache.ts)", () => {
  it("gives the same key for the same answer, caller, filters and day", () => {
    expect(portfolioCacheKey({ ...parts, filters: { domain: "wmo" } })).toBe(portfolioCacheKey({ ...parts, filters: { domain: "wmo" } }));
  });

  it("never shares figures between municipalities or roles, even when PocketBase answered them the same", () => {
    const key = portfolioCacheKey(parts);
    expect(portfolioCacheKey({ ...parts, municipality: "gemeentebbbbbbb" })).not.toBe(key);
    expect(portfolioCacheKey({ ...parts, role: "innovatiemanager" })).not.toBe(key);
    expect(portfolioCacheKey({ ...parts, sizeClass: "groot" })).not.toBe(key);
  });

  it("misses for a new answer (another tag), other filters or another day", () => {
    const key = portfolioCacheKey(parts);
    expect(portfolioCacheKey({ ...parts, recordsTag: '"3f1b"' })).not.toBe(key);
    expect(portfolioCacheKey({ ...parts, sharedTag: '"9c0c"' })).not.toBe(key);
    expect(portfolioCacheKey({ ...parts, filters: { year: 2026 } })).not.toBe(key);
    expect(portfolioCacheKey({ ...parts, today: "2026-12-05" })).not.toBe(key);
  });

  it("holds at most its maximum and forgets the entry used longest ago", () => {
    const cache = new BoundedCache<number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1);
    cache.set("c", 3);
    expect(cache.size).toBe(2);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
    cache.set("c", 4);
    expect(cache.get("c")).toBe(4);
    expect(cache.size).toBe(2);
  });

  it("remembers what it made for a key, and makes it again once forgotten", () => {
    const cache = new BoundedCache<number>(1);
    let made = 0;
    const make = () => ++made;
    expect(cache.remember("a", make)).toBe(1);
    expect(cache.remember("a", make)).toBe(1);
    cache.set("b", 9);
    expect(cache.remember("a", make)).toBe(2);
    expect(made).toBe(2);
  });
});
