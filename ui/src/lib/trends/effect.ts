/**
 * The massage effect chart, from the insights engine's numbers (never recomputed here): per
 * measure, the two days after a session against usual days, and the change from before to
 * right after a session, each as a difference with its 95% interval.
 */
import type { Interval, MassageReport, MetricKey } from "../../api/insights";
import { formatValue, metricInfo } from "./metrics";

export interface EffectRow {
  metric: MetricKey;
  label: string;
  /** The difference (after − usual, or after − before); null without enough data. */
  difference: number | null;
  ci: Interval | null;
  /** "−1.2 (95% CI −1.8 to −0.6)" or what is still missing. */
  numbers: string;
  /** "lower on the two days after (better)", "no clear difference". */
  reading: string;
  /** The counts behind the numbers. */
  basis: string;
  /** True when the interval lies on one side of zero. */
  clear: boolean;
}

const signed = (metric: MetricKey, x: number) => {
  const text = formatValue(metric, Math.abs(x));
  return x < 0 ? `−${text}` : x > 0 ? `+${text}` : text;
};

function reading(metric: MetricKey, difference: number, ci: Interval | null, when: string): [string, boolean] {
  const clear = ci !== null && (ci.low > 0 || ci.high < 0);
  if (!clear) return ["no clear difference", false];
  const higher = difference > 0;
  const better = higher === metricInfo(metric).higherIsBetter;
  return [`${higher ? "higher" : "lower"} ${when} (${better ? "better" : "worse"})`, true];
}

function numbers(metric: MetricKey, difference: number, ci: Interval | null): string {
  const interval = ci ? ` (95% CI ${signed(metric, ci.low)} to ${signed(metric, ci.high)})` : "";
  return `${signed(metric, difference)}${interval}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The two days after a session against usual days, per measure. */
export function afterRows(report: MassageReport): EffectRow[] {
  return report.effects.map((effect) => {
    const label = metricInfo(effect.metric).label;
    const comparison = effect.enoughData ? effect.comparison : null;
    if (!comparison) {
      const missing = [
        effect.moreSessionsNeeded > 0 ? plural(effect.moreSessionsNeeded, "more session") : null,
        effect.moreAfterDaysNeeded > 0 ? plural(effect.moreAfterDaysNeeded, "more logged day") + " after sessions" : null,
        effect.moreBaselineDaysNeeded > 0 ? plural(effect.moreBaselineDaysNeeded, "more usual day") : null,
      ].filter(Boolean);
      return {
        metric: effect.metric,
        label,
        difference: null,
        ci: null,
        numbers: `Not enough data yet${missing.length ? `: ${missing.join(", ")}` : ""}`,
        reading: "",
        basis: `${plural(effect.sessions, "session")}, ${effect.afterDays} after-days, ${effect.baselineDays} usual days`,
        clear: false,
      };
    }
    const [words, clear] = reading(effect.metric, comparison.difference, comparison.ci, "on the two days after");
    return {
      metric: effect.metric,
      label,
      difference: comparison.difference,
      ci: comparison.ci,
      numbers: numbers(effect.metric, comparison.difference, comparison.ci),
      reading: words,
      basis: `after ${formatValue(effect.metric, comparison.groupMean)} on ${comparison.groupDays} days vs usual ${formatValue(effect.metric, comparison.otherMean)} on ${comparison.otherDays} days`,
      clear,
    };
  });
}

/** The change from before to right after a session (the session's own ratings). */
export function immediateRows(report: MassageReport): EffectRow[] {
  return report.immediate.map((effect) => {
    const label = metricInfo(effect.metric).label;
    if (!effect.enoughData || effect.meanChange === null) {
      return {
        metric: effect.metric,
        label,
        difference: null,
        ci: null,
        numbers: `Not enough rated sessions yet${effect.moreSessionsNeeded > 0 ? `: ${plural(effect.moreSessionsNeeded, "more")}` : ""}`,
        reading: "",
        basis: plural(effect.sessions, "rated session"),
        clear: false,
      };
    }
    const [words, clear] = reading(effect.metric, effect.meanChange, effect.ci, "right after");
    return {
      metric: effect.metric,
      label,
      difference: effect.meanChange,
      ci: effect.ci,
      numbers: numbers(effect.metric, effect.meanChange, effect.ci),
      reading: words,
      basis: plural(effect.sessions, "rated session"),
      clear,
    };
  });
}

/** Half the x axis: the largest distance from zero of any point or interval end, rounded up. */
export function effectExtent(rows: EffectRow[]): number {
  const ends = rows.flatMap((r) => [r.difference, r.ci?.low, r.ci?.high]).filter((v): v is number => v != null);
  const most = Math.max(1, ...ends.map(Math.abs));
  return most <= 2 ? Math.ceil(most * 2) / 2 : most <= 10 ? Math.ceil(most) : Math.ceil(most / 5) * 5;
}

const list = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;

/** "stress and pain lower, mood higher" for the rows whose interval excludes zero. */
function clearChanges(rows: EffectRow[]): string | null {
  const clear = rows.filter((r) => r.clear && r.difference !== null);
  const lower = clear.filter((r) => (r.difference ?? 0) < 0).map((r) => r.label.toLowerCase());
  const higher = clear.filter((r) => (r.difference ?? 0) > 0).map((r) => r.label.toLowerCase());
  const parts = [lower.length ? `${list(lower)} lower` : null, higher.length ? `${list(higher)} higher` : null];
  const text = parts.filter(Boolean).join(", ");
  return text || null;
}

/** One line about the clear findings, or that there are none yet. */
export function effectSummary(after: EffectRow[], immediate: EffectRow[]): string {
  const later = clearChanges(after);
  const now = clearChanges(immediate);
  if (!later && !now) {
    const any = [...after, ...immediate].some((r) => r.difference !== null);
    return any
      ? "No clear difference yet between the days after a massage and your usual days."
      : "Not enough sessions and check-ins yet to compare the days after a massage with your usual days.";
  }
  const parts = [
    later ? `On the two days after a massage: ${later}.` : null,
    now ? `Right after a session: ${now}.` : null,
  ];
  return parts.filter(Boolean).join(" ");
}
