import { describe, expect, it } from "vitest";
import type { MassageReport } from "../../api/insights";
import { afterRows, effectExtent, effectSummary, immediateRows } from "./effect";

const report = {
  range: { from: "2026-05-26", to: "2026-11-25" },
  sessions: 10,
  effects: [
    {
      metric: "stress",
      sessions: 10,
      afterDays: 20,
      baselineDays: 120,
      enoughData: true,
      moreSessionsNeeded: 0,
      moreAfterDaysNeeded: 0,
      moreBaselineDaysNeeded: 0,
      comparison: { difference: -1.2, groupMean: 3, groupDays: 20, otherMean: 4.2, otherDays: 120, ci: { low: -1.8, high: -0.6 }, degreesOfFreedom: 30 },
    },
    {
      metric: "sleepHours",
      sessions: 10,
      afterDays: 20,
      baselineDays: 120,
      enoughData: true,
      moreSessionsNeeded: 0,
      moreAfterDaysNeeded: 0,
      moreBaselineDaysNeeded: 0,
      comparison: { difference: 0.25, groupMean: 7.25, groupDays: 20, otherMean: 7, otherDays: 120, ci: { low: -0.1, high: 0.6 }, degreesOfFreedom: 30 },
    },
    {
      metric: "mood",
      sessions: 2,
      afterDays: 3,
      baselineDays: 40,
      enoughData: false,
      moreSessionsNeeded: 1,
      moreAfterDaysNeeded: 3,
      moreBaselineDaysNeeded: 0,
      comparison: null,
    },
  ],
  immediate: [{ metric: "pain", sessions: 6, enoughData: true, moreSessionsNeeded: 0, meanChange: 2.5, ci: { low: 1.2, high: 3.8 } }],
  cadence: {},
} as unknown as MassageReport;

describe("massage effect rows", () => {
  it("write the difference and its interval, and read them with the metric's direction", () => {
    const [stress, sleep, mood] = afterRows(report);
    expect(stress).toMatchObject({
      difference: -1.2,
      numbers: "−1.2 (95% CI −1.8 to −0.6)",
      reading: "lower on the two days after (better)",
      basis: "after 3 on 20 days vs usual 4.2 on 120 days",
      clear: true,
    });
    expect(sleep).toMatchObject({ reading: "no clear difference", clear: false, numbers: "+0.25 h (95% CI −0.1 h to +0.6 h)" });
    expect(mood).toMatchObject({
      difference: null,
      numbers: "Not enough data yet: 1 more session, 3 more logged days after sessions",
    });
  });

  it("read a rise in pain right after a session as worse", () => {
    expect(immediateRows(report)[0]).toMatchObject({ reading: "higher right after (worse)", basis: "6 rated sessions" });
  });

  it("size the axis to the widest interval", () => {
    expect(effectExtent(afterRows(report))).toBe(2);
    expect(effectExtent(immediateRows(report))).toBe(4);
    expect(effectExtent([])).toBe(1);
  });

  it("sum up the clear findings in one line", () => {
    expect(effectSummary(afterRows(report), immediateRows(report))).toBe(
      "On the two days after a massage: stress lower. Right after a session: pain higher.",
    );
    expect(effectSummary([], [])).toContain("Not enough sessions");
  });
});
