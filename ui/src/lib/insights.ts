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

/** A check-in measure, or the daily resilience index. */
export type Measure = MetricKey | "index";

export interface MeasureWords {
  /** "Sleep quality": a label on its own. */
  label: string;
  /** "sleep quality": inside a sentence. */
  name: string;
  unit: "points" | "hours";
  /** The word for a smaller value ("lower", "shorter") and for a larger one. */
  less: string;
  more: string;
  /**
   * True when lower is better (stress, pain, anxiety), false when higher is; null for sleep
   * hours, where 7–9 is best and both directions can be better.
   */
  lowerIsBetter: boolean | null;
}

export const MEASURE_WORDS: Record<Measure, MeasureWords> = {
  index: { label: "Resilience index", name: "resilience index", unit: "points", less: "lower", more: "higher", lowerIsBetter: false },
  stress: { label: "Stress", name: "stress", unit: "points", less: "lower", more: "higher", lowerIsBetter: true },
  sleepHours: { label: "Sleep hours", name: "sleep", unit: "hours", less: "shorter", more: "longer", lowerIsBetter: null },
  sleepQuality: { label: "Sleep quality", name: "sleep quality", unit: "points", less: "lower", more: "higher", lowerIsBetter: false },
  pain: { label: "Pain", name: "pain", unit: "points", less: "lower", more: "higher", lowerIsBetter: true },
  selfEsteem: { label: "Self-esteem", name: "self-esteem", unit: "points", less: "lower", more: "higher", lowerIsBetter: false },
  mood: { label: "Mood", name: "mood", unit: "points", less: "lower", more: "higher", lowerIsBetter: false },
  anxiety: { label: "Anxiety", name: "anxiety", unit: "points", less: "lower", more: "higher", lowerIsBetter: true },
  bodyAwareness: { label: "Body awareness", name: "body awareness", unit: "points", less: "lower", more: "higher", lowerIsBetter: false },
};

/** The measures of the quick check-in, in the order of the Today screen. */
export const CORE_METRICS: readonly MetricKey[] = ["stress", "sleepHours", "sleepQuality", "pain", "selfEsteem"];

const MINUS = "\u2212";

/**
 * One decimal, rounded half away from zero like the engine, with a real minus sign and never
 * "−0.0".
 */
export function oneDecimal(x: number): string {
  const rounded = (Math.sign(x) * Math.round(Math.abs(x) * 10)) / 10;
  if (rounded === 0) return "0.0";
  const text = Math.abs(rounded).toFixed(1);
  return rounded < 0 ? `${MINUS}${text}` : text;
}

/** "+1.6", "−1.6" or "0.0". */
export function signedOneDecimal(x: number): string {
  const text = oneDecimal(x);
  return text === "0.0" || text.startsWith(MINUS) ? text : `+${text}`;
}

/** One decimal without a trailing ".0": 2 → "2", 2.5 → "2.5". */
export function compactNumber(x: number): string {
  return oneDecimal(x).replace(/\.0$/, "");
}

/** "1 session", "3 sessions". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** True when the interval lies wholly on one side of zero. */
export function excludesZero(ci: Interval | null): boolean {
  return ci !== null && (ci.low > 0 || ci.high < 0);
}

/** "1.6 points lower", "0.5 hours longer"; null when the difference rounds to zero. */
export function sizedWords(measure: Measure, estimate: number): string | null {
  const words = MEASURE_WORDS[measure];
  const size = oneDecimal(Math.abs(estimate));
  if (size === "0.0") return null;
  return `${size} ${words.unit} ${estimate < 0 ? words.less : words.more}`;
}

/** `sizedWords`, or "about the same". */
export function differenceWords(measure: Measure, estimate: number): string {
  return sizedWords(measure, estimate) ?? "about the same";
}

/**
 * The 95% interval in words, as the engine writes it: magnitudes when it lies on one side of
 * zero ("95% CI 0.9 to 2.3"), both directions when it crosses zero ("95% CI 0.4 lower to 1.1
 * higher").
 */
export function intervalWords(ci: Interval | null, measure: Measure): string {
  const { less, more } = MEASURE_WORDS[measure];
  if (ci === null) return "no interval: the values did not vary";
  if (ci.high < 0) return `95% CI ${oneDecimal(-ci.high)} to ${oneDecimal(-ci.low)}`;
  if (ci.low > 0) return `95% CI ${oneDecimal(ci.low)} to ${oneDecimal(ci.high)}`;
  return `95% CI ${oneDecimal(Math.abs(ci.low))} ${less} to ${oneDecimal(ci.high)} ${more}`;
}

