import {
  deleteCheckIn,
  getCheckIn,
  restoreCheckIn,
  saveCheckIn,
  type CheckIn,
  type CheckInDraft,
} from "../api/checkins";
import { toApiError } from "../api/client";
import { emptyValues, type EntryValues } from "../lib/entryValues";
import { clockTime, clockTimeOf, systemNow } from "../lib/format";
import { t } from "../lib/i18n/i18n.svelte";
import { hasErrors, validateDraft, type FieldErrors } from "../lib/validation";

export type { EntryValues };
type ValueKey = keyof EntryValues;

const VALUE_KEYS = Object.keys(emptyValues()) as ValueKey[];

/** Copies just the editable values out of an entry or a draft. */
function valuesOf(source: EntryValues | null): EntryValues {
  if (!source) return emptyValues();
  const values = emptyValues();
  for (const key of VALUE_KEYS) {
    const value = source[key];
    // Arrays are copied so the form never edits the stored entry in place.
    (values as Record<ValueKey, unknown>)[key] = Array.isArray(value) ? [...value] : value;
  }
  return values;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
  }
  return Object.is(a, b);
}

function sameValues(a: EntryValues, b: EntryValues): boolean {
  return VALUE_KEYS.every((key) => sameValue(a[key], b[key]));
}

function isValueKey(field: string): field is ValueKey {
  return (VALUE_KEYS as string[]).includes(field);
}

export type SaveOutcome =
  | { kind: "none" }
  | { kind: "saved"; at: string | null }
  | { kind: "stale" }
  | { kind: "error"; message: string };

export interface TodayApi {
  getCheckIn(day: string): Promise<CheckIn | null>;
  saveCheckIn(draft: CheckInDraft): Promise<CheckIn>;
  deleteCheckIn(day: string): Promise<void>;
  restoreCheckIn(day: string): Promise<CheckIn>;
}

const DEFAULT_API: TodayApi = { getCheckIn, saveCheckIn, deleteCheckIn, restoreCheckIn };

interface ServerFieldError {
  field: ValueKey;
  message: string;
  /** The value that was refused; the message hides once the person changes it. */
  value: unknown;
}

/** The Today form: load the day's entry, edit it, validate and save with optimistic versioning. */
export class TodayForm {
  day = $state<string | null>(null);
  loading = $state(true);
  loadError = $state<string | null>(null);
  values = $state<EntryValues>(emptyValues());
  version = $state<number | null>(null);
  saving = $state(false);
  outcome = $state<SaveOutcome>({ kind: "none" });
  /** Last loaded or saved values; edits are measured against these. */
  #stored = $state<EntryValues>(emptyValues());
  /** After a save was tried, problems are shown live while the person fixes them. */
  #attempted = $state(false);
  #serverError = $state<ServerFieldError | null>(null);
  /**
   * Unsaved edits of days the person moved away from (another day, another screen). They come
   * back when the day is opened again, so switching never silently throws work away.
   */
  #drafts: Record<string, EntryValues> = {};
  #api: TodayApi;
  #now: () => Date;

  constructor(api: TodayApi = DEFAULT_API, now: () => Date = systemNow) {
    this.#api = api;
    this.#now = now;
  }

