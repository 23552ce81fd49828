import { fireEvent, render, screen, within } from "@testing-library/svelte";
import { tick } from "svelte";
import { describe, expect, it, vi } from "vitest";
import type { ChartData } from "../../api/charts";
import { useLanguage } from "../../lib/i18n/i18n.svelte";
import fixtures from "../../lib/trends/fixtures/charts.json";
import ChartTable from "./ChartTable.svelte";

const daily = fixtures.daily as ChartData;
const weekly = fixtures.weekly as ChartData;

function setup(chart: ChartData) {
  const onopenday = vi.fn();
  const onopensession = vi.fn();
  render(ChartTable, { chart, caption: "Stress and sleep", onopenday, onopensession });
  return { onopenday, onopensession };
}

describe("ChartTable", () => {
  it("lists logged days newest first with each value and its 7-day mean", () => {
    setup(daily);
    const table = screen.getByRole("table", { name: "Stress and sleep" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => r.getAttribute("data-day"))).toEqual(["2026-03-05", "2026-03-04", "2026-03-02", "2026-03-01"]);
    const march4 = rows[1] as HTMLElement;
    const stress = march4.querySelector('td[data-metric="stress"]');
    expect(stress?.querySelector(".value")?.textContent).toBe("7");
    expect(stress?.querySelector(".sub")?.textContent).toBe("5");
    expect(within(table).getAllByRole("columnheader").map((h) => h.textContent?.trim())).toEqual([
      "Day",
      "Stress 7-day mean",
      "Sleep hours 7-day mean",
      "Massage",
      "Note",
    ]);
  });

  it("shows a gap as a dash and the note's first words", () => {
    setup(daily);
    const row = document.querySelector('tr[data-day="2026-03-02"]') as HTMLElement;
    expect(row.querySelector('td[data-metric="sleepHours"] .value')?.textContent).toBe("–");
    expect(row.querySelector(".note")?.textContent).toBe("Slept well, long walk by the river with Sam and the dog…");
  });

  it("opens a day and a session", async () => {
    const { onopenday, onopensession } = setup(daily);
    const row = document.querySelector('tr[data-day="2026-03-02"]') as HTMLElement;
    await fireEvent.click(within(row).getByRole("button", { name: /^Open / }));
    expect(onopenday).toHaveBeenCalledWith("2026-03-02");
    await fireEvent.click(within(row).getByRole("button", { name: "Massage (Swedish)" }));
    expect(onopensession).toHaveBeenCalledWith("019a0000-0000-7000-8000-000000000001");
  });

  it("by week names weeks and their means", () => {
    setup(weekly);
    expect(screen.getAllByRole("columnheader")[0]?.textContent?.trim()).toBe("Week");
    expect(screen.queryByRole("columnheader", { name: "Note" })).toBeNull();
    const row = document.querySelector('tr[data-day="2024-12-30"]') as HTMLElement;
    expect(row.querySelector('td[data-metric="stress"] .value')?.textContent).toBe("5");
    expect(row.querySelector('td[data-metric="stress"] .sub')?.textContent).toBe("5.3");
  });

  it("shows years of days 200 rows at a time", async () => {
    const days = Array.from({ length: 450 }, (_, i) => new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10));
    const long: ChartData = {
      ...daily,
      from: days[0] ?? "",
      to: days[days.length - 1] ?? "",
      days,
      series: [{ ...(daily.series[0] as ChartData["series"][number]), values: days.map(() => 4), rolling: days.map(() => 4), counts: days.map(() => 1) }],
      notes: days.map(() => null),
      markers: [],
    };
    setup(long);
    expect(document.querySelectorAll("tbody tr")).toHaveLength(200);
    // By text, not by role: working out the accessible name of hundreds of buttons is slow in jsdom.
    await fireEvent.click(screen.getByText("Show 200 older rows (250 not shown)"));
    expect(document.querySelectorAll("tbody tr")).toHaveLength(400);
    await fireEvent.click(screen.getByText("Show 50 older rows (50 not shown)"));
    expect(document.querySelectorAll("tbody tr")).toHaveLength(450);
    expect(screen.queryByText(/older rows/)).toBeNull();
  });

  it("speaks the chosen language, and changes with it", async () => {
    setup(daily);
    const headers = () => screen.getAllByRole("columnheader").map((h) => h.textContent?.trim());
    const sleep = () => document.querySelector('tr[data-day="2026-03-05"] td[data-metric="sleepHours"] .value')?.textContent;
    try {
      await useLanguage("de", "de-DE");
      await tick();
      expect(headers()).toEqual(["Tag", "Stress Mittel über 7 Tage", "Schlafdauer Mittel über 7 Tage", "Massage", "Notiz"]);
      expect(sleep()).toBe("7,5 h");
      expect(screen.getByRole("button", { name: /^Massagetermin \(/ })).toBeTruthy();
    } finally {
      await useLanguage("en", "en-GB");
    }
    await tick();
    expect(headers()[0]).toBe("Day");
    expect(sleep()).toBe("7.5 h");
  });
});
