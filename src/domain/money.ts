/**
 * Money is kept as whole euro cents everywhere (PocketBase stores integers), so totals never drift
 * the way sums of floating-point euros do. People type amounts the Dutch way, and copy them from
 * budgets and invoices: 250.000, 1.250,50, € 250.000,- or 250.000,00 all mean what they say.
 */

const AMOUNT = /^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d{1,2})?$/;
/** A minus sign as typed or pasted: hyphen, Unicode minus, en dash. */
const MINUS = /^[-\u2212\u2013]/;
/** ",-" (or ",--", ",–") after whole euros: the Dutch way of writing "no cents". */
const NO_CENTS = /,(?:--?|\u2013|\u2014)$/;

/** Largest amount accepted: one billion euro, far above any pilot budget, well inside safe integers. */
export const MAX_CENTS = 100_000_000_000;

/**
 * What an amount field holds: cents, or why it is not an amount. A well-written amount too large to
 * count in cents exactly reads as Infinity cents, so callers can say "too large".
 */
export type EuroReading = { ok: true; cents: number } | { ok: false; problem: "negatief" | "onleesbaar" };

export function readEuros(input: string): EuroReading {
  let text = input.replace(/[\s\u00a0\u202f]/g, "");
  let negative = false;
  // The sign may stand before or after the euro sign: "-€ 250" and "€ -250" are both written.
  if (MINUS.test(text)) {
    negative = true;
    text = text.slice(1);
  }
  text = text.replace(/^(?:€|eur)/i, "");
  if (!negative && MINUS.test(text)) {
    negative = true;
    text = text.slice(1);
  }
  text = text.replace(NO_CENTS, "");
  if (text === "" || !AMOUNT.test(text)) return { ok: false, problem: "onleesbaar" };
  const [whole = "0", fraction = ""] = text.replace(/\./g, "").split(",");
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  if (negative && cents > 0) return { ok: false, problem: "negatief" };
  return { ok: true, cents: Number.isSafeInteger(cents) ? cents : Number.POSITIVE_INFINITY };
}

/** The cents of a Dutch-written euro amount; null when it is not one (a negative amount is not). */
export function parseEuros(input: string): number | null {
  const reading = readEuros(input);
  return reading.ok ? reading.cents : null;
}

const euroFormat = new Intl.NumberFormat("nl-NL", {
  style: "currency",
  currency: "EUR",
  maximumFractionDigits: 0,
  minimumFractionDigits: 0,
});

/**
 * Every amount the site shows, in whole euros: "€ 2.146.526". Cents are kept in the data, but a
 * budget is read in euros, and one format everywhere lets a total be found back in another table.
 */
export function formatEuros(cents: number): string {
  return euroFormat.format(Math.round(cents / 100));
}

/** The amount as a person would type it back into the form: "250.000" or "1.250,50". */
export function centsToInput(cents: number): string {
  const whole = Math.trunc(cents / 100).toLocaleString("nl-NL", { useGrouping: true });
  const rest = Math.abs(cents % 100);
  return rest === 0 ? whole : `${whole},${String(rest).padStart(2, "0")}`;
}

/** The message for a negative amount, at the field and from PocketBase (pocketbase/pb_hooks/lib/budget-amounts.js). */
export const negativeAmountMessage = (what: string): string =>
  `${what.charAt(0).toUpperCase()}${what.slice(1)} kan niet negatief zijn: vul 0 of een hoger bedrag in.`;
