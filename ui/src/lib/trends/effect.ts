/**
 * The massage effect chart, from the insights engine's numbers (never recomputed here): per
 * measure, the two days after a session against usual days, and the change from before to
 * right after a session, each as a difference with its 95% interval.
 */
import type { Interval, MassageReport, MetricKey } from "../../api/insights";
import { formatList, t } from "../i18n/i18n.svelte";
import { formatValue, measureInSentence, metricInfo } from "./metrics";

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

/** When the difference was measured: the two days after a session, or right after it. */
type When = "after" | "now";

function reading(metric: MetricKey, difference: number, ci: Interval | null, when: When): [string, boolean] {
  const clear = ci !== null && (ci.low > 0 || ci.high < 0);
  if (!clear) return [t("trends-effect-reading-none"), false];
  const higher = difference > 0;
  const better = higher === metricInfo(metric).higherIsBetter;
  const args = { direction: higher ? "higher" : "lower", verdict: better ? "better" : "worse" };
  return [t(when === "after" ? "trends-effect-reading-after" : "trends-effect-reading-now", args), true];
}

function numbers(metric: MetricKey, difference: number, ci: Interval | null): string {
  const value = signed(metric, difference);
  if (!ci) return value;
  return t("trends-effect-numbers", { value, low: signed(metric, ci.low), high: signed(metric, ci.high) });
}

/** The two days after a session against usual days, per measure. */
export function afterRows(report: MassageReport): EffectRow[] {
  return report.effects.map((effect) => {
    const label = metricInfo(effect.metric).label;
    const comparison = effect.enoughData ? effect.comparison : null;
    if (!comparison) {
      const missing = [
        effect.moreSessionsNeeded > 0 ? t("trends-effect-more-sessions", { count: effect.moreSessionsNeeded }) : null,
        effect.moreAfterDaysNeeded > 0 ? t("trends-effect-more-after-days", { count: effect.moreAfterDaysNeeded }) : null,
        effect.moreBaselineDaysNeeded > 0 ? t("trends-effect-more-usual-days", { count: effect.moreBaselineDaysNeeded }) : null,
      ].filter((part): part is string => part !== null);
      return {
        metric: effect.metric,
        label,
        difference: null,
        ci: null,
        numbers: missing.length
          ? t("trends-effect-not-enough-list", { missing: missing.join(t("trends-effect-list-separator")) })
          : t("trends-effect-not-enough"),
        reading: "",
        basis: t("trends-effect-basis-counts", {
          sessions: effect.sessions,
          afterDays: effect.afterDays,
          usualDays: effect.baselineDays,
        }),
        clear: false,
      };
    }
    const [words, clear] = reading(effect.metric, comparison.difference, comparison.ci, "after");
    return {
      metric: effect.metric,
      label,
      difference: comparison.difference,
      ci: comparison.ci,
      numbers: numbers(effect.metric, comparison.difference, comparison.ci),
      reading: words,
      basis: t("trends-effect-basis-means", {
        after: formatValue(effect.metric, comparison.groupMean),
        afterDays: comparison.groupDays,
        usual: formatValue(effect.metric, comparison.otherMean),
        usualDays: comparison.otherDays,
      }),
      clear,
    };
  });
}

/** The change from before to right after a session (the session's own ratings). */
export function immediateRows(report: MassageReport): EffectRow[] {
  return report.immediate.map((effect) => {
    const label = metricInfo(effect.metric).label;
    const basis = t("trends-effect-rated-sessions", { count: effect.sessions });
    if (!effect.enoughData || effect.meanChange === null) {
      return {
        metric: effect.metric,
        label,
        difference: null,
        ci: null,
        numbers:
          effect.moreSessionsNeeded > 0
            ? t("trends-effect-not-enough-rated-more", { count: effect.moreSessionsNeeded })
            : t("trends-effect-not-enough-rated"),
        reading: "",
        basis,
        clear: false,
      };
    }
    const [words, clear] = reading(effect.metric, effect.meanChange, effect.ci, "now");
    return {
      metric: effect.metric,
      label,
      difference: effect.meanChange,
      ci: effect.ci,
      numbers: numbers(effect.metric, effect.meanChange, effect.ci),
      reading: words,
      basis,
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

/** "stress and pain lower, mood higher" for the rows whose interval excludes zero. */
function clearChanges(rows: EffectRow[]): string | null {
  const clear = rows.filter((r) => r.clear && r.difference !== null);
  const names = (rows: EffectRow[]) => formatList(rows.map((r) => measureInSentence(r.metric)));
  const lower = clear.filter((r) => (r.difference ?? 0) < 0);
  const higher = clear.filter((r) => (r.difference ?? 0) > 0);
  const parts = [
    lower.length ? t("trends-effect-changes-lower", { measures: names(lower) }) : null,
    higher.length ? t("trends-effect-changes-higher", { measures: names(higher) }) : null,
  ];
  const text = parts.filter((part): part is string => part !== null).join(t("trends-effect-list-separator"));
  return text || null;
}

/** One line about the clear findings, or that there are none yet. */
export function effectSummary(after: EffectRow[], immediate: EffectRow[]): string {
  const later = clearChanges(after);
  const now = clearChanges(immediate);
  if (!later && !now) {
    const any = [...after, ...immediate].some((r) => r.difference !== null);
    return any ? t("trends-effect-summary-none-clear") : t("trends-effect-summary-not-enough");
  }
  const parts = [
    later ? t("trends-effect-summary-after", { changes: later }) : null,
    now ? t("trends-effect-summary-now", { changes: now }) : null,
  ];
  return parts.filter(Boolean).join(" ");
}
