/**
 * Shaping the back end's chart data for uPlot, the tooltip, the table and the one-line summary.
 * The numbers themselves (gaps, rolling and weekly means) come from Rust; this only arranges them.
 */
import type { ChartData, ChartMetric, Correlation, SessionMarker } from "../../api/charts";
import { dayOf, parseDay } from "../dates";
import { kindLabel } from "../sessions";
import { formatValue, metricInfo } from "./metrics";

const SECONDS_PER_DAY = 86_400;

/** An ISO day as uPlot's x value: seconds since 1970 at 00:00 UTC (so no time zone moves it). */
export function daySeconds(iso: string): number {
  const date = parseDay(iso);
  if (!date) throw new RangeError(`not an ISO day: ${iso}`);
  return date.getTime() / 1000;
}

/** The ISO day of uPlot's x value. */
export function secondsDay(seconds: number): string {
  const date = new Date(Math.round(seconds / SECONDS_PER_DAY) * SECONDS_PER_DAY * 1000);
  return dayOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** uPlot's aligned data for one metric: x, the values (null = gap), the rolling mean. */
export function plotData(chart: ChartData, metric: ChartMetric): [number[], (number | null)[], (number | null)[]] {
  const series = chart.series.find((s) => s.metric === metric);
  const xs = chart.days.map(daySeconds);
  if (!series) return [xs, xs.map(() => null), xs.map(() => null)];
  return [xs, series.values, series.rolling];
}

/** True when no metric has a single value in the range. */
export function isEmptyChart(chart: ChartData): boolean {
  return chart.series.every((s) => s.summary.loggedDays === 0);
}

const labelFormats = new Map<boolean, Intl.DateTimeFormat>();

/** "Tue 3 Mar" (with the year when asked), like `shortDay`, with the formatter made once. */
function shortLabel(day: string, withYear: boolean): string {
  let format = labelFormats.get(withYear);
  if (!format) {
    const year = withYear ? ({ year: "numeric" } as const) : {};
    format = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short", ...year, timeZone: "UTC" });
    labelFormats.set(withYear, format);
  }
  const date = parseDay(day);
  return date ? format.format(date) : day;
}

/** "Tue 3 Mar" by day, "Week of 2 Mar" by week (with the year when the range spans years). */
export function pointLabel(chart: ChartData, index: number): string {
  const day = chart.days[index] ?? "";
  const withYear = chart.from.slice(0, 4) !== chart.to.slice(0, 4);
  const text = shortLabel(day, withYear);
  return chart.resolution === "week" ? `Week of ${text.replace(/^\S+ /, "")}` : text;
}

/** The last day a point stands for: the day itself, or the day before the next week starts. */
export function pointEnd(chart: ChartData, index: number): string {
  if (chart.resolution === "day") return chart.days[index] ?? chart.to;
  const next = chart.days[index + 1];
  return next ? secondsDay(daySeconds(next) - SECONDS_PER_DAY) : chart.to;
}

/** Sessions whose day falls on the point (a day, or the days of a week). */
export function markersAt(chart: ChartData, index: number): SessionMarker[] {
  const first = chart.days[index];
  if (!first) return [];
  const last = pointEnd(chart, index);
  return chart.markers.filter((m) => m.day >= first && m.day <= last);
}

/** The index of the point holding `day`, or -1 when it is outside the chart (binary search). */
export function indexOfDay(chart: ChartData, day: string): number {
  const first = chart.days[0];
  if (first === undefined || day < first || day > chart.to) return -1;
  let [low, high] = [0, chart.days.length - 1];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((chart.days[mid] ?? "") <= day) low = mid;
    else high = mid - 1;
  }
  return low;
}

export interface TooltipRow {
  metric: ChartMetric;
  label: string;
  value: string;
  rolling: string;
  /** By week: "5 days". */
  count: string | null;
}

export interface TooltipInfo {
  title: string;
  day: string;
  rows: TooltipRow[];
  note: string | null;
  sessions: string[];
}

/** What the tooltip (and the keyboard read-out) says about one point. */
export function tooltipAt(chart: ChartData, index: number): TooltipInfo {
  const weekly = chart.resolution === "week";
  return {
    title: pointLabel(chart, index),
    day: chart.days[index] ?? "",
    rows: chart.series.map((s) => ({
      metric: s.metric,
      label: metricInfo(s.metric).label,
      value: formatValue(s.metric, s.values[index]),
      rolling: formatValue(s.metric, s.rolling[index]),
      count: weekly ? `${s.counts[index] ?? 0} ${s.counts[index] === 1 ? "day" : "days"}` : null,
    })),
    note: chart.notes[index] ?? null,
    sessions: markersAt(chart, index).map(markerWords),
  };
}

const STATUS_WORDS: Record<SessionMarker["status"], string> = {
  done: "Massage",
  planned: "Planned massage",
  cancelled: "Cancelled massage",
};

