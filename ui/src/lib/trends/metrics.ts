/**
 * The nine things a chart can show, with what people need to read them: a label, the scale,
 * which end is good, how a value is written, and a line style so no series depends on colour.
 */
import type { ChartMetric } from "../../api/charts";
import { t } from "../i18n/i18n.svelte";
import { INDEX_NAME_ID, MEASURE_NAME_IDS } from "../metrics";
import { chartNumber } from "./format";

export interface ChartMetricInfo {
  id: ChartMetric;
  /** The measure's name in the active language (looked up when read). */
  readonly label: string;
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

/** Catalogue ids of the measures' names (locales/<lang>/measures.ftl). */
const NAME_IDS: Record<ChartMetric, string> = { ...MEASURE_NAME_IDS, index: INDEX_NAME_ID };

const info = (
  id: ChartMetric,
  max: number,
  unit: string,
  higherIsBetter: boolean,
  dash: number[],
): ChartMetricInfo => ({
  id,
  // A getter: the name follows the active language.
  get label() {
    return t(NAME_IDS[id]);
  },
  min: 0,
  max,
  unit,
  higherIsBetter,
  dash,
  colorVar: `--chart-${id}`,
});

export const CHART_METRICS: readonly ChartMetricInfo[] = [
  info("stress", 10, "", false, []),
  info("sleepHours", 12, "h", true, [10, 4]),
  info("sleepQuality", 10, "", true, [3, 3]),
  info("pain", 10, "", false, [12, 4, 3, 4]),
  info("selfEsteem", 10, "", true, [6, 3]),
  info("mood", 10, "", true, [14, 5]),
  info("anxiety", 10, "", false, [2, 5]),
  info("bodyAwareness", 10, "", true, [8, 3, 2, 3, 2, 3]),
  info("index", 100, "/100", true, []),
];

const BY_ID = new Map(CHART_METRICS.map((m) => [m.id, m]));

export function metricInfo(id: ChartMetric): ChartMetricInfo {
  const found = BY_ID.get(id);
  if (!found) throw new RangeError(`unknown chart metric: ${id}`);
  return found;
}

/** The measure's name as it reads inside a sentence ("sleep hours" in English, "Schlafdauer" in German). */
export function measureInSentence(id: ChartMetric): string {
  return t("trends-measure-in-sentence", { metric: id });
}

/** A value as people read it: "4", "6.5", "7.25 h", "63/100" ("7,25 h" in German); an en dash for a gap. */
export function formatValue(id: ChartMetric, value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "–";
  const meta = metricInfo(id);
  const places = id === "index" ? 0 : id === "sleepHours" ? 2 : digits;
  // Rounded first (as before, half away from zero on the decimal digits), then written out.
  const rounded = Number(value.toFixed(places)) || 0;
  const text = chartNumber(rounded, places);
  if (meta.unit === "h") return t("trends-value-hours", { value: text });
  if (meta.unit === "/100") return t("trends-value-index", { value: text });
  return text;
}
