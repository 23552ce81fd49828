/**
 * Pure helpers for reminders: the words the banner and the settings show, the booking form's
 * defaults, and the settings form ↔ `ReminderSettings` conversion with checks that mirror the
 * back end's (it validates again and names the same fields).
 *
 * Reminder times are local wall-clock "YYYY-MM-DDTHH:MM" strings; they are compared with the
 * computer's local date, never converted through UTC.
 */
import type { DayOfWeek } from "../api/bindings/DayOfWeek";
import type { Reminder } from "../api/bindings/Reminder";
import type { ReminderKind } from "../api/bindings/ReminderKind";
import type { ReminderSettings } from "../api/bindings/ReminderSettings";
import type { SnoozeChoice } from "../api/bindings/SnoozeChoice";
import type { WeekStart } from "../api/bindings/WeekStart";
import { addDays, daysBetween } from "./dates";
import { localDate } from "./sessions";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG_MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

function parts(at: string): { day: string; time: string; weekday: number; date: number; month: number } | null {
  const match = LOCAL_TIME.exec(at);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay();
  return { day: at.slice(0, 10), time: `${match[4]}:${match[5]}`, weekday, date, month };
}

/** The clock time of a local "YYYY-MM-DDTHH:MM", e.g. "19:00"; the input itself when unreadable. */
export function timeOf(at: string): string {
  return parts(at)?.time ?? at;
}

export const KIND_CAPTIONS: Record<ReminderKind, string> = {
  check_in: "Check-in",
  book_massage: "Massage",
  appointment: "Appointment",
  stress_nudge: "A gentle suggestion",
};

/** "1 hour", "This evening (19:00)", "Tomorrow morning (09:00)". */
export function snoozeLabel(choice: SnoozeChoice): string {
  switch (choice.length) {
    case "hour":
      return "1 hour";
    case "evening":
      return `This evening (${timeOf(choice.until)})`;
    case "tomorrow":
      return `Tomorrow morning (${timeOf(choice.until)})`;
  }
}

/**
 * When a reminder comes, seen from `now`: "today 18:00", "tomorrow 09:00", "Thursday 18:00"
 * within the coming week, "Thursday 3 December 18:00" further ahead.
 */
export function whenLabel(at: string, now: Date): string {
  const p = parts(at);
  if (!p) return at;
  const ahead = daysBetween(localDate(now), p.day);
  if (ahead === 0) return `today ${p.time}`;
  if (ahead === 1) return `tomorrow ${p.time}`;
  const weekday = WEEKDAYS[p.weekday] ?? "";
  if (ahead > 1 && ahead < 7) return `${weekday} ${p.time}`;
  return `${weekday} ${p.date} ${LONG_MONTHS[p.month - 1] ?? ""} ${p.time}`;
}

/** The settings' preview line. */
export function previewLine(next: Reminder | null, now: Date): string {
  if (!next) return "No reminders are coming up.";
  return `Next reminder: ${whenLabel(next.fireAt, now)} — ${next.message}`;
}

/** "Planned for Thu 3 Dec, 18:00" after "I booked it". */
export function plannedConfirmation(startsAt: string): string {
  const p = parts(startsAt);
  if (!p) return `Planned for ${startsAt}`;
  return `Planned for ${(WEEKDAYS[p.weekday] ?? "").slice(0, 3)} ${p.date} ${MONTHS[p.month - 1] ?? ""}, ${p.time}`;
}

/** "I booked it" starts a week from today, at the hour of the last massage or else 18:00. */
export function bookingDefaults(now: Date, lastMassage: string | null): { date: string; time: string } {
  const time = lastMassage ? parts(lastMassage)?.time : undefined;
  return { date: addDays(localDate(now), 7), time: time ?? "18:00" };
}

/** "Saved 3 sessions to /home/…/massage.ics." */
export function exportConfirmation(sessions: number, path: string): string {
  return `Saved ${sessions} ${sessions === 1 ? "session" : "sessions"} to ${path}. The file is not encrypted.`;
}