  dirty = $derived(!sameValues(this.values, this.#stored));

  errors: FieldErrors = $derived.by(() => {
    const errors: FieldErrors = this.#attempted ? validateDraft(this.draft()) : {};
    const server = this.#serverError;
    if (server && sameValue(this.values[server.field], server.value)) {
      errors[server.field] ??= server.message;
    }
    return errors;
  });

  draft(): CheckInDraft {
    return { day: this.day ?? "", ...$state.snapshot(this.values), version: this.version };
  }

  /** Starts loading `day` before the screen asks (at app start, while the settings arrive). */
  prefetch(day: string): void {
    this.#prefetched = { day, done: this.#fetch(day, true) };
  }

  #prefetched: { day: string; done: Promise<void> } | null = null;

  /** Shows `day` with the entry the back end sent at startup (no fetch). */
  loaded(day: string, entry: CheckIn | null): void {
    this.day = day;
    this.loadError = null;
    this.#apply(entry);
    this.loading = false;
    this.#prefetched = { day, done: Promise.resolve() };
  }

  /** Shows `day`, bringing back any unsaved edits it had. The first load of a prefetched day
   *  takes that fetch (finished or not) instead of asking again. */
  async load(day: string): Promise<void> {
    const prefetched = this.#prefetched;
    this.#prefetched = null;
    if (prefetched?.day === day) return prefetched.done;
    if (this.day && this.dirty && !this.loading) {
      this.#drafts[this.day] = valuesOf($state.snapshot(this.values) as EntryValues);
    }
    await this.#fetch(day, true);
  }

  async #fetch(day: string, keepDraft: boolean): Promise<void> {
    this.day = day;
    this.loading = true;
    this.loadError = null;
    try {
      const entry = await this.#api.getCheckIn(day);
      // A slower answer for a day the person has already left must not overwrite the form.
      if (this.day !== day) return;
      this.#apply(entry);
      const draft = this.#drafts[day];
      delete this.#drafts[day];
      if (draft && keepDraft) this.values = draft;
    } catch (error) {
      if (this.day === day) this.loadError = toApiError(error).message;
    } finally {
      if (this.day === day) this.loading = false;
    }
  }

  /** Throws away local edits and shows what is stored now (after a stale-version refusal). */
  async reload(): Promise<void> {
    if (this.day) await this.#fetch(this.day, false);
  }

  /** Whether the shown day has a stored entry (so it can be deleted). */
  hasEntry = $derived(this.version !== null);

  /** Deletes the shown day's entry (a tombstone the back end can restore). */
  async remove(): Promise<{ ok: true; day: string } | { ok: false; message: string }> {
    const day = this.day;
    if (!day || this.version === null || this.saving) {
      return { ok: false, message: t("today-nothing-to-delete") };
    }
    try {
      await this.#api.deleteCheckIn(day);
    } catch (error) {
      return { ok: false, message: toApiError(error).message };
    }
    delete this.#drafts[day];
    if (this.day === day) this.#apply(null);
    return { ok: true, day };
  }

  /** Undoes a delete; shows the entry again when its day is still on screen. */
  async restore(day: string): Promise<{ ok: true } | { ok: false; message: string }> {
    try {
      const entry = await this.#api.restoreCheckIn(day);
      if (this.day === day) {
        // Anything typed since the delete stays on screen, now based on the restored version.
        const edits = this.dirty ? valuesOf($state.snapshot(this.values) as EntryValues) : null;
        this.#apply(entry);
        if (edits) this.values = edits;
      }
      return { ok: true };
    } catch (error) {
      return { ok: false, message: toApiError(error).message };
    }
  }

  /** Returns "invalid" when nothing was sent because a field needs attention. */
  async save(): Promise<"saved" | "invalid" | "failed" | "busy"> {
    if (this.loading || this.saving || this.loadError || !this.day) return "busy";
    this.#attempted = true;
    this.#serverError = null;
    const draft = this.draft();
    if (hasErrors(validateDraft(draft))) return "invalid";

    this.saving = true;
    try {
      const saved = await this.#api.saveCheckIn(draft);
      const editedMeanwhile = !sameValues(this.values, valuesOf(draft));
      this.version = saved.version;
      this.#stored = valuesOf(saved);
      if (!editedMeanwhile) this.values = valuesOf(saved);
      this.#attempted = false;
      this.outcome = { kind: "saved", at: clockTime(this.#now()) };
      return "saved";
    } catch (reason) {
      return this.#refused(reason, draft);
    } finally {
      this.saving = false;
    }
  }

  #refused(reason: unknown, draft: CheckInDraft): "invalid" | "failed" {
    const error = toApiError(reason);
    if (error.code === "invalid_input" && error.field && isValueKey(error.field)) {
      this.#serverError = { field: error.field, message: error.message, value: draft[error.field] };
      this.outcome = { kind: "none" };
      return "invalid";
    }
    this.outcome =
      error.code === "stale_version"
        ? { kind: "stale" }
        : { kind: "error", message: error.message };
    return "failed";
  }

  #apply(entry: CheckIn | null): void {
    this.values = valuesOf(entry);
    this.#stored = valuesOf(entry);
    this.version = entry?.version ?? null;
    this.#attempted = false;
    this.#serverError = null;
    this.outcome = entry ? { kind: "saved", at: clockTimeOf(entry.updatedAt) } : { kind: "none" };
  }
}
