/**
 * The Sync card of Settings: turning sync on as the first computer (a folder, then the sync
 * code to take to the others), joining from another computer (a folder and the code, what will
 * merge, then joining), and while sync is on: syncing now, pausing, renaming this computer,
 * showing the sync code, and removing this computer after a confirmation.
 */
import { toApiError } from "../api/client";
import { chooseFolder } from "../api/dialog";
import { onSyncChanged, type SyncChange } from "../api/events";
import {
  syncCode,
  syncJoin,
  syncLeave,
  syncNow,
  syncPause,
  syncPreviewJoin,
  syncRename,
  syncStart,
  syncStatus,
  type JoinPreview,
  type SyncStatus,
} from "../api/sync";
import { t, type MessageArgs } from "./i18n/i18n.svelte";

export interface SyncApi {
  syncStatus(): Promise<SyncStatus>;
  syncStart(folder: string, computerName: string): Promise<SyncStatus>;
  syncPreviewJoin(folder: string, code: string): Promise<JoinPreview>;
  syncJoin(folder: string, code: string, computerName: string): Promise<SyncStatus>;
  syncCode(): Promise<string>;
  syncNow(): Promise<SyncStatus>;
  syncPause(paused: boolean): Promise<SyncStatus>;
  syncRename(computerName: string): Promise<SyncStatus>;
  syncLeave(): Promise<SyncStatus>;
  /** The native folder dialog; null when cancelled. */
  chooseFolder(): Promise<string | null>;
  /** Listens to the back end's sync passes; resolves to a function that stops listening. */
  onSyncChanged(handler: (change: SyncChange) => void): Promise<() => void>;
}

export const SYNC_API: SyncApi = {
  syncStatus,
  syncStart,
  syncPreviewJoin,
  syncJoin,
  syncCode,
  syncNow,
  syncPause,
  syncRename,
  syncLeave,
  chooseFolder,
  onSyncChanged,
};

export type SyncBusy = "start" | "folder" | "check" | "join" | "now" | "pause" | "rename" | "code" | "leave";
export type JoinField = "folder" | "code";

/** A message of the catalogue with its variables, put into words when shown. */
export interface Said {
  id: string;
  args?: MessageArgs;
}

/** "Join a journal from another computer": the folder, the code, and what joining will merge. */
export class JoinForm {
  folder = $state<string | null>(null);
  code = $state("");
  /** What joining will merge, once the code opened the journal in the folder. */
  preview = $state<JoinPreview | null>(null);
  errors = $state<Partial<Record<JoinField, string>>>({});

  setFolder(folder: string): void {
    this.folder = folder;
    this.preview = null;
    this.errors = { ...this.errors, folder: undefined };
  }

  setCode(code: string): void {
    this.code = code;
    this.preview = null;
    this.errors = { ...this.errors, code: undefined };
  }
}

export class SyncStore {
  status = $state<SyncStatus | null>(null);
  loadError = $state<string | null>(null);
  busy = $state<SyncBusy | null>(null);
  /** This computer's name: the field of both ways in while sync is off, the rename field while on. */
  name = $state("");
  nameError = $state<string | null>(null);
  /** The join form while it is open. */
  join = $state<JoinForm | null>(null);
  /** The sync code while it is shown. */
  code = $state<string | null>(null);
  confirmingLeave = $state(false);
  /** A failure that belongs to no field, shown beside the buttons. */
  error = $state<string | null>(null);
  /** What just happened ("Sync is on", "This computer no longer syncs" …). */
  message = $state<Said | null>(null);
  /** The person changed the name field: a status that arrives keeps what they typed. */
  #nameTyped = false;
  /** Counts the answers that set the status, so a slower `load` never overwrites a newer one. */
  #sequence = 0;
  #api: SyncApi;

  constructor(api: SyncApi = SYNC_API) {
    this.#api = api;
  }

  /** Asks for the status (at first, after a sync pass, and from time to time while shown). */
  async load(): Promise<void> {
    const ticket = ++this.#sequence;
    try {
      const status = await this.#api.syncStatus();
      if (ticket === this.#sequence) this.#apply(status);
      this.loadError = null;
    } catch (reason) {
      if (ticket === this.#sequence) this.loadError = toApiError(reason).message;
    }
  }

  /** Asks for the status again after every sync pass that changed something. */
  listen(): Promise<() => void> {
    return this.#api.onSyncChanged(() => void this.load());
  }

  #apply(status: SyncStatus): void {
    this.#sequence += 1;
    this.status = status;
    if (!this.#nameTyped) this.name = status.computerName;
    if (status.state !== "on" && status.state !== "paused") this.code = null;
    if (status.state !== "off") this.join = null;
  }

  setName(name: string): void {
    this.name = name;
    this.#nameTyped = true;
    this.nameError = null;
  }

  /** The name to send, or null with the problem under the field. */
  #checkedName(): string | null {
    const name = this.name.trim();
    if (!name) {
      this.nameError = t("error-sync-name-empty");
      return null;
    }
    return name;
  }

  #begin(busy: SyncBusy): void {
    this.busy = busy;
    this.error = null;
    this.message = null;
  }

