import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { tick } from "svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ChartData, ChartQuery } from "../api/charts";
import { PSEUDO, useLanguage } from "../lib/i18n/i18n.svelte";
import fixtures from "../lib/trends/fixtures/charts.json";
import { TrendsState } from "./trends.svelte";
import { plainWords } from "../testing/pseudo";

const charts = vi.hoisted(() => ({
  chartSeries: vi.fn(),
  saveChartPng: vi.fn(),
  saveChartCsv: vi.fn(),
  saveEffectCsv: vi.fn(),
}));
vi.mock("../api/charts", () => charts);
const insights = vi.hoisted(() => ({ insightsDashboard: vi.fn() }));
vi.mock("../api/insights", () => insights);

/** uPlot without a canvas (jsdom has none): remembers each chart's options. */
const plots = vi.hoisted(() => ({ made: [] as { axes?: { values?: unknown; splits?: unknown }[] }[] }));
vi.mock("../lib/trends/uplot", () => {
  class FakePlot {
    static pxRatio = 1;
    static tzDate = (date: Date) => date;
    over = document.createElement("div");
    ctx = { canvas: document.createElement("canvas") };
    cursor = { idx: null };
    data: number[][];
    width: number;
    height: number;
    constructor(options: { width: number; height: number; axes?: { values?: unknown; splits?: unknown }[] }, data: number[][]) {
      plots.made.push(options);
      this.width = options.width;
      this.height = options.height;
      this.data = data;
    }
    destroy() {}
    setSize() {}
    setCursor() {}
    valToPos() {
      return 0;
    }
    posToIdx() {
      return 0;
    }
  }
  return { default: FakePlot };
});
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const { default: Trends } = await import("./Trends.svelte");

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
    expect(trends.rangeWords()).toBe("1 Feb 2026 to 1 Mar 2026");
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

/** The x axis tick labels of the last chart drawn. */
function lastAxisLabels(): string[] {
  const axis = plots.made.at(-1)?.axes?.[0];
  const splits = (axis?.splits as () => number[])();
  return (axis?.values as (u: unknown, splits: number[]) => string[])(null, splits);
}

describe("the Trends screen", () => {
  afterEach(async () => {
    await useLanguage("en", "en-GB");
  });

  function show() {
    render(Trends, { today: "2026-03-05", weekStart: "monday", onopenday: () => {}, onopensession: () => {} });
  }

  it("takes every word from the catalogue", async () => {
    charts.chartSeries.mockResolvedValue(daily);
    insights.insightsDashboard.mockResolvedValue({
      caveat: { id: "trends-effect-missing", args: {} },
      massage: {
        range: { from: "2026-01-01", to: "2026-03-05" },
        sessions: 3,
        effects: [
          {
            metric: "mood",
            sessions: 3,
            afterDays: 5,
            baselineDays: 40,
            enoughData: false,
            moreSessionsNeeded: 2,
            moreAfterDaysNeeded: 1,
            moreBaselineDaysNeeded: 0,
            comparison: null,
          },
        ],
        immediate: [{ metric: "pain", sessions: 6, enoughData: true, moreSessionsNeeded: 0, meanChange: 2.5, ci: { low: 1.2, high: 3.8 } }],
      },
    });
    await useLanguage(PSEUDO, "en-GB");
    show();
    await waitFor(() => expect(document.querySelector(".summary")).toBeTruthy());
    const tabs = screen.getAllByRole("tab");
    const views = [null, ".months", ".r", "figure"];
    for (const [i, tab] of tabs.entries()) {
      await fireEvent.click(tab);
      const ready = views[i];
      if (ready) await waitFor(() => expect(document.querySelector(ready)).toBeTruthy());
      const table = document.querySelector<HTMLButtonElement>("button[aria-expanded]");
      if (table) await fireEvent.click(table);
      await tick();
      // The fixture's session is a Swedish massage: a kind of massage named by the Massage screen.
      expect(plainWords(document.body, ["Swedish"]), `view ${i}`).toEqual([]);
    }
  });

  it("draws the chart again in a newly chosen language", async () => {
    charts.chartSeries.mockResolvedValue({ ...daily, from: "2025-10-01", to: "2026-03-05" });
    plots.made.length = 0;
    show();
    await waitFor(() => expect(plots.made.length).toBeGreaterThan(0));
    expect(lastAxisLabels()).toEqual(["Nov 2025", "Dec", "Jan 2026", "Feb", "Mar"]);
    await useLanguage("de", "de-DE");
    await tick();
    expect(lastAxisLabels()).toEqual(["Nov. 2025", "Dez", "Jan. 2026", "Feb", "Mär"]);
    expect(screen.getByRole("tab", { name: "Jahr in Farbe" })).toBeTruthy();
  });
});
