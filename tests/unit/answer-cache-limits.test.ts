import { describe, expect, it } from "vitest";
import { loadHookLib } from "../support/hook-lib.ts";

/**
 * pb_hooks/lib/answer-cache.js keeps answers in PocketBase's app store, each route up to its own
 * number of entries, and drops a route's answers when a collection it reads changes. The store is
 * stood in for here by a Map with the store's methods; the routes themselves are tested against a
 * real PocketBase (tests/integration/tagged-answers.test.ts and the routes' own tests).
 */
type Kept = { read: () => string | null; write: (text: string) => void };
const cache = loadHookLib<{
  kept: (e: unknown, route: string, parts: unknown[]) => Kept;
  invalidate: (store: unknown, collection: string) => void;
}>("answer-cache.js");

function appStore() {
  const map = new Map<string, unknown>();
  return {
    get: (key: string) => map.get(key),
    getOk: (key: string) => [map.get(key), map.has(key)],
    has: (key: string) => map.has(key),
    set: (key: string, value: unknown) => void map.set(key, value),
    setFunc: (key: string, next: (old: unknown) => unknown) => void map.set(key, next(map.get(key))),
    remove: (key: string) => void map.delete(key),
    keys: () => [...map.keys()],
  };
}

function withStore() {
  const store = appStore();
  const e = { app: { store: () => store } };
  const entry = (route: string, n: number) => cache.kept(e, route, [n]);
  return { store, entry };
}

describe("the answer cache's bounds", () => {
  it("keeps a route's answers up to its limit, then starts that route over, leaving other routes alone", () => {
    const { entry } = withStore();
    entry("lessons", 1).write("a lesson answer");
    // The portfolio keeps 60 answers (some 900 KB each for 500 pilots).
    for (let n = 1; n <= 60; n++) entry("portfolio", n).write(`portfolio ${n}`);
    expect(entry("portfolio", 1).read()).toBe("portfolio 1");
    expect(entry("portfolio", 60).read()).toBe("portfolio 60");

    entry("portfolio", 61).write("portfolio 61");
    expect(entry("portfolio", 1).read()).toBeNull();
    expect(entry("portfolio", 60).read()).toBeNull();
    expect(entry("portfolio", 61).read()).toBe("portfolio 61");
    expect(entry("lessons", 1).read()).toBe("a lesson answer");
  });

  it("has a limit for a route without one of its own", () => {
    const { entry } = withStore();
    for (let n = 1; n <= 200; n++) entry("municipalities", n).write(`list ${n}`);
    expect(entry("municipalities", 1).read()).toBe("list 1");
    entry("municipalities", 201).write("list 201");
    expect(entry("municipalities", 1).read()).toBeNull();
  });

  it("counts an answer written again once, and counts from zero after a change dropped the route's answers", () => {
    const { store, entry } = withStore();
    for (let n = 1; n <= 59; n++) entry("portfolio", n).write(`portfolio ${n}`);
    for (let again = 0; again < 5; again++) entry("portfolio", 1).write("portfolio 1, again");
    entry("portfolio", 60).write("portfolio 60");
    expect(entry("portfolio", 1).read()).toBe("portfolio 1, again");

    cache.invalidate(store, "pilots");
    for (let n = 1; n <= 60; n++) entry("portfolio", n).write(`portfolio ${n} after the change`);
    expect(entry("portfolio", 1).read()).toBe("portfolio 1 after the change");
    entry("portfolio", 61).write("portfolio 61");
    expect(entry("portfolio", 1).read()).toBeNull();
  });

  it("drops the answers of every route that reads a changed collection, and only those", () => {
    const { store, entry } = withStore();
    const asked = entry("pilots", 1);
    asked.write("pilot list");
    entry("municipalities", 1).write("municipality list");
    entry("portfolio", 1).write("portfolio");

    // A question still running when the change committed keeps its answer under the old version.
    const running = entry("portfolio", 2);
    cache.invalidate(store, "pilots");
    running.write("portfolio computed before the change");

    expect(entry("pilots", 1).read()).toBeNull();
    expect(entry("portfolio", 1).read()).toBeNull();
    expect(entry("portfolio", 2).read()).toBeNull();
    expect(entry("municipalities", 1).read()).toBe("municipality list");
  });
});