/** better / worse for the person; same when it rounds to zero; neutral when neither applies. */
export type Tone = "better" | "worse" | "same" | "neutral";

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
  if (oneDecimal(change) === "0.0") return "same";
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
  const before = `the ${days} days before`;
  const uncertain =
    summary.changeCi !== null
      ? !excludesZero(summary.changeCi)
      : summary.daysLogged < 2 || summary.previousDaysLogged < 2;
  return {
    arrow: sized === null ? "→" : change < 0 ? "↓" : "↑",
    text: sized === null ? `about the same as ${before}` : `${sized} than ${before}`,
    tone: toneOf(measure, change, summary.mean, summary.previousMean),
    uncertain: sized !== null && uncertain,
  };
}

/** A mean as shown on a card: the index whole, sleep in hours, ratings to one decimal. */
export function meanText(measure: Measure, mean: number | null): string {
  if (mean === null) return "not logged";
  if (measure === "index") return String(Math.round(mean));
  if (measure === "sleepHours") return `${oneDecimal(mean)} h`;
  return oneDecimal(mean);
}

/** A 0–100 score, whole. */
export function scoreText(score: number): string {
  return String(Math.round(score));
}

/** "Logged 5 of 7 days": consistency without guilt. */
export function loggedText(logged: number, days: number): string {
  return `Logged ${logged} of ${plural(days, "day", "days")}`;
}

/** "2 days", "1 day", "1.5 days". */
export function daysText(days: number): string {
  return `${compactNumber(days)} ${compactNumber(days) === "1" ? "day" : "days"}`;
}

/** "14 sessions, 28 after-days vs 210 baseline days". */
export function effectCounts(effect: MetricEffect): string {
  return [
    plural(effect.sessions, "session", "sessions"),
    `${plural(effect.afterDays, "after-day", "after-days")} vs ${plural(effect.baselineDays, "baseline day", "baseline days")}`,
  ].join(", ");
}

/** What a measure still needs before its massage effect can be shown. */
export function missingWords(effect: MetricEffect): string {
  const missing: string[] = [];
  if (effect.moreSessionsNeeded > 0) {
    missing.push(plural(effect.moreSessionsNeeded, "more session", "more sessions"));
  }
  if (effect.moreAfterDaysNeeded > 0) {
    missing.push(`${plural(effect.moreAfterDaysNeeded, "more check-in", "more check-ins")} on the two days after a session`);
  }
  if (effect.moreBaselineDaysNeeded > 0) {
    missing.push(`${plural(effect.moreBaselineDaysNeeded, "more check-in", "more check-ins")} on days without a recent session`);
  }
  return missing.length > 0 ? `Not enough data yet — ${missing.join(", ")}` : "Not enough data yet";
}

/** True when the measure was not logged at all around sessions or on baseline days. */
export function neverLogged(effect: MetricEffect): boolean {
  return effect.afterDays === 0 && effect.baselineDays === 0;
}

/** "every 21 days (median)"; null below two session days. */
export function cadenceWords(cadence: Cadence): string | null {
  if (cadence.medianDaysBetween === null) return null;
  return `every ${daysText(cadence.medianDaysBetween)} (median)`;
}

/**
 * The immediate before/after change in words: "2.1 points lower right after than right before
 * (95% CI 1.5 to 2.7)"; null below enough rated sessions.
 */
export function immediateWords(effect: ImmediateEffect): string | null {
  if (!effect.enoughData || effect.meanChange === null) return null;
  const sized = sizedWords(effect.metric, effect.meanChange);
  const change = sized ? `${sized} right after than right before` : "about the same right after as right before";
  const chance = effect.ci !== null && !excludesZero(effect.ci) ? " — could be chance" : "";
  return `${change} (${intervalWords(effect.ci, effect.metric)})${chance}`;
}

/** The ranges the screen offers; every one ends today. */
export type RangeKey = "30d" | "90d" | "1y" | "all";

export interface RangeOption {
  key: RangeKey;
  label: string;
  /** How the range reads in a sentence. */
  words: string;
  /** Days in the range; null for "all". */
  days: number | null;
}

export const RANGE_OPTIONS: readonly RangeOption[] = [
  { key: "30d", label: "30 days", words: "the last 30 days", days: 30 },
  { key: "90d", label: "90 days", words: "the last 90 days", days: 90 },
  { key: "1y", label: "1 year", words: "the last year", days: 365 },
  { key: "all", label: "All", words: "your whole journal", days: null },
];

export const DEFAULT_RANGE: RangeKey = "90d";

/** The ISO days of a range ending `today`; "all" starts at the earliest day the journal takes. */
export function rangeDays(key: RangeKey, today: string): { from: string; to: string } {
  const days = RANGE_OPTIONS.find((option) => option.key === key)?.days ?? null;
  return { from: days === null ? EARLIEST_DAY : addDays(today, -(days - 1)), to: today };
}

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG_MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

/** "2026-03" → "Mar 2026" (or "March 2026" with `long`). */
export function monthLabel(month: string, long = false): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const name = match ? (long ? LONG_MONTHS : SHORT_MONTHS)[Number(match[2]) - 1] : undefined;
  return match && name ? `${name} ${match[1]}` : month;
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
