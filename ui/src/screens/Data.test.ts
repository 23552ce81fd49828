import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AppInfo } from "../api/app";
import type { ImportSource } from "../api/portability";
import { DataStore } from "../lib/dataScreen.svelte";
import { DAYLIO_HEADER } from "../lib/portability";
import { FakeBackend } from "../testing/fakeBackend";

let backend = new FakeBackend();
vi.mock("@tauri-apps/api/core", () => ({
  invoke: (command: string, args?: Record<string, unknown>) => backend.invoke(command, args),
}));

const { default: Data } = await import("./Data.svelte");

/** Wednesday 25 November 2026, 16:00 local time. */
const now = () => new Date(2026, 10, 25, 16, 0);
const localIso = (...parts: [number, number, number, number, number]) => new Date(...parts).toISOString();

async function renderData(setup: (backend: FakeBackend) => void = () => {}) {
  backend = new FakeBackend({ today: "2026-11-25", entries: [{ day: "2026-11-20", stress: 5, notes: "Mine." }] });
  backend.portability.now = localIso(2026, 10, 25, 15, 2);
  setup(backend);
  const store = new DataStore();
  const info = (await backend.invoke("app_info")) as AppInfo;
  const onjournalchanged = vi.fn();
  render(Data, { store, info, onjournalchanged, now });
  return { store, onjournalchanged };
}

const answer = (kind: "save" | "open" | "folder", path: string) => {
  window.__RESILIENCE_TEST_DIALOG__ = { ...window.__RESILIENCE_TEST_DIALOG__, [kind]: path };
};
const callsOf = (command: string) => backend.calls.filter((c) => c.command === command).map((c) => c.args);
const section = (name: string) => screen.getByRole("heading", { name, level: 3 }).closest("section") as HTMLElement;

beforeEach(() => {
  delete window.__RESILIENCE_TEST_DIALOG__;
});

afterEach(() => {
  delete window.__RESILIENCE_TEST_DIALOG__;
});

