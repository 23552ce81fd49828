/**
 * The i18n format functions for charts of years of days: the same words as `formatNumber` and
 * `formatDay`, with each `Intl` formatter made once per language and options, so a table of ten
 * years stays quick to draw. Reads the active language, so callers follow a change of it.
 */
import { active, formatDay, formatNumber, PSEUDO } from "../i18n/i18n.svelte";

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  const full = `${active.locale}|${key}`;
  let found = formatters.get(full) as T | undefined;
  if (!found) {
    found = make();
    formatters.set(full, found);
  }
  return found;
}

/** A number with at most `places` decimals in the active language: 7.5 → "7,5" in German. */
export function chartNumber(value: number, places: number): string {
  if (active.language === PSEUDO) return formatNumber(value, { maximumFractionDigits: places });
  return cached(`n${places}`, () => new Intl.NumberFormat(active.locale, { maximumFractionDigits: places })).format(value);
}

/** A journal day ("2026-03-02") in the active language, like `formatDay`. */
export function chartDay(isoDay: string, options: Intl.DateTimeFormatOptions): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (active.language === PSEUDO || !match) return formatDay(isoDay, options);
  const format = cached(`d${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(active.locale, { ...options, timeZone: "UTC" }));
  return format.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}
