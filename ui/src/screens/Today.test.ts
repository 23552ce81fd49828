import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CheckIn } from "../api/bindings/CheckIn";
import { storedCheckIn } from "../lib/entryValues";
import { useLanguage } from "../lib/i18n/i18n.svelte";

const api = vi.hoisted(() => ({
  getCheckIn: vi.fn(),
  saveCheckIn: vi.fn(),
  deleteCheckIn: vi.fn(),
  restoreCheckIn: vi.fn(),
  listCheckIns: vi.fn(),
  listTags: vi.fn(),
}));
vi.mock("../api/checkins", () => api);

const { default: Today } = await import("./Today.svelte");

const TODAY = "2025-11-25";

function stored(day: string, overrides: Partial<CheckIn> = {}): CheckIn {
  return storedCheckIn(day, {
    stress: 6,
    sleepHours: 7,
    sleepQuality: 5,
    createdAt: `${day}T21:04:00`,
    updatedAt: `${day}T21:04:00`,
    version: 2,
    ...overrides,
  });
}

beforeEach(() => {
  api.getCheckIn.mockReset().mockResolvedValue(null);
  api.saveCheckIn.mockReset().mockImplementation(async (draft) => ({
    ...draft,
    createdAt: "2025-11-25T21:04:00",
    updatedAt: "2025-11-25T21:04:00",
    version: 1,
  }));
  api.deleteCheckIn.mockReset().mockResolvedValue(undefined);
  api.restoreCheckIn.mockReset().mockImplementation(async (day: string) => stored(day, { version: 3 }));
  api.listCheckIns.mockReset().mockResolvedValue([]);
  api.listTags.mockReset().mockResolvedValue([{ id: "t1", name: "work", uses: 12 }]);
});

async function renderToday(props: Record<string, unknown> = {}) {
  const result = render(Today, { today: TODAY, ...props });
  await waitFor(() => expect(api.getCheckIn).toHaveBeenCalled());
  await waitFor(() => expect(document.querySelector("form")?.getAttribute("aria-busy")).toBe("false"));
  return result;
}

function saveStatus() {
  const status = screen.getAllByRole("status").find((el) => el.classList.contains("status"));
  if (!status) throw new Error("no save status");
  return status;
}

function choose(scale: string, digit: number) {
  const group = screen.getByRole("radiogroup", { name: scale });
  const label = Array.from(group.querySelectorAll("label")).find(
    (l) => l.textContent?.trim() === String(digit),
  );
  if (!label) throw new Error(`no ${digit} in ${scale}`);
  return fireEvent.click(label);
}

