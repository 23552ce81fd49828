import { fireEvent, render, screen, within } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import type { MassageSession } from "../api/sessions";
import { useLanguage } from "../lib/i18n/i18n.svelte";
import { FakeBackend, type FakeBackendOptions } from "../testing/fakeBackend";

let backend = new FakeBackend();
vi.mock("@tauri-apps/api/core", () => ({
  invoke: (command: string, args?: Record<string, unknown>) => backend.invoke(command, args),
}));

const { default: MonthlyReport } = await import("./MonthlyReport.svelte");

const session = (patch: Partial<MassageSession>): MassageSession => ({
  id: "s1",
  startsAt: "2025-11-12T18:00",
  status: "done",
  kind: "swedish",
  kindOther: null,
  durationMin: 60,
  therapist: "Anna",
  place: "",
  pressure: null,
  focusAreas: [],
  costCents: null,
  notes: "Shoulders much looser.",
  stressBefore: 7,
  stressAfter: 3,
  painBefore: null,
  painAfter: null,
  createdAt: "2025-11-12T20:00:00Z",
  updatedAt: "2025-11-12T20:00:00Z",
  version: 1,
  ...patch,
});

function renderReport(options: FakeBackendOptions, month = { year: 2025, month: 11 }) {
  backend = new FakeBackend({ today: "2025-11-25", ...options });
  const onmonth = vi.fn();
  const onback = vi.fn();
  render(MonthlyReport, { today: "2025-11-25", month, onmonth, onback });
  return { onmonth, onback };
}

const row = (table: HTMLElement, name: string) =>
  Array.from(within(table).getByRole("rowheader", { name }).closest("tr")?.children ?? [])
    .map((cell) => cell.textContent?.trim())
    .join(" ");

