// How much a pilot moved its indicator, as a fraction of its baseline, signed so that positive means
// better; and the median, lowest and highest of such changes. The same math as
// src/domain/relative-change.ts (the pilot form's wording uses that one); tests/unit/relative-change.test.ts
// holds both to the same cases.

/** The signed relative change, or null when it has none (a missing number, or a baseline of 0). */
function relativeChange(baseline, last, direction) {
  if (typeof baseline !== "number" || typeof last !== "number") return null;
  if (!Number.isFinite(baseline) || !Number.isFinite(last) || baseline === 0) return null;
  if (direction !== "omhoog" && direction !== "omlaag") return null;
  const change = (last - baseline) / Math.abs(baseline);
  const signed = direction === "omhoog" ? change : -change;
  return signed === 0 ? 0 : signed;
}

/** { n, median, min, max } of the finite values; the figures are null when there are none. */
function summarise(values) {
  const usable = values.filter((value) => typeof value === "number" && Number.isFinite(value)).sort((a, b) => a - b);
  const n = usable.length;
  if (n === 0) return { n: 0, median: null, min: null, max: null };
  const middle = Math.floor(n / 2);
  const median = n % 2 === 1 ? usable[middle] : (usable[middle - 1] + usable[middle]) / 2;
  return { n, median, min: usable[0], max: usable[n - 1] };
}

module.exports = { relativeChange, summarise };
