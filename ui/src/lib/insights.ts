/**
 * Words and numbers for the Insights screen. The sentences follow the engine's own findings
 * (one decimal, "lower"/"higher" rather than a sign, the interval in words), so a number read on
 * a card and the same number in a finding always look alike.
 */
import type {
  Cadence,
  DataNeed,
  DataTopic,
  ImmediateEffect,
  Interval,
  MeasureSummary,
  MetricEffect,
  MetricKey,
} from "../api/insights";
import { addDays, EARLIEST_DAY } from "./dates";
import { formatDay, formatList, formatNumber, t } from "./i18n/i18n.svelte";
import { RATINGS } from "./metrics";

/** A check-in measure, or the daily resilience index. */
export type Measure = MetricKey | "index";

export interface MeasureWords {
  /** "Sleep quality": a label on its own. */
  readonly label: string;
  /** "sleep quality": inside a sentence. */
  readonly name: string;
  readonly unit: "points" | "hours";
  /**
   * True when lower is better (stress, pain, anxiety), false when higher is; null for sleep
   * hours, where 7–9 is best and both directions can be better.
   */
  readonly lowerIsBetter: boolean | null;
}

/** A measure's words, looked up when read so they follow the active language. */
function measureWords(measure: Measure, lowerIsBetter: boolean | null): MeasureWords {
  return {
    get label() {
      if (measure === "index") return t("measure-resilience-index");
      if (measure === "sleepHours") return t("measure-sleep-hours");
      return RATINGS[measure].label;
    },
    get name() {
      return t("insights-measure-name", { measure });
    },
    unit: measure === "sleepHours" ? "hours" : "points",
    lowerIsBetter,
  };
}

export const MEASURE_WORDS: Record<Measure, MeasureWords> = {
  index: measureWords("index", false),
  stress: measureWords("stress", true),
  sleepHours: measureWords("sleepHours", null),
  sleepQuality: measureWords("sleepQuality", false),
  pain: measureWords("pain", true),
  selfEsteem: measureWords("selfEsteem", false),
  mood: measureWords("mood", false),
  anxiety: measureWords("anxiety", true),
  bodyAwareness: measureWords("bodyAwareness", false),
};

/** The measures of the quick check-in, in the order of the Today screen. */
export const CORE_METRICS: readonly MetricKey[] = ["stress", "sleepHours", "sleepQuality", "pain", "selfEsteem"];

const MINUS = "\u2212";

/** Rounded to one decimal, half away from zero like the engine, and never −0. */
export function roundOne(x: number): number {
  const rounded = (Math.sign(x) * Math.round(Math.abs(x) * 10)) / 10;
  return rounded === 0 ? 0 : rounded;
}

/**
 * One decimal in the active language ("1.6", "1,6"), rounded half away from zero like the
 * engine, with a real minus sign and never "−0.0".
 */
