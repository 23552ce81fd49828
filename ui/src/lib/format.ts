const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

/**
 * "2025-11-25" → "Tuesday, 25 November". Works on the calendar date alone, so the
 * computer's time zone can never shift the journal day the back end chose.
 */
export function dayInWords(isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return isoDay;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return isoDay;
  return `${WEEKDAYS[date.getUTCDay()]}, ${day} ${MONTHS[month - 1]}`;
}

/** Local wall-clock time as "21:04". */
export function clockTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The local clock time of an ISO timestamp, or null when it cannot be read. */
export function clockTimeOf(timestamp: string): string | null {
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? null : clockTime(date);
}

/** 20000 → "20,000", independent of the system locale so labels stay predictable. */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** The system clock, as a function so screens can be tested on a fixed time. */
export function systemNow(): Date {
  return new Date();
}
