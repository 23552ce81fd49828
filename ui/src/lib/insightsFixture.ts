/**
 * Dashboards shaped exactly like the generated `Dashboard` type, for tests and layout previews:
 * a journal with a few months of data, and one that has only just begun. Not part of the app.
 */
import type {
  Dashboard,
  IndexBreakdown,
  MeasureSummary,
  MetricEffect,
  MetricKey,
  PeriodSummary,
} from "../api/insights";
import type { Message } from "../api/bindings/Message";

/** A message of the catalogue as the core sends it. */
export function message(id: string, args: Message["args"] = {}): Message {
  return { id, args };
}

const METRICS: MetricKey[] = ["stress", "sleepHours", "sleepQuality", "pain", "selfEsteem", "mood", "anxiety", "bodyAwareness"];

export function measure(partial: Partial<MeasureSummary> = {}): MeasureSummary {
  return {
    daysLogged: 0,
    mean: null,
    min: null,
    max: null,
    sd: null,
    previousDaysLogged: 0,
    previousMean: null,
    change: null,
    changeCi: null,
    ...partial,
  };
}

export function breakdown(day: string, partial: Partial<IndexBreakdown> = {}): IndexBreakdown {
  return {
    day,
    version: 1,
    index: null,
    calm: null,
    sleep: null,
    sleepQualityScore: null,
    sleepDurationScore: null,
    comfort: null,
    selfWorth: null,
    components: 0,
    ...partial,
  };
}

function period(
  from: string,
  to: string,
  previous: [string, string],
  days: number,
  daysLogged: number,
  previousDaysLogged: number,
  index: MeasureSummary,
  metrics: Partial<Record<MetricKey, MeasureSummary>>,
): PeriodSummary {
  return {
    range: { from, to },
    previous: { from: previous[0], to: previous[1] },
    days,
    daysLogged,
    previousDaysLogged,
    metrics: METRICS.map((metric) => ({ metric, summary: metrics[metric] ?? measure() })),
    index,
    indexTrend: null,
    bestDays: [],
    hardestDays: [],
  };
}

export function effect(metric: MetricKey, partial: Partial<MetricEffect> = {}): MetricEffect {
  return {
    metric,
    sessions: 0,
    afterDays: 0,
    baselineDays: 0,
    enoughData: false,
    moreSessionsNeeded: 3,
    moreAfterDaysNeeded: 6,
    moreBaselineDaysNeeded: 10,
    comparison: null,
    ...partial,
  };
}

