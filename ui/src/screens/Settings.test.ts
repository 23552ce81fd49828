import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { AppInfo } from "../api/bindings/AppInfo";
import type { Settings as SettingsValue } from "../api/bindings/Settings";
import { ApiError } from "../api/client";
import { useLanguage } from "../lib/i18n/i18n.svelte";
import { RemindersStore } from "../lib/reminders.svelte";
import { DEFAULT_SETTINGS, SettingsStore, type SettingsApi } from "../lib/settings.svelte";
import { FakeBackend } from "../testing/fakeBackend";
import { remindersApiOf } from "../testing/fakeReminders";
import Settings from "./Settings.svelte";

const backend = vi.hoisted(() => ({ current: null as FakeBackend | null }));
vi.mock("@tauri-apps/api/core", () => ({
  invoke: (command: string, args?: Record<string, unknown>) => backend.current?.invoke(command, args),
}));

const INFO: AppInfo = {
  appVersion: "0.1.0",
  licence: "MIT",
  today: "2025-11-25",
  dataDir: "/home/you/.local/share/resilience-journal",
  databasePath: "/home/you/.local/share/resilience-journal/journal.db",
  demo: false,
  startupError: null,
  movedAside: null,
  locked: null,
  systemLocale: "en-GB",
  languageOverride: null,
};

async function renderSettings() {
  const api = {
    getSettings: vi.fn<SettingsApi["getSettings"]>().mockResolvedValue({ ...DEFAULT_SETTINGS, welcomed: true }),
    saveSettings: vi.fn<SettingsApi["saveSettings"]>(async (s: SettingsValue) => ({ ...s })),
  };
  const store = new SettingsStore(api);
  await store.load();
  backend.current = new FakeBackend({ encryption: { keychainProblem: { id: "error-keychain-unavailable", args: { detail: "no keychain service is running" } } } });
  const reminders = new RemindersStore(remindersApiOf(backend.current));
  await reminders.refresh();
  render(Settings, { store, info: INFO, reminders });
  return { api, store };
}

afterEach(async () => {
  await useLanguage("en", "en-GB");
});

