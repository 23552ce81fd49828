/**
 * The ranges of the Trends screen: 1M / 3M / 6M / 1Y / All end today; a custom range is two
 * days checked here first so the person gets a sentence next to the field, not an empty chart.
 */
import { addDays, daysBetween, EARLIEST_DAY, parseDay, toDay } from "../dates";

export type RangeKey = "1M" | "3M" | "6M" | "1Y" | "all" | "custom";

export interface RangeChoice {
  key: RangeKey;
  label: string;
  /** How the range reads in a sentence: "the last 6 months". */
  words: string;
  months: number | null;
}

export const RANGE_CHOICES: readonly RangeChoice[] = [
  { key: "1M", label: "1M", words: "the last month", months: 1 },
  { key: "3M", label: "3M", words: "the last 3 months", months: 3 },
  { key: "6M", label: "6M", words: "the last 6 months", months: 6 },
  { key: "1Y", label: "1Y", words: "the last year", months: 12 },
  { key: "all", label: "All", words: "your whole journal", months: null },
  { key: "custom", label: "Custom", words: "the chosen days", months: null },
];

/** A range of days; `from` null means "from the first entry". */
export interface DayRange {
  from: string | null;
  to: string;
}

/** The longest custom range the back end accepts, in days (100 years). */
export const MAX_RANGE_DAYS = 36_525;

/** `iso` moved by whole months, the day of month clamped (31 March − 1 month = 28/29 February). */
export function shiftMonths(iso: string, months: number): string {
  const date = parseDay(iso);
  if (!date) throw new RangeError(`not an ISO day: ${iso}`);
  const index = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return toDay(new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), last))));
}

/** The preset range ending `today`: 6M on 25 Nov is 26 May … 25 Nov. */
export function presetRange(key: Exclude<RangeKey, "custom">, today: string): DayRange {
  const choice = RANGE_CHOICES.find((c) => c.key === key);
  if (!choice?.months) return { from: null, to: today };
  return { from: addDays(shiftMonths(today, -choice.months), 1), to: today };
}

export type CustomRangeResult =
  | { ok: true; range: DayRange }
  | { ok: false; field: "from" | "to"; message: string };

/** Checks the two date inputs of a custom range. */
export function validateCustomRange(from: string, to: string): CustomRangeResult {
  if (!from) return { ok: false, field: "from", message: "Choose the first day of the range." };
  if (!to) return { ok: false, field: "to", message: "Choose the last day of the range." };
  if (!parseDay(from)) return { ok: false, field: "from", message: `${from} is not a day in the calendar.` };
  if (!parseDay(to)) return { ok: false, field: "to", message: `${to} is not a day in the calendar.` };
  if (from < EARLIEST_DAY) return { ok: false, field: "from", message: "The journal starts in 1900." };
  if (from > to) {
    return {
      ok: false,
      field: "to",
      message: "The last day comes before the first. Swap them or pick a later end.",
    };
  }
  if (daysBetween(from, to) >= MAX_RANGE_DAYS) {
    return { ok: false, field: "from", message: "A chart covers at most 100 years; choose a later first day." };
  }
  return { ok: true, range: { from, to } };
}
