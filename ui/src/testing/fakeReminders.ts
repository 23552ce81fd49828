/** The reminder part of the fake back end as a `RemindersApi`, for component tests. */
import type { ReminderSettings } from "../api/bindings/ReminderSettings";
import type { RemindersApi } from "../lib/reminders.svelte";
import type { FakeBackend } from "./fakeBackend";

export function remindersApiOf(
  backend: FakeBackend,
  askCalendarPath: RemindersApi["askCalendarPath"] = async () => "/home/you/massage.ics",
): RemindersApi {
  const call = <T>(command: string, args?: Record<string, unknown>) => backend.invoke(command, args) as Promise<T>;
  return {
    reminderOverview: () => call("reminder_overview"),
    saveReminderSettings: (settings: ReminderSettings) => call("save_reminder_settings", { settings }),
    previewReminderSettings: (settings: ReminderSettings) => call("preview_reminder_settings", { settings }),
    snoozeReminder: (id, until) => call("snooze_reminder", { id, until }),
    answerReminder: (id, outcome) => call("answer_reminder", { id, outcome }),
    bookFromReminder: (id, startsAt) => call("book_from_reminder", { id, startsAt }),
    exportCalendar: (path) => call("export_calendar", { path }),
    setStartWithComputer: (enabled) => call("set_start_with_computer", { enabled }),
    askCalendarPath,
  };
}
