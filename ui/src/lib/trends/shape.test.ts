import { describe, expect, it } from "vitest";
import type { ChartData } from "../../api/charts";
import fixtures from "./fixtures/charts.json";
import {
  correlationSentence,
  correlationText,
  daySeconds,
  indexOfDay,
  isEmptyChart,
  markersAt,
  plotData,
  pointEnd,
  pointLabel,
  secondsDay,
  summarySentence,
  tableRows,
  tooltipAt,
} from "./shape";

// Rust's own output (see the_ui_fixture_is_rusts_output in core/src/charts/series_tests.rs):
// by day, stress 5, 3, –, 7, – and sleep on 5 March only; by week, 25 Dec 2024 … 12 Jan 2025.
const daily = fixtures.daily as ChartData;
const weekly = fixtures.weekly as ChartData;

describe("plot data", () => {
  it("keeps Rust's gaps as nulls, never filled in", () => {
    const [xs, values, rolling] = plotData(daily, "stress");
    expect(xs).toHaveLength(5);
    expect(values).toEqual([5, 3, null, 7, null]);
    expect(rolling).toEqual([5, 4, 4, 5, 5]);
    expect(plotData(daily, "sleepHours")[1]).toEqual([null, null, null, null, 7.5]);
  });

  it("puts days at UTC midnight, a day apart, whatever the time zone", () => {
    const [xs] = plotData(daily, "stress");
    expect(xs[0]).toBe(Date.UTC(2026, 2, 1) / 1000);
    expect(xs.slice(1).map((x, i) => x - (xs[i] ?? 0))).toEqual([86_400, 86_400, 86_400, 86_400]);
    expect(secondsDay(daySeconds("2024-02-29"))).toBe("2024-02-29");
  });

  it("by week has one point per week, drawn at its first day in the range", () => {
    expect(weekly.resolution).toBe("week");
    expect(weekly.days).toEqual(["2024-12-25", "2024-12-30", "2025-01-06"]);
    const [, values, rolling] = plotData(weekly, "stress");
    expect(values).toEqual([6, 5, null]);
    expect(rolling).toEqual([6, 5.25, 5.25]);
    expect(pointEnd(weekly, 1)).toBe("2025-01-05");
    expect(pointEnd(weekly, 2)).toBe("2025-01-12");
    expect(pointEnd(daily, 2)).toBe("2026-03-03");
  });
});

describe("tooltip", () => {
  it("gives the day's values, the rolling mean, the sessions and the note", () => {
    const info = tooltipAt(daily, 1);
    expect(info.day).toBe("2026-03-02");
    expect(info.rows.map((r) => [r.label, r.value, r.rolling, r.count])).toEqual([
      ["Stress", "3", "4", null],
      ["Sleep hours", "–", "–", null],
    ]);
    expect(info.sessions).toEqual(["Massage (Swedish)"]);
    expect(info.note).toBe("Slept well, long walk by the river with Sam and the dog…");
  });

  it("shows a gap as a dash while the rolling mean goes on", () => {
    const info = tooltipAt(daily, 2);
    expect(info.rows[0]).toMatchObject({ value: "–", rolling: "4" });
    expect(info.sessions).toEqual([]);
  });

  it("by week says how many days the mean stands for", () => {
    const info = tooltipAt(weekly, 1);
    expect(info.title).toMatch(/^Week of /);
    expect(info.rows[0]).toMatchObject({ value: "5", rolling: "5.3", count: "3 days" });
    expect(tooltipAt(weekly, 0).rows[0]?.count).toBe("1 day");
    expect(info.note).toBeNull();
  });
});

describe("markers and days", () => {
  it("finds the sessions of a day or a week", () => {
    expect(markersAt(daily, 1).map((m) => m.status)).toEqual(["done"]);
    expect(markersAt(daily, 4).map((m) => m.status)).toEqual(["planned"]);
    expect(markersAt(daily, 0)).toEqual([]);
  });

  it("maps a day to its point", () => {
    expect(indexOfDay(daily, "2026-03-04")).toBe(3);
    expect(indexOfDay(weekly, "2025-01-01")).toBe(1);
    expect(indexOfDay(weekly, "2025-02-01")).toBe(-1);
  });

  it("labels weeks and days", () => {
    expect(pointLabel(weekly, 1)).toContain("30");
    expect(pointLabel(daily, 0)).toContain("1");
    expect(pointLabel(daily, 0)).not.toMatch(/Week/);
  });
});

describe("table rows", () => {
  it("list points with a value or a session, newest first", () => {
    const rows = tableRows(daily);
    expect(rows.map((r) => r.day)).toEqual(["2026-03-05", "2026-03-04", "2026-03-02", "2026-03-01"]);
    expect(rows[0]?.cells).toEqual([
      { value: "–", rolling: "5" },
      { value: "7.5 h", rolling: "7.5 h" },
    ]);
    expect(rows[0]?.sessions.map((s) => s.status)).toEqual(["planned"]);
  });

  it("by week show the weekly means", () => {
    const rows = tableRows(weekly);
    expect(rows.map((r) => [r.day, r.cells[0]?.value])).toEqual([
      ["2024-12-30", "5"],
      ["2024-12-25", "6"],
    ]);
  });
});

describe("sentences", () => {
  it("summarise each metric over the range", () => {
    const text = summarySentence(daily, "the last month");
    expect(text).toBe(
      "Averages over the last month (1 massage): stress 5 over 3 days, up from 4 to 7; sleep hours 7.5 h over 1 day.",
    );
  });

  it("name the logged days once when every measure has the same", () => {
    const weeklyText = summarySentence(weekly, "3 weeks");
    expect(weeklyText).toBe("Averages over 3 weeks (4 days logged): stress 5.3, up from 4 to 9.");
  });

  it("say when nothing was logged", () => {
    const empty: ChartData = {
      ...daily,
      series: daily.series.map((s) => ({
        ...s,
        values: s.values.map(() => null),
        summary: { ...s.summary, loggedDays: 0, mean: null },
      })),
    };
    expect(isEmptyChart(empty)).toBe(true);
    expect(summarySentence(empty, "the last month")).toBe("Nothing logged in the last month for the chosen measures.");
  });

  it("write r with a real minus sign and its n", () => {
    expect(correlationText({ a: "sleepHours", b: "stress", r: -0.4234, n: 187 })).toBe("r = −0.42 (n = 187)");
    expect(correlationText({ a: "sleepHours", b: "stress", r: null, n: 2 })).toBe("r not available (n = 2)");
    expect(correlationSentence({ a: "sleepHours", b: "stress", r: -0.4234, n: 187 })).toContain(
      "When sleep hours was higher, stress tended to be lower: a moderate link over 187 days",
    );
  });
});
