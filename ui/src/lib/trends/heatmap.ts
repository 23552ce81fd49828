/**
 * "Year in colour": twelve small month calendars, a square per day coloured by one metric on
 * the viridis scale (readable with the common colour-vision deficiencies and in greyscale).
 */
import type { ChartData, ChartMetric } from "../../api/charts";
import { dayOf, daysInMonth, weekdayOf } from "../dates";
import { t } from "../i18n/i18n.svelte";
import { chartDay } from "./format";
import { formatValue, measureInSentence, metricInfo } from "./metrics";

/** Viridis in 11 steps, dark purple (low) to yellow (high). */
export const VIRIDIS = [
  "#440154",
  "#482475",
  "#414487",
  "#355f8d",
  "#2a788e",
  "#21918c",
  "#22a884",
  "#44bf70",
  "#7ad151",
  "#bddf26",
  "#fde725",
] as const;

export type Domain = [number, number];

/**
 * The values the colours span: the year's own lowest to highest (whole numbers), so a year
 * that stayed between 4 and 7 still shows its hard weeks, but never narrower than a fifth of
 * the scale, so day-to-day noise is not blown up.
 */
export function colourDomain(metric: ChartMetric, values: number[]): Domain {
  const meta = metricInfo(metric);
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return [meta.min, meta.max];
  let low = Math.max(meta.min, Math.floor(Math.min(...finite)));
  let high = Math.ceil(Math.max(...finite));
  const span = (meta.max - meta.min) / 5;
  if (high - low < span) {
    high = Math.min(Math.max(meta.max, high), low + span);
    low = high - span;
  }
  return [low, high];
}

/** The step (0–10) of `value` within `domain` (the metric's whole scale by default); null for a gap. */
export function colourStep(metric: ChartMetric, value: number | null, domain?: Domain): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const meta = metricInfo(metric);
  const [min, max] = domain ?? [meta.min, meta.max];
  const t = max > min ? Math.min(1, Math.max(0, (value - min) / (max - min))) : 0.5;
  return Math.round(t * 10);
}

export interface HeatDay {
  day: string;
  dayOfMonth: number;
  value: number | null;
  step: number | null;
  /** "Tuesday 3 March: stress 4" for screen readers and the tooltip (in the active language). */
  words: string;
  future: boolean;
}

export interface HeatMonth {
  month: number;
  title: string;
  /** Blank squares before the 1st, so columns are weekdays starting on `weekStart`. */
  offset: number;
  days: HeatDay[];
}

/**
 * The months of `year` for the single series of `chart` (asked by day for that year), in the
 * active language. `weekStart` is 0 for Sunday, 1 for Monday; days after `today` are marked as
 * future.
 */
export function yearMonths(chart: ChartData, year: number, weekStart: number, today: string): HeatMonth[] {
  const series = chart.series[0];
  const valueOf = new Map<string, number | null>();
  if (series) chart.days.forEach((day, i) => valueOf.set(day, series.values[i] ?? null));
  const metric = series?.metric ?? "index";
  const measure = measureInSentence(metric);
  const domain = yearDomain(chart);
  return Array.from({ length: 12 }, (_, m) => {
    const month = m + 1;
    const first = dayOf(year, month, 1);
    const days = Array.from({ length: daysInMonth(year, month) }, (_, d) => {
      const day = dayOf(year, month, d + 1);
      const value = valueOf.get(day) ?? null;
      const when = chartDay(day, { weekday: "long", day: "numeric", month: "long" });
      const words =
        value === null
          ? t("trends-year-day-empty", { day: when })
          : t("trends-year-day-value", { day: when, measure, value: formatValue(metric, value) });
      return { day, dayOfMonth: d + 1, value, step: colourStep(metric, value, domain), words, future: day > today };
    });
    return {
      month,
      title: chartDay(first, { month: "long" }),
      offset: (weekdayOf(first) - weekStart + 7) % 7,
      days,
    };
  });
}

/** The colour domain of a year's chart (its single series). */
export function yearDomain(chart: ChartData): Domain {
  const series = chart.series[0];
  if (!series) return [0, 10];
  return colourDomain(series.metric, series.values.filter((v): v is number => v !== null));
}

/** The legend's end labels, in the metric's units: "2" … "8", "45/100" … "85/100". */
export function legendEnds(metric: ChartMetric, domain?: Domain): [string, string] {
  const meta = metricInfo(metric);
  const [min, max] = domain ?? [meta.min, meta.max];
  return [formatValue(metric, min), formatValue(metric, max)];
}

/** Moves a day by arrow keys inside a year: left/right one day, up/down one week. */
export function arrowStep(key: string): number {
  switch (key) {
    case "ArrowLeft":
      return -1;
    case "ArrowRight":
      return 1;
    case "ArrowUp":
      return -7;
    case "ArrowDown":
      return 7;
    default:
      return 0;
  }
}

/** Narrow weekday names ("M", "T" …) starting on `weekStart` (0 = Sunday), in the active language. */
export function weekdayLetters(weekStart: number): string[] {
  // 1 January 2023 was a Sunday, so 2023-01-0(1+n) is weekday n.
  return Array.from({ length: 7 }, (_, i) => chartDay(dayOf(2023, 1, 1 + ((weekStart + i) % 7)), { weekday: "narrow" }));
}

/** One line about the year: logged days, the mean, and the best and hardest months. */
export function yearSummary(months: HeatMonth[], metric: ChartMetric, year: number): string {
  const meta = metricInfo(metric);
  const measure = measureInSentence(metric);
  // The year as written, never grouped like a number ("2,024").
  const yearText = String(year);
  const means = months
    .map((m) => {
      const values = m.days.map((d) => d.value).filter((v): v is number => v !== null);
      return { title: m.title, n: values.length, mean: values.length ? values.reduce((s, v) => s + v, 0) / values.length : null };
    })
    .filter((m) => m.mean !== null) as { title: string; n: number; mean: number }[];
  const logged = means.reduce((sum, m) => sum + m.n, 0);
  if (logged === 0) return t("trends-year-summary-empty", { metric, measure, year: yearText });
  const mean = months.flatMap((m) => m.days).reduce((s, d) => s + (d.value ?? 0), 0) / logged;
  const base = { metric, measure, year: yearText, count: logged, mean: formatValue(metric, mean) };
  if (means.length < 2) return t("trends-year-summary", base);
  const sorted = [...means].sort((a, b) => a.mean - b.mean);
  const [low, high] = [sorted[0], sorted[sorted.length - 1]];
  if (!low || !high) return t("trends-year-summary", base);
  const [best, hardest] = meta.higherIsBetter ? [high, low] : [low, high];
  return t("trends-year-summary-months", {
    ...base,
    best: best.title,
    bestValue: formatValue(metric, best.mean),
    hardest: hardest.title,
    hardestValue: formatValue(metric, hardest.mean),
  });
}