// ---- The settings form -------------------------------------------------------------------

export const DAYS_OF_WEEK: { value: DayOfWeek; short: string; long: string }[] = [
  { value: "monday", short: "Mon", long: "Monday" },
  { value: "tuesday", short: "Tue", long: "Tuesday" },
  { value: "wednesday", short: "Wed", long: "Wednesday" },
  { value: "thursday", short: "Thu", long: "Thursday" },
  { value: "friday", short: "Fri", long: "Friday" },
  { value: "saturday", short: "Sat", long: "Saturday" },
  { value: "sunday", short: "Sun", long: "Sunday" },
];

/** Mon–Sun, or Sun–Sat when the week starts on Sunday. */
export function weekdaysInOrder(weekStart: WeekStart): typeof DAYS_OF_WEEK {
  if (weekStart === "monday") return DAYS_OF_WEEK;
  return [DAYS_OF_WEEK[6]!, ...DAYS_OF_WEEK.slice(0, 6)];
}

export type CadenceChoice = "off" | "14" | "21" | "28" | "custom";
export const CADENCE_CHOICES: { value: CadenceChoice; label: string }[] = [
  { value: "off", label: "Off" },
  { value: "14", label: "Every 2 weeks" },
  { value: "21", label: "Every 3 weeks" },
  { value: "28", label: "Every 4 weeks" },
  { value: "custom", label: "Every … days" },
];
export const CADENCE_MAX_DAYS = 365;

export type LeadUnit = "minutes" | "hours" | "days";
export const LEAD_UNIT_MINUTES: Record<LeadUnit, number> = { minutes: 1, hours: 60, days: 1440 };
export const LEAD_MIN_MINUTES = 5;
export const LEAD_MAX_MINUTES = 10_080;

/** 120 → 2 hours, 1440 → 1 day, 90 → 90 minutes: the largest unit that shows it exactly. */
export function splitLead(minutes: number): { amount: number; unit: LeadUnit } {
  if (minutes > 0 && minutes % 1440 === 0) return { amount: minutes / 1440, unit: "days" };
  if (minutes > 0 && minutes % 60 === 0) return { amount: minutes / 60, unit: "hours" };
  return { amount: minutes, unit: "minutes" };
}

/** What the form edits. Numbers stay text until they are sent, so a half-typed value can be shown. */
export interface ReminderFormValues {
  checkInEnabled: boolean;
  checkInTime: string;
  weekdays: DayOfWeek[];
  cadence: CadenceChoice;
  customDays: string;
  appointmentEnabled: boolean;
  eveningBeforeTime: string;
  leadAmount: string;
  leadUnit: LeadUnit;
  stressNudge: boolean;
  quietEnabled: boolean;
  quietStart: string;
  quietEnd: string;
  paused: boolean;
  /** "YYYY-MM-DDTHH:MM", as a datetime-local input gives it. */
  pausedUntil: string;
  keepInTray: boolean;
}

/** Field names are the back end's paths, so its errors land in the same place. */
export type ReminderErrors = Partial<Record<string, string>>;

export function formValues(settings: ReminderSettings, now: Date): ReminderFormValues {
  const days = settings.massageCadence.days;
  const preset = days === 14 || days === 21 || days === 28;
  const lead = splitLead(settings.appointment.leadMinutes);
  const pausedUntil = settings.pausedUntil;
  // A pause in the past is no pause (the back end ignores it too).
  const paused = pausedUntil !== null && pausedUntil > localStamp(now);
  return {
    checkInEnabled: settings.checkIn.enabled,
    checkInTime: settings.checkIn.time,
    weekdays: [...settings.checkIn.weekdays],
    cadence: days === null ? "off" : preset ? (String(days) as CadenceChoice) : "custom",
    customDays: days === null || preset ? "" : String(days),
    appointmentEnabled: settings.appointment.enabled,
    eveningBeforeTime: settings.appointment.eveningBeforeTime,
    leadAmount: String(lead.amount),
    leadUnit: lead.unit,
    stressNudge: settings.stressNudge.enabled,
    quietEnabled: settings.quietHours.enabled,
    quietStart: settings.quietHours.start,
    quietEnd: settings.quietHours.end,
    paused,
    pausedUntil: paused && pausedUntil ? pausedUntil.slice(0, 16) : defaultPause(now),
    keepInTray: settings.keepInTray,
  };
}

