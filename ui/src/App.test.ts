import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { StartupData } from "./api/startup";
import { FakeBackend, fakeUnanswered, type FakeBackendOptions } from "./testing/fakeBackend";

let backend = new FakeBackend();
vi.mock("@tauri-apps/api/core", () => ({
  invoke: (command: string, args?: Record<string, unknown>) => backend.invoke(command, args),
}));

/** The back end's events: the app listens through client.ts; tests emit them here. */
const listeners = new Map<string, (event: { payload: unknown }) => void>();
vi.mock("@tauri-apps/api/event", () => ({
  listen: async (event: string, handler: (event: { payload: unknown }) => void) => {
    listeners.set(event, handler);
    return () => listeners.delete(event);
  },
}));

function emit(event: string, payload: unknown = null) {
  const handler = listeners.get(event);
  if (!handler) throw new Error(`nobody listens to ${event}`);
  handler({ payload });
}

/** Set to make the Insights screen's script fail to load, as a file that cannot be read would. */
const insightsScript = vi.hoisted(() => ({ fails: false }));
vi.mock("./screens/Insights.svelte", async (importOriginal) => {
  const real = await importOriginal<typeof import("./screens/Insights.svelte")>();
  return {
    get default() {
      if (insightsScript.fails) throw new Error("Importing a module script failed.");
      return real.default;
    },
  };
});

const { default: App } = await import("./App.svelte");

async function renderApp(options: FakeBackendOptions = {}) {
  backend = new FakeBackend({ settings: { welcomed: true }, ...options });
  render(App);
}

function current() {
  return screen.getByRole("navigation", { name: "Main" }).querySelector('[aria-current="page"]');
}

beforeEach(() => {
  insightsScript.fails = false;
  listeners.clear();
  performance.clearMarks();
  document.documentElement.removeAttribute("data-theme");
  localStorage.clear();
});