describe("the monthly report", () => {
  it("shows the month's averages of the logged days", async () => {
    renderReport({
      entries: [
        { day: "2025-11-02", stress: 6, sleepHours: 7.5, pain: 2 },
        { day: "2025-11-03", stress: 3, sleepHours: 6 },
        { day: "2025-11-05", stress: 4, pain: 5 },
        { day: "2025-10-31", stress: 10 },
      ],
    });
    expect(await screen.findByRole("heading", { name: "November 2025", level: 2 })).toBeTruthy();
    const table = (await screen.findByRole("heading", { name: "Averages" })).closest("section")?.querySelector("table") as HTMLElement;
    expect(row(table, "Stress")).toBe("Stress 4.3/10 3/10 6/10 3");
    expect(row(table, "Sleep")).toBe("Sleep 6.75 h 6 h 7.5 h 2");
    expect(row(table, "Pain")).toBe("Pain 3.5/10 2/10 5/10 2");
    expect(within(table).queryByRole("rowheader", { name: "Anxiety" })).toBeNull();
    expect(screen.getByText("Check-ins on 3 of 30 days · 0 massage sessions")).toBeTruthy();
    expect(screen.getByRole("img", { name: /Chart of stress, sleep hours and pain/ })).toBeTruthy();
  });

  it("lists the sessions and the day notes", async () => {
    renderReport({
      entries: [
        { day: "2025-11-02", stress: 6, notes: "Deadline week.\nSlept badly.", tags: ["work"] },
        { day: "2025-11-08", stress: 2 },
      ],
      sessions: [session({}), session({ id: "s2", startsAt: "2025-11-20T09:00", status: "cancelled" })],
    });
    const sessions = (await screen.findByRole("heading", { name: "Massage sessions" })).closest("section") as HTMLElement;
    expect(within(sessions).getAllByRole("row")).toHaveLength(2);
    expect(within(sessions).getByText("Anna")).toBeTruthy();
    expect(within(sessions).getByText("7 → 3")).toBeTruthy();
    expect(within(sessions).getByText("Shoulders much looser.")).toBeTruthy();
    const notes = screen.getByRole("heading", { name: "Day notes" }).closest("section") as HTMLElement;
    expect(within(notes).getByText(/Deadline week\.\s+Slept badly\./)).toBeTruthy();
    expect(within(notes).getByText("work").closest("dt")?.textContent).toMatch(/^Sunday 2 November\s*·\s*work$/);
  });

  it("says so when nothing was logged in the month", async () => {
    renderReport({ entries: [{ day: "2025-10-02", stress: 6 }] });
    expect(await screen.findByText("Nothing was logged in November 2025. Choose another month above.")).toBeTruthy();
  });

  it("moves between months and prints", async () => {
    const { onmonth, onback } = renderReport({ entries: [{ day: "2025-11-02", stress: 6 }] }, { year: 2025, month: 10 });
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    vi.spyOn(window, "requestAnimationFrame").mockImplementation((run) => {
      run(0);
      return 0;
    });
    await screen.findByText(/Nothing was logged/);
    await fireEvent.click(screen.getByRole("button", { name: /Previous month/ }));
    expect(onmonth).toHaveBeenLastCalledWith({ year: 2025, month: 9 });
    await fireEvent.click(screen.getByRole("button", { name: /Next month/ }));
    expect(onmonth).toHaveBeenLastCalledWith({ year: 2025, month: 11 });
    await fireEvent.change(screen.getByLabelText("Year"), { target: { value: "2024" } });
    expect(onmonth).toHaveBeenLastCalledWith({ year: 2024, month: 10 });

    document.documentElement.setAttribute("data-theme", "dark");
    await fireEvent.click(screen.getByRole("button", { name: "Print…" }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(document.documentElement.getAttribute("data-theme")).toBe("light");
    window.dispatchEvent(new Event("afterprint"));
    expect(document.documentElement.getAttribute("data-theme")).toBe("dark");
    document.documentElement.removeAttribute("data-theme");

    await fireEvent.click(screen.getByRole("button", { name: "← Back to your data" }));
    expect(onback).toHaveBeenCalled();
  });

  it("cannot go past the current month", async () => {
    renderReport({});
    await screen.findByText(/Nothing was logged/);
    expect(screen.getByRole<HTMLButtonElement>("button", { name: /Next month/ }).disabled).toBe(true);
  });

  it("is entirely in German when German is chosen: headings, dates, decimal commas, plurals", async () => {
    await useLanguage("de", "de-DE");
    try {
      renderReport({
        entries: [
          { day: "2025-11-02", stress: 6, sleepHours: 7.5, pain: 2, notes: "Viel Arbeit." },
          { day: "2025-11-03", stress: 3, sleepHours: 6 },
        ],
        sessions: [session({ status: "planned" })],
      });
      expect(await screen.findByRole("heading", { name: "November 2025", level: 2 })).toBeTruthy();
      const table = (await screen.findByRole("heading", { name: "Durchschnittswerte" })).closest("section")?.querySelector("table") as HTMLElement;
      expect(row(table, "Stress")).toBe("Stress 4,5/10 3/10 6/10 2");
      expect(row(table, "Schlaf")).toBe("Schlaf 6,75 Std. 6 Std. 7,5 Std. 2");
      expect(screen.getByText("Check-ins an 2 von 30 Tagen · 1 Massagetermin")).toBeTruthy();
      const sessions = screen.getByRole("heading", { name: "Massagetermine" }).closest("section") as HTMLElement;
      expect(within(sessions).getByText("Mittwoch, 12. November, 18:00 Uhr (geplant)")).toBeTruthy();
      const notes = screen.getByRole("heading", { name: "Tagesnotizen" }).closest("section") as HTMLElement;
      expect(within(notes).getByText(/^Sonntag, 2\. November/)).toBeTruthy();
      expect(screen.getByText(/gedruckt am Dienstag, 25\. November\. .*Kein medizinischer Befund\./)).toBeTruthy();
      expect(screen.getByRole("button", { name: "Drucken…" })).toBeTruthy();
    } finally {
      await useLanguage("en", "en-GB");
    }
  });
});
