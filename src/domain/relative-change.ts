import type { Direction } from "./options.ts";

/**
 * How much a pilot moved its indicator, as a fraction of where it started, signed so that positive
 * always means better: pilots that lower a rate and pilots that raise one land on the same scale and
 * can be pooled. A baseline of 0 has no relative change (any move would be infinite), so it is null,
 * like a missing or non-finite number. PocketBase computes the same figures for
 * /api/proeftuin/indicators/<id>/achieved (pocketbase/pb_hooks/lib/relative-change.js);
 * tests/unit/relative-change.test.ts holds both to the same cases.
 */
export function relativeChange(
  baseline: number | null | undefined,
  last: number | null | undefined,
  direction: Direction | string,
): number | null {
  if (typeof baseline !== "number" || typeof last !== "number") return null;
  if (!Number.isFinite(baseline) || !Number.isFinite(last) || baseline === 0) return null;
  if (direction !== "omhoog" && direction !== "omlaag") return null;
  const change = (last - baseline) / Math.abs(baseline);
  const signed = direction === "omhoog" ? change : -change;
  // -0 would print as "-0%".
  return signed === 0 ? 0 : signed;
}

export type Summary = { n: number; median: number | null; min: number | null; max: number | null };

/** Median, lowest and highest of the usable values; nulls and non-finite numbers are left out of n too. */
export function summarise(values: ReadonlyArray<number | null | undefined>): Summary {
  const usable = values.filter((value): value is number => typeof value === "number" && Number.isFinite(value)).sort((a, b) => a - b);
  const n = usable.length;
  if (n === 0) return { n: 0, median: null, min: null, max: null };
  const middle = Math.floor(n / 2);
  const median = n % 2 === 1 ? (usable[middle] as number) : ((usable[middle - 1] as number) + (usable[middle] as number)) / 2;
  return { n, median, min: usable[0] as number, max: usable[n - 1] as number };
}

/** A relative change as a Dutch percentage with its sign: "+12%", "−5%", "0%" (whole percents). */
export function changeLabel(change: number): string {
  const percent = Math.round(change * 100);
  if (percent === 0) return "0%";
  return `${percent > 0 ? "+" : "−"}${Math.abs(percent)}%`;
}