describe("shell and navigation", () => {
  // First in the file: a screen of an earlier test may still report its paint a frame later.
  it("tells the back end once when Today has painted with its data", async () => {
    await renderApp();
    await screen.findByRole("heading", { name: "How was today?" });
    const marks = () => backend.calls.filter((c) => c.command === "profile_mark");
    await waitFor(() => expect(marks()).toHaveLength(1));
    const args = marks()[0]?.args as { mark: string; timings: Record<string, number> };
    expect(args.mark).toBe("painted");
    const at = (name: string) => args.timings[name] ?? Number.NaN;
    expect(at("info")).toBeLessThanOrEqual(at("settings"));
    expect(at("settings")).toBeLessThanOrEqual(at("data"));
    expect(at("data")).toBeLessThanOrEqual(at("painted"));
    // Today's entry is fetched once: the screen takes the fetch started at app start.
    expect(backend.calls.filter((c) => c.command === "get_check_in")).toHaveLength(1);
    expect(backend.calls.findIndex((c) => c.command === "profile_mark")).toBeGreaterThan(
      backend.calls.findIndex((c) => c.command === "get_check_in"),
    );
    await fireEvent.keyDown(window, { key: "2", ctrlKey: true });
    await fireEvent.keyDown(window, { key: "1", ctrlKey: true });
    await screen.findByRole("heading", { name: "How was today?" });
    expect(marks()).toHaveLength(1);
  });

  it("starts on Today with the item marked as the current page", async () => {
    await renderApp();
    expect(await screen.findByRole("heading", { name: "How was today?" })).toBeTruthy();
    expect(current()?.textContent?.trim()).toBe("Today");
  });

  it("switches screens with Ctrl+1…7", async () => {
    await renderApp();
    await screen.findByRole("heading", { name: "How was today?" });
    await fireEvent.keyDown(window, { key: "2", ctrlKey: true });
    expect(await screen.findByRole("heading", { name: "Journal", level: 2 })).toBeTruthy();
    expect(current()?.textContent?.trim()).toBe("Journal");
    await fireEvent.keyDown(window, { key: "4", metaKey: true });
    expect(await screen.findByText("Insights arrive as your journal grows")).toBeTruthy();
    await fireEvent.keyDown(window, { key: "5", ctrlKey: true });
    expect(await screen.findByRole("heading", { name: "Trends", level: 2 })).toBeTruthy();
    expect(current()?.textContent?.trim()).toBe("Trends");
    await fireEvent.keyDown(window, { key: "6", ctrlKey: true });
    expect(await screen.findByRole("heading", { name: "Settings", level: 2 })).toBeTruthy();
    await fireEvent.keyDown(window, { key: "7", ctrlKey: true });
    expect(await screen.findByRole("heading", { name: "Your data", level: 2 })).toBeTruthy();
    await fireEvent.keyDown(window, { key: "1", ctrlKey: true });
    expect(await screen.findByRole("heading", { name: "How was today?" })).toBeTruthy();
  });

  it("switches screens from the sidebar", async () => {
    await renderApp();
    await screen.findByRole("heading", { name: "How was today?" });
    await fireEvent.click(screen.getByRole("button", { name: "Insights" }));
    expect(current()?.textContent?.trim()).toBe("Insights");
  });

  it("says so when a screen's script cannot be loaded, and loads it on Try again", async () => {
    insightsScript.fails = true;
    await renderApp();
    await screen.findByRole("heading", { name: "How was today?" });
    await fireEvent.keyDown(window, { key: "4", ctrlKey: true });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Something went wrong.");
    expect(current()?.textContent?.trim()).toBe("Insights");
    insightsScript.fails = false;
    await fireEvent.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("Insights arrive as your journal grows")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("focuses the Journal search with Ctrl+F from any screen", async () => {
    await renderApp();
    await screen.findByRole("heading", { name: "How was today?" });
    await fireEvent.keyDown(window, { key: "f", ctrlKey: true });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("Search notes")));
  });

  it("opens a day from the Journal calendar in the check-in form", async () => {
    await renderApp({ entries: [{ day: "2025-11-03", stress: 6, notes: "Tired" }] });
    await screen.findByRole("heading", { name: "How was today?" });
    await fireEvent.click(screen.getByRole("button", { name: "Journal" }));
    const day = await screen.findByRole("button", { name: /stress 6$/ });
    await fireEvent.click(day);
    expect(await screen.findByRole("heading", { name: /^How was Monday/ })).toBeTruthy();
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>("Notes").value).toBe("Tired"));
    expect(screen.getByLabelText<HTMLInputElement>("Day").value).toBe("2025-11-03");
  });

  it("keeps unsaved check-in edits across a visit to another screen", async () => {
    await renderApp();
    await waitFor(() => expect(document.querySelector("form")?.getAttribute("aria-busy")).toBe("false"));
    const notes = screen.getByLabelText<HTMLTextAreaElement>("Notes");
    await fireEvent.input(notes, { target: { value: "Half a thought" } });
    await fireEvent.keyDown(window, { key: "4", ctrlKey: true });
    await fireEvent.keyDown(window, { key: "1", ctrlKey: true });
    await waitFor(() => expect(screen.getByLabelText<HTMLTextAreaElement>("Notes").value).toBe("Half a thought"));
  });

  it("applies the theme chosen in settings", async () => {
    await renderApp({ settings: { welcomed: true, theme: "dark" } });
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe("dark"));
  });
});

describe("first run and the demo", () => {
  it("welcomes a new person and starts the journal", async () => {
    await renderApp({ settings: { welcomed: false } });
    const start = await screen.findByRole("button", { name: "Start my journal" });
    expect(screen.getByText(/not medical advice/)).toBeTruthy();
    expect(screen.getByText(/stays on this computer, in one file/)).toBeTruthy();
    await fireEvent.click(start);
    expect(await screen.findByRole("heading", { name: "How was today?" })).toBeTruthy();
    expect(backend.real.settings.welcomed).toBe(true);
  });

  it("opens sample data with a clear banner, and leaves it again", async () => {
    await renderApp({ settings: { welcomed: false }, demoDays: 30 });
    await fireEvent.click(await screen.findByRole("button", { name: "Explore with sample data" }));
    const banner = await screen.findByRole("region", { name: "Sample data" });
    expect(banner.textContent).toContain("You're exploring sample data — nothing here is yours");
    expect(await screen.findByRole("heading", { name: "How was today?" })).toBeTruthy();
    await fireEvent.click(within(banner).getByRole("button", { name: "Leave the demo" }));
    // Back in the person's own journal, which has not been started yet.
    expect(await screen.findByRole("button", { name: "Start my journal" })).toBeTruthy();
    expect(backend.calls.map((call) => call.command)).toContain("close_demo");
    expect(backend.real.entries.size).toBe(0);
  });
});

