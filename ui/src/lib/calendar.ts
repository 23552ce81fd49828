/**
 * Month grid maths for the Journal calendar. The grid always has six weeks, so moving between
 * months never changes its height (no layout jump), and it starts on the person's chosen weekday.
 */
import type { WeekStart } from "../api/bindings/WeekStart";
import { dayOf, weekdayOf, addDays, type YearMonth } from "./dates";

export const WEEKS_SHOWN = 6;

export interface CalendarCell {
  day: string;
  /** False for the leading and trailing days that belong to the neighbouring months. */
  inMonth: boolean;
}

/** 0 = Sunday, 1 = Monday: the first column of the grid. */
export function firstWeekday(weekStart: WeekStart): number {
  return weekStart === "sunday" ? 0 : 1;
}

/** How many days of the previous month fill the first row before the 1st. */
export function leadingDays({ year, month }: YearMonth, weekStart: WeekStart): number {
  return (weekdayOf(dayOf(year, month, 1)) - firstWeekday(weekStart) + 7) % 7;
}

/** Six rows of seven days covering the month, each row starting on the chosen weekday. */
export function monthGrid(month: YearMonth, weekStart: WeekStart): CalendarCell[][] {
  const first = dayOf(month.year, month.month, 1);
  const start = addDays(first, -leadingDays(month, weekStart));
  const prefix = first.slice(0, 7);
  return Array.from({ length: WEEKS_SHOWN }, (_, week) =>
    Array.from({ length: 7 }, (_, weekday) => {
      const day = addDays(start, week * 7 + weekday);
      return { day, inMonth: day.startsWith(prefix) };
    }),
  );
}

/** The first and last day the grid shows, for one `list_check_ins` call per month. */
export function gridRange(month: YearMonth, weekStart: WeekStart): { from: string; to: string } {
  const grid = monthGrid(month, weekStart);
  const first = grid[0]?.[0]?.day ?? dayOf(month.year, month.month, 1);
  const last = grid[WEEKS_SHOWN - 1]?.[6]?.day ?? first;
  return { from: first, to: last };
}
