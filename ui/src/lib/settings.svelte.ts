/**
 * The person's settings, loaded once at start and shared by every screen (Today reads which
 * optional measures to show, the Journal the first weekday, the shell the theme). The Settings
 * screen saves on every change; saves run one after another so quick clicks never race.
 */
import { getSettings, saveSettings, type Settings } from "../api/settings";
import { toApiError } from "../api/client";
import { t } from "./i18n/i18n.svelte";
import { normaliseSettings, validateSettings, type SettingsErrors } from "./settingsRules";

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  showMood: true,
  showAnxiety: true,
  showBodyAwareness: true,
  theme: "system",
  weekStart: "monday",
  currency: "EUR",
  dayBoundary: "04:00",
  welcomed: false,
  language: "system",
};

export interface SettingsApi {
  getSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<Settings>;
}

export type SaveState = "idle" | "saving" | "saved" | "failed";

function same(a: Settings, b: Settings): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export class SettingsStore {
  /** What the form shows, which may briefly hold a value that is being corrected. */
  draft = $state<Settings>({ ...DEFAULT_SETTINGS });
  /** The last settings the back end confirmed; null until loaded. */
  stored = $state<Settings | null>(null);
  loadError = $state<string | null>(null);
  saveState = $state<SaveState>("idle");
  errors = $state<SettingsErrors>({});
  /** A failure that belongs to no single field, shown as a banner. */
  formError = $state<string | null>(null);
  #queue: Promise<unknown> = Promise.resolve();
  #api: SettingsApi;

  constructor(api: SettingsApi = { getSettings, saveSettings }) {
    this.#api = api;
  }

  /** What the rest of the app follows: the stored settings, or the defaults before loading. */
  effective: Settings = $derived(this.stored ?? DEFAULT_SETTINGS);

  async load(): Promise<void> {
    this.loadError = null;
    try {
      this.loaded(await this.#api.getSettings());
    } catch (error) {
      this.loadError = toApiError(error).message;
    }
  }

  /** Takes settings the back end sent (at startup, with the first screen's data). */
  loaded(settings: Settings): void {
    this.stored = settings;
    this.draft = { ...settings };
    this.errors = {};
  }

  /**
   * Applies a change to the form and saves it when it is valid. Resolves to false when a field
   * needs attention or the save failed.
   */
  update(patch: Partial<Settings>): Promise<boolean> {
    this.draft = normaliseSettings({ ...this.draft, ...patch });
    this.errors = validateSettings(this.draft);
    this.formError = null;
    if (Object.keys(this.errors).length > 0) {
      this.saveState = "idle";
      return Promise.resolve(false);
    }
    if (this.stored === null) {
      // Saving defaults over settings that merely failed to load would lose the real ones.
      this.formError = t("settings-not-loaded");
      return Promise.resolve(false);
    }
    const run = this.#queue.then(() => this.#save());
    this.#queue = run;
    return run;
  }

  /** Forgets a "saved" status from an earlier save (the welcome card's), when the screen opens. */
  clearStatus(): void {
    if (this.saveState === "saved") this.saveState = "idle";
  }

  async #save(): Promise<boolean> {
    const sent = $state.snapshot(this.draft) as Settings;
    if (this.stored && same(sent, this.stored)) {
      this.saveState = "saved";
      return true;
    }
    this.saveState = "saving";
    try {
      const saved = await this.#api.saveSettings(sent);
      this.stored = saved;
      if (same($state.snapshot(this.draft) as Settings, sent)) this.draft = { ...saved };
      this.saveState = "saved";
      return true;
    } catch (reason) {
      const error = toApiError(reason);
      if (error.field && error.field in DEFAULT_SETTINGS) {
        this.errors = { ...this.errors, [error.field]: error.message };
      } else {
        this.formError = error.message;
      }
      this.saveState = "failed";
      return false;
    }
  }
}