describe("settings that change the journal day", () => {
  it("asks the back end for the journal day again after the day boundary changes", async () => {
    await renderApp();
    await screen.findByRole("heading", { name: "How was today?" });
    await fireEvent.keyDown(window, { key: "6", ctrlKey: true });
    const before = backend.calls.filter((call) => call.command === "app_info").length;
    await fireEvent.change(await screen.findByLabelText("Day starts at"), { target: { value: "05:00" } });
    await waitFor(() => expect(backend.real.settings.dayBoundary).toBe("05:00"));
    await waitFor(() =>
      expect(backend.calls.filter((call) => call.command === "app_info").length).toBe(before + 1),
    );
  });
});

describe("your data in the shell", () => {
  it("opens the Data screen with Ctrl+7", async () => {
    await renderApp();
    await screen.findByRole("heading", { name: "How was today?" });
    await fireEvent.keyDown(window, { key: "7", ctrlKey: true });
    expect(await screen.findByRole("heading", { name: "Your data", level: 2 })).toBeTruthy();
    expect(current()?.textContent?.trim()).toBe("Data");
  });

  it("reloads every screen after a restore and stays on the Data screen with its message", async () => {
    await renderApp({ entries: [{ day: "2025-11-25", stress: 3, notes: "As it was" }] });
    backend.portability.addBackup("daily", "2025-11-25T07:00:00Z");
    backend.put(backend.real, { day: "2025-11-25", stress: 9, notes: "Changed since", version: 2 });
    await screen.findByRole("heading", { name: "How was today?" });
    await waitFor(() => expect(screen.getByLabelText<HTMLTextAreaElement>("Notes").value).toBe("Changed since"));
    const infoCalls = () => backend.calls.filter((call) => call.command === "app_info").length;
    const before = infoCalls();

    await fireEvent.keyDown(window, { key: "7", ctrlKey: true });
    await fireEvent.click(await screen.findByRole("button", { name: /^Restore the backup from / }));
    await fireEvent.click(within(screen.getByRole("dialog", { name: "Restore this backup?" })).getByRole("button", { name: "Restore" }));
    expect(await screen.findByText(/^Restored the backup from /)).toBeTruthy();
    expect(infoCalls()).toBe(before + 1);
    expect(screen.getByRole("heading", { name: "Your data", level: 2 })).toBeTruthy();

    await fireEvent.keyDown(window, { key: "1", ctrlKey: true });
    await waitFor(() => expect(screen.getByLabelText<HTMLTextAreaElement>("Notes").value).toBe("As it was"));
  });
});

