/**
 * The ranges of the Trends screen: 1M / 3M / 6M / 1Y / All end today; a custom range is two
 * days checked here first so the person gets a sentence next to the field, not an empty chart.
 */
import { addDays, daysBetween, EARLIEST_DAY, parseDay, toDay } from "../dates";
import { t, type MessageArgs } from "../i18n/i18n.svelte";

export type RangeKey = "1M" | "3M" | "6M" | "1Y" | "all" | "custom";

export interface RangeChoice {
  key: RangeKey;
  /** The button's text: "1M", "All" (in the active language, looked up when read). */
  readonly label: string;
  /** How the range reads in a sentence: "the last 6 months". */
  readonly words: string;
  /** The button's tooltip: "Show the last 6 months". */
  readonly title: string;
  months: number | null;
}

/** Catalogue id stem of each range: trends-range-<stem>, -words, -title. */
const RANGE_IDS: Record<RangeKey, string> = {
  "1M": "1m",
  "3M": "3m",
  "6M": "6m",
  "1Y": "1y",
  all: "all",
  custom: "custom",
};

const choice = (key: RangeKey, months: number | null): RangeChoice => ({
  key,
  get label() {
    return t(`trends-range-${RANGE_IDS[key]}`);
  },
  get words() {
    return t(`trends-range-${RANGE_IDS[key]}-words`);
  },
  get title() {
    return t(`trends-range-${RANGE_IDS[key]}-title`);
  },
  months,
});

export const RANGE_CHOICES: readonly RangeChoice[] = [
  choice("1M", 1),
  choice("3M", 3),
  choice("6M", 6),
  choice("1Y", 12),
  choice("all", null),
  choice("custom", null),
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

/** A problem with a custom range: a catalogue id and its variables, put into words when shown. */
export interface RangeProblem {
  field: "from" | "to";
  id: string;
  args?: MessageArgs;
}

export type CustomRangeResult = { ok: true; range: DayRange } | ({ ok: false } & RangeProblem);

/** Checks the two date inputs of a custom range. */
export function validateCustomRange(from: string, to: string): CustomRangeResult {
  if (!from) return { ok: false, field: "from", id: "trends-range-error-no-from" };
  if (!to) return { ok: false, field: "to", id: "trends-range-error-no-to" };
  if (!parseDay(from)) return { ok: false, field: "from", id: "trends-range-error-not-a-day", args: { day: from } };
  if (!parseDay(to)) return { ok: false, field: "to", id: "trends-range-error-not-a-day", args: { day: to } };
  if (from < EARLIEST_DAY) return { ok: false, field: "from", id: "trends-range-error-too-early" };
  if (from > to) return { ok: false, field: "to", id: "trends-range-error-backwards" };
  if (daysBetween(from, to) >= MAX_RANGE_DAYS) return { ok: false, field: "from", id: "trends-range-error-too-long" };
  return { ok: true, range: { from, to } };
}
