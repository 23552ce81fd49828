import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import type { ReminderSettings } from "../../api/bindings/ReminderSettings";
import { RemindersStore } from "../../lib/reminders.svelte";
import { defaultReminderSettings, FakeBackend, type FakeReminders } from "../../testing/fakeBackend";
import { remindersApiOf } from "../../testing/fakeReminders";
import ReminderSettingsSection from "./ReminderSettingsSection.svelte";

/** Tuesday 25 November 2025, 10:00 local time. */
const now = () => new Date(2025, 10, 25, 10, 0);

async function renderSection(reminders: Partial<FakeReminders> = {}, ask = vi.fn(async () => "/home/you/massage.ics")) {
  const backend = new FakeBackend({ reminders });
  const store = new RemindersStore(remindersApiOf(backend, ask));
  await store.refresh();
  render(ReminderSettingsSection, { store, weekStart: "monday", now, previewDelay: 0 });
  return { backend, store, ask };
}

const saved = (backend: FakeBackend) =>
  backend.calls.filter((c) => c.command === "save_reminder_settings").map((c) => c.args.settings as ReminderSettings);
const preview = () => screen.getByTestId("next-reminder").textContent?.trim();

function describedText(element: HTMLElement): string {
  return (element.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");
}

describe("the Reminders settings", () => {
  it("labels its controls", async () => {
    await renderSection();
    for (const label of [
      "Remind me to check in",
      "Check-in time",
      "Check-in on Monday",
      "Check-in on Sunday",
      "Off",
      "Every 2 weeks",
      "Every 3 weeks",
      "Every 4 weeks",
      "Every … days",
      "Remind me of my appointments",
      "The evening before, at",
      "And before it starts",
      "Unit",
      "Suggest a massage when stress has been high",
      "Keep quiet hours",
      "From",
      "To",
      "Pause all reminders until…",
      "Keep running in the tray when the window is closed",
      "Start with my computer",
    ]) {
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
    expect(screen.getByText(/7 or more on 3 of your last 4 check-ins/)).toBeTruthy();
    expect(screen.getByText(/appointments, which still come through/)).toBeTruthy();
  });

  it("starts the weekday toggles on the first day of the week", async () => {
    const backend = new FakeBackend();
    const store = new RemindersStore(remindersApiOf(backend));
    await store.refresh();
    render(ReminderSettingsSection, { store, weekStart: "sunday", now, previewDelay: 0 });
    const days = [...document.querySelectorAll<HTMLInputElement>(".days input")].map((i) => i.getAttribute("aria-label"));
    expect(days[0]).toBe("Check-in on Sunday");
  });

  it("previews the next reminder of the unsaved settings", async () => {
    await renderSection({
      next: {
        kind: "check_in",
        subject: "",
        message: { id: "notification-check-in", args: { part: "evening" } },
        action: { type: "open_check_in" },
        fireAt: "2025-11-27T20:30",
        day: "2025-11-27",
      },
    });
    expect(preview()).toBe("Next reminder: Thursday 20:30 — Time for your evening check-in");
    await fireEvent.change(screen.getByLabelText("Check-in time"), { target: { value: "18:00" } });
    await waitFor(() => expect(preview()).toMatch(/^Next reminder: tomorrow 18:00 — /));
    await fireEvent.click(screen.getByLabelText("Remind me to check in"));
    await waitFor(() => expect(preview()).toBe("No reminders are coming up."));
  });

  it("shows a refused value under its field, from the back end's preview too", async () => {
    const { backend } = await renderSection();
    await fireEvent.change(screen.getByLabelText("Check-in time"), { target: { value: "23:00" } });
    // The fake refuses a check-in time in the quiet hours the way the real back end does.
    const invoke = backend.invoke.bind(backend);
    vi.spyOn(backend, "invoke").mockImplementation(async (command, args) => {
      if (command === "preview_reminder_settings" || command === "save_reminder_settings") {
        throw { code: "invalid_input", message: "23:00 falls in your quiet hours.", field: "checkIn.time" };
      }
      return invoke(command, args);
    });
    await fireEvent.change(screen.getByLabelText("Check-in time"), { target: { value: "23:30" } });
    const time = screen.getByLabelText("Check-in time");
    await waitFor(() => expect(time.getAttribute("aria-invalid")).toBe("true"));
    expect(describedText(time)).toContain("falls in your quiet hours");
    expect(preview()).toMatch(/once the highlighted field is fixed/);
  });

  it("checks a custom cadence before saving and saves a valid one", async () => {
    const { backend } = await renderSection();
    await fireEvent.click(screen.getByLabelText("Every … days"));
    const days = screen.getByLabelText("Days between massages");
    await fireEvent.input(days, { target: { value: "400" } });
    await fireEvent.click(screen.getByRole("button", { name: "Save reminder settings" }));
    expect(days.getAttribute("aria-invalid")).toBe("true");
    expect(describedText(days)).toContain("from 1 to 365");
    expect(document.activeElement).toBe(days);
    expect(saved(backend)).toEqual([]);

    await fireEvent.input(days, { target: { value: "10" } });
    await fireEvent.click(screen.getByRole("button", { name: "Save reminder settings" }));
    await waitFor(() => expect(saved(backend)).toHaveLength(1));
    expect(saved(backend)[0]?.massageCadence).toEqual({ days: 10 });
    expect(await screen.findByText("Saved ✓")).toBeTruthy();
  });

  it("saves a preset cadence", async () => {
    const { backend } = await renderSection();
    await fireEvent.click(screen.getByLabelText("Every 3 weeks"));
    await fireEvent.click(screen.getByRole("button", { name: "Save reminder settings" }));
    await waitFor(() => expect(saved(backend)[0]?.massageCadence).toEqual({ days: 21 }));
  });

  it("converts the lead time and its unit to minutes", async () => {
    const { backend } = await renderSection();
    const amount = screen.getByLabelText<HTMLInputElement>("And before it starts");
    const unit = screen.getByLabelText<HTMLSelectElement>("Unit");
    expect([amount.value, unit.value]).toEqual(["2", "hours"]);
    await fireEvent.input(amount, { target: { value: "1" } });
    await fireEvent.change(unit, { target: { value: "days" } });
    await fireEvent.click(screen.getByRole("button", { name: "Save reminder settings" }));
    await waitFor(() => expect(saved(backend)[0]?.appointment.leadMinutes).toBe(1440));
  });

  it("shows the save refusal at the field the back end names", async () => {
    const { backend } = await renderSection();
    const invoke = backend.invoke.bind(backend);
    vi.spyOn(backend, "invoke").mockImplementation(async (command, args) => {
      if (command === "save_reminder_settings") {
        throw { code: "invalid_input", message: "Too far ahead.", field: "appointment.leadMinutes" };
      }
      return invoke(command, args);
    });
    await fireEvent.click(screen.getByRole("button", { name: "Save reminder settings" }));
    const amount = screen.getByLabelText("And before it starts");
    await waitFor(() => expect(amount.getAttribute("aria-invalid")).toBe("true"));
    expect(describedText(amount)).toContain("Too far ahead.");
  });

  it("asks for at least one weekday", async () => {
    const { backend } = await renderSection();
    for (const day of ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]) {
      await fireEvent.click(screen.getByLabelText(`Check-in on ${day}`));
    }
    expect(screen.getByText(/Choose at least one day/)).toBeTruthy();
    expect(screen.getByLabelText("Check-in on Monday").getAttribute("aria-invalid")).toBe("true");
    await fireEvent.click(screen.getByRole("button", { name: "Save reminder settings" }));
    expect(saved(backend)).toEqual([]);
  });

  it("pauses all reminders until a chosen time", async () => {
    const { backend } = await renderSection();
    await fireEvent.click(screen.getByLabelText("Pause all reminders until…"));
    const until = screen.getByLabelText<HTMLInputElement>("Pause until");
    expect(until.value).toBe("2025-11-26T09:00");
    await fireEvent.change(until, { target: { value: "2025-12-01T08:00" } });
    await fireEvent.click(screen.getByRole("button", { name: "Save reminder settings" }));
    await waitFor(() => expect(saved(backend)[0]?.pausedUntil).toBe("2025-12-01T08:00"));
  });

  it("turns starting with the computer on at once", async () => {
    const { backend } = await renderSection();
    await fireEvent.click(screen.getByLabelText("Start with my computer"));
    await waitFor(() => expect(backend.real.reminders.delivery.startWithComputer).toBe(true));
  });

  it("disables starting with the computer where it cannot be set, and says why", async () => {
    await renderSection({ delivery: { notifications: true, tray: true, startWithComputer: null } });
    const start = screen.getByLabelText<HTMLInputElement>("Start with my computer");
    expect(start.disabled).toBe(true);
    expect(describedText(start)).toContain("Available for the journal in its usual place only");
  });

  it("says when the desktop has no notifications or no tray", async () => {
    await renderSection({ delivery: { notifications: false, tray: false, startWithComputer: false } });
    expect(screen.getByText("This desktop has no notification service, so reminders appear only inside the app.")).toBeTruthy();
    // "Keep in the tray" cannot be had there: the box is off limits and says why.
    const keep = screen.getByLabelText<HTMLInputElement>("Keep running in the tray when the window is closed");
    expect(keep.disabled).toBe(true);
    expect(describedText(keep)).toContain("Your desktop shows no tray icons, so closing the window quits the app.");
  });

  it("offers keeping the app in the tray where the desktop shows tray icons", async () => {
    await renderSection({ delivery: { notifications: true, tray: true, startWithComputer: false } });
    const keep = screen.getByLabelText<HTMLInputElement>("Keep running in the tray when the window is closed");
    expect(keep.disabled).toBe(false);
    expect(describedText(keep)).toContain("closing the window leaves it in the tray");
  });

  it("has no notice when notifications work", async () => {
    await renderSection();
    expect(screen.queryByText(/no notification service/)).toBeNull();
  });

  it("exports planned sessions to the file chosen", async () => {
    const { backend, ask } = await renderSection({ plannedSessions: 3 });
    await fireEvent.click(screen.getByRole("button", { name: "Export planned sessions (.ics)…" }));
    expect(await screen.findByText("Saved 3 sessions to /home/you/massage.ics. The file is not encrypted.")).toBeTruthy();
    expect(ask).toHaveBeenCalledOnce();
    expect(backend.calls.find((c) => c.command === "export_calendar")?.args).toEqual({ path: "/home/you/massage.ics" });
  });

  it("explains why there is nothing to export", async () => {
    await renderSection({ plannedSessions: 0 });
    const button = screen.getByRole<HTMLButtonElement>("button", { name: "Export planned sessions (.ics)…" });
    expect(button.disabled).toBe(true);
    expect(describedText(button)).toMatch(/Nothing is planned yet/);
  });

  it("follows settings saved elsewhere while nothing is edited", async () => {
    const { store } = await renderSection();
    const overview = JSON.parse(JSON.stringify(store.overview)) as NonNullable<typeof store.overview>;
    overview.settings = { ...defaultReminderSettings(), checkIn: { ...overview.settings.checkIn, time: "07:45" } };
    store.accept(overview);
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>("Check-in time").value).toBe("07:45"));
  });
});
