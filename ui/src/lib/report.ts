/**
 * The monthly report: a month's days, the average of each measure, the values the chart draws,
 * and the day notes. Plain means of the logged days (a day without a value does not count as
 * zero), worked out from the month's check-ins. Names, dates and numbers are in the active
 * language (locales/<language>/report.ftl and measures.ftl), looked up when they are shown.
 */
import type { MetricKey } from "../api/bindings/MetricKey";
import type { CheckIn } from "../api/checkins";
import type { MassageSession } from "../api/sessions";
import { daysInMonth, dayOf, addDays, type YearMonth } from "./dates";
import { active, formatDate, formatDay, formatNumber, t } from "./i18n/i18n.svelte";

/** How a measure is written: a 0–10 rating ("4.3/10") or hours ("7.25 h"). */
export type ReportUnit = "rating" | "hours";

export interface ReportMeasure {
  key: MetricKey;
  /** Its name in the active language. */
  readonly label: string;
  unit: ReportUnit;
  higherIsBetter: boolean;
}

const reportMeasure = (key: MetricKey, id: string, unit: ReportUnit, higherIsBetter: boolean): ReportMeasure => ({
  key,
  get label() {
    return t(id);
  },
  unit,
  higherIsBetter,
});

export const REPORT_MEASURES: readonly ReportMeasure[] = [
  reportMeasure("stress", "measure-stress", "rating", false),
  reportMeasure("sleepHours", "report-measure-sleep", "hours", true),
  reportMeasure("sleepQuality", "measure-sleep-quality", "rating", true),
  reportMeasure("pain", "measure-pain", "rating", false),
  reportMeasure("selfEsteem", "measure-self-esteem", "rating", true),
  reportMeasure("mood", "measure-mood", "rating", true),
  reportMeasure("anxiety", "measure-anxiety", "rating", false),
  reportMeasure("bodyAwareness", "measure-body-awareness", "rating", true),
];

/** The catalogue id of each charted measure's name in the chart's legend. */
export const CHART_LABEL_IDS: Readonly<Record<string, string>> = {
  stress: "measure-stress",
  sleepHours: "measure-sleep-hours",
  pain: "measure-pain",
};

/** "November 2025" ("noviembre de 2025" in Spanish). */
export function monthWords({ year, month }: YearMonth): string {
  return formatDay(dayOf(year, month, 1), { month: "long", year: "numeric" });
}

/** The name of a month alone: "November" ("November", "noviembre", "novembre"). */
export function monthNameWords(month: number): string {
  return formatDay(dayOf(2025, month, 1), { month: "long" });
}

/** A text as a heading or a list's first word starts: "noviembre de 2025" → "Noviembre de 2025". */
export function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase(active.locale) + text.slice(1);
}

/** "Tuesday 24 November" in the active language. */
export function reportDay(day: string): string {
  return formatDay(day, { weekday: "long", day: "numeric", month: "long" });
}

/** A session's local start time, "18:00", in the active language's way of writing hours. */
export function reportTime(time: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) return time;
  const at = new Date(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2])));
  return formatDate(at, { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
}

/** The measures the report's chart draws. */
export const CHART_MEASURES: readonly MetricKey[] = ["stress", "sleepHours", "pain"];

export interface MonthRange {
  from: string;
  to: string;
}

export function monthRange({ year, month }: YearMonth): MonthRange {
  return { from: dayOf(year, month, 1), to: dayOf(year, month, daysInMonth(year, month)) };
}

/** Every day of the month, in order. */
export function monthDays(month: YearMonth): string[] {
  const { from, to } = monthRange(month);
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

export interface MeasureAverage {
  key: MetricKey;
  label: string;
  unit: ReportUnit;
  /** The mean of the logged days; null when none. */
  mean: number | null;
  /** Days with a value. */
  logged: number;
  min: number | null;
  max: number | null;
}

/** The average, lowest and highest of each measure over the given check-ins. */
export function monthAverages(checkIns: readonly CheckIn[]): MeasureAverage[] {
  return REPORT_MEASURES.map(({ key, label, unit }) => {
    // `label` is read here, so an average computed while rendering follows the language.
    const values = checkIns.map((c) => c[key]).filter((v): v is number => v !== null && Number.isFinite(v));
    const sum = values.reduce((a, b) => a + b, 0);
    return {
      key,
      label,
      unit,
      mean: values.length > 0 ? sum / values.length : null,
      logged: values.length,
      min: values.length > 0 ? Math.min(...values) : null,
      max: values.length > 0 ? Math.max(...values) : null,
    };
  });
}

/** "4.3/10", "7.25 h" ("4,3/10" in German); an en dash for nothing logged. */
export function formatAverage(value: number | null, unit: ReportUnit): string {
  if (value === null) return "–";
  const formatted = formatNumber(value, { maximumFractionDigits: unit === "hours" ? 2 : 1 });
  return t(unit === "hours" ? "report-value-hours" : "report-value-rating", { value: formatted });
}

/** One value per day of the month for each charted measure (null on days without one). */
export function chartValues(month: YearMonth, checkIns: readonly CheckIn[]): { days: string[]; series: Record<string, (number | null)[]> } {
  const days = monthDays(month);
  const byDay = new Map(checkIns.map((c) => [c.day, c]));
  const series: Record<string, (number | null)[]> = {};
  for (const key of CHART_MEASURES) series[key] = days.map((day) => byDay.get(day)?.[key] ?? null);
  return { days, series };
}

/** The days with a note, in order. */
export function dayNotes(checkIns: readonly CheckIn[]): CheckIn[] {
  return checkIns.filter((c) => c.notes.trim() !== "").sort((a, b) => a.day.localeCompare(b.day));
}

/** The month's sessions that happened or are planned, by start; cancelled ones are left out. */
export function reportSessions(sessions: readonly MassageSession[]): MassageSession[] {
  return sessions.filter((s) => s.status !== "cancelled").sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}
