/**
 * The backups part of "Your data": the list, "Back up now", a copy to a chosen folder, and
 * restoring one after a confirmation. Held by the shell, so the message after a restore stays
 * while every screen reloads.
 */
import { toApiError } from "../api/client";
import { chooseFolder } from "../api/dialog";
import { backUpNow, backupOverview, restoreBackup, type BackupInfo, type BackupOverview } from "../api/portability";
import type { MessageArgs } from "./i18n/i18n.svelte";

type Busy = "loading" | "now" | "folder" | "restoring";

/** A message of the catalogue with its variables, put into words when shown. */
export interface Said {
  id: string;
  args: MessageArgs;
}

export class BackupsStore {
  overview = $state<BackupOverview | null>(null);
  loadError = $state<string | null>(null);
  busy = $state<Busy | null>(null);
  /** A failed backup or restore, shown beside its buttons. */
  error = $state<string | null>(null);
  /** What just happened ("Backed up …", "Restored …"). */
  message = $state<Said | null>(null);
  /** The backup the confirmation asks about. */
  confirming = $state<BackupInfo | null>(null);

  async refresh(): Promise<void> {
    if (this.busy === null) this.busy = "loading";
    try {
      this.overview = await backupOverview();
      this.loadError = null;
    } catch (reason) {
      this.loadError = toApiError(reason).message;
    } finally {
      if (this.busy === "loading") this.busy = null;
    }
  }

  /** A backup in the app's backups folder. */
  async backUpNow(): Promise<void> {
    await this.#backUp("now", async () => {
      const made = await backUpNow(null);
      return { id: "data-backup-done", args: { file: made.fileName } };
    });
  }

  /** A copy in a folder the person chooses (another disk, a USB stick). */
  async backUpToFolder(): Promise<void> {
    await this.#backUp("folder", async () => {
      const folder = await chooseFolder();
      if (folder === null) return null;
      const made = await backUpNow(folder);
      return { id: "data-backup-done-folder", args: { path: made.path } };
    });
  }

  async #backUp(kind: Busy, run: () => Promise<Said | null>): Promise<void> {
    this.busy = kind;
    this.error = null;
    this.message = null;
    try {
      const said = await run();
      if (said === null) return;
      this.message = said;
    } catch (reason) {
      this.error = toApiError(reason).message;
      return;
    } finally {
      this.busy = null;
    }
    await this.refresh();
  }

  askRestore(backup: BackupInfo): void {
    this.error = null;
    this.confirming = backup;
  }

  cancelRestore(): void {
    this.confirming = null;
  }

  /** Restores the confirmed backup; `onrestored` reloads every screen (another file is open). */
  async restore(describe: (backup: BackupInfo) => string, onrestored: () => Promise<void> | void): Promise<boolean> {
    const backup = this.confirming;
    if (!backup) return false;
    this.confirming = null;
    this.busy = "restoring";
    this.error = null;
    this.message = null;
    try {
      await restoreBackup(backup.path);
    } catch (reason) {
      this.error = toApiError(reason).message;
      return false;
    } finally {
      this.busy = null;
    }
    await onrestored();
    await this.refresh();
    this.message = { id: "data-backup-restored", args: { when: describe(backup) } };
    return true;
  }
}
