/**
 * Shaping the back end's chart data for uPlot, the tooltip, the table and the one-line summary.
 * The numbers themselves (gaps, rolling and weekly means) come from Rust; this only arranges them.
 */
import type { ChartData, ChartMetric, Correlation, SessionMarker } from "../../api/charts";
import { dayOf, parseDay } from "../dates";
import { formatNumber, t } from "../i18n/i18n.svelte";
import { chartDay } from "./format";
import { kindLabel } from "../sessions";
import { formatValue, measureInSentence, metricInfo } from "./metrics";

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

/**
 * "Tue 3 Mar" by day, "Week of 2 Mar" by week (with the year when the range spans years), in
 * the active language.
 */
export function pointLabel(chart: ChartData, index: number): string {
  const day = chart.days[index] ?? "";
  const year = chart.from.slice(0, 4) !== chart.to.slice(0, 4) ? ({ year: "numeric" } as const) : {};
  if (chart.resolution === "week") {
    return t("trends-week-of", { date: chartDay(day, { day: "numeric", month: "short", ...year }) });
  }
  return chartDay(day, { weekday: "short", day: "numeric", month: "short", ...year });
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
  /** True when the point is a week's mean (a click opens the week's first day). */
  weekly: boolean;
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
    weekly,
    day: chart.days[index] ?? "",
    rows: chart.series.map((s) => ({
      metric: s.metric,
      label: metricInfo(s.metric).label,
      value: formatValue(s.metric, s.values[index]),
      rolling: formatValue(s.metric, s.rolling[index]),
      count: weekly ? t("trends-days", { count: s.counts[index] ?? 0 }) : null,
    })),
    note: chart.notes[index] ?? null,
    sessions: markersAt(chart, index).map(markerWords),
  };
}

/** "Massage (Swedish)", "Planned massage (Thai)", in the active language. */
export function markerWords(marker: SessionMarker): string {
  return t("trends-marker", { status: marker.status, kind: kindLabel(marker.kind, marker.kindOther) });
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
  if (Math.abs(second - first) < threshold) return t("trends-summary-steady");
  const words = { from: formatValue(metric, first), to: formatValue(metric, second) };
  return t(second > first ? "trends-summary-up" : "trends-summary-down", words);
}

/**
 * One line per chart: "Averages over the last 6 months (160 days logged, 10 massages): stress
 * 4.2, steady; pain 2.6, down from 3.1 to 2.2." The trend compares the range's two halves.
 */
export function summarySentence(chart: ChartData, rangeWords: string): string {
  if (isEmptyChart(chart)) return t("trends-summary-empty", { range: rangeWords });
  const logged = chart.series.filter((s) => s.summary.loggedDays > 0);
  const counts = new Set(logged.map((s) => s.summary.loggedDays));
  const common = counts.size === 1 ? [...counts][0] : undefined;
  const parts = chart.series.map((s) => {
    const measure = measureInSentence(s.metric);
    const { loggedDays, mean, firstHalfMean, secondHalfMean } = s.summary;
    if (loggedDays === 0 || mean === null) return t("trends-summary-not-logged", { measure });
    const value = formatValue(s.metric, mean);
    const text =
      common === undefined
        ? t("trends-summary-measure-days", { measure, value, count: loggedDays })
        : t("trends-summary-measure", { measure, value });
    const moved = change(s.metric, firstHalfMean, secondHalfMean);
    return moved ? t("trends-summary-measure-change", { text, change: moved }) : text;
  });
  const done = chart.markers.filter((m) => m.status === "done").length;
  const notes = [
    ...(common !== undefined ? [t("trends-summary-days-logged", { count: common })] : []),
    ...(done > 0 ? [t("trends-summary-massages", { count: done })] : []),
  ];
  const args = { range: rangeWords, parts: parts.join(t("trends-summary-separator")) };
  return notes.length
    ? t("trends-summary-with-notes", { ...args, notes: notes.join(t("trends-summary-note-separator")) })
    : t("trends-summary", args);
}

/** How strong a correlation is, by the usual rule of thumb on |r|. */
export function correlationStrength(r: number): "none" | "weak" | "moderate" | "strong" {
  const size = Math.abs(r);
  if (size < 0.1) return "none";
  if (size < 0.3) return "weak";
  if (size < 0.5) return "moderate";
  return "strong";
}

/** "r = −0.42 (n = 187)" with a real minus sign; "r not available (n = 2)" when undefined. */
export function correlationText(correlation: Correlation): string {
  const n = formatNumber(correlation.n);
  if (correlation.r === null) return t("trends-correlation-r-none", { n });
  const r = formatNumber(correlation.r, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).replace("-", "−");
  return t("trends-correlation-r", { r, n });
}

/** The sentence under the Compare chart. */
export function correlationSentence(correlation: Correlation): string {
  const a = measureInSentence(correlation.a);
  const b = measureInSentence(correlation.b);
  const count = correlation.n;
  if (correlation.r === null) {
    return count < 3 ? t("trends-correlation-too-few", { a, b }) : t("trends-correlation-constant", { count });
  }
  const strength = correlationStrength(correlation.r);
  if (strength === "none") return t("trends-correlation-none", { a, b, count });
  const way = correlation.r > 0 ? "higher" : "lower";
  return t("trends-correlation-link", { a, b, way, strength, count });
}