  /** Puts a refusal where it belongs: under the name, under a join field, or beside the buttons. */
  #fail(reason: unknown): void {
    const failure = toApiError(reason);
    if (failure.field === "computerName") {
      this.nameError = failure.message;
    } else if (this.join && (failure.field === "code" || failure.field === "folder")) {
      this.join.preview = null;
      this.join.errors = { ...this.join.errors, [failure.field]: failure.message };
    } else {
      this.error = failure.message;
    }
  }

  #named(status: SyncStatus): void {
    this.#nameTyped = false;
    this.#apply(status);
  }

  /** "Turn on sync on this computer": the folder, then the journal is written into it and the
   *  sync code is shown for the other computers. */
  async start(): Promise<boolean> {
    const name = this.#checkedName();
    if (name === null) return false;
    this.#begin("start");
    try {
      const folder = await this.#api.chooseFolder();
      if (folder === null) return false;
      this.#named(await this.#api.syncStart(folder, name));
      this.message = { id: "sync-done-started" };
    } catch (reason) {
      this.#fail(reason);
      return false;
    } finally {
      this.busy = null;
    }
    await this.showCode();
    return true;
  }

  openJoin(): void {
    this.error = null;
    this.message = null;
    this.join = new JoinForm();
  }

  closeJoin(): void {
    this.join = null;
    this.error = null;
  }

  async chooseJoinFolder(): Promise<void> {
    const join = this.join;
    if (!join) return;
    this.#begin("folder");
    try {
      const folder = await this.#api.chooseFolder();
      if (folder !== null) join.setFolder(folder);
    } catch (reason) {
      this.#fail(reason);
    } finally {
      this.busy = null;
    }
  }

  /** "Check the code": the code against the folder's journal, and what joining will merge. */
  async check(): Promise<boolean> {
    const join = this.join;
    if (!join) return false;
    const code = join.code.trim();
    const errors: Partial<Record<JoinField, string>> = {};
    if (join.folder === null) errors.folder = t("sync-join-no-folder");
    if (!code) errors.code = t("sync-join-no-code");
    join.errors = errors;
    if (join.folder === null || !code) return false;
    this.#begin("check");
    try {
      join.preview = await this.#api.syncPreviewJoin(join.folder, code);
      return true;
    } catch (reason) {
      this.#fail(reason);
      return false;
    } finally {
      this.busy = null;
    }
  }

  /** "Join and merge", after the preview: a backup of this journal first, then both merge. */
  async confirmJoin(): Promise<boolean> {
    const join = this.join;
    if (!join?.preview || join.folder === null) return false;
    const name = this.#checkedName();
    if (name === null) return false;
    this.#begin("join");
    try {
      this.#named(await this.#api.syncJoin(join.folder, join.code.trim(), name));
      this.join = null;
      this.message = { id: "sync-done-joined" };
      return true;
    } catch (reason) {
      this.#fail(reason);
      return false;
    } finally {
      this.busy = null;
    }
  }

  async syncNow(): Promise<void> {
    await this.#run("now", () => this.#api.syncNow(), { id: "sync-done-now" });
  }

  async setPaused(paused: boolean): Promise<void> {
    await this.#run("pause", () => this.#api.syncPause(paused), { id: paused ? "sync-done-paused" : "sync-done-resumed" });
  }

  /** Saves this computer's name as the other computers show it. */
  async rename(): Promise<void> {
    const name = this.#checkedName();
    if (name === null || name === this.status?.computerName) return;
    this.nameError = null;
    const renamed = await this.#run("rename", () => this.#api.syncRename(name), { id: "sync-done-renamed" });
    if (renamed) this.#nameTyped = false;
    if (renamed && this.status) this.name = this.status.computerName;
  }

  async #run(busy: SyncBusy, command: () => Promise<SyncStatus>, done: Said): Promise<boolean> {
    this.#begin(busy);
    try {
      this.#apply(await command());
      this.message = done;
      return true;
    } catch (reason) {
      this.#fail(reason);
      return false;
    } finally {
      this.busy = null;
    }
  }

  /** Shows the sync code, for another computer to join with. */
  async showCode(): Promise<void> {
    this.busy = "code";
    this.error = null;
    try {
      this.code = await this.#api.syncCode();
    } catch (reason) {
      this.#fail(reason);
    } finally {
      this.busy = null;
    }
  }

  hideCode(): void {
    this.code = null;
  }

  askLeave(): void {
    this.error = null;
    this.message = null;
    this.confirmingLeave = true;
  }

  /** "Remove this computer", confirmed: sync off here, the key forgotten here, the journal kept. */
  async leave(): Promise<void> {
    this.confirmingLeave = false;
    this.code = null;
    const left = await this.#run("leave", () => this.#api.syncLeave(), { id: "sync-done-left" });
    if (left && this.status) this.#named(this.status);
  }
}
