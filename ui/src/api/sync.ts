/**
 * Sync between the person's computers through a folder they already keep in step (Syncthing,
 * Dropbox, Nextcloud, a USB stick …), sealed end to end with a sync key that travels from one
 * computer to the next as a sync code. The sync code goes to the back end only; nothing here
 * keeps it.
 */
import { call } from "./client";
import type { EntryCounts } from "./bindings/EntryCounts";
import type { JoinPreview } from "./bindings/JoinPreview";
import type { SyncComputer } from "./bindings/SyncComputer";
import type { SyncState } from "./bindings/SyncState";
import type { SyncStatus } from "./bindings/SyncStatus";

export type { EntryCounts, JoinPreview, SyncComputer, SyncState, SyncStatus };

/** Whether this computer syncs, where to, with which computers, and what stands in the way. */
export function syncStatus(): Promise<SyncStatus> {
  return call<SyncStatus>("sync_status");
}

/** Turns sync on as the first computer: makes the sync key and writes the journal into `folder`. */
export function syncStart(folder: string, computerName: string): Promise<SyncStatus> {
  return call<SyncStatus>("sync_start", { folder, computerName });
}

/** Checks `code` against the journal in `folder` and says what joining would merge. */
export function syncPreviewJoin(folder: string, code: string): Promise<JoinPreview> {
  return call<JoinPreview>("sync_preview_join", { folder, code });
}

/** Joins the journal in `folder`: a backup of this journal is made first, then both merge. */
export function syncJoin(folder: string, code: string, computerName: string): Promise<SyncStatus> {
  return call<SyncStatus>("sync_join", { folder, code, computerName });
}

/** The sync code, in groups of five separated by dashes, for another computer to join with. */
export function syncCode(): Promise<string> {
  return call<string>("sync_code");
}

/** Looks in the sync folder now. */
export function syncNow(): Promise<SyncStatus> {
  return call<SyncStatus>("sync_now");
}

/** Pauses sync on this computer, or resumes it. */
export function syncPause(paused: boolean): Promise<SyncStatus> {
  return call<SyncStatus>("sync_pause", { paused });
}

/** This computer's name as the other computers show it. */
export function syncRename(computerName: string): Promise<SyncStatus> {
  return call<SyncStatus>("sync_rename", { computerName });
}

/** Removes this computer: sync off here and the key forgotten here; the journal stays here and
 *  on the other computers. */
export function syncLeave(): Promise<SyncStatus> {
  return call<SyncStatus>("sync_leave");
}