describe("reminders in the shell", () => {
  const banner = () => document.querySelector<HTMLElement>('section[aria-label="Reminders"]');
  const overviewCalls = () => backend.calls.filter((call) => call.command === "reminder_overview").length;

  it("shows waiting reminders above every screen", async () => {
    await renderApp({ reminders: { unanswered: [fakeUnanswered("check_in", "r1")] } });
    await screen.findByRole("heading", { name: "How was today?" });
    await waitFor(() => expect(banner()?.textContent).toContain("Time for your evening check-in"));
    await fireEvent.keyDown(window, { key: "5", ctrlKey: true });
    await screen.findByRole("heading", { name: "Trends", level: 2 });
    expect(within(banner()!).getByRole("button", { name: "Check in now" })).toBeTruthy();
  });

  it("'Check in now' leads to today's check-in from any screen and answers the reminder", async () => {
    await renderApp({ reminders: { unanswered: [fakeUnanswered("check_in", "r1")] } });
    await fireEvent.click(await screen.findByRole("button", { name: "Journal" }));
    await screen.findByRole("heading", { name: "Journal", level: 2 });
    const reminders = await screen.findByRole("region", { name: "Reminders" });
    await fireEvent.click(await within(reminders).findByRole("button", { name: "Check in now" }));
    expect(await screen.findByRole("heading", { name: "How was today?" })).toBeTruthy();
    await waitFor(() =>
      expect(backend.calls.find((call) => call.command === "answer_reminder")?.args).toEqual({ id: "r1", outcome: "acted" }),
    );
    await waitFor(() => expect(banner()?.querySelectorAll("article")).toHaveLength(0));
  });

  it("asks for the reminders again when the back end says they changed", async () => {
    await renderApp();
    await screen.findByRole("heading", { name: "How was today?" });
    await waitFor(() => expect(overviewCalls()).toBeGreaterThan(0));
    backend.real.reminders.unanswered = [fakeUnanswered("stress_nudge", "r7")];
    emit("reminders-changed");
    expect(await within(banner()!).findByText("Stress has been high for a few days. A massage or a quiet break might help.")).toBeTruthy();
  });

  it("asks for the reminders again when the window is focused", async () => {
    await renderApp();
    await screen.findByRole("heading", { name: "How was today?" });
    await waitFor(() => expect(overviewCalls()).toBeGreaterThan(0));
    const before = overviewCalls();
    await fireEvent.focus(window);
    await waitFor(() => expect(overviewCalls()).toBe(before + 1));
  });

  it("opens today's check-in for an open_check_in action", async () => {
    await renderApp();
    await fireEvent.click(await screen.findByRole("button", { name: "Settings" }));
    await screen.findByRole("heading", { name: "Settings", level: 2 });
    emit("open-action", { type: "open_check_in" });
    expect(await screen.findByRole("heading", { name: "How was today?" })).toBeTruthy();
  });

  it("opens the Massage screen with a new-session form for a new_session action", async () => {
    await renderApp();
    await screen.findByRole("heading", { name: "How was today?" });
    emit("open-action", { type: "new_session" });
    expect(await screen.findByRole("heading", { name: "Plan a session", level: 2 })).toBeTruthy();
    expect(current()?.textContent?.trim()).toBe("Massage");
  });

  it("opens the form for a session that happened for the tray's log_session action", async () => {
    await renderApp();
    await screen.findByRole("heading", { name: "How was today?" });
    emit("open-action", { type: "log_session" });
    expect(await screen.findByRole("heading", { name: "Log a session", level: 2 })).toBeTruthy();
    expect(current()?.textContent?.trim()).toBe("Massage");
  });

  it("opens the new-session form when the Massage screen is already showing", async () => {
    await renderApp();
    await fireEvent.click(await screen.findByRole("button", { name: "Massage" }));
    await screen.findByRole("heading", { name: "Massage", level: 2 });
    emit("open-action", { type: "new_session" });
    expect(await screen.findByRole("heading", { name: "Plan a session", level: 2 })).toBeTruthy();
  });

  it("opens the Massage screen at the session of an open_session action", async () => {
    await renderApp();
    await screen.findByRole("heading", { name: "How was today?" });
    emit("open-action", { type: "open_session", id: "s42" });
    await screen.findByRole("heading", { name: "Massage", level: 2 });
    await waitFor(() =>
      expect(backend.calls.find((call) => call.command === "get_session")?.args).toEqual({ id: "s42" }),
    );
    // The fake has no such session; the screen says so instead of failing silently.
    expect(await screen.findByText(/That session no longer exists/)).toBeTruthy();
  });

  it("keeps an action that arrives before the journal is open until it is", async () => {
    await renderApp({ settings: { welcomed: false } });
    const start = await screen.findByRole("button", { name: "Start my journal" });
    emit("open-action", { type: "new_session" });
    await fireEvent.click(start);
    expect(await screen.findByRole("heading", { name: "Plan a session", level: 2 })).toBeTruthy();
  });

  it("offers a backup, another file or a new journal when the journal was damaged", async () => {
    await renderApp({ damaged: true });
    expect(await screen.findByRole("heading", { name: "Your journal could not be opened" })).toBeTruthy();
    expect(screen.getByText(/journal\.db\.damaged-20251125T201500Z/)).toBeTruthy();
    expect(await screen.findByText("There are no backups of this journal yet.")).toBeTruthy();
    await fireEvent.click(screen.getByRole("button", { name: "Start a new, empty journal" }));
    expect(await screen.findByRole("heading", { name: "How was today?" })).toBeTruthy();
    expect(backend.calls.find((call) => call.command === "recover_journal")?.args).toEqual({ choice: { kind: "empty" } });
  });
});

