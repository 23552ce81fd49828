import { call } from "./client";
import type { Settings } from "./bindings/Settings";
import type { Theme } from "./bindings/Theme";
import type { WeekStart } from "./bindings/WeekStart";

export type { Settings, Theme, WeekStart };

export function getSettings(): Promise<Settings> {
  return call<Settings>("get_settings");
}

/** Saves the whole settings object (the back end refuses unknown fields) and returns what it stored. */
export function saveSettings(settings: Settings): Promise<Settings> {
  return call<Settings>("save_settings", { settings });
}
