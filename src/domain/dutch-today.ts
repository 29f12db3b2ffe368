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

/** The last answer, by the minute it was for: a day in Amsterdam starts on a whole minute, and formatting cost every page some microseconds. */
let last = { minute: Number.NaN, day: "" };

export function dutchToday(now: Date = new Date()): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== last.minute) last = { minute, day: isoDateInAmsterdam.format(now) };
  return last.day;
}