describe("Settings screen", () => {
  it("does not show a save made before it opened as its own", async () => {
    const api = {
      getSettings: vi.fn<SettingsApi["getSettings"]>().mockResolvedValue({ ...DEFAULT_SETTINGS }),
      saveSettings: vi.fn<SettingsApi["saveSettings"]>(async (s: SettingsValue) => ({ ...s })),
    };
    const store = new SettingsStore(api);
    await store.load();
    await store.update({ welcomed: true }); // "Start my journal" on the welcome card
    expect(store.saveState).toBe("saved");
    backend.current = new FakeBackend({});
    const reminders = new RemindersStore(remindersApiOf(backend.current));
    render(Settings, { store, info: INFO, reminders });
    expect(screen.queryByText("Saved ✓")).toBeNull();
    await fireEvent.click(screen.getByLabelText("Mood"));
    await waitFor(() => expect(screen.getByText("Saved ✓")).toBeTruthy());
  });

  it("says which version and licence this is and where the data lives", async () => {
    await renderSettings();
    const about = screen.getByRole("region", { name: "About Resilience Journal" });
    expect(about.textContent).toContain("0.1.0");
    expect(about.textContent).toContain("MIT");
    expect(about.textContent).toContain("/home/you/.local/share/resilience-journal");
    expect(about.textContent).toMatch(/never this folder/);
  });

  it("labels every control", async () => {
    await renderSettings();
    for (const label of ["Mood", "Anxiety", "Body awareness", "System", "Light", "Dark", "Monday", "Sunday", "Currency", "Day starts at"]) {
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
    expect(screen.getByText(/00:30 belongs to the evening before/)).toBeTruthy();
  });

  it("saves a toggle at once and says so", async () => {
    const { api } = await renderSettings();
    await fireEvent.click(screen.getByLabelText("Anxiety"));
    await waitFor(() => expect(api.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ showAnxiety: false })));
    expect((await screen.findByRole("status")).textContent).toBe("Saved ✓");
  });

  it("saves the theme and the first weekday", async () => {
    const { api, store } = await renderSettings();
    await fireEvent.click(screen.getByLabelText("Dark"));
    await waitFor(() => expect(store.effective.theme).toBe("dark"));
    await fireEvent.click(screen.getByLabelText("Sunday"));
    await waitFor(() => expect(api.saveSettings).toHaveBeenLastCalledWith(expect.objectContaining({ theme: "dark", weekStart: "sunday" })));
  });

  it("explains a wrong currency under the field and sends nothing", async () => {
    const { api } = await renderSettings();
    const currency = screen.getByLabelText("Currency");
    await fireEvent.change(currency, { target: { value: "E1" } });
    expect(currency.getAttribute("aria-invalid")).toBe("true");
    const described = (currency.getAttribute("aria-describedby") ?? "").split(" ");
    expect(described.map((id) => document.getElementById(id)?.textContent).join(" ")).toMatch(/three-letter code/);
    expect(api.saveSettings).not.toHaveBeenCalled();
  });

  it("refuses a day start after 06:00", async () => {
    const { api } = await renderSettings();
    await fireEvent.change(screen.getByLabelText("Day starts at"), { target: { value: "07:00" } });
    expect(screen.getByText("Choose a time from 00:00 to 06:00.")).toBeTruthy();
    expect(api.saveSettings).not.toHaveBeenCalled();
  });

  it("shows the server's refusal under the field it names", async () => {
    const { api } = await renderSettings();
    api.saveSettings.mockRejectedValue(new ApiError("invalid_input", "XYZ is not a known currency.", "currency"));
    await fireEvent.change(screen.getByLabelText("Currency"), { target: { value: "xyz" } });
    expect(await screen.findByText("XYZ is not a known currency.")).toBeTruthy();
  });

  it("says where the journal lives and that nothing leaves the computer", async () => {
    await renderSettings();
    expect(screen.getByText(INFO.databasePath)).toBeTruthy();
    expect(screen.getByText(/Nothing leaves this computer/)).toBeTruthy();
  });

  it("has an Encryption card that says whether the journal is encrypted and opens the flow", async () => {
    await renderSettings();
    const card = screen.getByRole("region", { name: "Encryption" });
    expect(await within(card).findByText("Not encrypted.")).toBeTruthy();
    await fireEvent.click(within(card).getByRole("button", { name: "Encrypt my journal…" }));
    const flow = screen.getByRole("dialog", { name: "Encrypt your journal" });
    expect(within(flow).getByText("The system keychain is not available on this computer (no keychain service is running).")).toBeTruthy();
    expect(within(flow).getByLabelText<HTMLInputElement>("Passphrase asked at every start").checked).toBe(true);
  });

  it("offers each language in its own name, and System in the language the system has", async () => {
    await renderSettings();
    const select = screen.getByLabelText<HTMLSelectElement>("Language");
    expect(select.value).toBe("system");
    const options = Array.from(select.options);
    expect(options.map((option) => option.textContent)).toEqual([
      "System (English)",
      "English",
      "Deutsch",
      "Español",
      "Français",
    ]);
    expect(options.find((option) => option.value === "fr")?.lang).toBe("fr");
  });

  it("shows itself in German at once when Deutsch is chosen, and keeps the choice", async () => {
    const { api } = await renderSettings();
    await fireEvent.change(screen.getByLabelText("Language"), { target: { value: "de" } });
    expect(await screen.findByRole("heading", { name: "Einstellungen" })).toBeTruthy();
    await waitFor(() => expect(api.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ language: "de" })));
    expect(screen.getByLabelText("Sprache")).toBeTruthy();
    expect(screen.getByLabelText("Dunkel")).toBeTruthy();
    expect(screen.getByLabelText("Stimmung")).toBeTruthy();
    expect(screen.getByRole("region", { name: "Verschlüsselung" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Erinnerungen" })).toBeTruthy();
    // The languages keep their own names; "System" is said in German.
    const select = screen.getByLabelText<HTMLSelectElement>("Sprache");
    expect(Array.from(select.options).map((option) => option.textContent)).toEqual([
      "System (English)",
      "English",
      "Deutsch",
      "Español",
      "Français",
    ]);
    expect((await screen.findByRole("status")).textContent).toBe("Gespeichert ✓");
  });
});
