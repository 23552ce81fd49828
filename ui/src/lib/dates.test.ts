import { describe, expect, it } from "vitest";
import { useLanguage } from "./i18n/i18n.svelte";
import {
  addDays,
  addMonths,
  compareMonths,
  daysBetween,
  daysInMonth,
  isDay,
  isLeapYear,
  longDay,
  monthTitle,
  shortDay,
  weekdayNames,
} from "./dates";

describe("day arithmetic", () => {
  it("moves across month, year and leap-day boundaries", () => {
    expect(addDays("2025-11-30", 1)).toBe("2025-12-01");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2025-03-01", -1)).toBe("2025-02-28");
    expect(addDays("2025-11-25", -6)).toBe("2025-11-19");
  });

  it("counts days between two dates", () => {
    expect(daysBetween("2025-11-19", "2025-11-25")).toBe(6);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(daysBetween("2025-11-25", "2025-11-19")).toBe(-6);
  });

  it("reads only real calendar dates", () => {
    expect(isDay("2024-02-29")).toBe(true);
    expect(isDay("2025-02-29")).toBe(false);
    expect(isDay("2025-13-01")).toBe(false);
    expect(isDay("2025-1-01")).toBe(false);
    expect(isDay("")).toBe(false);
  });

  it("knows month lengths and leap years", () => {
    expect([1900, 2000, 2024, 2025].map(isLeapYear)).toEqual([false, true, true, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
  });
});

describe("months", () => {
  it("adds months across years in both directions", () => {
    expect(addMonths({ year: 2025, month: 12 }, 1)).toEqual({ year: 2026, month: 1 });
    expect(addMonths({ year: 2025, month: 1 }, -1)).toEqual({ year: 2024, month: 12 });
    expect(addMonths({ year: 2025, month: 3 }, -15)).toEqual({ year: 2023, month: 12 });
  });

  it("compares months", () => {
    expect(compareMonths({ year: 2025, month: 11 }, { year: 2025, month: 12 })).toBeLessThan(0);
    expect(compareMonths({ year: 2026, month: 1 }, { year: 2025, month: 12 })).toBeGreaterThan(0);
  });
});

describe("formatting in a given locale", () => {
  it("writes days and months the way the locale does", () => {
    expect(longDay("2025-11-24", "en-GB")).toBe("Monday 24 November");
    expect(shortDay("2025-11-25", "en-GB")).toBe("Tue 25 Nov");
    expect(monthTitle({ year: 2025, month: 11 }, "en-GB")).toBe("November 2025");
  });

  it("names weekdays from the chosen first day", () => {
    expect(weekdayNames(1, "short", "en-GB")).toEqual(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
    expect(weekdayNames(0, "short", "en-GB")[0]).toBe("Sun");
  });

  it("uses the active language when no locale is given", async () => {
    expect(longDay("2025-11-24")).toBe("Monday 24 November");
    await useLanguage("de", "de-DE");
    try {
      expect(longDay("2025-11-24")).toBe("Montag, 24. November");
      expect(monthTitle({ year: 2025, month: 3 })).toBe("März 2025");
    } finally {
      await useLanguage("en", "en-GB");
    }
  });

  it("returns text it cannot read unchanged", () => {
    expect(longDay("someday", "en-GB")).toBe("someday");
  });
});
