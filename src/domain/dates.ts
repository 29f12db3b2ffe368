/** "2026-03-01 00:00:00.000Z" or "2026-03-01" → "1 maart 2026"; empty stays empty. */
const dateFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatDate(stored: string): string {
  if (!stored) return "";
  const date = new Date(`${stored.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? "" : dateFormat.format(date);
}
