import { describe, expect, it, vi } from "vitest";
import type { Settings } from "../api/bindings/Settings";
import { ApiError } from "../api/client";
import { DEFAULT_SETTINGS, SettingsStore, type SettingsApi } from "./settings.svelte";

function setup(stored: Settings = { ...DEFAULT_SETTINGS, welcomed: true }) {
  const api = {
    getSettings: vi.fn<SettingsApi["getSettings"]>().mockResolvedValue(stored),
    saveSettings: vi.fn<SettingsApi["saveSettings"]>(async (settings: Settings) => ({ ...settings })),
  };
  return { api, store: new SettingsStore(api) };
}

describe("SettingsStore", () => {
  it("uses the defaults until the stored settings arrive", async () => {
    const { store } = setup({ ...DEFAULT_SETTINGS, weekStart: "sunday" });
    expect(store.effective.weekStart).toBe("monday");
    await store.load();
    expect(store.effective.weekStart).toBe("sunday");
  });

  it("saves a valid change straight away, as the whole object", async () => {
    const { api, store } = setup();
    await store.load();
    expect(await store.update({ showMood: false })).toBe(true);
    expect(api.saveSettings).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, welcomed: true, showMood: false });
    expect(store.saveState).toBe("saved");
    expect(store.effective.showMood).toBe(false);
  });

  it("upper-cases the currency before checking and saving it", async () => {
    const { api, store } = setup();
    await store.load();
    await store.update({ currency: "gbp" });
    expect(api.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ currency: "GBP" }));
  });

  it("keeps an invalid value in the form with a message, and sends nothing", async () => {
    const { api, store } = setup();
    await store.load();
    expect(await store.update({ dayBoundary: "07:30" })).toBe(false);
    expect(store.draft.dayBoundary).toBe("07:30");
    expect(store.errors.dayBoundary).toMatch(/00:00 to 06:00/);
    expect(store.effective.dayBoundary).toBe("04:00");
    expect(api.saveSettings).not.toHaveBeenCalled();
  });

  it("clears the message once the value is fixed", async () => {
    const { store } = setup();
    await store.load();
    await store.update({ currency: "EURO" });
    expect(store.errors.currency).toBeDefined();
    await store.update({ currency: "EUR" });
    expect(store.errors.currency).toBeUndefined();
  });

  it("shows a refusal from the server under the named field", async () => {
    const { api, store } = setup();
    await store.load();
    api.saveSettings.mockRejectedValue(new ApiError("invalid_input", "XYZ is not a currency.", "currency"));
    expect(await store.update({ currency: "XYZ" })).toBe(false);
    expect(store.errors.currency).toBe("XYZ is not a currency.");
    expect(store.saveState).toBe("failed");
  });

  it("shows any other failure as a banner message", async () => {
    const { api, store } = setup();
    await store.load();
    api.saveSettings.mockRejectedValue(new ApiError("storage", "The disk is full."));
    await store.update({ theme: "dark" });
    expect(store.formError).toBe("The disk is full.");
  });

  it("runs quick changes one after another, each with the latest values", async () => {
    const { api, store } = setup();
    await store.load();
    await Promise.all([store.update({ showMood: false }), store.update({ showAnxiety: false })]);
    const last = api.saveSettings.mock.calls.at(-1)?.[0];
    expect(last).toMatchObject({ showMood: false, showAnxiety: false });
    expect(store.effective).toMatchObject({ showMood: false, showAnxiety: false });
  });

  it("refuses to save over settings that failed to load", async () => {
    const { api, store } = setup();
    api.getSettings.mockRejectedValue(new ApiError("storage", "locked"));
    await store.load();
    expect(store.loadError).toBe("locked");
    expect(await store.update({ theme: "dark" })).toBe(false);
    expect(api.saveSettings).not.toHaveBeenCalled();
    expect(store.formError).toMatch(/could not be loaded/);
  });
});
