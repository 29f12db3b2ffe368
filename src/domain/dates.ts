/**
 * "2026-03-01 00:00:00.000Z" or "2026-03-01" → "1 maart 2026"; empty stays empty.
 *
 * A stored value is either a calendar date (PocketBase keeps it as midnight UTC) or a moment
 * (created, decided_at). A calendar date keeps its own day; a moment is shown as the day it was in
 * the Netherlands, so a decision taken at 00:30 on 5 December is not dated the 4th.
 */
const calendarDate = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const dutchDay = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" });
const MIDNIGHT_OR_NO_TIME = /^\d{4}-\d{2}-\d{2}(?:[ T]00:00:00(?:\.0+)?Z?)?$/;

export function formatDate(stored: string): string {
  if (!stored) return "";
  if (MIDNIGHT_OR_NO_TIME.test(stored.trim())) {
    const date = new Date(`${stored.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== stored.slice(0, 10) ? "" : calendarDate.format(date);
  }
  const moment = new Date(stored.trim().replace(" ", "T"));
  return Number.isNaN(moment.getTime()) ? "" : dutchDay.format(moment);
}
