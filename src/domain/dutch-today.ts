/**
 * Today's date as the Netherlands sees it ("2026-12-04"). The server runs in UTC, so between
 * midnight and 01:00 (02:00 in summer) the UTC date is still yesterday for every user.
 */
const isoDateInAmsterdam = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

export function dutchToday(now: Date = new Date()): string {
  return isoDateInAmsterdam.format(now);
}
