import { call } from "./client";
import type { AppointmentReminder } from "./bindings/AppointmentReminder";
import type { CalendarExport } from "./bindings/CalendarExport";
import type { CheckInReminder } from "./bindings/CheckInReminder";
import type { DayOfWeek } from "./bindings/DayOfWeek";
import type { Delivery } from "./bindings/Delivery";
import type { MassageCadence } from "./bindings/MassageCadence";
import type { MassageSession } from "./bindings/MassageSession";
import type { QuietHours } from "./bindings/QuietHours";
import type { Reminder } from "./bindings/Reminder";
import type { ReminderAction } from "./bindings/ReminderAction";
import type { ReminderKind } from "./bindings/ReminderKind";
import type { ReminderOverview } from "./bindings/ReminderOverview";
import type { ReminderSettings } from "./bindings/ReminderSettings";
import type { SnoozeChoice } from "./bindings/SnoozeChoice";
import type { SnoozeLength } from "./bindings/SnoozeLength";
import type { StressNudge } from "./bindings/StressNudge";
import type { UnansweredReminder } from "./bindings/UnansweredReminder";

export type {
  AppointmentReminder,
  CalendarExport,
  CheckInReminder,
  DayOfWeek,
  Delivery,
  MassageCadence,
  QuietHours,
  Reminder,
  ReminderAction,
  ReminderKind,
  ReminderOverview,
  ReminderSettings,
  SnoozeChoice,
  SnoozeLength,
  StressNudge,
  UnansweredReminder,
};

/** How a reminder in the banner was answered. */
export type ReminderOutcome = "dismissed" | "acted";

/** The settings, the next reminder, the banner's reminders and how reminders reach the person. */
export function reminderOverview(): Promise<ReminderOverview> {
  return call<ReminderOverview>("reminder_overview");
}

/** Validates and saves the settings; a problem names its field ("checkIn.time" …). */
export function saveReminderSettings(settings: ReminderSettings): Promise<ReminderOverview> {
  return call<ReminderOverview>("save_reminder_settings", { settings });
}

/** The next reminder these unsaved settings would bring; refused like saving them would be. */
export function previewReminderSettings(settings: ReminderSettings): Promise<Reminder | null> {
  return call<Reminder | null>("preview_reminder_settings", { settings });
}

/** Puts reminder `id` off until `until`, one of its `snooze[].until`. */
export function snoozeReminder(id: string, until: string): Promise<ReminderOverview> {
  return call<ReminderOverview>("snooze_reminder", { id, until });
}

export function answerReminder(id: string, outcome: ReminderOutcome): Promise<ReminderOverview> {
  return call<ReminderOverview>("answer_reminder", { id, outcome });
}

/** "I booked it": plans a session like the last done one at `startsAt` ("YYYY-MM-DDTHH:MM"). */
export function bookFromReminder(id: string, startsAt: string): Promise<MassageSession> {
  return call<MassageSession>("book_from_reminder", { id, startsAt });
}

/** Writes the planned sessions to `path` as an .ics file; `nothing_to_export` when none. */
export function exportCalendar(path: string): Promise<CalendarExport> {
  return call<CalendarExport>("export_calendar", { path });
}

export function setStartWithComputer(enabled: boolean): Promise<Delivery> {
  return call<Delivery>("set_start_with_computer", { enabled });
}
