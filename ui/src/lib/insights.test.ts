import { afterAll, describe, expect, it } from "vitest";
import type { MeasureSummary } from "../api/insights";
import {
  axisLimit,
  axisPosition,
  cadenceWords,
  changeLine,
  compactNumber,
  daysText,
  differenceWords,
  durationScore,
  effectCounts,
  immediateWords,
  intervalWords,
  loggedText,
  meanText,
  missingWords,
  monthLabel,
  needsFor,
  neverLogged,
  oneDecimal,
  rangeDays,
  signedOneDecimal,
  sizedWords,
  toneOf,
} from "./insights";
import { useLanguage } from "./i18n/i18n.svelte";
import { effect, measure, newDashboard } from "./insightsFixture";

const MINUS = "\u2212";

describe("oneDecimal", () => {
  it.each([
    [1.6, "1.6"],
    [1.64, "1.6"],
    [1.65, "1.7"],
    [2, "2.0"],
    [0, "0.0"],
    [-1.6, `${MINUS}1.6`],
    // Half away from zero, like the engine's f64::round: −1.25 → −1.3, not −1.2.
    [-1.25, `${MINUS}1.3`],
    [1.25, "1.3"],
  ])("%s → %s", (x, text) => {
    expect(oneDecimal(x)).toBe(text);
  });

  it("never writes minus zero", () => {
    expect(oneDecimal(-0.04)).toBe("0.0");
    expect(oneDecimal(-0)).toBe("0.0");
    expect(signedOneDecimal(-0.04)).toBe("0.0");
  });

  it("signs when asked, with a real minus", () => {
    expect(signedOneDecimal(1.6)).toBe("+1.6");
    expect(signedOneDecimal(-1.6)).toBe(`${MINUS}1.6`);
  });

  it("drops a trailing .0 for counts of days", () => {
    expect(compactNumber(2)).toBe("2");
    expect(compactNumber(2.5)).toBe("2.5");
    expect(daysText(1)).toBe("1 day");
    expect(daysText(1.5)).toBe("1.5 days");
    expect(daysText(3)).toBe("3 days");
  });
});

describe("differences in words", () => {
  it("says the size and the direction, not a sign", () => {
    expect(sizedWords("stress", -1.6)).toBe("1.6 points lower");
    expect(sizedWords("sleepQuality", 0.94)).toBe("0.9 points higher");
    expect(sizedWords("sleepHours", -0.5)).toBe("0.5 hours shorter");
    expect(sizedWords("sleepHours", 0.34)).toBe("0.3 hours longer");
  });

  it("calls a difference that rounds to zero the same", () => {
    expect(sizedWords("pain", 0.04)).toBeNull();
    expect(differenceWords("pain", -0.04)).toBe("about the same");
  });
});

describe("intervalWords", () => {
  it("gives magnitudes when the interval lies below zero", () => {
    expect(intervalWords({ low: -2.3, high: -0.9 }, "stress")).toBe("95% CI 0.9 to 2.3");
  });

  it("gives the bounds when it lies above zero", () => {
    expect(intervalWords({ low: 0.2, high: 1.6 }, "sleepQuality")).toBe("95% CI 0.2 to 1.6");
  });

  it("names both directions when it crosses zero", () => {
    expect(intervalWords({ low: -0.4, high: 1.1 }, "pain")).toBe("95% CI 0.4 lower to 1.1 higher");
    expect(intervalWords({ low: -0.1, high: 0.78 }, "sleepHours")).toBe("95% CI 0.1 shorter to 0.8 longer");
  });

  it("says why there is no interval", () => {
    expect(intervalWords(null, "stress")).toBe("no interval: the values did not vary");
  });
});

describe("better or worse", () => {
  it("knows that lower stress, pain and anxiety are better", () => {
    expect(toneOf("stress", -1.2)).toBe("better");
    expect(toneOf("pain", 0.7)).toBe("worse");
    expect(toneOf("anxiety", -0.5)).toBe("better");
  });

  it("knows that a higher index, sleep quality and self-esteem are better", () => {
    expect(toneOf("index", 3.1)).toBe("better");
    expect(toneOf("sleepQuality", -0.5)).toBe("worse");
    expect(toneOf("selfEsteem", 0.3)).toBe("better");
  });

  it("calls a change that rounds to zero the same", () => {
    expect(toneOf("stress", 0.02)).toBe("same");
  });

  it("judges sleep hours by the 7–9 h band the index rewards", () => {
    expect(durationScore(8)).toBe(100);
    expect(durationScore(6)).toBe(75);
    expect(durationScore(10.5)).toBe(62.5);
    expect(durationScore(2)).toBe(0);
    expect(toneOf("sleepHours", 0.5, 7.1, 6.6)).toBe("better");
    expect(toneOf("sleepHours", 0.5, 9.6, 9.1)).toBe("worse");
    expect(toneOf("sleepHours", 0.5, 8.5, 8)).toBe("neutral");
    expect(toneOf("sleepHours", 0.5)).toBe("neutral");
  });
});