/** A journal of a few months with regular massage: every card has something to show. */
export function fullDashboard(): Dashboard {
  const today = "2026-11-25";
  return {
    indexVersion: 1,
    today,
    range: { from: "2026-08-28", to: today },
    todayIndex: breakdown(today, {
      index: 68.75,
      calm: 60,
      sleep: 75,
      sleepQualityScore: 70,
      sleepDurationScore: 80,
      comfort: 80,
      selfWorth: 60,
      components: 4,
    }),
    latestIndex: breakdown(today, {
      index: 68.75,
      calm: 60,
      sleep: 75,
      sleepQualityScore: 70,
      sleepDurationScore: 80,
      comfort: 80,
      selfWorth: 60,
      components: 4,
    }),
    week: period("2026-11-19", today, ["2026-11-12", "2026-11-18"], 7, 5, 6,
      measure({ daysLogged: 5, mean: 64.2, previousDaysLogged: 6, previousMean: 61.1, change: 3.1, changeCi: { low: -2.4, high: 8.6 } }),
      {
        stress: measure({ daysLogged: 5, mean: 4.2, previousDaysLogged: 6, previousMean: 5.4, change: -1.2, changeCi: { low: -2.3, high: -0.1 } }),
        sleepHours: measure({ daysLogged: 5, mean: 7.1, previousDaysLogged: 6, previousMean: 6.6, change: 0.5, changeCi: { low: -0.3, high: 1.3 } }),
        sleepQuality: measure({ daysLogged: 5, mean: 6.4, previousDaysLogged: 6, previousMean: 6.4, change: 0.02, changeCi: { low: -1.1, high: 1.1 } }),
        pain: measure({ daysLogged: 4, mean: 2.5, previousDaysLogged: 6, previousMean: 1.8, change: 0.7, changeCi: { low: 0.1, high: 1.3 } }),
        selfEsteem: measure({ daysLogged: 5, mean: 6.8, previousDaysLogged: 6, previousMean: 6.5, change: 0.3, changeCi: { low: -0.6, high: 1.2 } }),
      }),
    month: period("2026-10-27", today, ["2026-09-27", "2026-10-26"], 30, 26, 27,
      measure({ daysLogged: 26, mean: 63.4, previousDaysLogged: 27, previousMean: 60.2, change: 3.2, changeCi: { low: 0.4, high: 6 } }),
      {
        stress: measure({ daysLogged: 26, mean: 4.6, previousDaysLogged: 27, previousMean: 5.1, change: -0.5, changeCi: { low: -1.2, high: 0.2 } }),
        sleepHours: measure({ daysLogged: 26, mean: 7.3, previousDaysLogged: 27, previousMean: 7.2, change: 0.1, changeCi: { low: -0.3, high: 0.5 } }),
        sleepQuality: measure({ daysLogged: 26, mean: 6.6, previousDaysLogged: 27, previousMean: 6.1, change: 0.5, changeCi: { low: -0.2, high: 1.2 } }),
        pain: measure({ daysLogged: 25, mean: 2.1, previousDaysLogged: 27, previousMean: 2.9, change: -0.8, changeCi: { low: -1.5, high: -0.1 } }),
        selfEsteem: measure({ daysLogged: 26, mean: 6.6, previousDaysLogged: 27, previousMean: 6.4, change: 0.2, changeCi: { low: -0.4, high: 0.8 } }),
      }),
    summary: period("2026-08-28", today, ["2026-05-30", "2026-08-27"], 90, 78, 80,
      measure({ daysLogged: 78, mean: 62.5, previousDaysLogged: 80, previousMean: 60.9, change: 1.6, changeCi: { low: -0.8, high: 4 } }),
      {}),
    bounceBack: {
      range: { from: "2026-08-28", to: today },
      baselineToday: 4.6,
      baselineDaysToday: 24,
      episodes: [
        { spikeDay: "2026-09-03", stress: 8, baseline: 4.9, recoveryThreshold: 5.9, status: "recovered", recoveryDay: "2026-09-05", recoveryDays: 2 },
        { spikeDay: "2026-09-20", stress: 9, baseline: 5.1, recoveryThreshold: 6.1, status: "recovered", recoveryDay: "2026-09-23", recoveryDays: 3 },
        { spikeDay: "2026-10-11", stress: 8, baseline: 4.8, recoveryThreshold: 5.8, status: "unresolved", recoveryDay: null, recoveryDays: null },
        { spikeDay: "2026-11-02", stress: 7, baseline: 4.5, recoveryThreshold: 5.5, status: "recovered", recoveryDay: "2026-11-03", recoveryDays: 1 },
        { spikeDay: "2026-11-24", stress: 8, baseline: 4.6, recoveryThreshold: 5.6, status: "ongoing", recoveryDay: null, recoveryDays: null },
      ],
      spikes: 5,
      recovered: 3,
      unresolved: 1,
      ongoing: 1,
      medianRecoveryDays: 2,
      byMonth: [
        { month: "2026-09", spikes: 2, recovered: 2, unresolved: 0, medianRecoveryDays: 2.5 },
        { month: "2026-10", spikes: 1, recovered: 0, unresolved: 1, medianRecoveryDays: null },
        { month: "2026-11", spikes: 2, recovered: 1, unresolved: 0, medianRecoveryDays: 1 },
      ],
    },
    massage: {
      range: { from: "2026-08-28", to: today },
      sessions: 14,
      effects: [
        effect("stress", {
          sessions: 14, afterDays: 28, baselineDays: 210, enoughData: true,
          moreSessionsNeeded: 0, moreAfterDaysNeeded: 0, moreBaselineDaysNeeded: 0,
          comparison: { difference: -1.6, groupMean: 3.4, groupDays: 28, otherMean: 5, otherDays: 210, ci: { low: -2.3, high: -0.9 }, degreesOfFreedom: 41.2 },
        }),
        effect("sleepHours", {
          sessions: 14, afterDays: 27, baselineDays: 205, enoughData: true,
          moreSessionsNeeded: 0, moreAfterDaysNeeded: 0, moreBaselineDaysNeeded: 0,
          comparison: { difference: 0.34, groupMean: 7.5, groupDays: 27, otherMean: 7.16, otherDays: 205, ci: { low: -0.1, high: 0.78 }, degreesOfFreedom: 38.5 },
        }),
        effect("sleepQuality", {
          sessions: 14, afterDays: 27, baselineDays: 205, enoughData: true,
          moreSessionsNeeded: 0, moreAfterDaysNeeded: 0, moreBaselineDaysNeeded: 0,
          comparison: { difference: 0.9, groupMean: 7.1, groupDays: 27, otherMean: 6.2, otherDays: 205, ci: { low: 0.2, high: 1.6 }, degreesOfFreedom: 36.9 },
        }),
        effect("pain", {
          sessions: 14, afterDays: 26, baselineDays: 200, enoughData: true,
          moreSessionsNeeded: 0, moreAfterDaysNeeded: 0, moreBaselineDaysNeeded: 0,
          comparison: { difference: -2.1, groupMean: 1.4, groupDays: 26, otherMean: 3.5, otherDays: 200, ci: { low: -3, high: -1.2 }, degreesOfFreedom: 33.4 },
        }),
        effect("selfEsteem", {
          sessions: 14, afterDays: 28, baselineDays: 210, enoughData: true,
          moreSessionsNeeded: 0, moreAfterDaysNeeded: 0, moreBaselineDaysNeeded: 0,
          comparison: { difference: 0.2, groupMean: 6.8, groupDays: 28, otherMean: 6.6, otherDays: 210, ci: { low: -0.4, high: 0.8 }, degreesOfFreedom: 40 },
        }),
        effect("mood", { sessions: 14, afterDays: 4, baselineDays: 30, moreSessionsNeeded: 0, moreAfterDaysNeeded: 2, moreBaselineDaysNeeded: 0 }),
        effect("anxiety", { sessions: 14, moreSessionsNeeded: 0 }),
        effect("bodyAwareness", { sessions: 14, moreSessionsNeeded: 0 }),
      ],
      immediate: [
        { metric: "stress", sessions: 12, enoughData: true, moreSessionsNeeded: 0, meanChange: -2.1, ci: { low: -2.7, high: -1.5 } },
        { metric: "pain", sessions: 2, enoughData: false, moreSessionsNeeded: 1, meanChange: null, ci: null },
      ],
      cadence: { sessions: 14, sessionDays: 14, medianDaysBetween: 6, lastSessionDay: "2026-11-21" },
    },
    tagEffects: [],
    sleepStress: { days: 70, enoughData: true, moreDaysNeeded: 0, r: -0.31, ci: { low: -0.51, high: -0.08 }, stressPerHour: -0.6 },
    findings: [
      {
        kind: "massageEffect",
        // "Pain was 2.1 points lower on the two days after a massage (14 sessions; 95% CI 1.2 to 3.0)."
        text: message("findings-massage-effect", { ci: "below", direction: "less", high: 3, low: 1.2, measure: "pain", sessions: 14, size: 2.1 }),
        metric: "pain", tag: null, estimate: -2.1, ci: { low: -3, high: -1.2 }, n: 14, nOther: 200, clear: true,
      },
      {
        kind: "massageEffect",
        text: message("findings-massage-effect", { ci: "below", direction: "less", high: 2.3, low: 0.9, measure: "stress", sessions: 14, size: 1.6 }),
        metric: "stress", tag: null, estimate: -1.6, ci: { low: -2.3, high: -0.9 }, n: 14, nOther: 210, clear: true,
      },
      {
        kind: "bounceBack",
        text: message("findings-bounce-back", { median: 2, spikes: 5, unresolved: 1 }),
        metric: "stress", tag: null, estimate: 2, ci: null, n: 5, nOther: null, clear: false,
      },
    ],
    careNotes: [],
    caveat: message("findings-caveat"),
    dataNeeded: [
      { topic: "tagEffects", more: null, unit: "days", text: message("findings-need-tags") },
    ],
  };
}