describe("Today screen", () => {
  it("has every labelled control the check-in needs", async () => {
    await renderToday();
    for (const name of ["Stress", "Sleep quality", "Pain", "Self-esteem", "Mood", "Anxiety", "Body awareness"]) {
      expect(screen.getByRole("radiogroup", { name, hidden: true })).toBeTruthy();
    }
    expect(screen.getByLabelText("Sleep hours")).toBeTruthy();
    expect(screen.getByLabelText("Notes")).toBeTruthy();
    expect(screen.getByLabelText("Day")).toBeTruthy();
    expect(screen.getByLabelText("Add a tag")).toBeTruthy();
    expect(screen.getByText("0 / 20,000")).toBeTruthy();
  });

  it("starts with focus in Stress, so a digit is the first keystroke", async () => {
    await renderToday();
    const stress = screen.getByRole("radiogroup", { name: "Stress" });
    await waitFor(() => expect(stress.contains(document.activeElement)).toBe(true));
  });

  it("saves with Ctrl+S and shows when it was saved", async () => {
    await renderToday();
    await choose("Stress", 7);
    expect(saveStatus().textContent).toBe("Unsaved changes");
    await fireEvent.keyDown(window, { key: "s", ctrlKey: true });
    await waitFor(() => expect(saveStatus().textContent).toMatch(/^Saved ✓ at \d\d:\d\d$/));
    expect(api.saveCheckIn).toHaveBeenCalledWith(
      expect.objectContaining({ day: TODAY, stress: 7, version: null, painAreas: [], tags: [] }),
    );
  });

  it("explains an empty save instead of sending it", async () => {
    await renderToday();
    await fireEvent.click(screen.getByRole("button", { name: "Save check-in" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/at least one/);
    expect(api.saveCheckIn).not.toHaveBeenCalled();
  });

  it("shows a bad sleep value under its field", async () => {
    await renderToday();
    const hours = screen.getByLabelText("Sleep hours");
    await fireEvent.input(hours, { target: { value: "7.3" } });
    await fireEvent.click(screen.getByRole("button", { name: "Save check-in" }));
    await waitFor(() => expect(hours.getAttribute("aria-invalid")).toBe("true"));
    const describedBy = hours.getAttribute("aria-describedby") ?? "";
    const texts = describedBy.split(" ").map((id) => document.getElementById(id)?.textContent);
    expect(texts.join(" ")).toMatch(/quarter hours/);
  });

  it("offers a reload when the entry changed elsewhere", async () => {
    await renderToday();
    api.saveCheckIn.mockRejectedValue({ code: "stale_version", message: "stale", field: null });
    await choose("Pain", 3);
    await fireEvent.click(screen.getByRole("button", { name: "Save check-in" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("This entry was changed elsewhere — reload to see the latest");
    await fireEvent.click(screen.getByRole("button", { name: "Reload" }));
    await waitFor(() => expect(api.getCheckIn).toHaveBeenCalledTimes(2));
  });

  it("shows only the optional measures switched on in Settings", async () => {
    await renderToday({ optional: { showMood: true, showAnxiety: false, showBodyAwareness: false } });
    expect(screen.getByRole("radiogroup", { name: "Mood", hidden: true })).toBeTruthy();
    expect(screen.queryByRole("radiogroup", { name: "Anxiety", hidden: true })).toBeNull();
    expect(screen.queryByRole("radiogroup", { name: "Body awareness", hidden: true })).toBeNull();
  });

  it("hides More entirely when every optional measure is off", async () => {
    await renderToday({ optional: { showMood: false, showAnxiety: false, showBodyAwareness: false } });
    expect(screen.queryByText("More")).toBeNull();
  });

  it("says how many of the last seven days were logged", async () => {
    api.listCheckIns.mockResolvedValue([stored("2025-11-20"), stored("2025-11-24")]);
    await renderToday();
    expect(await screen.findByText("Logged 2 of the last 7 days")).toBeTruthy();
    expect(api.listCheckIns).toHaveBeenCalledWith("2025-11-19", TODAY);
  });
});

describe("Today in other languages", () => {
  it("speaks German, with German numbers and the optional measures in a sentence", async () => {
    await useLanguage("de", "de-DE");
    try {
      api.listCheckIns.mockResolvedValue([stored("2025-11-24")]);
      await renderToday({ day: "2025-11-20" });
      expect(screen.getByRole("heading", { name: "Wie war Ihr Tag am Donnerstag, 20. November?" })).toBeTruthy();
      expect(await screen.findByText("An 1 der letzten 7 Tage eingetragen")).toBeTruthy();
      expect(screen.getByText("In Viertelstunden, z. B. 7,5")).toBeTruthy();
      expect(screen.getByText("Stimmung, Anspannung und Körperwahrnehmung · optional")).toBeTruthy();
      expect(screen.getByRole("button", { name: "Check-in speichern" })).toBeTruthy();
    } finally {
      await useLanguage("en", "en-GB");
    }
  });

  it("counts logged days with the French plural, where one covers zero", async () => {
    await useLanguage("fr", "fr-FR");
    try {
      await renderToday();
      expect(await screen.findByText("Bilan fait 0 jour sur les 7 derniers")).toBeTruthy();
      expect(screen.getByRole("heading", { name: "Comment s’est passée votre journée\u202f?" })).toBeTruthy();
    } finally {
      await useLanguage("en", "en-GB");
    }
  });
});

describe("Today pain areas and tags", () => {
  it("offers body areas once pain is above zero and sends their ids", async () => {
    await renderToday();
    expect(screen.queryByRole("group", { name: "Where does it hurt?" })).toBeNull();
    await choose("Pain", 4);
    const areas = screen.getByRole("group", { name: "Where does it hurt?" });
    await fireEvent.click(within(areas).getByLabelText("Lower back"));
    await fireEvent.click(within(areas).getByLabelText("Neck"));
    await fireEvent.click(screen.getByRole("button", { name: "Save check-in" }));
    await waitFor(() =>
      expect(api.saveCheckIn).toHaveBeenCalledWith(
        expect.objectContaining({ pain: 4, painAreas: ["neck", "lower_back"] }),
      ),
    );
  });

  it("adds a tag on Enter, reusing a known spelling, and removes it again", async () => {
    await renderToday();
    const input = screen.getByLabelText("Add a tag");
    await fireEvent.input(input, { target: { value: "  Work " } });
    await fireEvent.keyDown(input, { key: "Enter" });
    expect(screen.getByRole("list", { name: "Tags on this day" }).textContent).toContain("work");
    await fireEvent.input(input, { target: { value: "WORK" } });
    await fireEvent.keyDown(input, { key: "Enter" });
    expect(screen.getByText("“work” is already on this day.")).toBeTruthy();
    await fireEvent.click(screen.getByRole("button", { name: "Remove tag work" }));
    expect(screen.queryByRole("list", { name: "Tags on this day" })).toBeNull();
  });
});

describe("Today for another day", () => {
  it("moves to the previous day and back, never past today", async () => {
    const { component } = await renderToday();
    void component;
    const next = screen.getByRole("button", { name: "Next day" });
    expect(next.getAttribute("aria-disabled")).toBe("true");
    await fireEvent.click(next);
    expect(api.getCheckIn).toHaveBeenLastCalledWith(TODAY);
    await fireEvent.click(screen.getByRole("button", { name: "Previous day" }));
    await waitFor(() => expect(api.getCheckIn).toHaveBeenLastCalledWith("2025-11-24"));
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("How was yesterday?");
    await fireEvent.click(screen.getByRole("button", { name: "Back to today" }));
    await waitFor(() => expect(api.getCheckIn).toHaveBeenLastCalledWith(TODAY));
  });

  it("opens a day typed into the date field and refuses a future one", async () => {
    await renderToday();
    const input = screen.getByLabelText<HTMLInputElement>("Day");
    expect(input.max).toBe(TODAY);
    await fireEvent.change(input, { target: { value: "2025-11-26" } });
    expect(screen.getByRole("alert").textContent).toMatch(/Future days/);
    expect(input.value).toBe(TODAY);
    await fireEvent.change(input, { target: { value: "2024-02-29" } });
    await waitFor(() => expect(api.getCheckIn).toHaveBeenLastCalledWith("2024-02-29"));
  });
});

describe("Today delete and undo", () => {
  it("offers Delete only for a day with an entry", async () => {
    await renderToday();
    expect(screen.queryByRole("button", { name: "Delete entry" })).toBeNull();
  });

  it("asks first; Keep it changes nothing", async () => {
    api.getCheckIn.mockResolvedValue(stored(TODAY));
    await renderToday();
    await fireEvent.click(await screen.findByRole("button", { name: "Delete entry" }));
    const dialog = screen.getByRole("dialog", { name: "Delete this entry?" });
    expect(document.activeElement?.textContent).toBe("Keep it");
    await fireEvent.click(within(dialog).getByRole("button", { name: "Keep it" }));
    expect(api.deleteCheckIn).not.toHaveBeenCalled();
    expect(dialog.hasAttribute("open")).toBe(false);
  });

  it("deletes after confirmation, then Undo restores the entry", async () => {
    api.getCheckIn.mockResolvedValue(stored(TODAY, { stress: 6 }));
    await renderToday();
    await fireEvent.click(await screen.findByRole("button", { name: "Delete entry" }));
    const dialog = screen.getByRole("dialog", { name: "Delete this entry?" });
    await fireEvent.click(within(dialog).getByRole("button", { name: "Delete" }));
    await waitFor(() => expect(api.deleteCheckIn).toHaveBeenCalledWith(TODAY));
    const toast = await screen.findByText(/^Entry for .+ deleted$/);
    expect(toast.closest('[role="status"]')).not.toBeNull();
    const stressAfterDelete = screen.getByRole("radiogroup", { name: "Stress" });
    expect(within(stressAfterDelete).queryByRole("radio", { checked: true })).toBeNull();

    await fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    await waitFor(() => expect(api.restoreCheckIn).toHaveBeenCalledWith(TODAY));
    await waitFor(() => expect(screen.queryByText(/^Entry for .+ deleted$/)).toBeNull());
    const stress = screen.getByRole("radiogroup", { name: "Stress" });
    await waitFor(() => expect(within(stress).getByRole<HTMLInputElement>("radio", { name: "6" }).checked).toBe(true));
    expect(await screen.findByRole("button", { name: "Delete entry" })).toBeTruthy();
  });

  it("lets the undo offer lapse after ten seconds", async () => {
    api.getCheckIn.mockResolvedValue(stored(TODAY));
    await renderToday();
    await fireEvent.click(await screen.findByRole("button", { name: "Delete entry" }));
    vi.useFakeTimers();
    try {
      await fireEvent.click(screen.getByRole("button", { name: "Delete" }));
      await vi.waitFor(() => expect(screen.getByText(/deleted$/)).toBeTruthy());
      // Focus lands on Undo (its opener is gone) and the offer waits while it is there.
      await vi.waitFor(() => expect(document.activeElement?.textContent).toBe("Undo"));
      await vi.advanceTimersByTimeAsync(20_000);
      expect(screen.getByRole("button", { name: "Undo" })).toBeTruthy();
      screen.getByLabelText("Day").focus();
      await vi.advanceTimersByTimeAsync(9_000);
      expect(screen.getByRole("button", { name: "Undo" })).toBeTruthy();
      await vi.advanceTimersByTimeAsync(1_100);
      expect(screen.queryByRole("button", { name: "Undo" })).toBeNull();
    } finally {
      vi.useRealTimers();
    }
    expect(api.restoreCheckIn).not.toHaveBeenCalled();
  });
});