/** Local "YYYY-MM-DDTHH:MM" of `date`. */
export function localStamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${localDate(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "Pause until" suggests tomorrow morning. */
function defaultPause(now: Date): string {
  return `${addDays(localDate(now), 1)}T09:00`;
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const WHOLE = /^\d+$/;

function timeError(label: string, value: string): string | null {
  return CLOCK.test(value) ? null : `${label} must be a time of day like 20:30, from 00:00 to 23:59.`;
}

/** The settings the form describes, or the problems that stop them from being sent. */
export function settingsFromForm(
  values: ReminderFormValues,
): { settings: ReminderSettings; errors: ReminderErrors } {
  const errors: ReminderErrors = {};
  const set = (field: string, message: string | null) => {
    if (message) errors[field] = message;
  };
  set("checkIn.time", timeError("The check-in time", values.checkInTime));
  // Switched off with no day chosen means "off"; the back end still wants a day, so all are sent.
  const weekdays = values.weekdays.length === 0 && !values.checkInEnabled ? DAYS_OF_WEEK.map((d) => d.value) : values.weekdays;
  if (weekdays.length === 0) {
    errors["checkIn.weekdays"] = "Choose at least one day for the check-in reminder, or switch it off.";
  }

  let days: number | null = null;
  if (values.cadence === "custom") {
    const text = values.customDays.trim();
    days = WHOLE.test(text) ? Number(text) : NaN;
    if (!(days >= 1 && days <= CADENCE_MAX_DAYS)) {
      errors["massageCadence.days"] = "Enter a number of days from 1 to 365.";
    }
  } else if (values.cadence !== "off") {
    days = Number(values.cadence);
  }

  set("appointment.eveningBeforeTime", timeError("The time for the evening before", values.eveningBeforeTime));
  const amountText = values.leadAmount.trim();
  const leadMinutes = WHOLE.test(amountText) ? Number(amountText) * LEAD_UNIT_MINUTES[values.leadUnit] : NaN;
  if (!(leadMinutes >= LEAD_MIN_MINUTES && leadMinutes <= LEAD_MAX_MINUTES)) {
    errors["appointment.leadMinutes"] = "Choose from 5 minutes to 7 days ahead.";
  }

  set("quietHours.start", timeError("The start of the quiet hours", values.quietStart));
  set("quietHours.end", timeError("The end of the quiet hours", values.quietEnd));
  if (values.quietEnabled && !errors["quietHours.end"] && values.quietStart === values.quietEnd) {
    errors["quietHours.end"] = "Quiet hours must end at a different time than they start.";
  }

  const pausedUntil = values.paused ? values.pausedUntil.slice(0, 16) : null;
  if (pausedUntil !== null && !LOCAL_TIME.test(pausedUntil)) {
    errors.pausedUntil = "Choose the date and time the reminders should start again.";
  }

  const settings: ReminderSettings = {
    checkIn: {
      enabled: values.checkInEnabled,
      time: values.checkInTime,
      weekdays: DAYS_OF_WEEK.map((d) => d.value).filter((d) => weekdays.includes(d)),
    },
    massageCadence: { days: days !== null && Number.isFinite(days) ? days : null },
    appointment: {
      enabled: values.appointmentEnabled,
      eveningBeforeTime: values.eveningBeforeTime,
      leadMinutes: Number.isFinite(leadMinutes) ? leadMinutes : 0,
    },
    stressNudge: { enabled: values.stressNudge },
    quietHours: { enabled: values.quietEnabled, start: values.quietStart, end: values.quietEnd },
    pausedUntil,
    keepInTray: values.keepInTray,
  };
  return { settings, errors };
}
