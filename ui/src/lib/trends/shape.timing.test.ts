/**
 * How long the UI's shaping takes on ten years of daily data with four measures (the work done
 * between the command's answer and uPlot's first paint). Reported, not asserted: timings on a
 * shared machine are not a test.
 */
import { describe, expect, it } from "vitest";
import type { ChartData, ChartMetric } from "../../api/charts";
import { addDays } from "../dates";
import { plotData, summarySentence, tableRows, tooltipAt } from "./shape";

function tenYears(): ChartData {
  const days = Array.from({ length: 3652 }, (_, i) => addDays("2016-11-26", i));
  const metrics: ChartMetric[] = ["stress", "sleepHours", "pain", "index"];
  const values = (m: number) => days.map((_, i) => (i % 9 === 4 ? null : ((i * (m + 3)) % 11) * (m === 3 ? 10 : 1)));
  return {
    from: days[0] ?? "",
    to: days[days.length - 1] ?? "",
    resolution: "day",
    rollingDays: 7,
    days,
    series: metrics.map((metric, m) => ({
      metric,
      values: values(m),
      rolling: values(m),
      counts: days.map(() => 1),
      summary: { loggedDays: 3246, mean: 5, min: 0, max: 10, firstHalfMean: 5, secondHalfMean: 5 },
    })),
    notes: days.map((_, i) => (i % 3 === 0 ? "A few words about the day" : null)),
    markers: days.filter((_, i) => i % 21 === 0).map((day, i) => ({ id: `s${i}`, day, status: "done", kind: "swedish", kindOther: null })),
    correlation: null,
  };
}

describe("shaping ten years of daily data (timings reported)", () => {
  it("prepares the plot data, tooltip, table and summary", () => {
    const chart = tenYears();
    const started = performance.now();
    const plots = chart.series.map((s) => plotData(chart, s.metric));
    const afterPlot = performance.now();
    const tip = tooltipAt(chart, 1800);
    const rows = tableRows(chart);
    const sentence = summarySentence(chart, "your whole journal");
    const done = performance.now();
    console.info(
      `10 years × 4 measures: plot data ${(afterPlot - started).toFixed(1)} ms, ` +
        `tooltip + table (${rows.length} rows) + summary ${(done - afterPlot).toFixed(1)} ms`,
    );
    expect(plots[0]?.[0]).toHaveLength(3652);
    expect(tip.rows).toHaveLength(4);
    expect(sentence).toContain("stress");
  });
});
