import { describe, expect, it } from "vitest";
import type { CheckIn } from "../api/checkins";
import type { MassageSession } from "../api/sessions";
import { chartValues, dayNotes, formatAverage, monthAverages, monthDays, monthRange, reportSessions } from "./report";

const checkIn = (day: string, patch: Partial<CheckIn> = {}): CheckIn => ({
  day,
  stress: null,
  sleepHours: null,
  sleepQuality: null,
  pain: null,
  selfEsteem: null,
  mood: null,
  anxiety: null,
  bodyAwareness: null,
  painAreas: [],
  tags: [],
  notes: "",
  createdAt: "2025-11-01T20:00:00Z",
  updatedAt: "2025-11-01T20:00:00Z",
  version: 1,
  ...patch,
});

describe("the month", () => {
  it("runs from the first to the last day, leap years included", () => {
    expect(monthRange({ year: 2025, month: 11 })).toEqual({ from: "2025-11-01", to: "2025-11-30" });
    expect(monthRange({ year: 2024, month: 2 })).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(monthDays({ year: 2025, month: 2 })).toHaveLength(28);
  });
});

describe("monthAverages", () => {
  const days = [
    checkIn("2025-11-02", { stress: 6, sleepHours: 7.5, pain: 2 }),
    checkIn("2025-11-03", { stress: 3, sleepHours: 6, pain: null }),
    checkIn("2025-11-05", { stress: 4, pain: 5, mood: 7 }),
  ];

  it("averages the logged days only (a missing value is not a zero)", () => {
    const byKey = Object.fromEntries(monthAverages(days).map((a) => [a.key, a]));
    expect(byKey.stress).toMatchObject({ mean: 13 / 3, logged: 3, min: 3, max: 6 });
    expect(byKey.sleepHours).toMatchObject({ mean: 6.75, logged: 2, min: 6, max: 7.5 });
    expect(byKey.pain).toMatchObject({ mean: 3.5, logged: 2 });
    expect(byKey.mood).toMatchObject({ mean: 7, logged: 1 });
    expect(byKey.anxiety).toMatchObject({ mean: null, logged: 0, min: null, max: null });
  });

  it("writes averages as people read them", () => {
    expect(formatAverage(13 / 3, "rating")).toBe("4.3/10");
    expect(formatAverage(6.75, "hours")).toBe("6.75 h");
    expect(formatAverage(7, "rating")).toBe("7/10");
    expect(formatAverage(null, "rating")).toBe("–");
  });

  it("gives the chart a value or a gap for every day", () => {
    const { days: axis, series } = chartValues({ year: 2025, month: 11 }, days);
    expect(axis).toHaveLength(30);
    expect(series.stress?.slice(0, 5)).toEqual([null, 6, 3, null, 4]);
    expect(series.sleepHours?.slice(1, 3)).toEqual([7.5, 6]);
    expect(series.pain?.[2]).toBeNull();
  });
});

describe("notes and sessions", () => {
  it("keeps days with a note, in order", () => {
    const notes = dayNotes([checkIn("2025-11-09", { notes: "Long walk." }), checkIn("2025-11-02", { notes: "  " }), checkIn("2025-11-01", { notes: "Tense." })]);
    expect(notes.map((n) => n.day)).toEqual(["2025-11-01", "2025-11-09"]);
  });

  it("leaves cancelled sessions out and sorts by start", () => {
    const session = (id: string, startsAt: string, status: MassageSession["status"]) => ({ id, startsAt, status }) as MassageSession;
    const shown = reportSessions([session("b", "2025-11-20T18:00", "done"), session("c", "2025-11-02T09:00", "cancelled"), session("a", "2025-11-03T10:00", "planned")]);
    expect(shown.map((s) => s.id)).toEqual(["a", "b"]);
  });
});
