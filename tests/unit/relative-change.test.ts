import { describe, expect, it } from "vitest";
import { relativeChange, summarise } from "../../src/domain/relative-change.ts";
import { loadHookLib } from "../support/hook-lib.ts";

/**
 * The pooled "what similar pilots achieved" figures are computed in PocketBase
 * (pocketbase/pb_hooks/lib/relative-change.js) and worded in the site (src/domain/relative-change.ts):
 * both must give the same numbers, so every case runs against both.
 */
type Lib = { relativeChange: typeof relativeChange; summarise: typeof summarise };
const implementations: Array<[string, Lib]> = [
  ["src/domain", { relativeChange, summarise }],
  ["pb_hooks/lib", loadHookLib<Lib>("relative-change.js")],
];

describe.each(implementations)("relativeChange (%s)", (_, lib) => {
  it.each([
    [40, 50, "omhoog", 0.25],
    [40, 30, "omhoog", -0.25],
    [40, 30, "omlaag", 0.25],
    [40, 50, "omlaag", -0.25],
    [200, 150, "omlaag", 0.25],
    [-10, -5, "omhoog", 0.5],
    [-10, -5, "omlaag", -0.5],
  ] as const)("from %d to %d with %s is %d", (baseline, last, direction, expected) => {
    expect(lib.relativeChange(baseline, last, direction)).toBeCloseTo(expected, 10);
  });

  it("is exactly 0, not -0, when nothing moved in either direction", () => {
    expect(Object.is(lib.relativeChange(40, 40, "omlaag"), 0)).toBe(true);
    expect(Object.is(lib.relativeChange(40, 40, "omhoog"), 0)).toBe(true);
  });

  it.each([
    [0, 5, "omhoog"],
    [null, 5, "omhoog"],
    [5, null, "omlaag"],
    [undefined, 5, "omhoog"],
    [Number.NaN, 5, "omhoog"],
    [5, Number.POSITIVE_INFINITY, "omhoog"],
    [5, 6, "zijwaarts"],
  ] as const)("has none from %s to %s with %s", (baseline, last, direction) => {
    expect(lib.relativeChange(baseline, last, direction)).toBeNull();
  });
});

describe.each(implementations)("summarise (%s)", (_, lib) => {
  it("takes the middle value of an odd count, whatever the order", () => {
    expect(lib.summarise([0.3, -0.1, 0.1])).toEqual({ n: 3, median: 0.1, min: -0.1, max: 0.3 });
  });

  it("averages the two middle values of an even count", () => {
    expect(lib.summarise([0.4, 0.1, 0.2, 0.3])).toEqual({ n: 4, median: 0.25, min: 0.1, max: 0.4 });
  });

  it("sorts numerically, not as text", () => {
    expect(lib.summarise([10, 9, 100])).toEqual({ n: 3, median: 10, min: 9, max: 100 });
  });

  it("leaves missing and non-finite values out of n", () => {
    expect(lib.summarise([null, 0.2, Number.NaN, undefined, 0.4])).toEqual({ n: 2, median: 0.30000000000000004, min: 0.2, max: 0.4 });
  });

  it("has no figures without values", () => {
    expect(lib.summarise([])).toEqual({ n: 0, median: null, min: null, max: null });
    expect(lib.summarise([null])).toEqual({ n: 0, median: null, min: null, max: null });
  });

  it("does not reorder the caller's array", () => {
    const values = [3, 1, 2];
    lib.summarise(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
