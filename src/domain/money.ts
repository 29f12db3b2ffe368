/**
 * Money is kept as whole euro cents everywhere (PocketBase stores integers), so totals never drift
 * the way sums of floating-point euros do. People type amounts the Dutch way: 250.000 or 1.250,50.
 */

const AMOUNT = /^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d{1,2})?$/;

/** Largest amount accepted: one billion euro, far above any pilot budget, well inside safe integers. */
export const MAX_CENTS = 100_000_000_000;

/**
 * Parses a Dutch-formatted euro amount into cents; null when it is not written as one. A well-written
 * amount too large to count in cents exactly comes back as Infinity, so callers can say "too large".
 */
export function parseEuros(input: string): number | null {
  const text = input.replace(/[€\s\u00a0]/g, "");
  if (text === "" || !AMOUNT.test(text)) return null;
  const [whole = "0", fraction = ""] = text.replace(/\./g, "").split(",");
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  return Number.isSafeInteger(cents) ? cents : Number.POSITIVE_INFINITY;
}

const euroFormat = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });
const euroWholeFormat = new Intl.NumberFormat("nl-NL", {
  style: "currency",
  currency: "EUR",
  maximumFractionDigits: 0,
  minimumFractionDigits: 0,
});

/** "€ 250.000" for whole euros, "€ 1.250,50" otherwise. */
export function formatEuros(cents: number): string {
  return cents % 100 === 0 ? euroWholeFormat.format(cents / 100) : euroFormat.format(cents / 100);
}

/** The amount as a person would type it back into the form: "250.000" or "1.250,50". */
export function centsToInput(cents: number): string {
  const whole = Math.trunc(cents / 100).toLocaleString("nl-NL", { useGrouping: true });
  const rest = Math.abs(cents % 100);
  return rest === 0 ? whole : `${whole},${String(rest).padStart(2, "0")}`;
}
