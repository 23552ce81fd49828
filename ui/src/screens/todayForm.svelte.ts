import { getCheckIn, saveCheckIn, type CheckIn, type CheckInDraft } from "../api/checkins";
import { toApiError } from "../api/client";
import { clockTime, clockTimeOf, systemNow } from "../lib/format";
import { hasErrors, validateDraft, type FieldErrors } from "../lib/validation";

/** The editable part of a check-in. */
export type EntryValues = Omit<CheckInDraft, "day" | "version">;
type ValueKey = keyof EntryValues;

const VALUE_KEYS: ValueKey[] = [
  "stress",
  "sleepHours",
  "sleepQuality",
  "pain",
  "selfEsteem",
  "mood",
  "anxiety",
  "bodyAwareness",
  "notes",
];

export function emptyValues(): EntryValues {
  return {
    stress: null,
    sleepHours: null,
    sleepQuality: null,
    pain: null,
    selfEsteem: null,
    mood: null,
    anxiety: null,
    bodyAwareness: null,
    notes: "",
  };
}

/** Copies just the editable values out of an entry or a draft. */
function valuesOf(source: EntryValues | null): EntryValues {
  if (!source) return emptyValues();
  const values = emptyValues();
  for (const key of VALUE_KEYS) (values as Record<ValueKey, unknown>)[key] = source[key];
  return values;
}

function sameValue(a: unknown, b: unknown): boolean {
  return Object.is(a, b) || (a === null && b === null);
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
}

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
  #api: TodayApi;
  #now: () => Date;

  constructor(api: TodayApi = { getCheckIn, saveCheckIn }, now: () => Date = systemNow) {
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

  async load(day: string): Promise<void> {
    this.day = day;
    this.loading = true;
    this.loadError = null;
    try {
      const entry = await this.#api.getCheckIn(day);
      // A slower answer for a day the person has already left must not overwrite the form.
      if (this.day === day) this.#apply(entry);
    } catch (error) {
      if (this.day === day) this.loadError = toApiError(error).message;
    } finally {
      if (this.day === day) this.loading = false;
    }
  }

  /** Throws away local edits and shows what is stored now (after a stale-version refusal). */
  async reload(): Promise<void> {
    if (this.day) await this.load(this.day);
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
