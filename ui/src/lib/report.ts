/**
 * The monthly report: a month's days, the average of each measure, the values the chart draws,
 * and the day notes. Plain means of the logged days (a day without a value does not count as
 * zero), worked out from the month's check-ins.
 */
import type { MetricKey } from "../api/bindings/MetricKey";
import type { CheckIn } from "../api/checkins";
import type { MassageSession } from "../api/sessions";
import { daysInMonth, dayOf, addDays, type YearMonth } from "./dates";

export const REPORT_MEASURES: readonly { key: MetricKey; label: string; unit: string; higherIsBetter: boolean }[] = [
  { key: "stress", label: "Stress", unit: "/10", higherIsBetter: false },
  { key: "sleepHours", label: "Sleep", unit: " h", higherIsBetter: true },
  { key: "sleepQuality", label: "Sleep quality", unit: "/10", higherIsBetter: true },
  { key: "pain", label: "Pain", unit: "/10", higherIsBetter: false },
  { key: "selfEsteem", label: "Self-esteem", unit: "/10", higherIsBetter: true },
  { key: "mood", label: "Mood", unit: "/10", higherIsBetter: true },
  { key: "anxiety", label: "Anxiety", unit: "/10", higherIsBetter: false },
  { key: "bodyAwareness", label: "Body awareness", unit: "/10", higherIsBetter: true },
];

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
  unit: string;
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

/** "4.3/10", "7.25 h"; an en dash for nothing logged. */
export function formatAverage(value: number | null, unit: string): string {
  if (value === null) return "–";
  const places = unit === " h" ? 2 : 1;
  return `${Number(value.toFixed(places))}${unit}`;
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
