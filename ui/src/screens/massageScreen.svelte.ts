import { toApiError } from "../api/client";
import {
  costCurrency,
  deleteSession,
  restoreSession,
  saveSession,
  sessionOverview,
  type MassageSession,
  type SessionOverview,
} from "../api/sessions";
import { systemNow } from "../lib/format";
import { draftFromValues, newSessionValues, valuesFromSession } from "../lib/sessions";
import { SessionFormState } from "./massageForm.svelte";

export type EditorPurpose = "log" | "plan" | "edit" | "outcome";

export interface Editor {
  purpose: EditorPurpose;
  form: SessionFormState;
}

/** Catalogue ids of the form's title for each purpose. */
export const EDITOR_TITLE_IDS: Record<EditorPurpose, string> = {
  log: "massage-log",
  plan: "massage-plan",
  edit: "massage-editor-edit",
  outcome: "massage-editor-outcome",
};

/** A quick action's failure: a catalogue id, and the back end's reason in words. */
export interface ActionError {
  id: string;
  reason?: string;
}

const DEFAULT_CURRENCY = "EUR";

/** The Massage screen: the overview, the open editor, deletion with undo. */
export class MassageScreenState {
  overview = $state<SessionOverview | null>(null);
  loadError = $state<string | null>(null);
  currency = $state(DEFAULT_CURRENCY);
  editor = $state<Editor | null>(null);
  /** The session waiting for "Delete" / "Keep it". */
  pendingDelete = $state<MassageSession | null>(null);
  /** The last deleted session, while its undo is offered. */
  deleted = $state<MassageSession | null>(null);
  /** A quick action (cancel, delete, undo) that failed; the screen says it in a sentence. */
  actionError = $state<ActionError | null>(null);
  #now: () => Date;

  constructor(now: () => Date = systemNow) {
    this.#now = now;
  }

  isEmpty = $derived(
    this.overview !== null &&
      this.overview.upcoming.length + this.overview.awaitingOutcome.length + this.overview.past.length === 0,
  );

  async load(): Promise<void> {
    this.loadError = null;
    try {
      this.overview = await sessionOverview();
    } catch (reason) {
      this.loadError = toApiError(reason).message;
    }
  }

  /** The currency only labels the cost field, so a failure quietly keeps the default. */
  async loadCurrency(): Promise<void> {
    try {
      this.currency = (await costCurrency()) || DEFAULT_CURRENCY;
    } catch {
      this.currency = DEFAULT_CURRENCY;
    }
  }

  #open(purpose: EditorPurpose, form: SessionFormState): void {
    this.actionError = null;
    this.editor = { purpose, form };
  }

  openLog(): void {
    const values = newSessionValues("log", this.#now(), this.overview?.lastDone ?? null);
    this.#open("log", new SessionFormState({ values }, undefined, this.#now));
  }

  openPlan(): void {
    const values = newSessionValues("plan", this.#now(), this.overview?.lastDone ?? null);
    this.#open("plan", new SessionFormState({ values }, undefined, this.#now));
  }

  openEdit(session: MassageSession): void {
    const values = valuesFromSession(session);
    this.#open("edit", new SessionFormState({ values, id: session.id, version: session.version }, undefined, this.#now));
  }

  /** "Yes, it happened": the planned session, now done, ready for its before/after ratings. */
  openOutcome(session: MassageSession): void {
    const baseline = valuesFromSession(session);
    const values = { ...baseline, status: "done" as const };
    const start = { values, baseline, id: session.id, version: session.version };
    this.#open("outcome", new SessionFormState(start, undefined, this.#now));
  }

  closeEditor(): void {
    this.editor = null;
  }

  /** Saves the open editor; closes it and refreshes the lists when that worked. */
  async saveEditor(): Promise<boolean> {
    const editor = this.editor;
    if (!editor) return false;
    const saved = await editor.form.save();
    if (!saved) return false;
    if (this.editor === editor) this.editor = null;
    await this.load();
    return true;
  }

  /** "No, cancel it" for a planned session that did not happen. */
  async markCancelled(session: MassageSession): Promise<void> {
    this.actionError = null;
    const draft = draftFromValues(
      { ...valuesFromSession(session), status: "cancelled" },
      session.id,
      session.version,
    );
    try {
      await saveSession(draft);
    } catch (reason) {
      this.actionError = { id: "massage-error-cancel-failed", reason: toApiError(reason).message };
    }
    await this.load();
  }

  askDelete(session: MassageSession): void {
    this.actionError = null;
    this.pendingDelete = session;
  }

  keepPending(): void {
    this.pendingDelete = null;
  }

  async confirmDelete(): Promise<void> {
    const session = this.pendingDelete;
    this.pendingDelete = null;
    if (!session) return;
    // Hidden first, so a second deletion restarts the toast's countdown.
    this.deleted = null;
    try {
      await deleteSession(session.id);
      this.deleted = session;
    } catch (reason) {
      this.actionError = { id: "massage-error-delete-failed", reason: toApiError(reason).message };
    }
    await this.load();
  }

  async undoDelete(): Promise<void> {
    const session = this.deleted;
    this.deleted = null;
    if (!session) return;
    try {
      await restoreSession(session.id);
    } catch (reason) {
      this.actionError = { id: "massage-error-restore-failed", reason: toApiError(reason).message };
    }
    await this.load();
  }

  dismissUndo(): void {
    this.deleted = null;
  }
}
