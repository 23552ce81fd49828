import { describe, expect, it } from "vitest";
import { gridRange, leadingDays, monthGrid } from "./calendar";

const days = (grid: ReturnType<typeof monthGrid>) => grid.flat().map((cell) => cell.day);

describe("monthGrid", () => {
  it("always has six weeks of seven days", () => {
    for (const month of [1, 2, 6, 12]) {
      const grid = monthGrid({ year: 2025, month }, "monday");
      expect(grid).toHaveLength(6);
      expect(grid.every((week) => week.length === 7)).toBe(true);
    }
  });

  it("starts November 2025 on Monday 27 October when weeks start on Monday", () => {
    // 1 November 2025 is a Saturday.
    const grid = monthGrid({ year: 2025, month: 11 }, "monday");
    expect(grid[0]?.[0]).toEqual({ day: "2025-10-27", inMonth: false });
    expect(grid[0]?.[5]).toEqual({ day: "2025-11-01", inMonth: true });
    expect(grid[5]?.[6]).toEqual({ day: "2025-12-07", inMonth: false });
  });

  it("starts the same month on Sunday 26 October when weeks start on Sunday", () => {
    const grid = monthGrid({ year: 2025, month: 11 }, "sunday");
    expect(grid[0]?.[0]?.day).toBe("2025-10-26");
    expect(grid[0]?.[6]).toEqual({ day: "2025-11-01", inMonth: true });
  });

  it("puts a month that begins on the first weekday in the first cell", () => {
    // 1 September 2025 is a Monday; 1 June 2025 a Sunday.
    expect(leadingDays({ year: 2025, month: 9 }, "monday")).toBe(0);
    expect(monthGrid({ year: 2025, month: 9 }, "monday")[0]?.[0]?.day).toBe("2025-09-01");
    expect(leadingDays({ year: 2025, month: 6 }, "sunday")).toBe(0);
    expect(leadingDays({ year: 2025, month: 6 }, "monday")).toBe(6);
  });

  it("includes 29 February in a leap year and not otherwise", () => {
    const leap = monthGrid({ year: 2024, month: 2 }, "monday");
    expect(leap.flat().filter((cell) => cell.inMonth)).toHaveLength(29);
    expect(days(leap)).toContain("2024-02-29");
    const common = monthGrid({ year: 2025, month: 2 }, "monday");
    expect(common.flat().filter((cell) => cell.inMonth)).toHaveLength(28);
    expect(days(common)).not.toContain("2025-02-29");
    expect(days(common)).toContain("2025-03-01");
  });

  it("handles the century rules (2000 leap, 1900 not)", () => {
    expect(monthGrid({ year: 2000, month: 2 }, "monday").flat().filter((c) => c.inMonth)).toHaveLength(29);
    expect(monthGrid({ year: 1900, month: 2 }, "monday").flat().filter((c) => c.inMonth)).toHaveLength(28);
  });

  it("crosses the year boundary in December and January", () => {
    const december = days(monthGrid({ year: 2025, month: 12 }, "monday"));
    expect(december[0]).toBe("2025-12-01");
    expect(december.at(-1)).toBe("2026-01-11");
    const january = days(monthGrid({ year: 2026, month: 1 }, "sunday"));
    expect(january[0]).toBe("2025-12-28");
  });

  it("lists consecutive days without gaps or repeats", () => {
    const all = days(monthGrid({ year: 2025, month: 3 }, "monday"));
    expect(new Set(all).size).toBe(42);
    const times = all.map((day) => Date.parse(`${day}T00:00:00Z`));
    expect(times.slice(1).every((t, i) => t - (times[i] ?? 0) === 86_400_000)).toBe(true);
  });

  it("is not shifted by a daylight-saving change inside the month", () => {
    // Europe and the US change clocks in late March; the grid works on UTC calendar dates.
    const march = monthGrid({ year: 2025, month: 3 }, "monday").flat().filter((c) => c.inMonth);
    expect(march.map((c) => c.day)).toContain("2025-03-30");
    expect(march).toHaveLength(31);
  });
});

describe("gridRange", () => {
  it("spans the first and the last cell", () => {
    expect(gridRange({ year: 2025, month: 11 }, "monday")).toEqual({ from: "2025-10-27", to: "2025-12-07" });
  });
});
