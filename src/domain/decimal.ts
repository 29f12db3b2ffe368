/**
 * Measured values and targets are typed the Dutch way: a decimal comma ("72,5") and dots between
 * thousands ("1.000" is a thousand). A lone point with other than three digits after it ("72.5")
 * can only be a decimal point, copied from an English-language report, and is read as one.
 */
const DUTCH = /^-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
const POINT_DECIMAL = /^-?\d+\.\d+$/;

export function parseDecimal(input: string): number | null {
  const text = input.trim().replace(/[\s\u00a0]/g, "");
  let normalised: string;
  if (DUTCH.test(text)) normalised = text.replace(/\./g, "").replace(",", ".");
  else if (POINT_DECIMAL.test(text)) normalised = text;
  else return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

const decimalFormat = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });

export function formatDecimal(value: number): string {
  return decimalFormat.format(value);
}

/** Back into the form: no grouping, decimal comma, so the parser reads it unchanged. */
export function decimalToInput(value: number): string {
  return value.toLocaleString("nl-NL", { useGrouping: false, maximumFractionDigits: 20 });
}
