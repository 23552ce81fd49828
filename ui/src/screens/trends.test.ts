import { describe, expect, it, vi } from "vitest";
import type { ChartData, ChartQuery } from "../api/charts";
import fixtures from "../lib/trends/fixtures/charts.json";
import { TrendsState } from "./trends.svelte";

const daily = fixtures.daily as ChartData;

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe("TrendsState", () => {
  it("asks for the last six months of four measures first", async () => {
    const load = vi.fn(async (_q: ChartQuery) => daily);
    const trends = new TrendsState("2026-11-25", load);
    await trends.loadOverTime();
    expect(load).toHaveBeenCalledWith({
      from: "2026-05-26",
      to: "2026-11-25",
      metrics: ["stress", "sleepHours", "pain", "index"],
      resolution: "auto",
    });
    expect(trends.overTime.chart).toBe(daily);
    expect(trends.overTime.fetchMs).not.toBeNull();
  });

  it("keeps the chips' order and at least one measure", () => {
    const load = vi.fn(async () => daily);
    const trends = new TrendsState("2026-11-25", load);
    trends.toggleMetric("mood");
    expect(trends.metrics).toEqual(["stress", "sleepHours", "pain", "mood", "index"]);
    for (const m of ["stress", "sleepHours", "pain", "mood"] as const) trends.toggleMetric(m);
    expect(trends.metrics).toEqual(["index"]);
    trends.toggleMetric("index");
    expect(trends.metrics).toEqual(["index"]);
    expect(trends.metricHint).toBe("Keep at least one measure selected.");
  });

  it("refuses a backwards custom range beside its field and asks nothing", () => {
    const load = vi.fn(async () => daily);
    const trends = new TrendsState("2026-11-25", load);
    trends.chooseRange("custom");
    expect(trends.dayRange()).toBeNull();
    expect(trends.applyCustom("2026-03-01", "2026-02-01")).toBe(false);
    expect(trends.customError?.field).toBe("to");
    expect(load).not.toHaveBeenCalled();
    expect(trends.applyCustom("2026-02-01", "2026-03-01")).toBe(true);
    expect(trends.customError).toBeNull();
    expect(load).toHaveBeenCalledWith(expect.objectContaining({ from: "2026-02-01", to: "2026-03-01" }));
    expect(trends.rangeWords()).toBe("2026-02-01 to 2026-03-01");
  });

  it("never lets a late answer replace a newer one", async () => {
    const slow = deferred<ChartData>();
    const fast = deferred<ChartData>();
    const answers = [slow.promise, fast.promise];
    const trends = new TrendsState("2026-11-25", () => answers.shift() ?? Promise.reject(new Error("extra")));
    const first = trends.overTime.run({ from: null, to: "2026-11-25", metrics: ["stress"], resolution: "auto" });
    const second = trends.overTime.run({ from: null, to: "2026-11-25", metrics: ["pain"], resolution: "auto" });
    const newer = { ...daily, to: "newer" };
    fast.resolve(newer);
    await second;
    slow.resolve(daily);
    await first;
    expect(trends.overTime.chart).toBe(newer);
    expect(trends.overTime.loading).toBe(false);
  });

  it("says what went wrong", async () => {
    const trends = new TrendsState("2026-11-25", async () => {
      throw { code: "invalid_input", message: "The range starts after it ends.", field: "from" };
    });
    await trends.loadOverTime();
    expect(trends.overTime.error).toBe("The range starts after it ends.");
  });

  it("asks the year and the comparison for their own charts", async () => {
    const load = vi.fn(async () => daily);
    const trends = new TrendsState("2026-11-25", load);
    trends.show("year");
    expect(load).toHaveBeenLastCalledWith({ from: "2026-01-01", to: "2026-12-31", metrics: ["index"], resolution: "day" });
    trends.show("compare");
    expect(load).toHaveBeenLastCalledWith(expect.objectContaining({ metrics: ["sleepHours", "stress"] }));
    trends.compareB = "sleepHours";
    await trends.loadCompare();
    expect(trends.comparison.error).toBe("Choose two different measures to compare.");
  });
});
