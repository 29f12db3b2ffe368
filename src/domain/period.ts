/**
 * A measurement period is a calendar month, "2026-03": it sorts as text, and a chart's time axis
 * needs nothing finer for pilots that measure monthly, quarterly or yearly.
 */
export const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

const monthFormat = new Intl.DateTimeFormat("nl-NL", { month: "long", year: "numeric", timeZone: "UTC" });
const shortMonthFormat = new Intl.DateTimeFormat("nl-NL", { month: "short", year: "numeric", timeZone: "UTC" });

/** "2026-03" → "maart 2026" */
export function formatPeriod(period: string, short = false): string {
  if (!PERIOD_PATTERN.test(period)) return period;
  const date = new Date(`${period}-01T00:00:00Z`);
  return (short ? shortMonthFormat : monthFormat).format(date);
}
