/**
 * The reminders as the back end sees them, shared by the banner (on every screen) and the
 * Settings screen, so answering a reminder or saving settings updates both at once.
 */
import { toApiError } from "../api/client";
import { t } from "./i18n/i18n.svelte";
import { askSavePath } from "../api/dialog";
import {
  answerReminder,
  bookFromReminder,
  exportCalendar,
  previewReminderSettings,
  reminderOverview,
  saveReminderSettings,
  setStartWithComputer,
  snoozeReminder,
  type CalendarExport,
  type Delivery,
  type Reminder,
  type ReminderOutcome,
  type ReminderOverview,
  type ReminderSettings,
} from "../api/reminders";
import type { MassageSession } from "../api/sessions";

export interface RemindersApi {
  reminderOverview(): Promise<ReminderOverview>;
  saveReminderSettings(settings: ReminderSettings): Promise<ReminderOverview>;
  previewReminderSettings(settings: ReminderSettings): Promise<Reminder | null>;
  snoozeReminder(id: string, until: string): Promise<ReminderOverview>;
  answerReminder(id: string, outcome: ReminderOutcome): Promise<ReminderOverview>;
  bookFromReminder(id: string, startsAt: string): Promise<MassageSession>;
  exportCalendar(path: string): Promise<CalendarExport>;
  setStartWithComputer(enabled: boolean): Promise<Delivery>;
  /** The native save dialog for an .ics file; null when cancelled. */
  askCalendarPath(defaultName: string): Promise<string | null>;
}

export const REMINDERS_API: RemindersApi = {
  reminderOverview,
  saveReminderSettings,
  previewReminderSettings,
  snoozeReminder,
  answerReminder,
  bookFromReminder,
  exportCalendar,
  setStartWithComputer,
  askCalendarPath: (name) => askSavePath(name, "ics"),
};

export type ExportResult = { saved: CalendarExport } | { cancelled: true } | { error: string };

export class RemindersStore {
  overview = $state<ReminderOverview | null>(null);
  loadError = $state<string | null>(null);
  /** The reminder whose answer is on its way, so its buttons wait. */
  busyId = $state<string | null>(null);
  /** A failed answer, by reminder id, said in a sentence. */
  errors = $state<Record<string, string>>({});
  readonly api: RemindersApi;
  /** Answers may overtake each other; only the newest overview is kept. */
  #sequence = 0;

  constructor(api: RemindersApi = REMINDERS_API) {
    this.api = api;
  }

  unanswered = $derived(this.overview?.unanswered ?? []);

  /** Fetches the overview again; a failure keeps what was shown and says so. */
  async refresh(): Promise<void> {
    const ticket = ++this.#sequence;
    try {
      const overview = await this.api.reminderOverview();
      if (ticket === this.#sequence) this.#apply(overview);
      this.loadError = null;
    } catch (reason) {
      if (ticket === this.#sequence) this.loadError = toApiError(reason).message;
    }
  }

  /** Takes an overview a command returned. */
  accept(overview: ReminderOverview): void {
    this.#sequence += 1;
    this.#apply(overview);
  }

  #apply(overview: ReminderOverview): void {
    this.overview = overview;
    const ids = overview.unanswered.map((u) => u.id);
    this.errors = Object.fromEntries(Object.entries(this.errors).filter(([id]) => ids.includes(id)));
  }

  snooze(id: string, until: string): Promise<boolean> {
    return this.#answer(id, () => this.api.snoozeReminder(id, until), "reminders-error-snooze");
  }

  answer(id: string, outcome: ReminderOutcome): Promise<boolean> {
    const failure = outcome === "dismissed" ? "reminders-error-dismiss" : "reminders-error-done";
    return this.#answer(id, () => this.api.answerReminder(id, outcome), failure);
  }

  /** `failure`: the message that says what could not be done, with the reason as `$details`. */
  async #answer(id: string, send: () => Promise<ReminderOverview>, failure: string): Promise<boolean> {
    this.busyId = id;
    this.#clearError(id);
    try {
      this.accept(await send());
      return true;
    } catch (reason) {
      this.errors = { ...this.errors, [id]: t(failure, { details: toApiError(reason).message }) };
      await this.refresh();
      return false;
    } finally {
      if (this.busyId === id) this.busyId = null;
    }
  }

  /** "I booked it": plans the session; resolves to it, or rejects with the `ApiError`. */
  async book(id: string, startsAt: string): Promise<MassageSession> {
    this.busyId = id;
    this.#clearError(id);
    try {
      const session = await this.api.bookFromReminder(id, startsAt);
      await this.refresh();
      return session;
    } catch (reason) {
      throw toApiError(reason);
    } finally {
      if (this.busyId === id) this.busyId = null;
    }
  }

  async saveSettings(settings: ReminderSettings): Promise<ReminderOverview> {
    const overview = await this.api.saveReminderSettings(settings);
    this.accept(overview);
    return overview;
  }

  /** Resolves to an error message, or null once the computer agreed. */
  async setStartWithComputer(enabled: boolean): Promise<string | null> {
    try {
      const delivery = await this.api.setStartWithComputer(enabled);
      if (this.overview) this.overview = { ...this.overview, delivery };
      return null;
    } catch (reason) {
      return toApiError(reason).message;
    }
  }

  async exportCalendar(): Promise<ExportResult> {
    try {
      const path = await this.api.askCalendarPath("massage-sessions.ics");
      if (path === null) return { cancelled: true };
      return { saved: await this.api.exportCalendar(path) };
    } catch (reason) {
      return { error: toApiError(reason).message };
    }
  }

  #clearError(id: string): void {
    if (!(id in this.errors)) return;
    const rest = { ...this.errors };
    delete rest[id];
    this.errors = rest;
  }
}