export function oneDecimal(x: number): string {
  const rounded = roundOne(x);
  const text = formatNumber(Math.abs(rounded), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return rounded < 0 ? `${MINUS}${text}` : text;
}

/** "+1.6", "−1.6" or "0.0". */
export function signedOneDecimal(x: number): string {
  const rounded = roundOne(x);
  return rounded > 0 ? `+${oneDecimal(rounded)}` : oneDecimal(rounded);
}

/** One decimal without a trailing zero: 2 → "2", 2.5 → "2.5" ("2,5" in German). */
export function compactNumber(x: number): string {
  const rounded = roundOne(x);
  const text = formatNumber(Math.abs(rounded), { maximumFractionDigits: 1 });
  return rounded < 0 ? `${MINUS}${text}` : text;
}

/** An axis label: "+3", "0", "−1.5". */
export function axisText(x: number): string {
  return roundOne(x) > 0 ? `+${compactNumber(x)}` : compactNumber(x);
}

/** True when the interval lies wholly on one side of zero. */
export function excludesZero(ci: Interval | null): boolean {
  return ci !== null && (ci.low > 0 || ci.high < 0);
}

/** "1.6 points lower", "0.5 hours longer"; null when the difference rounds to zero. */
export function sizedWords(measure: Measure, estimate: number): string | null {
  const size = Math.abs(roundOne(estimate));
  if (size === 0) return null;
  return t("insights-size", {
    size,
    unit: MEASURE_WORDS[measure].unit,
    direction: estimate < 0 ? "less" : "more",
  });
}

/** `sizedWords`, or "about the same". */
export function differenceWords(measure: Measure, estimate: number): string {
  return sizedWords(measure, estimate) ?? t("insights-about-the-same");
}

/**
 * The 95% interval in words, as the engine writes it: magnitudes when it lies on one side of
 * zero ("95% CI 0.9 to 2.3"), both directions when it crosses zero ("95% CI 0.4 lower to 1.1
 * higher").
 */
export function intervalWords(ci: Interval | null, measure: Measure): string {
  const unit = MEASURE_WORDS[measure].unit;
  if (ci === null) return t("insights-interval", { ci: "none", low: 0, high: 0, unit });
  if (ci.high < 0) {
    return t("insights-interval", { ci: "below", low: Math.abs(roundOne(ci.high)), high: Math.abs(roundOne(ci.low)), unit });
  }
  if (ci.low > 0) return t("insights-interval", { ci: "above", low: roundOne(ci.low), high: roundOne(ci.high), unit });
  return t("insights-interval", { ci: "across", low: Math.abs(roundOne(ci.low)), high: roundOne(ci.high), unit });
}

/** better / worse for the person; same when it rounds to zero; neutral when neither applies. */
export type Tone = "better" | "worse" | "same" | "neutral";

/** "better" or "worse" in words. */
export function toneWord(tone: "better" | "worse"): string {
  return t(tone === "better" ? "insights-tone-better" : "insights-tone-worse");
}

/** The sleep-duration part of the index: 100 for 7–9 h, 25 points less per hour outside. */
export function durationScore(hours: number): number {
  const distance = hours < 7 ? 7 - hours : hours > 9 ? hours - 9 : 0;
  return Math.max(0, 100 - 25 * distance);
}

/**
 * Whether a change from `previous` to `current` is better or worse for `measure`. Sleep hours
 * are better when they move towards the 7–9 h the index rewards.
 */
export function toneOf(measure: Measure, change: number, current?: number | null, previous?: number | null): Tone {
  if (roundOne(change) === 0) return "same";
  const { lowerIsBetter } = MEASURE_WORDS[measure];
  if (lowerIsBetter === null) {
    if (current == null || previous == null) return "neutral";
    const delta = durationScore(current) - durationScore(previous);
    return delta > 0 ? "better" : delta < 0 ? "worse" : "neutral";
  }
  return (change < 0) === lowerIsBetter ? "better" : "worse";
}

export interface ChangeLine {
  arrow: "↑" | "↓" | "→";
  /** "1.2 points lower than the 7 days before". */
  text: string;
  tone: Tone;
  /** The interval of the change includes zero (or there is too little data to tell). */
  uncertain: boolean;
}

/** The change of a measure's mean from the period before; null without both means. */
export function changeLine(measure: Measure, summary: MeasureSummary, days: number): ChangeLine | null {
  const { change } = summary;
  if (change === null) return null;
  const sized = sizedWords(measure, change);
  const uncertain =
    summary.changeCi !== null
      ? !excludesZero(summary.changeCi)
      : summary.daysLogged < 2 || summary.previousDaysLogged < 2;
  return {
    arrow: sized === null ? "→" : change < 0 ? "↓" : "↑",
    text: sized === null ? t("insights-change-same", { days }) : t("insights-change", { change: sized, days }),
    tone: toneOf(measure, change, summary.mean, summary.previousMean),
    uncertain: sized !== null && uncertain,
  };
}

/** A mean as shown on a card: the index whole, sleep in hours, ratings to one decimal. */
export function meanText(measure: Measure, mean: number | null): string {
  if (mean === null) return t("insights-not-logged");
  if (measure === "index") return scoreText(mean);
  if (measure === "sleepHours") return t("insights-hours-short", { hours: oneDecimal(mean) });
  return oneDecimal(mean);
}

/** A 0–100 score, whole. */
export function scoreText(score: number): string {
  return formatNumber(Math.round(score), { maximumFractionDigits: 0 });
}

/** "Logged 5 of 7 days": consistency without guilt. */
export function loggedText(logged: number, days: number): string {
  return t("insights-logged", { logged, days });
}

/** "2 days", "1 day", "1.5 days". */
export function daysText(days: number): string {
  return t("insights-days", { count: roundOne(days) });
}

/** "14 sessions, 28 after-days vs 210 baseline days". */
export function effectCounts(effect: MetricEffect): string {
  return t("insights-effect-counts", {
    sessions: effect.sessions,
    afterDays: effect.afterDays,
    baselineDays: effect.baselineDays,
  });
}

/** What a measure still needs before its massage effect can be shown. */
export function missingWords(effect: MetricEffect): string {
  const missing: string[] = [];
  if (effect.moreSessionsNeeded > 0) {
    missing.push(t("insights-missing-sessions", { count: effect.moreSessionsNeeded }));
  }
  if (effect.moreAfterDaysNeeded > 0) {
    missing.push(t("insights-missing-after-days", { count: effect.moreAfterDaysNeeded }));
  }
  if (effect.moreBaselineDaysNeeded > 0) {
    missing.push(t("insights-missing-baseline-days", { count: effect.moreBaselineDaysNeeded }));
  }
  return missing.length > 0
    ? t("insights-missing", { missing: formatList(missing, "unit") })
    : t("insights-missing-none");
}

/** True when the measure was not logged at all around sessions or on baseline days. */
export function neverLogged(effect: MetricEffect): boolean {
  return effect.afterDays === 0 && effect.baselineDays === 0;
}

/** "every 21 days (median)"; null below two session days. */
export function cadenceWords(cadence: Cadence): string | null {
  if (cadence.medianDaysBetween === null) return null;
  return t("insights-cadence", { days: roundOne(cadence.medianDaysBetween) });
}

/**
 * The immediate before/after change in words: "2.1 points lower right after than right before
 * (95% CI 1.5 to 2.7)"; null below enough rated sessions.
 */
export function immediateWords(effect: ImmediateEffect): string | null {
  if (!effect.enoughData || effect.meanChange === null) return null;
  const sized = sizedWords(effect.metric, effect.meanChange);
  const interval = intervalWords(effect.ci, effect.metric);
  const words = sized
    ? t("insights-immediate-change", { change: sized, interval })
    : t("insights-immediate-same", { interval });
  return effect.ci !== null && !excludesZero(effect.ci) ? t("insights-could-be-chance-after", { words }) : words;
}

/** The ranges the screen offers; every one ends today. */
export type RangeKey = "30d" | "90d" | "1y" | "all";

export interface RangeOption {
  readonly key: RangeKey;
  /** The button: "Last 30 days". */
  readonly label: string;
  /** Days in the range; null for "all". */
  readonly days: number | null;
}

/**
 * How a range is named to the catalogue: messages choose their words by `$range` (a Fluent
 * variant key cannot start with a digit).
 */
export const RANGE_VARIANT: Record<RangeKey, string> = {
  "30d": "days30",
  "90d": "days90",
  "1y": "year",
  all: "all",
};

function rangeOption(key: RangeKey, days: number | null): RangeOption {
  return {
    key,
    get label() {
      return t("insights-range-button", { range: RANGE_VARIANT[key] });
    },
    days,
  };
}

export const RANGE_OPTIONS: readonly RangeOption[] = [
  rangeOption("30d", 30),
  rangeOption("90d", 90),
  rangeOption("1y", 365),
  rangeOption("all", null),
];

export const DEFAULT_RANGE: RangeKey = "90d";

/** The ISO days of a range ending `today`; "all" starts at the earliest day the journal takes. */
export function rangeDays(key: RangeKey, today: string): { from: string; to: string } {
  const days = RANGE_OPTIONS.find((option) => option.key === key)?.days ?? null;
  return { from: days === null ? EARLIEST_DAY : addDays(today, -(days - 1)), to: today };
}

/** "2026-03" → "Mar 2026" (or "March 2026" with `long`), in the active language. */
export function monthLabel(month: string, long = false): string {
  if (!/^\d{4}-\d{2}$/.test(month)) return month;
  return formatDay(`${month}-01`, { month: long ? "long" : "short", year: "numeric" });
}

/**
 * The half-width of a symmetric axis around zero that holds every value, rounded up to a
 * readable step (0.5, 1, 2, 3, 5, 10 …) so the axis labels stay simple.
 */
export function axisLimit(values: readonly number[]): number {
  const largest = Math.max(0, ...values.map((v) => (Number.isFinite(v) ? Math.abs(v) : 0)));
  const steps = [0.5, 1, 2, 3, 5];
  for (let scale = 1; scale <= 1e6; scale *= 10) {
    for (const step of steps) {
      if (largest <= step * scale) return step * scale;
    }
  }
  return largest;
}

/** Where `value` falls on an axis from −limit to +limit drawn `width` units wide. */
export function axisPosition(value: number, limit: number, width: number): number {
  if (limit <= 0) return width / 2;
  const clamped = Math.max(-limit, Math.min(limit, value));
  return (width / 2) * (1 + clamped / limit);
}

/** The data needs of the topics asked for, in the engine's order. */
export function needsFor(needs: readonly DataNeed[], topics: readonly DataTopic[]): DataNeed[] {
  return needs.filter((need) => topics.includes(need.topic));
}