describe("changeLine", () => {
  const stress = (partial: Partial<MeasureSummary>) =>
    measure({ daysLogged: 5, mean: 4.2, previousDaysLogged: 6, previousMean: 5.4, ...partial });

  it("words a drop in stress neutrally and marks it better", () => {
    const line = changeLine("stress", stress({ change: -1.2, changeCi: { low: -2.3, high: -0.1 } }), 7);
    expect(line).toEqual({
      arrow: "↓",
      text: "1.2 points lower than the 7 days before",
      tone: "better",
      uncertain: false,
    });
  });

  it("flags a change whose interval includes zero", () => {
    const line = changeLine("pain", stress({ change: 0.7, changeCi: { low: -0.2, high: 1.6 } }), 30);
    expect(line?.arrow).toBe("↑");
    expect(line?.text).toBe("0.7 points higher than the 30 days before");
    expect(line?.tone).toBe("worse");
    expect(line?.uncertain).toBe(true);
  });

  it("calls a rounded-away change about the same, without a flag", () => {
    const line = changeLine("sleepQuality", stress({ change: 0.02, changeCi: { low: -1, high: 1 } }), 7);
    expect(line).toMatchObject({ arrow: "→", text: "about the same as the 7 days before", tone: "same", uncertain: false });
  });

  it("is uncertain without an interval only when a period has a single value", () => {
    expect(changeLine("stress", stress({ change: -1, daysLogged: 1 }), 7)?.uncertain).toBe(true);
    expect(changeLine("stress", stress({ change: -1 }), 7)?.uncertain).toBe(false);
  });

  it("has nothing to say without a previous mean", () => {
    expect(changeLine("stress", stress({ change: null, previousMean: null }), 7)).toBeNull();
  });
});

describe("means and counts", () => {
  it("shows the index whole, sleep in hours and ratings to one decimal", () => {
    expect(meanText("index", 63.75)).toBe("64");
    expect(meanText("sleepHours", 7.125)).toBe("7.1 h");
    expect(meanText("stress", 4.25)).toBe("4.3");
    expect(meanText("pain", null)).toBe("not logged");
  });

  it("counts logged days without judging the gaps", () => {
    expect(loggedText(5, 7)).toBe("Logged 5 of 7 days");
    expect(loggedText(1, 1)).toBe("Logged 1 of 1 day");
  });
});

describe("massage effect words", () => {
  const enough = effect("stress", {
    sessions: 14,
    afterDays: 28,
    baselineDays: 210,
    enoughData: true,
    moreSessionsNeeded: 0,
    moreAfterDaysNeeded: 0,
    moreBaselineDaysNeeded: 0,
  });

  it("gives the counts behind a difference", () => {
    expect(effectCounts(enough)).toBe("14 sessions, 28 after-days vs 210 baseline days");
    expect(effectCounts({ ...enough, sessions: 1, afterDays: 1, baselineDays: 1 })).toBe(
      "1 session, 1 after-day vs 1 baseline day",
    );
  });

  it("says what is still missing", () => {
    expect(missingWords(effect("pain", { moreSessionsNeeded: 2, moreAfterDaysNeeded: 0, moreBaselineDaysNeeded: 0 }))).toBe(
      "Not enough data yet — 2 more sessions",
    );
    expect(missingWords(effect("pain", { moreSessionsNeeded: 1, moreAfterDaysNeeded: 1, moreBaselineDaysNeeded: 4 }))).toBe(
      "Not enough data yet — 1 more session, 1 more check-in on the two days after a session, 4 more check-ins on days without a recent session",
    );
  });

  it("tells a measure never logged from one with too little", () => {
    expect(neverLogged(effect("mood"))).toBe(true);
    expect(neverLogged(effect("mood", { baselineDays: 3 }))).toBe(false);
  });

  it("words the immediate change with its interval", () => {
    const immediate = { metric: "stress" as const, sessions: 12, enoughData: true, moreSessionsNeeded: 0 };
    expect(immediateWords({ ...immediate, meanChange: -2.1, ci: { low: -2.7, high: -1.5 } })).toBe(
      "2.1 points lower right after than right before (95% CI 1.5 to 2.7)",
    );
    expect(immediateWords({ ...immediate, meanChange: -0.4, ci: { low: -1.1, high: 0.3 } })).toBe(
      "0.4 points lower right after than right before (95% CI 1.1 lower to 0.3 higher) — could be chance",
    );
    expect(immediateWords({ ...immediate, enoughData: false, meanChange: null, ci: null })).toBeNull();
  });

  it("gives the cadence as a median", () => {
    expect(cadenceWords({ sessions: 14, sessionDays: 14, medianDaysBetween: 21, lastSessionDay: "2026-11-21" })).toBe(
      "every 21 days (median)",
    );
    expect(cadenceWords({ sessions: 1, sessionDays: 1, medianDaysBetween: null, lastSessionDay: "2026-11-21" })).toBeNull();
  });
});

