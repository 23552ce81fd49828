import { afterEach, describe, expect, it } from "vitest";
import { defaultReminderSettings } from "../testing/fakeBackend";
import { useLanguage } from "./i18n/i18n.svelte";
import {
  bookingDefaults,
  cadenceLabel,
  exportConfirmation,
  formValues,
  plannedConfirmation,
  previewLine,
  settingsFromForm,
  snoozeLabel,
  splitLead,
  weekdaysInOrder,
  whenLabel,
} from "./reminders";

/** Tuesday 25 November 2025, 10:00 local time. */
const NOW = new Date(2025, 10, 25, 10, 0);

describe("words for reminders", () => {
  it("labels snooze choices by their length, with the time they come back", () => {
    expect(snoozeLabel({ length: "hour", until: "2025-11-25T11:00" })).toBe("1 hour");
    expect(snoozeLabel({ length: "evening", until: "2025-11-25T19:00" })).toBe("This evening (19:00)");
    expect(snoozeLabel({ length: "tomorrow", until: "2025-11-26T09:00" })).toBe("Tomorrow morning (09:00)");
  });

  it.each([
    ["2025-11-25T18:00", "today 18:00"],
    ["2025-11-26T09:30", "tomorrow 09:30"],
    ["2025-11-27T18:00", "Thursday 18:00"],
    ["2025-12-01T20:30", "Monday 20:30"],
    ["2025-12-04T18:00", "Thursday 4 December 18:00"],
  ])("says when %s comes: %s", (at, words) => {
    expect(whenLabel(at, NOW)).toBe(words);
  });

  it("writes the preview line, or says that nothing is coming", () => {
    const next = {
      kind: "check_in" as const,
      subject: "",
      message: { id: "notification-check-in", args: { part: "evening" } },
      action: { type: "open_check_in" as const },
      fireAt: "2025-11-27T18:00",
      day: "2025-11-27",
    };
    expect(previewLine(next, NOW)).toBe("Next reminder: Thursday 18:00 — Time for your evening check-in");
    expect(previewLine(null, NOW)).toBe("No reminders are coming up.");
  });

  it("confirms a booking and an export", () => {
    expect(plannedConfirmation("2025-12-03T18:00")).toBe("Planned for Wed 3 Dec, 18:00");
    expect(exportConfirmation(3, "/home/you/plan.ics")).toBe(
      "Saved 3 sessions to /home/you/plan.ics. The file is not encrypted.",
    );
    expect(exportConfirmation(1, "/p.ics")).toBe("Saved 1 session to /p.ics. The file is not encrypted.");
  });

  it("suggests a booking a week ahead at the hour of the last massage, else 18:00", () => {
    expect(bookingDefaults(NOW, "2025-11-04T17:30")).toEqual({ date: "2025-12-02", time: "17:30" });
    expect(bookingDefaults(NOW, null)).toEqual({ date: "2025-12-02", time: "18:00" });
  });

  it("starts the weekday row on the configured first day", () => {
    expect(weekdaysInOrder("monday").map((d) => d.short)).toEqual(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
    expect(weekdaysInOrder("sunday").map((d) => d.short)).toEqual(["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]);
  });
});

describe("the settings form", () => {
  it("shows a lead time in the largest unit that fits exactly", () => {
    expect(splitLead(120)).toEqual({ amount: 2, unit: "hours" });
    expect(splitLead(2880)).toEqual({ amount: 2, unit: "days" });
    expect(splitLead(90)).toEqual({ amount: 90, unit: "minutes" });
  });

  it("round-trips the stored settings unchanged", () => {
    const stored = { ...defaultReminderSettings(), massageCadence: { days: 21 }, pausedUntil: "2025-12-01T09:00" };
    const { settings, errors } = settingsFromForm(formValues(stored, NOW));
    expect(errors).toEqual({});
    expect(settings).toEqual(stored);
  });

  it("reads a preset cadence, a custom one and off", () => {
    const values = formValues(defaultReminderSettings(), NOW);
    expect(values.cadence).toBe("off");
    expect(settingsFromForm({ ...values, cadence: "14" }).settings.massageCadence.days).toBe(14);
    expect(settingsFromForm({ ...values, cadence: "custom", customDays: "10" }).settings.massageCadence.days).toBe(10);
    expect(formValues({ ...defaultReminderSettings(), massageCadence: { days: 10 } }, NOW)).toMatchObject({
      cadence: "custom",
      customDays: "10",
    });
  });

  it("converts the lead time to minutes and refuses it outside 5 minutes to 7 days", () => {
    const values = formValues(defaultReminderSettings(), NOW);
    expect(settingsFromForm({ ...values, leadAmount: "3", leadUnit: "hours" }).settings.appointment.leadMinutes).toBe(180);
    expect(settingsFromForm({ ...values, leadAmount: "1", leadUnit: "days" }).settings.appointment.leadMinutes).toBe(1440);
    expect(settingsFromForm({ ...values, leadAmount: "8", leadUnit: "days" }).errors["appointment.leadMinutes"]).toBeTruthy();
    expect(settingsFromForm({ ...values, leadAmount: "2", leadUnit: "minutes" }).errors["appointment.leadMinutes"]).toBeTruthy();
  });

  it("names the field of each problem the way the back end does", () => {
    const values = formValues(defaultReminderSettings(), NOW);
    const { errors } = settingsFromForm({
      ...values,
      checkInTime: "",
      weekdays: [],
      cadence: "custom",
      customDays: "400",
      quietStart: "22:00",
      quietEnd: "22:00",
      paused: true,
      pausedUntil: "",
    });
    expect(Object.keys(errors).sort()).toEqual([
      "checkIn.time",
      "checkIn.weekdays",
      "massageCadence.days",
      "pausedUntil",
      "quietHours.end",
    ]);
  });

  it("sends every day when the check-in reminder is off and no day is chosen", () => {
    const values = { ...formValues(defaultReminderSettings(), NOW), checkInEnabled: false, weekdays: [] };
    const { settings, errors } = settingsFromForm(values);
    expect(errors).toEqual({});
    expect(settings.checkIn.weekdays).toHaveLength(7);
  });

  it("treats a pause in the past as no pause", () => {
    const values = formValues({ ...defaultReminderSettings(), pausedUntil: "2025-11-01T09:00" }, NOW);
    expect(values.paused).toBe(false);
    expect(values.pausedUntil).toBe("2025-11-26T09:00");
  });
});

describe("reminders in other languages", () => {
  afterEach(async () => {
    await useLanguage("en", "en-GB");
  });

  it("says when and counts in German", async () => {
    await useLanguage("de", "de-DE");
    expect(whenLabel("2025-11-27T18:00", NOW)).toBe("Donnerstag um 18:00");
    expect(whenLabel("2025-12-04T18:00", NOW)).toBe("Donnerstag, 4. Dezember um 18:00");
    expect(plannedConfirmation("2025-12-03T18:00")).toBe("Geplant für Mi., 3. Dez., 18:00");
    expect(exportConfirmation(1, "/p.ics")).toBe("1 Sitzung in /p.ics gespeichert. Die Datei ist nicht verschlüsselt.");
    expect(exportConfirmation(3, "/p.ics")).toMatch(/^3 Sitzungen in/);
    expect(cadenceLabel("21")).toBe("Alle 3 Wochen");
    expect(weekdaysInOrder("monday").map((d) => d.long)[0]).toBe("Montag");
  });

  it("uses the French singular for a single session", async () => {
    await useLanguage("fr", "fr-FR");
    expect(exportConfirmation(1, "/p.ics")).toMatch(/^1 séance enregistrée dans/);
    expect(exportConfirmation(2, "/p.ics")).toMatch(/^2 séances enregistrées dans/);
    expect(snoozeLabel({ length: "evening", until: "2025-11-25T19:00" })).toBe("Ce soir (19:00)");
  });
});
