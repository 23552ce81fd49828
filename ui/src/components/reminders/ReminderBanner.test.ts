import { fireEvent, render, waitFor, within } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import type { ReminderAction } from "../../api/bindings/ReminderAction";
import { RemindersStore } from "../../lib/reminders.svelte";
import { FakeBackend, fakeUnanswered, type FakeReminders } from "../../testing/fakeBackend";
import { remindersApiOf } from "../../testing/fakeReminders";
import ReminderBanner from "./ReminderBanner.svelte";

/** Tuesday 25 November 2025, 10:00 local time. */
const now = () => new Date(2025, 10, 25, 10, 0);

async function renderBanner(reminders: Partial<FakeReminders>) {
  const backend = new FakeBackend({ reminders });
  const store = new RemindersStore(remindersApiOf(backend));
  await store.refresh();
  const onopen = vi.fn<(action: ReminderAction) => void>();
  render(ReminderBanner, { store, onopen, now });
  const banner = document.querySelector<HTMLElement>('section[aria-label="Reminders"]');
  if (!banner) throw new Error("no banner");
  return { backend, store, onopen, banner };
}

const sent = (backend: FakeBackend, command: string) => backend.calls.filter((c) => c.command === command).map((c) => c.args);

describe("the reminder banner", () => {
  it("shows each waiting reminder's message in a polite region", async () => {
    const { banner } = await renderBanner({
      unanswered: [fakeUnanswered("check_in", "r1"), fakeUnanswered("book_massage", "r2")],
    });
    expect(banner.getAttribute("aria-live")).toBe("polite");
    expect(within(banner).getByText("Time for your evening check-in")).toBeTruthy();
    expect(within(banner).getByText("It has been 21 days since your last massage — book the next one?")).toBeTruthy();
    expect(within(banner).getAllByRole("button", { name: "Dismiss reminder" })).toHaveLength(2);
  });

  it("is empty, and takes no room, without reminders", async () => {
    const { banner } = await renderBanner({ unanswered: [] });
    expect(banner.querySelectorAll("article")).toHaveLength(0);
    expect(banner.classList.contains("filled")).toBe(false);
  });

  it("lists the snooze choices with their times and snoozes until the one chosen", async () => {
    const { backend, banner } = await renderBanner({ unanswered: [fakeUnanswered("check_in", "r1")] });
    const snooze = within(banner).getByRole("button", { name: "Snooze" });
    expect(snooze.getAttribute("aria-expanded")).toBe("false");
    await fireEvent.click(snooze);
    expect(snooze.getAttribute("aria-expanded")).toBe("true");
    const choices = within(banner).getByRole("group", { name: "Snooze until" });
    expect(within(choices).getAllByRole("button").map((b) => b.textContent?.trim())).toEqual([
      "1 hour",
      "This evening (19:00)",
      "Tomorrow morning (09:00)",
    ]);
    await fireEvent.click(within(choices).getByRole("button", { name: "Tomorrow morning (09:00)" }));
    await waitFor(() => expect(sent(backend, "snooze_reminder")).toEqual([{ id: "r1", until: "2025-11-26T09:00" }]));
    await waitFor(() => expect(banner.querySelectorAll("article")).toHaveLength(0));
  });

  it("closes the snooze choices with Escape and returns to the Snooze button", async () => {
    const { banner } = await renderBanner({ unanswered: [fakeUnanswered("check_in", "r1")] });
    const snooze = within(banner).getByRole("button", { name: "Snooze" });
    await fireEvent.click(snooze);
    const first = within(banner).getByRole("button", { name: "1 hour" });
    first.focus();
    await fireEvent.keyDown(first, { key: "Escape" });
    expect(within(banner).queryByRole("group", { name: "Snooze until" })).toBeNull();
    expect(document.activeElement).toBe(snooze);
  });

  it("dismisses a reminder and moves focus to the next one", async () => {
    const { backend, banner } = await renderBanner({
      unanswered: [fakeUnanswered("check_in", "r1"), fakeUnanswered("appointment", "r2")],
    });
    const [dismiss] = within(banner).getAllByRole("button", { name: "Dismiss reminder" });
    dismiss!.focus();
    await fireEvent.click(dismiss!);
    await waitFor(() => expect(sent(backend, "answer_reminder")).toEqual([{ id: "r1", outcome: "dismissed" }]));
    await waitFor(() => expect(banner.querySelectorAll("article")).toHaveLength(1));
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Open session"));
  });

  it("'Check in now' opens today's check-in and marks the reminder acted on", async () => {
    const { backend, banner, onopen } = await renderBanner({ unanswered: [fakeUnanswered("check_in", "r1")] });
    await fireEvent.click(within(banner).getByRole("button", { name: "Check in now" }));
    expect(onopen).toHaveBeenCalledWith({ type: "open_check_in" });
    await waitFor(() => expect(sent(backend, "answer_reminder")).toEqual([{ id: "r1", outcome: "acted" }]));
  });

  it("'Open session' opens the appointment's session", async () => {
    const { banner, onopen } = await renderBanner({ unanswered: [fakeUnanswered("appointment", "r1", "2025-11-25", "s9")] });
    await fireEvent.click(within(banner).getByRole("button", { name: "Open session" }));
    expect(onopen).toHaveBeenCalledWith({ type: "open_session", id: "s9" });
  });

  it("'Plan a session…' opens the new-session form", async () => {
    const { backend, banner, onopen } = await renderBanner({ unanswered: [fakeUnanswered("stress_nudge", "r1")] });
    await fireEvent.click(within(banner).getByRole("button", { name: "Plan a session…" }));
    expect(onopen).toHaveBeenCalledWith({ type: "new_session" });
    await waitFor(() => expect(sent(backend, "answer_reminder")).toEqual([{ id: "r1", outcome: "acted" }]));
  });

  it("'I booked it' plans the session at the date and time given and confirms it", async () => {
    const { backend, banner } = await renderBanner({
      unanswered: [fakeUnanswered("book_massage", "r1")],
      lastMassage: "2025-11-04T17:30",
    });
    await fireEvent.click(within(banner).getByRole("button", { name: "I booked it" }));
    const date = within(banner).getByLabelText<HTMLInputElement>("Date");
    const time = within(banner).getByLabelText<HTMLInputElement>("Time");
    expect(document.activeElement).toBe(date);
    expect([date.value, time.value]).toEqual(["2025-12-02", "17:30"]);
    await fireEvent.input(date, { target: { value: "2025-12-04" } });
    await fireEvent.input(time, { target: { value: "18:00" } });
    await fireEvent.click(within(banner).getByRole("button", { name: "Save booking" }));
    await waitFor(() => expect(sent(backend, "book_from_reminder")).toEqual([{ id: "r1", startsAt: "2025-12-04T18:00" }]));
    expect(await within(banner).findByText(/Planned for Thu 4 Dec, 18:00/)).toBeTruthy();
    expect(banner.querySelectorAll("article")).toHaveLength(0);
  });

  it("shows a refused booking under the date and time", async () => {
    const { banner } = await renderBanner({ unanswered: [fakeUnanswered("book_massage", "r1")] });
    await fireEvent.click(within(banner).getByRole("button", { name: "I booked it" }));
    const date = within(banner).getByLabelText<HTMLInputElement>("Date");
    await fireEvent.input(date, { target: { value: "2025-11-20" } });
    await fireEvent.click(within(banner).getByRole("button", { name: "Save booking" }));
    const message = await within(banner).findByText("A booked session starts later than now.");
    expect(date.getAttribute("aria-invalid")).toBe("true");
    expect(date.getAttribute("aria-describedby")).toBe(message.id);
    expect(banner.querySelectorAll("article")).toHaveLength(1);
  });

  it("says when an answer failed, keeping the reminder", async () => {
    const { backend, banner } = await renderBanner({ unanswered: [fakeUnanswered("check_in", "r1")] });
    const invoke = backend.invoke.bind(backend);
    vi.spyOn(backend, "invoke").mockImplementation(async (command, args) => {
      if (command === "answer_reminder") throw { code: "storage", message: "The disk is full." };
      return invoke(command, args);
    });
    await fireEvent.click(within(banner).getByRole("button", { name: "Dismiss reminder" }));
    expect(await within(banner).findByText("The reminder could not be dismissed. The disk is full.")).toBeTruthy();
  });
});