describe("the first screen's data asked for before the script loaded", () => {
  const early = (options: FakeBackendOptions) => {
    backend = new FakeBackend({ settings: { welcomed: true }, ...options });
    window.__startupData = backend.invoke("startup_data") as Promise<StartupData>;
    render(App);
  };
  const asked = (...commands: string[]) => backend.calls.filter((c) => commands.includes(c.command)).length;

  it("shows today's entry and the theme without asking for them again", async () => {
    early({ settings: { welcomed: true, theme: "dark" }, entries: [{ day: "2025-11-25", stress: 4, notes: "Early" }] });
    expect(await screen.findByRole("heading", { name: "How was today?" })).toBeTruthy();
    await waitFor(() => expect(screen.getByLabelText<HTMLTextAreaElement>("Notes").value).toBe("Early"));
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(asked("app_info", "get_settings", "get_check_in")).toBe(0);
    expect(window.__startupData).toBeUndefined();
  });

  it("falls back to the usual commands when the early answer failed", async () => {
    backend = new FakeBackend({ settings: { welcomed: true }, entries: [{ day: "2025-11-25", notes: "Late" }] });
    window.__startupData = Promise.resolve(null);
    render(App);
    await waitFor(() => expect(screen.getByLabelText<HTMLTextAreaElement>("Notes").value).toBe("Late"));
    expect(asked("app_info")).toBe(1);
    expect(asked("get_settings")).toBe(1);
  });

  it("a locked journal still shows the Unlock screen", async () => {
    early({ encryption: { encrypted: true, method: "passphrase", locked: { method: "passphrase", problem: null } } });
    expect(await screen.findByRole("heading", { name: "Unlock your journal" })).toBeTruthy();
    expect(asked("get_settings")).toBe(0);
  });
});

describe("an encrypted journal at start", () => {
  const passphrase = "lantern orchid gravel";
  const locked = { method: "passphrase", problem: null } as const;

  it("asks for the passphrase, then starts as usual with the journal's own settings", async () => {
    await renderApp({
      settings: { welcomed: true, theme: "dark" },
      entries: [{ day: "2025-11-25", stress: 4, notes: "Behind the lock" }],
      encryption: { encrypted: true, method: "passphrase", locked, passphrase },
    });
    const field = await screen.findByLabelText("Passphrase");
    expect(screen.getByRole("heading", { name: "Unlock your journal" })).toBeTruthy();
    expect(screen.queryByRole("navigation", { name: "Main" })).toBeNull();
    expect(document.documentElement.dataset.theme).toBeUndefined();

    await fireEvent.input(field, { target: { value: "not it" } });
    await fireEvent.submit(field.closest("form")!);
    expect(await screen.findByText("That passphrase does not open this journal.")).toBeTruthy();

    await fireEvent.input(field, { target: { value: passphrase } });
    await fireEvent.submit(field.closest("form")!);
    expect(await screen.findByRole("heading", { name: "How was today?" })).toBeTruthy();
    await waitFor(() => expect(screen.getByLabelText<HTMLTextAreaElement>("Notes").value).toBe("Behind the lock"));
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(screen.queryByText(/Your settings could not be loaded/)).toBeNull();
    expect(backend.calls.filter((call) => call.command === "unlock_journal")).toHaveLength(2);
  });

  it("shows the encryption card in Settings once unlocked", async () => {
    await renderApp({ encryption: { encrypted: true, method: "passphrase", locked, passphrase } });
    await fireEvent.input(await screen.findByLabelText("Passphrase"), { target: { value: passphrase } });
    await fireEvent.click(screen.getByRole("button", { name: "Unlock" }));
    await screen.findByRole("heading", { name: "How was today?" });
    await fireEvent.keyDown(window, { key: "6", ctrlKey: true });
    const card = await screen.findByRole("region", { name: "Encryption" });
    expect(await within(card).findByText("Encrypted — passphrase asked at every start.")).toBeTruthy();
  });
});

