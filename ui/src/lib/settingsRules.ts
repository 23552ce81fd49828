/**
 * Checks on the Settings form before anything is sent. The back end validates again; this
 * only gives the message under the field straight away (in the active language).
 */
import type { Settings } from "../api/bindings/Settings";
import { t } from "./i18n/i18n.svelte";

export type SettingsErrors = Partial<Record<keyof Settings, string>>;

export const CURRENCY_SUGGESTIONS = [
  "EUR", "USD", "GBP", "CHF", "CAD", "AUD", "SEK", "NOK", "DKK", "JPY",
] as const;

export const DAY_BOUNDARY_LATEST = "06:00";

/** Upper-cases the currency and drops seconds a time input may add ("04:00:00" → "04:00"). */
export function normaliseSettings(settings: Settings): Settings {
  return {
    ...settings,
    currency: settings.currency.trim().toUpperCase(),
    dayBoundary: settings.dayBoundary.trim().slice(0, 5),
  };
}

export function validateSettings(settings: Settings): SettingsErrors {
  const errors: SettingsErrors = {};
  if (!/^[A-Z]{3}$/.test(settings.currency)) {
    errors.currency = t("settings-error-currency");
  }
  const time = /^([01]\d|2[0-3]):[0-5]\d$/.exec(settings.dayBoundary);
  // "HH:MM" strings compare correctly as text once the format is right.
  if (!time || settings.dayBoundary > DAY_BOUNDARY_LATEST) {
    errors.dayBoundary = t("settings-error-day-boundary");
  }
  return errors;
}