describe("export", () => {
  it("saves the whole journal as JSON, says where, and that the file is not encrypted", async () => {
    await renderData();
    answer("save", "/home/you/journal-copy");
    expect(screen.getByLabelText<HTMLInputElement>("JSON").checked).toBe(true);
    await fireEvent.click(screen.getByRole("button", { name: "Export…" }));
    await waitFor(() => expect(callsOf("export_journal")).toHaveLength(1));
    expect(callsOf("export_journal")[0]).toEqual({
      path: "/home/you/journal-copy",
      request: { format: "json", from: null, to: null, bom: false },
    });
    const done = await screen.findByText("Saved to");
    expect(done.closest("div")?.textContent).toContain("/home/you/journal-copy.json");
    expect(screen.getByText(/not encrypted/).textContent).toMatch(/private health notes/);
  });

  it("warns before exporting an encrypted journal that the file is not encrypted, and points to a backup", async () => {
    await renderData((b) => {
      b.encryption.encrypted = true;
      b.encryption.method = "keychain";
    });
    const warning = await within(section("Export")).findByText(/an exported file is/);
    expect(warning.closest("p")?.textContent).toMatch(/Your journal is encrypted, but an exported file is not\. For an encrypted copy, use “Back up\s+now” below instead\./);
  });

  it("has no such warning while the journal is not encrypted", async () => {
    await renderData();
    await waitFor(() => expect(callsOf("encryption_status")).toHaveLength(1));
    expect(within(section("Export")).queryByText(/an exported file is/)).toBeNull();
  });

  it("sends the chosen CSV format, range and BOM", async () => {
    await renderData();
    answer("save", "/home/you/days.csv");
    await fireEvent.click(screen.getByLabelText("Days as CSV"));
    await fireEvent.click(screen.getByLabelText(/add a byte-order mark/));
    await fireEvent.click(screen.getByLabelText("From … to …"));
    await fireEvent.change(screen.getByLabelText("From"), { target: { value: "2026-10-01" } });
    await fireEvent.change(screen.getByLabelText("To (included)"), { target: { value: "2026-10-31" } });
    await fireEvent.click(screen.getByRole("button", { name: "Export…" }));
    await waitFor(() => expect(callsOf("export_journal")).toHaveLength(1));
    expect(callsOf("export_journal")[0]?.request).toEqual({ format: "days_csv", from: "2026-10-01", to: "2026-10-31", bom: true });
  });

  it("asks for both days of a range before opening the dialog", async () => {
    await renderData();
    answer("save", "/home/you/x.json");
    await fireEvent.click(screen.getByLabelText("From … to …"));
    await fireEvent.click(screen.getByRole("button", { name: "Export…" }));
    expect(await screen.findByText("Choose the first day to export.")).toBeTruthy();
    expect(screen.getByLabelText("From").getAttribute("aria-invalid")).toBe("true");
    expect(callsOf("export_journal")).toHaveLength(0);
  });

  it("shows the back end's refusal beside the button", async () => {
    await renderData();
    answer("save", "relative/path.json");
    await fireEvent.click(screen.getByRole("button", { name: "Export…" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Choose the file or folder with the dialog.");
  });
});

describe("import", () => {
  it("previews a JSON export, then imports it with the chosen policy and offers the backup as undo", async () => {
    const { onjournalchanged } = await renderData((b) => {
      b.portability.files.set("/home/you/old.json", {
        days: [{ day: "2026-11-18", stress: 3 }, { day: "2026-11-19", stress: 4 }, { day: "2026-11-20", stress: 8, notes: "Theirs." }],
        sessions: 2,
        skipped: [{ line: 14, reason: { id: "error-date-not-in-calendar", args: { text: "2026-13-01" } } }],
        warnings: [{ id: "error-warning-columns-ignored", args: { columns: "Weather" } }],
      });
    });
    answer("open", "/home/you/old.json");
    await fireEvent.click(screen.getByRole("button", { name: "Import…" }));
    expect((await screen.findByTestId("import-summary")).textContent).toBe("3 days, 2 sessions, 1 conflict");
    const imports = section("Import");
    const conflicts = within(imports).getByRole("heading", { name: "Days in both, with different values" }).nextElementSibling;
    expect(conflicts?.querySelectorAll("li")).toHaveLength(1);
    expect(conflicts?.textContent).toMatch(/20/);
    expect(within(imports).getByText("Line 14: 2026-13-01 is not a day in the calendar.")).toBeTruthy();
    expect(within(imports).getByText("These columns are not imported: Weather.")).toBeTruthy();
    expect(callsOf("commit_import")).toHaveLength(0);

    await fireEvent.click(screen.getByLabelText("Take theirs"));
    await fireEvent.click(screen.getByRole("button", { name: "Import 3 days and 2 sessions" }));
    await waitFor(() => expect(callsOf("commit_import")).toHaveLength(1));
    expect(callsOf("commit_import")[0]).toEqual({ path: "/home/you/old.json", source: { kind: "json" }, policy: "take_theirs" });
    expect(await screen.findByText(/Import done: added 2 new days, replaced 1 day/)).toBeTruthy();
    expect(onjournalchanged).toHaveBeenCalledTimes(1);
    expect(backend.journal.entries.get("2026-11-20")?.notes).toBe("Theirs.");
    expect(screen.getByRole("button", { name: "Undo: restore the backup from 15:02" })).toBeTruthy();
  });

  it("keeps the journal's days by default", async () => {
    await renderData((b) => b.portability.files.set("/home/you/old.json", { days: [{ day: "2026-11-20", stress: 8 }] }));
    answer("open", "/home/you/old.json");
    await fireEvent.click(screen.getByRole("button", { name: "Import…" }));
    await fireEvent.click(await screen.findByRole("button", { name: "Import 1 day" }));
    await waitFor(() => expect(callsOf("commit_import")[0]?.policy).toBe("keep_mine"));
  });

  it("refuses other files before reading them", async () => {
    await renderData();
    answer("open", "/home/you/notes.txt");
    await fireEvent.click(screen.getByRole("button", { name: "Import…" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/\.json file .* or a \.csv table/);
    expect(callsOf("import_columns")).toHaveLength(0);
  });

  it("maps Daylio's moods, and waits until a custom label has a mood", async () => {
    await renderData((b) =>
      b.portability.files.set("/home/you/daylio.csv", {
        headers: DAYLIO_HEADER,
        days: [{ day: "2026-11-01", mood: 10 }, { day: "2026-11-02" }],
        moods: [
          { label: "rad", count: 1 },
          { label: "so-so", count: 1 },
        ],
      }),
    );
    answer("open", "/home/you/daylio.csv");
    await fireEvent.click(screen.getByRole("button", { name: "Import…" }));
    const commit = await screen.findByRole<HTMLButtonElement>("button", { name: "Import 2 days" });
    expect(commit.disabled).toBe(true);
    expect(screen.getByText(/Choose a mood for “so-so” before importing/)).toBeTruthy();
    expect(screen.getByLabelText<HTMLSelectElement>(/“rad”/).value).toBe("10");
    const custom = screen.getByLabelText<HTMLSelectElement>(/“so-so”/);
    expect(custom.value).toBe("");

    await fireEvent.change(custom, { target: { value: "6" } });
    await waitFor(() => expect(commit.disabled).toBe(false));
    expect(screen.queryByText(/Choose a mood for/)).toBeNull();
    await fireEvent.click(commit);
    await waitFor(() => expect(callsOf("commit_import")).toHaveLength(1));
    const source = callsOf("commit_import")[0]?.source as ImportSource;
    expect(source).toEqual({ kind: "daylio", moods: { moods: { rad: 10, "so-so": 6 } } });
  });

  it("lets a Daylio label be imported without a mood", async () => {
    await renderData((b) =>
      b.portability.files.set("/home/you/daylio.csv", { headers: DAYLIO_HEADER, days: [{ day: "2026-11-02" }], moods: [{ label: "tired", count: 1 }] }),
    );
    answer("open", "/home/you/daylio.csv");
    await fireEvent.click(screen.getByRole("button", { name: "Import…" }));
    await fireEvent.change(await screen.findByLabelText(/“tired”/), { target: { value: "none" } });
    await waitFor(() => expect(screen.getByRole<HTMLButtonElement>("button", { name: "Import 1 day" }).disabled).toBe(false));
    const last = callsOf("preview_import").at(-1)?.source as ImportSource;
    expect(last).toEqual({ kind: "daylio", moods: { moods: { tired: null } } });
  });

  it("maps the columns of another CSV file and previews with that mapping", async () => {
    await renderData((b) =>
      b.portability.files.set("/home/you/sheet.csv", {
        headers: ["Datum", "Stress", "Schlaf", "Notiz", "Wetter"],
        sample: [["24.11.2026", "4", "7.5", "Gut", "Regen"]],
        days: [{ day: "2026-11-24", stress: 4 }],
      }),
    );
    answer("open", "/home/you/sheet.csv");
    await fireEvent.click(screen.getByRole("button", { name: "Import…" }));
    const table = await screen.findByRole("table", { name: "The first rows of the file" });
    expect(within(table).getByText("24.11.2026")).toBeTruthy();
    expect(screen.getByLabelText<HTMLSelectElement>("Stress").value).toBe("stress");
    expect(screen.getByLabelText<HTMLSelectElement>("Date column").value).toBe("Datum");

    await fireEvent.change(screen.getByLabelText("Date column"), { target: { value: "" } });
    await fireEvent.click(screen.getByRole("button", { name: "Show what would be imported" }));
    expect(await screen.findByText("Choose the column that holds the date.")).toBeTruthy();
    expect(callsOf("preview_import")).toHaveLength(0);

    await fireEvent.change(screen.getByLabelText("Date column"), { target: { value: "Datum" } });
    await fireEvent.change(screen.getByLabelText("Dates are written as"), { target: { value: "%d.%m.%Y" } });
    await fireEvent.change(screen.getByLabelText("Schlaf"), { target: { value: "sleepHours" } });
    await fireEvent.change(screen.getByLabelText("Notiz"), { target: { value: "notes" } });
    await fireEvent.click(screen.getByRole("button", { name: "Show what would be imported" }));
    expect(await screen.findByTestId("import-summary")).toBeTruthy();
    expect(callsOf("preview_import")[0]?.source).toEqual({
      kind: "csv",
      mapping: {
        dateColumn: "Datum",
        dateFormat: "%d.%m.%Y",
        metrics: [
          { column: "Stress", metric: "stress" },
          { column: "Schlaf", metric: "sleepHours" },
        ],
        notesColumn: "Notiz",
        tagsColumn: null,
        tagSeparator: null,
      },
    });

    await fireEvent.click(screen.getByRole("button", { name: "Back to the columns" }));
    expect(screen.getByLabelText<HTMLSelectElement>("Schlaf").value).toBe("sleepHours");
  });

  it("says which column is mapped twice", async () => {
    await renderData((b) => b.portability.files.set("/home/you/sheet.csv", { headers: ["date", "stress", "pain"], sample: [] }));
    answer("open", "/home/you/sheet.csv");
    await fireEvent.click(screen.getByRole("button", { name: "Import…" }));
    await fireEvent.change(await screen.findByLabelText("pain"), { target: { value: "stress" } });
    await fireEvent.click(screen.getByRole("button", { name: "Show what would be imported" }));
    expect(await screen.findByText("“stress” already holds stress (0–10).")).toBeTruthy();
    expect(screen.getByLabelText("pain").getAttribute("aria-invalid")).toBe("true");
  });
});

describe("backups", () => {
  it("says when the last backup was made and how many are kept", async () => {
    await renderData((b) => {
      b.portability.addBackup("daily", localIso(2026, 10, 24, 8, 0));
      b.portability.addBackup("daily", localIso(2026, 10, 25, 8, 14));
    });
    expect((await screen.findByTestId("backup-status")).textContent).toBe("Last backup: today 08:14 (2 kept)");
    const list = screen.getByRole("list", { name: "Backups, newest first" });
    expect(within(list).getAllByRole("listitem")[0]?.textContent).toMatch(/today 08:14.*Daily backup · 1 day, 0 sessions/s);
  });

  it("has no backup yet, then one after “Back up now”", async () => {
    await renderData();
    expect((await screen.findByTestId("backup-status")).textContent).toBe("No backup yet.");
    await fireEvent.click(screen.getByRole("button", { name: "Back up now" }));
    await waitFor(() => expect(screen.getByTestId("backup-status").textContent).toBe("Last backup: today 15:02 (1 kept)"));
    expect(callsOf("back_up_now")[0]).toEqual({ folder: null });
    expect(screen.getByText(/^Backed up: /)).toBeTruthy();
  });

  it("backs up to a chosen folder", async () => {
    await renderData();
    answer("folder", "/media/usb");
    await fireEvent.click(await screen.findByRole("button", { name: "Back up to a folder…" }));
    expect(await screen.findByText(/^Saved a copy to \/media\/usb\//)).toBeTruthy();
    expect(callsOf("back_up_now")[0]).toEqual({ folder: "/media/usb" });
  });

  it("says the sample journal is not backed up", async () => {
    await renderData((b) => {
      b.demo = true;
    });
    expect((await screen.findByTestId("backup-status")).textContent).toBe("The sample journal is not backed up.");
    expect(screen.queryByRole("button", { name: "Back up now" })).toBeNull();
  });

  it("restores only after a confirmation that the current journal is kept, then reloads", async () => {
    const { onjournalchanged } = await renderData((b) => b.portability.addBackup("daily", localIso(2026, 10, 25, 8, 14)));
    backend.put(backend.real, { day: "2026-11-24", stress: 9 });
    const restore = await screen.findByRole("button", { name: "Restore the backup from today 08:14…" });

    await fireEvent.click(restore);
    const dialog = screen.getByRole("dialog", { name: "Restore this backup?" });
    expect(dialog.textContent).toMatch(/is not deleted: it is kept in the backup list/);
    await fireEvent.click(within(dialog).getByRole("button", { name: "Keep my journal as it is" }));
    expect(callsOf("restore_backup")).toHaveLength(0);

    await fireEvent.click(restore);
    await fireEvent.click(within(screen.getByRole("dialog", { name: "Restore this backup?" })).getByRole("button", { name: "Restore" }));
    await waitFor(() => expect(onjournalchanged).toHaveBeenCalledTimes(1));
    expect(callsOf("restore_backup")[0]).toEqual({ path: backend.portability.backups.at(-1)?.info.path });
    expect(backend.journal.entries.has("2026-11-24")).toBe(false);
    expect(await screen.findByText(/^Restored the backup from today 08:14\./)).toBeTruthy();
    await waitFor(() => expect(screen.getByRole("list", { name: "Backups, newest first" }).textContent).toContain("Your journal before a restore"));
  });

  it("shows why a backup cannot be restored and does not offer it", async () => {
    await renderData((b) => b.portability.addBackup("daily", localIso(2026, 10, 25, 8, 14), { problem: { id: "error-backup-other-key", args: {} }, days: null, sessions: null }));
    expect(await screen.findByText("Cannot be restored: This backup is encrypted with another key than the journal's, so it cannot be restored here.")).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>("button", { name: /^Restore the backup/ }).disabled).toBe(true);
  });

  it("leads from an import's undo line to the backup made before it", async () => {
    await renderData((b) => b.portability.files.set("/home/you/old.json", { days: [{ day: "2026-11-01", stress: 2 }] }));
    answer("open", "/home/you/old.json");
    await fireEvent.click(screen.getByRole("button", { name: "Import…" }));
    await fireEvent.click(await screen.findByRole("button", { name: "Import 1 day" }));
    const undo = await screen.findByRole("button", { name: "Undo: restore the backup from 15:02" });
    // The shell reloads after an import; here the list is refreshed the way the remount would.
    Element.prototype.scrollIntoView ??= () => {};
    await fireEvent.click(screen.getByRole("button", { name: "Back up now" }));
    await waitFor(() => expect(screen.getAllByRole("button", { name: /^Restore the backup/ }).length).toBeGreaterThan(0));
    await fireEvent.click(undo);
    await waitFor(() => expect(document.activeElement?.getAttribute("aria-label")).toBe("Restore the backup from today 15:02…"));
  });
});

describe("the monthly report", () => {
  it("opens from the data screen for last month", async () => {
    const { store } = await renderData();
    await fireEvent.click(screen.getByRole("button", { name: "Monthly report for October 2026…" }));
    expect(store.reportMonth).toEqual({ year: 2026, month: 10 });
    expect(await screen.findByRole("heading", { name: "October 2026", level: 2 })).toBeTruthy();
    await fireEvent.click(screen.getByRole("button", { name: "← Back to your data" }));
    expect(screen.getByRole("heading", { name: "Your data", level: 2 })).toBeTruthy();
  });
});
