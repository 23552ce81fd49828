import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CheckIn } from "../api/bindings/CheckIn";
import { storedCheckIn } from "../lib/entryValues";
import { PSEUDO, useLanguage } from "../lib/i18n/i18n.svelte";
import { plainWords } from "../testing/pseudo";

const api = vi.hoisted(() => ({
  listCheckIns: vi.fn(),
  searchJournal: vi.fn(),
  listTags: vi.fn(),
}));
vi.mock("../api/checkins", () => api);

const { default: Journal } = await import("./Journal.svelte");

const TODAY = "2025-11-25";

function entry(day: string, overrides: Partial<CheckIn> = {}): CheckIn {
  return storedCheckIn(day, {
    stress: 6,
    sleepHours: 7.5,
    sleepQuality: 6,
    pain: 2,
    selfEsteem: 8,
    notes: "Long walk.\nThen tea.",
    tags: ["walk"],
    ...overrides,
  });
}

const onopenday = vi.fn();

beforeEach(() => {
  onopenday.mockReset();
  api.listCheckIns.mockReset().mockResolvedValue([entry("2025-11-24"), entry("2025-11-10", { stress: null })]);
  api.searchJournal.mockReset().mockResolvedValue([]);
  api.listTags.mockReset().mockResolvedValue([{ id: "t1", name: "walk", uses: 2 }]);
});

function renderJournal(weekStart: "monday" | "sunday" = "monday") {
  return render(Journal, { today: TODAY, weekStart, onopenday });
}

function table() {
  return screen.getByRole("table");
}

