/**
 * The Reminders section of Settings: what the form shows, its problems by field, a preview of
 * the next reminder the unsaved settings would bring, and saving with the Save button.
 */
import { toApiError } from "../api/client";
import type { Reminder, ReminderOverview, ReminderSettings } from "../api/reminders";
import { systemNow } from "./format";
import type { RemindersStore } from "./reminders.svelte";
import { formValues, settingsFromForm, type ReminderErrors, type ReminderFormValues } from "./reminders";

/** The fields the back end may name; any other field is shown above the form. */
export const REMINDER_FIELDS = [
  "checkIn.time",
  "checkIn.weekdays",
  "massageCadence.days",
  "appointment.eveningBeforeTime",
  "appointment.leadMinutes",
  "quietHours.start",
  "quietHours.end",
  "pausedUntil",
] as const;

export interface PreviewState {
  /** The next reminder as last worked out. */
  next: Reminder | null;
  /** "waiting" while the change is being worked out; "invalid" while a field needs attention. */
  status: "ready" | "waiting" | "invalid" | "failed";
  message?: string;
}

/** Placeholder until the back end answers; never saved (the form is not shown before loading). */
const EMPTY: ReminderSettings = {
  checkIn: { enabled: false, time: "20:30", weekdays: [] },
  massageCadence: { days: null },
  appointment: { enabled: false, eveningBeforeTime: "19:00", leadMinutes: 120 },
  stressNudge: { enabled: false },
  quietHours: { enabled: false, start: "22:00", end: "08:00" },
  pausedUntil: null,
  keepInTray: true,
};

function key(settings: ReminderSettings): string {
  return JSON.stringify(settings);
}

export class ReminderSettingsForm {
  values = $state<ReminderFormValues>(formValues(EMPTY, systemNow()));
  errors = $state<ReminderErrors>({});
  formError = $state<string | null>(null);
  saving = $state(false);
  /** True from a successful save until the next change. */
  saved = $state(false);
  preview = $state<PreviewState>({ next: null, status: "ready" });
  loaded = $state(false);
  #baseline = $state("");
  #timer: ReturnType<typeof setTimeout> | undefined;
  #ticket = 0;
  #store: RemindersStore;
  #delay: number;
  readonly now: () => Date;

  constructor(store: RemindersStore, now: () => Date = systemNow, delayMs = 250) {
    this.#store = store;
    this.now = now;
    this.#delay = delayMs;
  }

  settings: ReminderSettings = $derived(settingsFromForm(this.values).settings);
  dirty = $derived(this.loaded && key(this.settings) !== this.#baseline);

  /** Shows the stored settings (on first load, after saving, or when nothing was edited). */
  load(overview: ReminderOverview): void {
    this.#cancelPreview();
    this.values = formValues(overview.settings, this.now());
    this.#baseline = key(settingsFromForm(this.values).settings);
    this.errors = {};
    this.formError = null;
    this.preview = { next: overview.next, status: "ready" };
    this.loaded = true;
  }

  /** Follows changes made elsewhere (a reminder answered, another save) unless edits are waiting. */
  sync(overview: ReminderOverview | null): void {
    if (!overview || this.saving || (this.loaded && this.dirty)) return;
    this.load(overview);
  }

  change(patch: Partial<ReminderFormValues>): void {
    this.values = { ...this.values, ...patch };
    this.saved = false;
    this.formError = null;
    this.errors = settingsFromForm(this.values).errors;
    this.#schedulePreview();
  }

  #schedulePreview(): void {
    this.#cancelPreview();
    if (Object.keys(this.errors).length > 0) {
      this.preview = { ...this.preview, status: "invalid" };
      return;
    }
    if (!this.dirty) {
      this.preview = { next: this.#store.overview?.next ?? this.preview.next, status: "ready" };
      return;
    }
    this.preview = { ...this.preview, status: "waiting" };
    this.#timer = setTimeout(() => void this.#runPreview(), this.#delay);
  }

  #cancelPreview(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#ticket += 1;
  }

  async #runPreview(): Promise<void> {
    const ticket = this.#ticket;
    const settings = $state.snapshot(this.settings) as ReminderSettings;
    try {
      const next = await this.#store.api.previewReminderSettings(settings);
      if (ticket === this.#ticket) this.preview = { next, status: "ready" };
    } catch (reason) {
      if (ticket !== this.#ticket) return;
      const error = toApiError(reason);
      if (this.#placeError(error.field, error.message)) {
        this.preview = { ...this.preview, status: "invalid" };
      } else {
        this.preview = { ...this.preview, status: "failed", message: error.message };
      }
    }
  }

  /** Puts a back-end message under its field; false when it names no field the form has. */
  #placeError(field: string | null, message: string): boolean {
    if (!field || !(REMINDER_FIELDS as readonly string[]).includes(field)) return false;
    this.errors = { ...this.errors, [field]: message };
    return true;
  }

  /** Saves the form; resolves to false when a field needs attention or saving failed. */
  async save(): Promise<boolean> {
    const { settings, errors } = settingsFromForm(this.values);
    this.errors = errors;
    this.formError = null;
    if (Object.keys(errors).length > 0) return false;
    this.#cancelPreview();
    this.saving = true;
    try {
      const overview = await this.#store.saveSettings(settings);
      this.saving = false;
      this.load(overview);
      this.saved = true;
      return true;
    } catch (reason) {
      const error = toApiError(reason);
      if (!this.#placeError(error.field, error.message)) this.formError = error.message;
      return false;
    } finally {
      this.saving = false;
    }
  }

  /** Stops a pending preview when the section goes away. */
  dispose(): void {
    this.#cancelPreview();
  }
}
