/**
 * The nine things a chart can show, with what people need to read them: a label, the scale,
 * which end is good, how a value is written, and a line style so no series depends on colour.
 */
import type { ChartMetric } from "../../api/charts";

export interface ChartMetricInfo {
  id: ChartMetric;
  label: string;
  /** The y axis range. */
  min: number;
  max: number;
  /** "h" for sleep hours, "" for ratings, "/100" for the index. */
  unit: string;
  /** True when a higher value is a better day (self-esteem), false when worse (stress). */
  higherIsBetter: boolean;
  /** Canvas dash pattern of the rolling-mean line (empty = solid). */
  dash: number[];
  /** The CSS custom property holding the series colour (light and dark themes differ). */
  colorVar: string;
}

const info = (
  id: ChartMetric,
  label: string,
  max: number,
  unit: string,
  higherIsBetter: boolean,
  dash: number[],
): ChartMetricInfo => ({ id, label, min: 0, max, unit, higherIsBetter, dash, colorVar: `--chart-${id}` });

export const CHART_METRICS: readonly ChartMetricInfo[] = [
  info("stress", "Stress", 10, "", false, []),
  info("sleepHours", "Sleep hours", 12, "h", true, [10, 4]),
  info("sleepQuality", "Sleep quality", 10, "", true, [3, 3]),
  info("pain", "Pain", 10, "", false, [12, 4, 3, 4]),
  info("selfEsteem", "Self-esteem", 10, "", true, [6, 3]),
  info("mood", "Mood", 10, "", true, [14, 5]),
  info("anxiety", "Anxiety", 10, "", false, [2, 5]),
  info("bodyAwareness", "Body awareness", 10, "", true, [8, 3, 2, 3, 2, 3]),
  info("index", "Resilience index", 100, "/100", true, []),
];

const BY_ID = new Map(CHART_METRICS.map((m) => [m.id, m]));

export function metricInfo(id: ChartMetric): ChartMetricInfo {
  const found = BY_ID.get(id);
  if (!found) throw new RangeError(`unknown chart metric: ${id}`);
  return found;
}

/** A value as people read it: "4", "6.5", "7.25 h", "63/100"; an en dash for a gap. */
export function formatValue(id: ChartMetric, value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "–";
  const meta = metricInfo(id);
  const places = id === "index" ? 0 : id === "sleepHours" ? 2 : digits;
  const text = Number(value.toFixed(places)).toString();
  if (meta.unit === "h") return `${text} h`;
  return meta.unit ? `${text}${meta.unit}` : text;
}
