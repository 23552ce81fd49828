/**
 * Turns the Journal's search and filter controls into a `search_journal` query, and describes
 * an empty result in words ("No entries match “massage” with pain ≥ 6.").
 */
import type { JournalQuery } from "../api/bindings/JournalQuery";
import type { MetricKey } from "../api/bindings/MetricKey";
import { MEASURE_NAME_IDS } from "./metrics";
import { messageParts, joinParts, type MessagePart } from "./highlight";
import { t } from "./i18n/i18n.svelte";
import { SLEEP_HOURS_MAX } from "./metrics";

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

/** Catalogue ids of each measure's name (locales/<lang>/measures.ftl). */
const METRIC_IDS: Readonly<Record<MetricKey, string>> = MEASURE_NAME_IDS;

export const METRIC_KEYS = Object.keys(METRIC_IDS) as MetricKey[];

/** A measure's name in the active language, e.g. "Sleep hours". */
export function metricLabel(metric: MetricKey): string {
  return t(METRIC_IDS[metric]);
}

export const COMPARISON_SIGNS: Record<Comparison, string> = { atLeast: "≥", atMost: "≤" };

/** Bounds of the value input for a measure: sleep is in hours, the rest are 0–10 ratings. */
export function metricBounds(metric: MetricKey | null): { max: number; step: number } {
  return metric === "sleepHours" ? { max: SLEEP_HOURS_MAX, step: 0.25 } : { max: 10, step: 1 };
}

/** Why the measure filter cannot be applied yet, or null when it can (or none is chosen). */
export function valueProblem(filter: JournalFilter): string | null {
  if (filter.metric === null) return null;
  const { max, step } = metricBounds(filter.metric);
  const value = filter.value;
  if (value === null || !Number.isFinite(value)) {
    return t(filter.metric === "sleepHours" ? "journal-filter-value-missing-hours" : "journal-filter-value-missing", { max });
  }
  if (value < 0 || value > max || !Number.isInteger(value / step)) {
    return t(step === 1 ? "journal-filter-value-whole" : "journal-filter-value-quarters", { max });
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

/**
 * The sentence shown when a search finds nothing, naming every active condition, in parts:
 * the searched text and the tag are the person's own words.
 */
export function noMatchParts(query: JournalQuery): MessagePart[] {
  const shape = [query.text ? "text" : "", query.tag ? "tag" : "", query.metric ? "measure" : ""].filter(Boolean);
  let condition = "";
  if (query.metric) {
    const sign = query.min !== null ? COMPARISON_SIGNS.atLeast : COMPARISON_SIGNS.atMost;
    condition = t("journal-no-match-condition", { measure: query.metric, sign, value: query.min ?? query.max });
  }
  return messageParts(
    `journal-no-match-${shape.join("-") || "text"}`,
    { text: query.text, tag: query.tag, condition },
    ["text", "tag"],
  );
}

/** The no-match sentence as plain text ("No entries match “massage” with pain ≥ 6."). */
export function describeNoMatch(query: JournalQuery): string {
  return joinParts(noMatchParts(query));
}
