import { describe, expect, it } from "vitest";
import { timeTicks, ySplits } from "./plot";

describe("time axis ticks", () => {
  it("mark Mondays in a month", () => {
    expect(timeTicks("2026-10-26", "2026-11-25").labels).toEqual(["26 Oct", "2 Nov", "9 Nov", "16 Nov", "23 Nov"]);
  });

  it("mark months in half a year, with the year on the first and on January", () => {
    expect(timeTicks("2026-05-26", "2026-11-25").labels).toEqual(["Jun 2026", "Jul", "Aug", "Sept", "Oct", "Nov"]);
    expect(timeTicks("2025-11-26", "2026-11-25").labels.slice(0, 3)).toEqual(["Dec 2025", "Jan 2026", "Feb"]);
  });

  it("mark quarters over a few years and years over a decade", () => {
    expect(timeTicks("2024-06-05", "2026-11-25").labels.slice(0, 4)).toEqual(["Jul 2024", "Oct", "Jan 2025", "Apr"]);
    expect(timeTicks("2016-11-28", "2026-11-25").labels).toEqual(
      ["2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"],
    );
  });

  it("put ticks at UTC midnights", () => {
    const { splits } = timeTicks("2026-05-26", "2026-11-25");
    expect(splits[0]).toBe(Date.UTC(2026, 5, 1) / 1000);
  });
});

describe("y ticks", () => {
  it("are few and round", () => {
    expect(ySplits("stress", 10)).toEqual([0, 5, 10]);
    expect(ySplits("index", 100)).toEqual([0, 50, 100]);
    expect(ySplits("sleepHours", 12)).toEqual([0, 4, 8, 12]);
    expect(ySplits("sleepHours", 16)).toEqual([0, 6, 12]);
  });
});
