/**
 * Measured values and targets are typed with a decimal comma ("72,5"); a point is accepted too,
 * because indicators are often copied from English-language reports.
 */
const DECIMAL = /^-?\d+(?:[.,]\d+)?$/;

export function parseDecimal(input: string): number | null {
  const text = input.trim().replace(/\s/g, "");
  if (!DECIMAL.test(text)) return null;
  const value = Number(text.replace(",", "."));
  return Number.isFinite(value) ? value : null;
}

const decimalFormat = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });

export function formatDecimal(value: number): string {
  return decimalFormat.format(value);
}

/** Back into the form: no grouping, so the parser reads it unchanged. */
export function decimalToInput(value: number): string {
  return String(value).replace(".", ",");
}
