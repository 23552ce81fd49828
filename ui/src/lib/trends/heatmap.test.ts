import { describe, expect, it } from "vitest";
import type { ChartData } from "../../api/charts";
import { arrowStep, colourDomain, colourStep, legendEnds, yearMonths, yearSummary } from "./heatmap";

function yearChart(values: Record<string, number>, metric: ChartData["series"][number]["metric"] = "stress"): ChartData {
  const days = Object.keys(values).sort();
  return {
    from: "2024-01-01",
    to: "2024-12-31",
    resolution: "day",
    rollingDays: 7,
    days,
    series: [
      {
        metric,
        values: days.map((d) => values[d] ?? null),
        rolling: days.map(() => null),
        counts: days.map(() => 1),
        summary: { loggedDays: days.length, mean: null, min: null, max: null, firstHalfMean: null, secondHalfMean: null },
      },
    ],
    notes: days.map(() => null),
    markers: [],
    correlation: null,
  };
}

describe("colour steps", () => {
  it("put a value on the 11 viridis steps of its scale", () => {
    expect(colourStep("stress", 0)).toBe(0);
    expect(colourStep("stress", 7)).toBe(7);
    expect(colourStep("index", 63)).toBe(6);
    expect(colourStep("sleepHours", 6)).toBe(5);
    expect(colourStep("sleepHours", 15)).toBe(10);
    expect(colourStep("mood", null)).toBeNull();
  });

  it("span the year's own values, but at least a fifth of the scale", () => {
    expect(colourDomain("stress", [4, 7, 5])).toEqual([4, 7]);
    expect(colourDomain("stress", [5, 5.5])).toEqual([5, 7]);
    expect(colourDomain("stress", [9.5, 10])).toEqual([8, 10]);
    expect(colourDomain("index", [61.2, 78.9])).toEqual([61, 81]);
    expect(colourDomain("mood", [])).toEqual([0, 10]);
    expect(colourStep("stress", 5.5, [4, 7])).toBe(5);
    expect(legendEnds("index", [61, 81])).toEqual(["61/100", "81/100"]);
  });

  it("label the legend ends in the metric's units", () => {
    expect(legendEnds("stress")).toEqual(["0", "10"]);
    expect(legendEnds("index")).toEqual(["0/100", "100/100"]);
    expect(legendEnds("sleepHours")).toEqual(["0 h", "12 h"]);
  });
});

describe("year months", () => {
  const chart = yearChart({ "2024-02-29": 8, "2024-03-01": 2, "2024-06-10": 4 });

  it("has twelve months, a leap day, and weekday offsets for the first", () => {
    const months = yearMonths(chart, 2024, 1, "2024-06-15");
    expect(months).toHaveLength(12);
    expect(months[1]?.days).toHaveLength(29);
    // 1 Feb 2024 was a Thursday: three blanks in a Monday-first week, four in a Sunday-first one.
    expect(months[1]?.offset).toBe(3);
    expect(yearMonths(chart, 2024, 0, "2024-06-15")[1]?.offset).toBe(4);
    expect(months[1]?.title).toBe("February");
  });

  it("colours logged days, leaves the others empty and marks the future", () => {
    const months = yearMonths(chart, 2024, 1, "2024-06-15");
    const leap = months[1]?.days[28];
    // The year spans 2 … 8, so 8 is the top step and 4 a third of the way up.
    expect(leap).toMatchObject({ day: "2024-02-29", value: 8, step: 10, future: false });
    expect(months[5]?.days[9]).toMatchObject({ value: 4, step: 3 });
    expect(leap?.words).toBe("Thursday 29 February: stress 8");
    expect(months[0]?.days[0]).toMatchObject({ value: null, step: null, words: "Monday 1 January: not logged" });
    expect(months[5]?.days[15]).toMatchObject({ day: "2024-06-16", future: true });
  });

  it("sums the year up in one line", () => {
    const months = yearMonths(chart, 2024, 1, "2024-12-31");
    expect(yearSummary(months, "stress", 2024)).toBe(
      "2024: stress logged on 3 days, averaging 4.7; best month March (2), hardest February (8).",
    );
    expect(yearSummary(yearMonths(yearChart({}), 2024, 1, "2024-12-31"), "stress", 2024)).toBe(
      "Nothing logged for stress in 2024.",
    );
  });

  it("moves by a day or a week with the arrow keys", () => {
    expect(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "a"].map(arrowStep)).toEqual([-1, 1, -7, 7, 0]);
  });
});