/** A journal with two check-ins and no sessions: mostly "what appears after how much more". */
export function newDashboard(): Dashboard {
  const full = fullDashboard();
  const today = full.today;
  const empty = (from: string, days: number): PeriodSummary =>
    period(from, today, ["2026-01-01", "2026-01-01"], days, 0, 0, measure(), {});
  // Two check-ins: yesterday's full one and today's with stress only.
  const recent = (from: string, days: number): PeriodSummary =>
    period(from, today, ["2026-01-01", "2026-01-01"], days, 2, 0, measure({ daysLogged: 1, mean: 55 }), {
      stress: measure({ daysLogged: 2, mean: 4 }),
      sleepHours: measure({ daysLogged: 1, mean: 6 }),
      sleepQuality: measure({ daysLogged: 1, mean: 5 }),
      pain: measure({ daysLogged: 1, mean: 3 }),
      selfEsteem: measure({ daysLogged: 1, mean: 4 }),
    });
  return {
    ...full,
    todayIndex: breakdown(today, { calm: 70, components: 1 }),
    latestIndex: breakdown("2026-11-24", {
      index: 55,
      calm: 50,
      sleep: 62.5,
      sleepQualityScore: 50,
      sleepDurationScore: 75,
      comfort: 70,
      selfWorth: 40,
      components: 4,
    }),
    week: recent("2026-11-19", 7),
    month: recent("2026-10-27", 30),
    summary: { ...empty("2026-08-28", 90), daysLogged: 2 },
    bounceBack: {
      range: full.range,
      baselineToday: null,
      baselineDaysToday: 1,
      episodes: [],
      spikes: 0,
      recovered: 0,
      unresolved: 0,
      ongoing: 0,
      medianRecoveryDays: null,
      byMonth: [],
    },
    massage: {
      range: full.range,
      sessions: 0,
      effects: METRICS.map((metric) => effect(metric, metric === "stress" ? { baselineDays: 2, moreBaselineDaysNeeded: 8 } : {})),
      immediate: [
        { metric: "stress", sessions: 0, enoughData: false, moreSessionsNeeded: 3, meanChange: null, ci: null },
        { metric: "pain", sessions: 0, enoughData: false, moreSessionsNeeded: 3, meanChange: null, ci: null },
      ],
      cadence: { sessions: 0, sessionDays: 0, medianDaysBetween: null, lastSessionDay: null },
    },
    sleepStress: { days: 2, enoughData: false, moreDaysNeeded: 8, r: null, ci: null, stressPerHour: null },
    findings: [],
    dataNeeded: [
      { topic: "todayIndex", more: null, unit: "days", text: message("findings-need-today-index", { components: 2 }) },
      { topic: "weekChange", more: 6, unit: "days", text: message("findings-need-change-in", { days: 7, more: 6 }) },
      { topic: "monthChange", more: 29, unit: "days", text: message("findings-need-change-in", { days: 30, more: 29 }) },
      { topic: "indexTrend", more: 13, unit: "days", text: message("findings-need-index-trend", { days: 14, more: 13 }) },
      { topic: "bounceBack", more: 6, unit: "days", text: message("findings-need-bounce-back", { days: 7, more: 6 }) },
      {
        topic: "massageEffect",
        more: 3,
        unit: "sessions",
        text: message("findings-need-massage-effect", { afterDays: 6, baselineDays: 8, sessions: 3 }),
      },
      { topic: "immediateEffect", more: 3, unit: "sessions", text: message("findings-need-immediate-effect", { more: 3 }) },
      { topic: "tagEffects", more: null, unit: "days", text: message("findings-need-tags") },
      { topic: "sleepStress", more: 8, unit: "days", text: message("findings-need-sleep-stress", { more: 8 }) },
    ],
  };
}

/** A journal with nothing in it yet. */
export function emptyDashboard(): Dashboard {
  const fresh = newDashboard();
  return {
    ...fresh,
    todayIndex: breakdown(fresh.today),
    latestIndex: null,
    week: { ...fresh.week, daysLogged: 0 },
    month: { ...fresh.month, daysLogged: 0 },
    summary: { ...fresh.summary, daysLogged: 0 },
    bounceBack: { ...fresh.bounceBack, baselineDaysToday: 0 },
  };
}
