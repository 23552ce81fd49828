import { toApiError } from "../api/client";
import { getSession, saveSession, type MassageSession, type MassageSessionDraft } from "../api/sessions";
import { systemNow } from "../lib/format";
import {
  draftFromValues,
  sameSessionValues,
  validateSession,
  valuesFromSession,
  type SessionErrorKey,
  type SessionErrors,
  type SessionFormValues,
} from "../lib/sessions";

export type SessionSaveOutcome =
  | { kind: "none" }
  | { kind: "stale" }
  | { kind: "gone" }
  | { kind: "error"; message: string };

export interface SessionFormApi {
  saveSession(draft: MassageSessionDraft): Promise<MassageSession>;
  getSession(id: string): Promise<MassageSession | null>;
}

export interface SessionFormStart {
  /** What the form shows first. */
  values: SessionFormValues;
  /** What counts as "no changes": the stored session, or `values` for a new one. */
  baseline?: SessionFormValues;
  id?: string | null;
  version?: number | null;
}

const FIELD_KEYS: SessionErrorKey[] = [
  "startsAt", "status", "kind", "kindOther", "durationMin", "therapist", "place", "pressure",
  "focusAreas", "costCents", "notes", "stressBefore", "stressAfter", "painBefore", "painAfter",
];

function isFieldKey(field: string): field is SessionErrorKey {
  return (FIELD_KEYS as string[]).includes(field);
}

/** The form values a server error is about, so its message can hide once they change. */
function valuesBehind(field: SessionErrorKey, values: SessionFormValues): string {
  switch (field) {
    case "startsAt":
      return JSON.stringify([values.date, values.time, values.status]);
    case "costCents":
      return values.cost;
    case "form":
      return JSON.stringify(values);
    default:
      return JSON.stringify([values[field], values.status]);
  }
}

/** One session being logged, planned or edited: validation, saving and stale-version handling. */
export class SessionFormState {
  values = $state<SessionFormValues>() as SessionFormValues;
  id = $state<string | null>(null);
  version = $state<number | null>(null);
  saving = $state(false);
  outcome = $state<SessionSaveOutcome>({ kind: "none" });
  #baseline = $state<SessionFormValues>() as SessionFormValues;
  /** After a save was tried, problems are shown live while the person fixes them. */
  #attempted = $state(false);
  #serverError = $state<{ field: SessionErrorKey; message: string; behind: string } | null>(null);
  #api: SessionFormApi;
  #now: () => Date;

  constructor(
    start: SessionFormStart,
    api: SessionFormApi = { saveSession, getSession },
    now: () => Date = systemNow,
  ) {
    this.values = structuredClone(start.values);
    this.#baseline = structuredClone(start.baseline ?? start.values);
    this.id = start.id ?? null;
    this.version = start.version ?? null;
    this.#api = api;
    this.#now = now;
  }

  dirty = $derived(!sameSessionValues(this.values, this.#baseline));

  errors: SessionErrors = $derived.by(() => {
    const errors: SessionErrors = this.#attempted ? validateSession(this.values, this.#now()) : {};
    const server = this.#serverError;
    if (server && valuesBehind(server.field, this.values) === server.behind) {
      errors[server.field] ??= server.message;
    }
    return errors;
  });

  draft(): MassageSessionDraft {
    return draftFromValues($state.snapshot(this.values), this.id, this.version);
  }

  /**
   * Sends the session. Returns the stored session, or null when nothing was saved (the reason
   * is then in `errors` or `outcome`).
   */
  async save(): Promise<MassageSession | null> {
    if (this.saving) return null;
    this.#attempted = true;
    this.#serverError = null;
    this.outcome = { kind: "none" };
    if (Object.keys(validateSession(this.values, this.#now())).length > 0) return null;

    this.saving = true;
    try {
      return await this.#api.saveSession(this.draft());
    } catch (reason) {
      this.#refused(reason);
      return null;
    } finally {
      this.saving = false;
    }
  }

  /** Throws away local edits and shows the session as it is stored now. */
  async reload(): Promise<void> {
    if (!this.id) return;
    try {
      const stored = await this.#api.getSession(this.id);
      if (!stored) {
        this.outcome = { kind: "gone" };
        return;
      }
      this.values = valuesFromSession(stored);
      this.#baseline = valuesFromSession(stored);
      this.version = stored.version;
      this.#attempted = false;
      this.#serverError = null;
      this.outcome = { kind: "none" };
    } catch (reason) {
      this.outcome = { kind: "error", message: toApiError(reason).message };
    }
  }

  #refused(reason: unknown): void {
    const error = toApiError(reason);
    if (error.code === "invalid_input") {
      // A field this form does not show (or none) is reported for the session as a whole.
      const field = error.field && isFieldKey(error.field) ? error.field : "form";
      this.#serverError = { field, message: error.message, behind: valuesBehind(field, this.values) };
      return;
    }
    if (error.code === "stale_version") this.outcome = { kind: "stale" };
    else if (error.code === "not_found") this.outcome = { kind: "gone" };
    else this.outcome = { kind: "error", message: error.message };
  }
}
