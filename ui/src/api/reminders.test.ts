import { beforeEach, describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const reminders = await import("./reminders");
const { ApiError } = await import("./client");
const { defaultReminderSettings } = await import("../testing/fakeBackend");

beforeEach(() => {
  invoke.mockReset();
  invoke.mockResolvedValue(null);
});

describe("reminder commands", () => {
  const settings = defaultReminderSettings();

  it.each([
    ["reminder_overview", () => reminders.reminderOverview(), undefined],
    ["save_reminder_settings", () => reminders.saveReminderSettings(settings), { settings }],
    ["preview_reminder_settings", () => reminders.previewReminderSettings(settings), { settings }],
    ["snooze_reminder", () => reminders.snoozeReminder("r1", "2025-11-25T19:00"), { id: "r1", until: "2025-11-25T19:00" }],
    ["answer_reminder", () => reminders.answerReminder("r1", "dismissed"), { id: "r1", outcome: "dismissed" }],
    ["book_from_reminder", () => reminders.bookFromReminder("r1", "2025-12-02T18:00"), { id: "r1", startsAt: "2025-12-02T18:00" }],
    ["export_calendar", () => reminders.exportCalendar("/tmp/plan.ics"), { path: "/tmp/plan.ics" }],
    ["set_start_with_computer", () => reminders.setStartWithComputer(true), { enabled: true }],
  ] as const)("%s sends its arguments by their camelCase names", async (command, run, args) => {
    await run();
    if (args === undefined) expect(invoke).toHaveBeenCalledWith(command, undefined);
    else expect(invoke).toHaveBeenCalledWith(command, args);
  });

  it("returns what the back end answered", async () => {
    const delivery = { notifications: true, tray: false, startWithComputer: null };
    invoke.mockResolvedValue(delivery);
    await expect(reminders.setStartWithComputer(false)).resolves.toEqual(delivery);
  });

  it("keeps the field of a refused setting", async () => {
    invoke.mockRejectedValue({ code: "invalid_input", message: "Choose at least one day.", field: "checkIn.weekdays" });
    const error = await reminders.saveReminderSettings(settings).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ field: "checkIn.weekdays", message: "Choose at least one day." });
  });

  it("passes nothing_to_export through as its code", async () => {
    invoke.mockRejectedValue({ code: "nothing_to_export", message: "There are no planned sessions to put in a calendar." });
    await expect(reminders.exportCalendar("/tmp/x.ics")).rejects.toMatchObject({ code: "nothing_to_export" });
  });
});