describe("ranges", () => {
  it("end today and count today in", () => {
    expect(rangeDays("30d", "2026-11-25")).toEqual({ from: "2026-10-27", to: "2026-11-25" });
    expect(rangeDays("90d", "2026-11-25")).toEqual({ from: "2026-08-28", to: "2026-11-25" });
    expect(rangeDays("1y", "2026-11-25")).toEqual({ from: "2025-11-26", to: "2026-11-25" });
    expect(rangeDays("all", "2026-11-25")).toEqual({ from: "1900-01-01", to: "2026-11-25" });
  });

  it("cross a leap day", () => {
    expect(rangeDays("30d", "2024-03-10")).toEqual({ from: "2024-02-10", to: "2024-03-10" });
  });
});

describe("the interval axis", () => {
  it("rounds up to a readable limit", () => {
    expect(axisLimit([])).toBe(0.5);
    expect(axisLimit([-0.3, 0.2])).toBe(0.5);
    expect(axisLimit([-2.3, -0.9, 1.6])).toBe(3);
    expect(axisLimit([4.1])).toBe(5);
    expect(axisLimit([7])).toBe(10);
    expect(axisLimit([Number.NaN, 1])).toBe(1);
  });

  it("puts zero in the middle and clamps", () => {
    expect(axisPosition(0, 3, 100)).toBe(50);
    expect(axisPosition(-3, 3, 100)).toBe(0);
    expect(axisPosition(1.5, 3, 100)).toBe(75);
    expect(axisPosition(9, 3, 100)).toBe(100);
  });
});

describe("small helpers", () => {
  it("names months", () => {
    expect(monthLabel("2026-03")).toBe("Mar 2026");
    expect(monthLabel("2026-03", true)).toBe("March 2026");
    expect(monthLabel("soon")).toBe("soon");
  });

  it("picks the data needs of some topics, in the engine's order", () => {
    const needs = needsFor(newDashboard().dataNeeded, ["sleepStress", "weekChange"]);
    expect(needs.map((n) => n.topic)).toEqual(["weekChange", "sleepStress"]);
  });
});

describe("in other languages", () => {
  afterAll(async () => {
    await useLanguage("en", "en-GB");
  });

  it("writes German decimals, plurals and months", async () => {
    await useLanguage("de", "de-DE");
    expect(oneDecimal(-1.25)).toBe(`${MINUS}1,3`);
    expect(daysText(1)).toBe("1 Tag");
    expect(daysText(1.5)).toBe("1,5 Tage");
    expect(meanText("sleepHours", 7.125)).toBe("7,1 h");
    expect(sizedWords("sleepHours", -0.5)).toBe("0,5 Stunden kürzer");
    expect(intervalWords({ low: -0.4, high: 1.1 }, "pain")).toBe("95-%-KI 0,4 niedriger bis 1,1 höher");
    expect(loggedText(1, 1)).toBe("An 1 von 1 Tag erfasst");
    expect(monthLabel("2026-03", true)).toBe("März 2026");
  });

  it("counts 1.5 days as one in French", async () => {
    await useLanguage("fr", "fr-FR");
    expect(daysText(1.5)).toBe("1,5 jour");
    expect(sizedWords("stress", -0.3)).toBe("0,3 point de moins");
    expect(sizedWords("stress", 2.1)).toBe("2,1 points de plus");
  });
});
