/**
 * Pure helpers for reminders: the words the banner and the settings show (in the active
 * language, looked up when called), the booking form's defaults, and the settings form ↔
 * `ReminderSettings` conversion with checks that mirror the back end's (it validates again and
 * names the same fields).
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
import { messageText } from "../api/client";
import { addDays, daysBetween } from "./dates";
import { formatDay, t } from "./i18n/i18n.svelte";
import { localDate } from "./sessions";

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

function parts(at: string): { day: string; time: string } | null {
  const match = LOCAL_TIME.exec(at);
  if (!match) return null;
  return { day: at.slice(0, 10), time: `${match[4]}:${match[5]}` };
}

/** The clock time of a local "YYYY-MM-DDTHH:MM", e.g. "19:00"; the input itself when unreadable. */
export function timeOf(at: string): string {
  return parts(at)?.time ?? at;
}

/** The caption above a reminder's sentence, in the active language: "Check-in", "Massage"… */
export function kindCaption(kind: ReminderKind): string {
  return t(`reminders-kind-${kind.replace("_", "-")}`);
}

/** "1 hour", "This evening (19:00)", "Tomorrow morning (09:00)". */
export function snoozeLabel(choice: SnoozeChoice): string {
  switch (choice.length) {
    case "hour":
      return t("reminders-snooze-hour");
    case "evening":
      return t("reminders-snooze-evening", { time: timeOf(choice.until) });
    case "tomorrow":
      return t("reminders-snooze-tomorrow", { time: timeOf(choice.until) });
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
  if (ahead === 0) return t("reminders-when-today", { time: p.time });
  if (ahead === 1) return t("reminders-when-tomorrow", { time: p.time });
  if (ahead > 1 && ahead < 7) {
    return t("reminders-when-weekday", { weekday: formatDay(p.day, { weekday: "long" }), time: p.time });
  }
  const date = formatDay(p.day, { weekday: "long", day: "numeric", month: "long" });
  return t("reminders-when-date", { date, time: p.time });
}

/** The settings' preview line. */
export function previewLine(next: Reminder | null, now: Date): string {
  if (!next) return t("reminders-next-none");
  const message = messageText(next.message);
  return t("reminders-next", { when: whenLabel(next.fireAt, now), message });
}

/** "Planned for Thu 3 Dec, 18:00" after "I booked it". */
export function plannedConfirmation(startsAt: string): string {
  const p = parts(startsAt);
  if (!p) return t("reminders-planned-at", { when: startsAt });
  const date = formatDay(p.day, { weekday: "short", day: "numeric", month: "short" });
  return t("reminders-planned-for", { date, time: p.time });
}

/** "I booked it" starts a week from today, at the hour of the last massage or else 18:00. */
export function bookingDefaults(now: Date, lastMassage: string | null): { date: string; time: string } {
  const time = lastMassage ? parts(lastMassage)?.time : undefined;
  return { date: addDays(localDate(now), 7), time: time ?? "18:00" };
}

/** "Saved 3 sessions to /home/…/massage.ics." */
export function exportConfirmation(sessions: number, path: string): string {
  return t("reminders-export-saved", { count: sessions, path });
}

// ---- The settings form -------------------------------------------------------------------

const WEEK: readonly DayOfWeek[] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** Monday to Sunday; `short` ("Mon") and `long` ("Monday") are names in the active language. */
export const DAYS_OF_WEEK: readonly { value: DayOfWeek; readonly short: string; readonly long: string }[] = WEEK.map(
  (value, index) => {
    // 5 January 2026 is a Monday: the days from it give each weekday's name.
    const day = `2026-01-${String(5 + index).padStart(2, "0")}`;
    return {
      value,
      get short() {
        return formatDay(day, { weekday: "short" });
      },
      get long() {
        return formatDay(day, { weekday: "long" });
      },
    };
  },
);

/** Mon–Sun, or Sun–Sat when the week starts on Sunday. */
export function weekdaysInOrder(weekStart: WeekStart): typeof DAYS_OF_WEEK {
  if (weekStart === "monday") return DAYS_OF_WEEK;
  return [DAYS_OF_WEEK[6]!, ...DAYS_OF_WEEK.slice(0, 6)];
}

export type CadenceChoice = "off" | "14" | "21" | "28" | "custom";
export const CADENCE_CHOICES: readonly CadenceChoice[] = ["off", "14", "21", "28", "custom"];

/** "Off", "Every 2 weeks", "Every … days", in the active language. */
export function cadenceLabel(choice: CadenceChoice): string {
  if (choice === "off") return t("reminders-cadence-off");
  if (choice === "custom") return t("reminders-cadence-custom");
  return t("reminders-cadence-weeks", { count: Number(choice) / 7 });
}
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

/** `id`: the message that names the time field in its sentence. */
function timeError(id: string, value: string): string | null {
  return CLOCK.test(value) ? null : t(id);
}

/** The settings the form describes, or the problems that stop them from being sent. */
export function settingsFromForm(
  values: ReminderFormValues,
): { settings: ReminderSettings; errors: ReminderErrors } {
  const errors: ReminderErrors = {};
  const set = (field: string, message: string | null) => {
    if (message) errors[field] = message;
  };
  set("checkIn.time", timeError("reminders-error-check-in-time", values.checkInTime));
  // Switched off with no day chosen means "off"; the back end still wants a day, so all are sent.
  const weekdays = values.weekdays.length === 0 && !values.checkInEnabled ? DAYS_OF_WEEK.map((d) => d.value) : values.weekdays;
  if (weekdays.length === 0) {
    errors["checkIn.weekdays"] = t("reminders-error-weekdays");
  }

  let days: number | null = null;
  if (values.cadence === "custom") {
    const text = values.customDays.trim();
    days = WHOLE.test(text) ? Number(text) : NaN;
    if (!(days >= 1 && days <= CADENCE_MAX_DAYS)) {
      errors["massageCadence.days"] = t("reminders-error-cadence-days");
    }
  } else if (values.cadence !== "off") {
    days = Number(values.cadence);
  }

  set("appointment.eveningBeforeTime", timeError("reminders-error-evening-before-time", values.eveningBeforeTime));
  const amountText = values.leadAmount.trim();
  const leadMinutes = WHOLE.test(amountText) ? Number(amountText) * LEAD_UNIT_MINUTES[values.leadUnit] : NaN;
  if (!(leadMinutes >= LEAD_MIN_MINUTES && leadMinutes <= LEAD_MAX_MINUTES)) {
    errors["appointment.leadMinutes"] = t("reminders-error-lead");
  }

  set("quietHours.start", timeError("reminders-error-quiet-start", values.quietStart));
  set("quietHours.end", timeError("reminders-error-quiet-end", values.quietEnd));
  if (values.quietEnabled && !errors["quietHours.end"] && values.quietStart === values.quietEnd) {
    errors["quietHours.end"] = t("reminders-error-quiet-same");
  }

  const pausedUntil = values.paused ? values.pausedUntil.slice(0, 16) : null;
  if (pausedUntil !== null && !LOCAL_TIME.test(pausedUntil)) {
    errors.pausedUntil = t("reminders-error-paused-until");
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
