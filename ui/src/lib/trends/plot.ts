/**
 * uPlot options shared by the Trends charts: axes in the theme's colours, a fixed y scale per
 * metric (so panels compare at a glance), UTC days on the x axis, and session lines.
 */
import uPlot from "./uplot";
import type { ChartData, ChartMetric, MetricSeries } from "../../api/charts";
import { formatDate, formatNumber, t } from "../i18n/i18n.svelte";
import { metricInfo } from "./metrics";
import { daySeconds } from "./shape";
import { withAlpha, type ChartColours } from "./theme";

export const FONT = "12px system-ui, -apple-system, 'Segoe UI', Roboto, Cantarell, sans-serif";

/** Days are UTC midnights, so the axis must not shift them into the local time zone. */
export const utcDate = (ts: number) => uPlot.tzDate(new Date(ts * 1000), "Etc/UTC");

/** The y range of a metric: its scale, or more for unusually long sleep. */
export function yRange(series: MetricSeries): [number, number] {
  const meta = metricInfo(series.metric);
  const max = series.metric === "sleepHours" ? Math.max(meta.max, Math.ceil(series.summary.max ?? 0)) : meta.max;
  return [meta.min, max];
}

/** A few round ticks on the y axis of a small panel. */
export function ySplits(metric: ChartMetric, max: number): number[] {
  if (metric === "index") return [0, 50, 100];
  if (metric === "sleepHours") return max > 12 ? [0, 6, 12, 18, 24].filter((v) => v <= max) : [0, 4, 8, 12];
  return [0, 5, 10];
}

export function xAxis(colours: ChartColours, show: boolean, ticks: TimeTicks): uPlot.Axis {
  const labels = new Map(ticks.splits.map((s, i) => [s, ticks.labels[i] ?? ""]));
  return {
    stroke: colours.muted,
    font: FONT,
    grid: { stroke: colours.grid, width: 1 },
    ticks: { show, stroke: colours.grid, width: 1, size: 5 },
    size: show ? 28 : 4,
    splits: () => ticks.splits,
    values: (_u: uPlot, splits: number[]) => splits.map((s) => (show ? (labels.get(s) ?? "") : "")),
  };
}

export function yAxis(colours: ChartColours, splits: number[], side: 1 | 3 = 3, scale = "y"): uPlot.Axis {
  return {
    scale,
    side,
    stroke: colours.muted,
    font: FONT,
    size: 40,
    gap: 4,
    grid: { show: side === 3, stroke: colours.grid, width: 1 },
    ticks: { show: false },
    splits: () => splits,
    // Numbers in the active language, not uPlot's own (the system's) formatting.
    values: (_u: uPlot, values: number[]) => values.map((v) => formatNumber(v)),
  };
}

/** The daily values (thin line and dots) and the rolling mean (thick, dashed per metric). */
export function metricSeries(
  chart: ChartData,
  metric: ChartMetric,
  colour: string,
  scale = "y",
): [uPlot.Series, uPlot.Series] {
  const meta = metricInfo(metric);
  const weekly = chart.resolution === "week";
  const dense = chart.days.length > 90;
  return [
    {
      label: meta.label,
      scale,
      // Many days: dots alone read better than a zig-zag; few: a thin line joins them.
      stroke: dense ? "transparent" : withAlpha(colour, 0.45),
      width: 1,
      spanGaps: false,
      points: { show: true, size: dense ? (weekly ? 4 : 3.5) : 5, width: 1, stroke: withAlpha(colour, 0.7), fill: withAlpha(colour, 0.7) },
    },
    {
      label: t("trends-series-mean", { measure: meta.label, days: chart.rollingDays }),
      scale,
      stroke: colour,
      width: 2.5,
      dash: meta.dash,
      spanGaps: false,
      points: { show: false },
    },
  ];
}

/** Vertical lines at each session day under the series: solid when done, dashed when planned. */
export function sessionLines(chart: ChartData, colours: ChartColours): (u: uPlot) => void {
  const days = chart.markers
    .filter((m) => m.status !== "cancelled")
    .map((m) => ({ x: daySeconds(m.day), done: m.status === "done" }));
  // Many sessions (years of them) would turn into a fence: draw them fainter.
  const strength = days.length > 24 ? 0.5 : 1;
  return (u: uPlot) => {
    const ctx = u.ctx;
    const ratio = uPlot.pxRatio;
    const { top, height } = u.bbox;
    ctx.save();
    ctx.lineWidth = Math.max(1, ratio);
    for (const { x, done } of days) {
      const at = Math.round(u.valToPos(x, "x", true)) + 0.5;
      ctx.strokeStyle = withAlpha(done ? colours.done : colours.planned, (done ? 0.5 : 0.6) * strength);
      ctx.setLineDash(done ? [] : [4 * ratio, 3 * ratio]);
      ctx.beginPath();
      ctx.moveTo(at, top);
      ctx.lineTo(at, top + height);
      ctx.stroke();
    }
    ctx.restore();
  };
}

const utc = (seconds: number) => new Date(seconds * 1000);

export interface TimeTicks {
  splits: number[];
  labels: string[];
}

/**
 * Round ticks for a range of days: Mondays up to 45 days ("2 Mar"), month starts up to 400
 * ("Jun", with the year on January and the first tick), quarters up to ~4 years, else years.
 * Days are UTC midnights, so no time zone moves a label; labels are in the active language.
 */
export function timeTicks(from: string, to: string): TimeTicks {
  const start = daySeconds(from);
  const end = daySeconds(to);
  const span = (end - start) / 86_400;
  const splits: number[] = [];
  const labels: string[] = [];
  const first = new Date(start * 1000);
  if (span <= 45) {
    const monday = new Date(first);
    monday.setUTCDate(monday.getUTCDate() + ((8 - monday.getUTCDay()) % 7));
    for (let d = monday; d.getTime() / 1000 <= end; d = new Date(d.getTime() + 7 * 86_400_000)) {
      splits.push(d.getTime() / 1000);
      labels.push(formatDate(d, { day: "numeric", month: "short", timeZone: "UTC" }));
    }
    return { splits, labels };
  }
  const step = span <= 400 ? 1 : span <= 1500 ? 3 : 12;
  let year = first.getUTCFullYear();
  let month = first.getUTCMonth() + 1;
  month = Math.ceil(month / step) * step;
  if (step === 12) month = 12;
  for (;;) {
    if (month >= 12) {
      year += Math.floor(month / 12);
      month %= 12;
    }
    const at = Date.UTC(year, month, 1) / 1000;
    if (at > end) break;
    if (at >= start) {
      splits.push(at);
      const options: Intl.DateTimeFormatOptions =
        step === 12
          ? { year: "numeric" }
          : month === 0 || splits.length === 1
            ? { month: "short", year: "numeric" }
            : { month: "short" };
      labels.push(formatDate(utc(at), { ...options, timeZone: "UTC" }));
    }
    month += step;
  }
  return { splits, labels };
}