describe("entries arriving from another computer", () => {
  const notes = () => screen.getByLabelText<HTMLTextAreaElement>("Notes");
  const infoCalls = () => backend.calls.filter((call) => call.command === "app_info").length;

  it("shows them on Today at once when nothing is typed there", async () => {
    await renderApp({ entries: [{ day: "2025-11-25", stress: 3, notes: "Before" }] });
    await waitFor(() => expect(notes().value).toBe("Before"));
    backend.put(backend.real, { day: "2025-11-25", stress: 5, notes: "From the laptop", version: 2 });
    // A sync pass that only sent this computer's changes brings nothing to show.
    emit("sync-changed", { applied: false });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(notes().value).toBe("Before");

    emit("sync-changed", { applied: true });
    await waitFor(() => expect(notes().value).toBe("From the laptop"));
  });

  it("keeps what is typed on Today; saving then offers the version that arrived", async () => {
    await renderApp({ entries: [{ day: "2025-11-25", stress: 3, notes: "Before" }] });
    await waitFor(() => expect(notes().value).toBe("Before"));
    await fireEvent.input(notes(), { target: { value: "Typed here" } });
    backend.put(backend.real, { day: "2025-11-25", stress: 5, notes: "From the laptop", version: 2 });
    const before = infoCalls();
    emit("sync-changed", { applied: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(notes().value).toBe("Typed here");
    expect(infoCalls()).toBe(before);

    await fireEvent.click(screen.getByRole("button", { name: "Save check-in" }));
    expect((await screen.findByText(/This entry was changed elsewhere/)).closest('[role="alert"]')).toBeTruthy();
    expect(notes().value).toBe("Typed here");
  });

  it("loads Today's day again while another screen is shown, and Insights afresh", async () => {
    await renderApp({ entries: [{ day: "2025-11-25", stress: 3, notes: "Before" }] });
    await waitFor(() => expect(notes().value).toBe("Before"));
    await fireEvent.keyDown(window, { key: "4", ctrlKey: true });
    await screen.findByRole("heading", { name: "Insights", level: 2 });
    backend.put(backend.real, { day: "2025-11-25", stress: 5, notes: "From the laptop", version: 2 });
    const before = infoCalls();
    emit("sync-changed", { applied: true });
    await waitFor(() => expect(infoCalls()).toBe(before + 1));
    await fireEvent.keyDown(window, { key: "1", ctrlKey: true });
    await waitFor(() => expect(notes().value).toBe("From the laptop"));
  });

  it("loads the settings again once Settings, where they may be typed in, is left", async () => {
    await renderApp();
    await screen.findByRole("heading", { name: "How was today?" });
    const shell = listeners.get("sync-changed");
    await fireEvent.keyDown(window, { key: "6", ctrlKey: true });
    await screen.findByRole("heading", { name: "Settings", level: 2 });
    const settingsCalls = () => backend.calls.filter((call) => call.command === "get_settings").length;
    const before = settingsCalls();
    // The Sync card listens too; the shell's listener is the one the test keeps.
    if (shell) listeners.set("sync-changed", shell);
    emit("sync-changed", { applied: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settingsCalls()).toBe(before);
    await fireEvent.keyDown(window, { key: "1", ctrlKey: true });
    await waitFor(() => expect(settingsCalls()).toBe(before + 1));
  });
});