describe("Journal calendar", () => {
  it("loads the six visible weeks in one call", async () => {
    renderJournal();
    await waitFor(() => expect(api.listCheckIns).toHaveBeenCalledWith("2025-10-27", "2025-12-07"));
    expect(within(table()).getAllByRole("button")).toHaveLength(42);
  });

  it("starts weeks on the chosen day", async () => {
    const { unmount } = renderJournal("monday");
    let headers = within(table()).getAllByRole("columnheader");
    expect(headers[0]?.getAttribute("abbr")).toMatch(/^Monday$/);
    unmount();
    renderJournal("sunday");
    headers = within(table()).getAllByRole("columnheader");
    expect(headers[0]?.getAttribute("abbr")).toMatch(/^Sunday$/);
    await waitFor(() => expect(api.listCheckIns).toHaveBeenLastCalledWith("2025-10-26", "2025-12-06"));
  });

  it("names each day with its stress and shows the number too", async () => {
    renderJournal();
    const day = await screen.findByRole("button", { name: /24.*stress 6$/ });
    expect(day.textContent).toContain("6");
    expect(day.querySelector(".stress")?.className).toMatch(/level-4/);
    expect(screen.getByRole("button", { name: /10.*entry without stress$/ })).toBeTruthy();
    expect(screen.getByRole("button", { name: /12.*no entry$/ })).toBeTruthy();
  });

  it("begins each day's accessible name with the text it shows, for speech input", async () => {
    renderJournal();
    await screen.findByRole("button", { name: /24.*stress 6$/ });
    const days = Array.from(table().querySelectorAll<HTMLButtonElement>("button[data-day]"));
    expect(days.length).toBeGreaterThanOrEqual(28);
    for (const day of days) {
      // What a sighted person sees on the button, in order (the hidden words are not seen).
      const seen = Array.from(day.querySelectorAll(":scope > span:not(.visually-hidden):not([aria-hidden])"))
        .map((span) => span.textContent?.trim())
        .join(" ");
      expect(day.hasAttribute("aria-label")).toBe(false);
      // Its accessible name starts with the day's number and holds every word shown (found by role with a name test on this button).
      const named = within(table()).getAllByRole("button", {
        name: (name, element) =>
          element === day && name.startsWith(seen.split(" ")[0] ?? "") && seen.split(" ").every((w) => name.includes(w)),
      });
      expect(named).toHaveLength(1);
    }
    expect(within(table()).getByRole("button", { name: /^24\s+November,\s+Monday,\s+stress\s+6$/ })).toBeTruthy();
  });

  it("disables future days and opens past ones", async () => {
    renderJournal();
    const future = await screen.findByRole("button", { name: /26.*in the future$/ });
    expect((future as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(await screen.findByRole("button", { name: /24.*stress 6$/ }));
    expect(onopenday).toHaveBeenCalledWith("2025-11-24");
  });

  it("pages back a month but not past the current one", async () => {
    renderJournal();
    const next = screen.getByRole("button", { name: "Next month" });
    expect(next.getAttribute("aria-disabled")).toBe("true");
    await fireEvent.click(next);
    expect(api.listCheckIns).toHaveBeenCalledTimes(1);
    await fireEvent.click(screen.getByRole("button", { name: "Previous month" }));
    await waitFor(() => expect(api.listCheckIns).toHaveBeenLastCalledWith("2025-09-29", "2025-11-09"));
    await fireEvent.click(screen.getByRole("button", { name: "This month" }));
    await waitFor(() => expect(api.listCheckIns).toHaveBeenLastCalledWith("2025-10-27", "2025-12-07"));
  });

  it("moves between days with the arrow keys, keeping one day in the Tab order", async () => {
    renderJournal();
    const today = await screen.findByRole("button", { name: /25.*no entry$/ });
    expect(within(table()).getAllByRole("button").filter((b) => b.tabIndex === 0)).toEqual([today]);
    today.focus();
    await fireEvent.keyDown(today, { key: "ArrowUp" });
    await waitFor(() => expect(document.activeElement?.getAttribute("data-day")).toBe("2025-11-18"));
    await fireEvent.keyDown(document.activeElement as HTMLElement, { key: "ArrowRight" });
    await waitFor(() => expect(document.activeElement?.getAttribute("data-day")).toBe("2025-11-19"));
  });
});

describe("Journal list", () => {
  it("lists every entry newest first, a hundred at a time", async () => {
    const many = Array.from({ length: 250 }, (_, i) => {
      const date = new Date(Date.UTC(2025, 10, 25 - i));
      return entry(date.toISOString().slice(0, 10));
    });
    api.listCheckIns.mockImplementation(async (from: string) => (from === "1900-01-01" ? many : []));
    renderJournal();
    await fireEvent.click(screen.getByLabelText("List"));
    const list = await screen.findByRole("list", { name: "All entries" });
    expect(api.listCheckIns).toHaveBeenCalledWith("1900-01-01", TODAY);
    const rows = () => Array.from(list.children);
    await waitFor(() => expect(rows()).toHaveLength(100));
    // Oldest first from the back end, newest first on screen.
    expect(rows()[0]?.textContent).toMatch(/2025/);
    expect(screen.getByText("Showing 100 of 250")).toBeTruthy();
    await fireEvent.click(screen.getByRole("button", { name: "Show 100 more" }));
    expect(rows()).toHaveLength(200);
    await fireEvent.click(screen.getByRole("button", { name: "Show 50 more" }));
    expect(rows()).toHaveLength(250);
    expect(screen.queryByRole("button", { name: /more$/ })).toBeNull();
    // Renders 250 rows in jsdom: slow on a busy machine.
  }, 20_000);

  it("shows the core values, tags and the first line of the note", async () => {
    api.listCheckIns.mockResolvedValue([entry("2025-11-24")]);
    renderJournal();
    await fireEvent.click(screen.getByLabelText("List"));
    const row = (await screen.findByRole("list", { name: "All entries" })).children[0] as HTMLElement;
    expect(row.textContent).toContain("Stress6");
    expect(row.textContent).toContain("Sleep7.5 h, quality 6");
    expect(row.textContent).toContain("Long walk.");
    expect(row.textContent).not.toContain("Then tea.");
    expect(within(row).getByRole("list", { name: "Tags" }).textContent).toBe("walk");
    await fireEvent.click(within(row).getByRole("button"));
    expect(onopenday).toHaveBeenCalledWith("2025-11-24");
  });
});

describe("Journal search", () => {
  it("waits for a pause in typing, then searches once", async () => {
    vi.useFakeTimers();
    try {
      renderJournal();
      const search = screen.getByLabelText("Search notes");
      await fireEvent.input(search, { target: { value: "mas" } });
      await fireEvent.input(search, { target: { value: "massage" } });
      await vi.advanceTimersByTimeAsync(100);
      expect(api.searchJournal).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(60);
      expect(api.searchJournal).toHaveBeenCalledTimes(1);
      expect(api.searchJournal).toHaveBeenCalledWith(expect.objectContaining({ text: "massage", metric: null }));
    } finally {
      vi.useRealTimers();
    }
  });

  it("highlights the matched words as text, never as HTML", async () => {
    api.searchJournal.mockResolvedValue([
      { checkIn: entry("2025-11-24"), snippet: "after the \uE000massage\uE001 <b>slept</b>" },
    ]);
    renderJournal();
    await fireEvent.input(screen.getByLabelText("Search notes"), { target: { value: "massage" } });
    await screen.findByText("1 entry matches");
    const results = screen.getByRole("list", { name: "Search results" });
    const marks = results.querySelectorAll("mark");
    expect(Array.from(marks, (m) => m.textContent)).toEqual(["massage"]);
    expect(results.querySelector("b")).toBeNull();
    expect(results.textContent).toContain("<b>slept</b>");
    expect(screen.getByText("1 entry matches")).toBeTruthy();
  });

  it("filters by a measure and says so when nothing matches", async () => {
    renderJournal();
    await waitFor(() => expect(screen.getByRole("option", { name: "walk (2)" })).toBeTruthy());
    await fireEvent.input(screen.getByLabelText("Search notes"), { target: { value: "massage" } });
    await fireEvent.change(screen.getByLabelText("Measure"), { target: { value: "pain" } });
    await waitFor(() =>
      expect(api.searchJournal).toHaveBeenLastCalledWith({
        text: "massage",
        tag: null,
        metric: "pain",
        min: 6,
        max: null,
        from: null,
        to: null,
      }),
    );
    const sentence = await screen.findByText(
      (_, element) => element?.tagName === "P" && element.textContent === "No entries match “massage” with pain ≥ 6.",
    );
    // The searched words are the person's own, kept out of translation.
    expect(sentence.querySelector("[translate=no]")?.textContent).toBe("massage");
    await fireEvent.click(screen.getByRole("button", { name: "Clear the search" }));
    expect(screen.getByRole("table")).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>("Search notes").value).toBe("");
  });

  it("filters by tag", async () => {
    renderJournal();
    await waitFor(() => expect(screen.getByRole("option", { name: "walk (2)" })).toBeTruthy());
    const select = screen.getByLabelText<HTMLSelectElement>("Tag");
    select.selectedIndex = 1;
    await fireEvent.change(select);
    await waitFor(() => expect(api.searchJournal).toHaveBeenLastCalledWith(expect.objectContaining({ tag: "walk", text: "" })));
  });
});

describe("Journal in German", () => {
  it("shows German words, dates and numbers, the person's words kept apart", async () => {
    await useLanguage("de", "de-DE");
    try {
      api.listCheckIns.mockResolvedValue([entry("2025-11-24")]);
      renderJournal();
      expect(await screen.findByRole("heading", { name: "November 2025" })).toBeTruthy();
      expect(within(table()).getAllByRole("columnheader")[0]?.getAttribute("abbr")).toBe("Montag");
      expect(await screen.findByRole("button", { name: /^24\s+November,\s+Montag,\s+Stress\s+6$/ })).toBeTruthy();
      await fireEvent.click(screen.getByLabelText("Liste"));
      const row = (await screen.findByRole("list", { name: "Alle Einträge" })).children[0] as HTMLElement;
      expect(row.textContent).toContain("Schlaf7,5 Std., Qualität 6");
      expect(row.textContent).toMatch(/Mo\., 24\. Nov\. 2025/);
      expect(within(row).getByRole("list", { name: "Schlagwörter" }).querySelector("[translate=no]")?.textContent).toBe("walk");
      expect(row.querySelector(".note")?.getAttribute("translate")).toBe("no");
    } finally {
      await useLanguage("en", "en-GB");
    }
  });
});

describe("Journal in the pseudo-language", () => {
  it("takes every word from the catalogue, the person's own words aside", async () => {
    await useLanguage(PSEUDO, "en-GB");
    try {
      api.listCheckIns.mockResolvedValue([entry("2025-11-24"), entry("2025-11-10", { stress: null })]);
      renderJournal();
      await screen.findByRole("button", { name: /24.*6$/ });
      expect(plainWords()).toEqual([]);
      await fireEvent.click(screen.getAllByRole("radio")[1]!);
      await waitFor(() => expect(document.body.textContent).toContain("Long walk."));
      expect(plainWords()).toEqual([]);
      await fireEvent.input(screen.getByRole("searchbox"), { target: { value: "massage" } });
      await fireEvent.change(screen.getAllByRole("combobox")[1]!, { target: { value: "pain" } });
      await waitFor(() => expect(api.searchJournal).toHaveBeenCalled());
      await waitFor(() => expect(document.querySelector(".empty [translate=no]")?.textContent).toBe("massage"));
      expect(plainWords()).toEqual([]);
    } finally {
      await useLanguage("en", "en-GB");
    }
  });
});