/** "Massage (Swedish)", "Planned massage (Thai)". */
export function markerWords(marker: SessionMarker): string {
  return `${STATUS_WORDS[marker.status]} (${kindLabel(marker.kind, marker.kindOther)})`;
}

export interface TableRow {
  index: number;
  day: string;
  label: string;
  /** Per series, in the chart's order: the value and the rolling mean, already written out. */
  cells: { value: string; rolling: string }[];
  sessions: SessionMarker[];
  note: string | null;
}

/** The rows of "Show as table": every point with a value or a session, newest first. */
export function tableRows(chart: ChartData): TableRow[] {
  const byIndex = new Map<number, SessionMarker[]>();
  for (const marker of chart.markers) {
    const at = indexOfDay(chart, marker.day);
    if (at >= 0) byIndex.set(at, [...(byIndex.get(at) ?? []), marker]);
  }
  const rows: TableRow[] = [];
  for (let i = chart.days.length - 1; i >= 0; i--) {
    const sessions = byIndex.get(i) ?? [];
    const logged = chart.series.some((s) => s.values[i] !== null);
    if (!logged && sessions.length === 0) continue;
    rows.push({
      index: i,
      day: chart.days[i] ?? "",
      label: pointLabel(chart, i),
      cells: chart.series.map((s) => ({
        value: formatValue(s.metric, s.values[i]),
        rolling: formatValue(s.metric, s.rolling[i]),
      })),
      sessions,
      note: chart.notes[i] ?? null,
    });
  }
  return rows;
}

/** How a half-to-half change reads: "down from 4.8 to 3.6", or "steady". */
function change(metric: ChartMetric, first: number | null, second: number | null): string | null {
  if (first === null || second === null) return null;
  const meta = metricInfo(metric);
  const threshold = (meta.max - meta.min) * 0.05;
  if (Math.abs(second - first) < threshold) return "steady";
  const direction = second > first ? "up" : "down";
  return `${direction} from ${formatValue(metric, first)} to ${formatValue(metric, second)}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * One line per chart: "Averages over the last 6 months (160 days logged, 10 massages): stress
 * 4.2, steady; pain 2.6, down from 3.1 to 2.2." The trend compares the range's two halves.
 */
export function summarySentence(chart: ChartData, rangeWords: string): string {
  if (isEmptyChart(chart)) return `Nothing logged in ${rangeWords} for the chosen measures.`;
  const logged = chart.series.filter((s) => s.summary.loggedDays > 0);
  const counts = new Set(logged.map((s) => s.summary.loggedDays));
  const common = counts.size === 1 ? [...counts][0] : undefined;
  const parts = chart.series.map((s) => {
    const meta = metricInfo(s.metric);
    const label = meta.label.toLowerCase();
    const { loggedDays, mean, firstHalfMean, secondHalfMean } = s.summary;
    if (loggedDays === 0 || mean === null) return `${label} not logged`;
    const days = common === undefined ? ` over ${plural(loggedDays, "day")}` : "";
    const moved = change(s.metric, firstHalfMean, secondHalfMean);
    return `${label} ${formatValue(s.metric, mean)}${days}${moved ? `, ${moved}` : ""}`;
  });
  const done = chart.markers.filter((m) => m.status === "done").length;
  const notes = [
    ...(common !== undefined ? [`${plural(common, "day")} logged`] : []),
    ...(done > 0 ? [plural(done, "massage")] : []),
  ];
  const head = `Averages over ${rangeWords}${notes.length ? ` (${notes.join(", ")})` : ""}`;
  return `${head}: ${parts.join("; ")}.`;
}

/** "weak", "moderate" or "strong", by the usual rule of thumb on |r|. */
export function strengthWords(r: number): string {
  const size = Math.abs(r);
  if (size < 0.1) return "no clear";
  if (size < 0.3) return "a weak";
  if (size < 0.5) return "a moderate";
  return "a strong";
}

/** "r = −0.42 (n = 187)" with a real minus sign; "r not available (n = 2)" when undefined. */
export function correlationText(correlation: Correlation): string {
  if (correlation.r === null) return `r not available (n = ${correlation.n})`;
  const r = correlation.r.toFixed(2).replace("-", "−");
  return `r = ${r} (n = ${correlation.n})`;
}

/** The sentence under the Compare chart. */
export function correlationSentence(correlation: Correlation): string {
  const a = metricInfo(correlation.a).label.toLowerCase();
  const b = metricInfo(correlation.b).label.toLowerCase();
  if (correlation.r === null) {
    return correlation.n < 3
      ? `Fewer than 3 days log both ${a} and ${b}, so there is nothing to compare yet.`
      : `One of the two never changed on the ${correlation.n} days that log both, so there is no correlation to show.`;
  }
  const strength = strengthWords(correlation.r);
  if (strength === "no clear") return `No clear link between ${a} and ${b} on the ${correlation.n} days that log both.`;
  const way = correlation.r > 0 ? "higher" : "lower";
  return `When ${a} was higher, ${b} tended to be ${way}: ${strength} link over ${correlation.n} days. A pattern in your own entries, not proof of cause.`;
}
