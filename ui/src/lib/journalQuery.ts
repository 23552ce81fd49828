/**
 * Turns the Journal's search and filter controls into a `search_journal` query, and describes
 * an empty result in words ("No entries match “massage” with pain ≥ 6.").
 */
import type { JournalQuery } from "../api/bindings/JournalQuery";
import type { MetricKey } from "../api/bindings/MetricKey";
import { RATINGS, SLEEP_HOURS_MAX } from "./metrics";

export type Comparison = "atLeast" | "atMost";

/** What the filter controls hold; `value` is null while its input is empty. */
export interface JournalFilter {
  text: string;
  /** A tag name, or null for any tag. */
  tag: string | null;
  /** null = "Any measure". */
  metric: MetricKey | null;
  comparison: Comparison;
  value: number | null;
}

export function emptyFilter(): JournalFilter {
  return { text: "", tag: null, metric: null, comparison: "atLeast", value: 6 };
}

export const METRIC_LABELS: Record<MetricKey, string> = {
  stress: RATINGS.stress.label,
  sleepHours: "Sleep hours",
  sleepQuality: RATINGS.sleepQuality.label,
  pain: RATINGS.pain.label,
  selfEsteem: RATINGS.selfEsteem.label,
  mood: RATINGS.mood.label,
  anxiety: RATINGS.anxiety.label,
  bodyAwareness: RATINGS.bodyAwareness.label,
};

export const METRIC_KEYS = Object.keys(METRIC_LABELS) as MetricKey[];

export const COMPARISON_SIGNS: Record<Comparison, string> = { atLeast: "≥", atMost: "≤" };

/** Bounds of the value input for a measure: sleep is in hours, the rest are 0–10 ratings. */
export function metricBounds(metric: MetricKey | null): { max: number; step: number } {
  return metric === "sleepHours" ? { max: SLEEP_HOURS_MAX, step: 0.25 } : { max: 10, step: 1 };
}

/** Why the measure filter cannot be applied yet, or null when it can (or none is chosen). */
export function valueProblem(filter: JournalFilter): string | null {
  if (filter.metric === null) return null;
  const { max, step } = metricBounds(filter.metric);
  const unit = filter.metric === "sleepHours" ? " hours" : "";
  const value = filter.value;
  if (value === null || !Number.isFinite(value)) return `Enter a value from 0 to ${max}${unit}.`;
  if (value < 0 || value > max || !Number.isInteger(value / step)) {
    return step === 1
      ? `Use a whole number from 0 to ${max}.`
      : `Use quarter hours from 0 to ${max}.`;
  }
  return null;
}

function metricApplies(filter: JournalFilter): boolean {
  return filter.metric !== null && valueProblem(filter) === null;
}

/** The query for the current controls, or null when nothing narrows the journal down. */
export function buildQuery(filter: JournalFilter): JournalQuery | null {
  const text = filter.text.trim();
  const tag = filter.tag?.trim() || null;
  const metric = metricApplies(filter) ? filter.metric : null;
  if (text === "" && tag === null && metric === null) return null;
  const value = metric === null ? null : filter.value;
  return {
    text,
    tag,
    metric,
    min: filter.comparison === "atLeast" ? value : null,
    max: filter.comparison === "atMost" ? value : null,
    from: null,
    to: null,
  };
}

/** The sentence shown when a search finds nothing, naming every active condition. */
export function describeNoMatch(query: JournalQuery): string {
  let measure = "";
  if (query.metric) {
    const sign = query.min !== null ? COMPARISON_SIGNS.atLeast : COMPARISON_SIGNS.atMost;
    measure = `${METRIC_LABELS[query.metric].toLowerCase()} ${sign} ${query.min ?? query.max}`;
  }
  const tagged = query.tag ? `tagged “${query.tag}”` : "";
  let sentence: string;
  if (query.text) {
    sentence = [`match “${query.text}”`, tagged, measure && `with ${measure}`].filter(Boolean).join(" ");
  } else if (tagged) {
    sentence = [`are ${tagged}`, measure && `with ${measure}`].filter(Boolean).join(" ");
  } else {
    sentence = `have ${measure}`;
  }
  return `No entries ${sentence}.`;
}
