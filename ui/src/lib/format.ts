import { formatDate, formatDay, formatNumber } from "./i18n/i18n.svelte";

/**
 * "2025-11-25" → "Tuesday 25 November" in the active language. Works on the calendar date
 * alone, so the computer's time zone can never shift the journal day the back end chose.
 */
export function dayInWords(isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return isoDay;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return isoDay;
  return formatDay(isoDay, { weekday: "long", day: "numeric", month: "long" });
}

/** Local wall-clock time in the active language, e.g. "21:04". */
export function clockTime(date: Date): string {
  return formatDate(date, { hour: "2-digit", minute: "2-digit" });
}

/** The local clock time of an ISO timestamp, or null when it cannot be read. */
export function clockTimeOf(timestamp: string): string | null {
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? null : clockTime(date);
}

/** A whole count in the active language: 20000 → "20,000" in English, "20.000" in German. */
export function formatCount(n: number): string {
  return formatNumber(Math.trunc(n), { maximumFractionDigits: 0 });
}

/** The system clock, as a function so screens can be tested on a fixed time. */
export function systemNow(): Date {
  return new Date();
}
