/**
 * Journal days are ISO calendar dates ("2025-11-24") chosen by the back end. All arithmetic
 * here runs on UTC dates, so neither the computer's time zone nor a DST change can move a day.
 * Display uses the person's language (`formatDay`, ../lib/i18n); tests may pass a locale.
 */
import { formatDay } from "./i18n/i18n.svelte";

export const EARLIEST_DAY = "1900-01-01";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads an ISO day strictly; null for anything that is not a real calendar date. */
export function parseDay(iso: string): Date | null {
  const match = ISO_DAY.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC wraps "02-30" into March; a wrapped date is not the day that was asked for.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return null;
  return date;
}

export function isDay(iso: string): boolean {
  return parseDay(iso) !== null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function toDay(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The ISO day of a year, month (1–12) and day of month. */
export function dayOf(year: number, month: number, day: number): string {
  return toDay(new Date(Date.UTC(year, month - 1, day)));
}

function mustParse(iso: string): Date {
  const date = parseDay(iso);
  if (!date) throw new RangeError(`not an ISO day: ${iso}`);
  return date;
}

export function addDays(iso: string, days: number): string {
  const date = mustParse(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return toDay(date);
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((mustParse(to).getTime() - mustParse(from).getTime()) / 86_400_000);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  const lengths = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return lengths[month - 1] ?? 30;
}

/** 0 = Sunday … 6 = Saturday, as in `Date.getDay`. */
export function weekdayOf(iso: string): number {
  return mustParse(iso).getUTCDay();
}

/** A year and month (1–12), the unit the Journal calendar pages through. */
export interface YearMonth {
  year: number;
  month: number;
}

export function monthOf(iso: string): YearMonth {
  const date = mustParse(iso);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

export function addMonths({ year, month }: YearMonth, months: number): YearMonth {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

export function compareMonths(a: YearMonth, b: YearMonth): number {
  return a.year * 12 + a.month - (b.year * 12 + b.month);
}

/** A day in words: in `locale` when given, otherwise in the active language. */
function format(iso: string, options: Intl.DateTimeFormatOptions, locale?: string): string {
  const date = parseDay(iso);
  if (!date) return iso;
  if (locale === undefined) return formatDay(iso, options);
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(date);
}

/** "Tuesday 24 November" (en-GB) — calendar labels and headings. */
export function longDay(iso: string, locale?: string): string {
  return format(iso, { weekday: "long", day: "numeric", month: "long" }, locale);
}

/** "Tuesday 24 November 2025" — when the year is not obvious from context. */
export function longDayWithYear(iso: string, locale?: string): string {
  return format(iso, { weekday: "long", day: "numeric", month: "long", year: "numeric" }, locale);
}

/** "November" — the month of a day, for a calendar cell that shows only the day's number. */
export function monthName(iso: string, locale?: string): string {
  return format(iso, { month: "long" }, locale);
}

/** "Tuesday". */
export function weekdayName(iso: string, locale?: string): string {
  return format(iso, { weekday: "long" }, locale);
}

/** "Tue 24 Nov" — toasts and compact lists. */
export function shortDay(iso: string, locale?: string): string {
  return format(iso, { weekday: "short", day: "numeric", month: "short" }, locale);
}

/** "Tue 24 Nov 2025" — list rows, where entries span years. */
export function shortDayWithYear(iso: string, locale?: string): string {
  return format(iso, { weekday: "short", day: "numeric", month: "short", year: "numeric" }, locale);
}

/** "November 2025". */
export function monthTitle({ year, month }: YearMonth, locale?: string): string {
  return format(dayOf(year, month, 1), { month: "long", year: "numeric" }, locale);
}

/** Weekday names starting on `firstDay` (0 = Sunday), e.g. ["Mon", …] for Monday. */
export function weekdayNames(
  firstDay: number,
  style: "long" | "short" | "narrow",
  locale?: string,
): string[] {
  // 2023-01-01 was a Sunday, so 2023-01-0(1+n) is weekday n.
  return Array.from({ length: 7 }, (_, i) =>
    format(dayOf(2023, 1, 1 + ((firstDay + i) % 7)), { weekday: style }, locale),
  );
}
