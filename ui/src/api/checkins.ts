import { call } from "./client";
import type { BodyArea } from "./bindings/BodyArea";
import type { CheckIn } from "./bindings/CheckIn";
import type { CheckInDraft } from "./bindings/CheckInDraft";
import type { JournalHit } from "./bindings/JournalHit";
import type { JournalQuery } from "./bindings/JournalQuery";
import type { MetricKey } from "./bindings/MetricKey";
import type { Tag } from "./bindings/Tag";

export type { BodyArea, CheckIn, CheckInDraft, JournalHit, JournalQuery, MetricKey, Tag };

/** The entry for one journal day (ISO date), or null when nothing was logged. */
export function getCheckIn(day: string): Promise<CheckIn | null> {
  return call<CheckIn | null>("get_check_in", { day });
}

/**
 * Creates or updates the entry for `draft.day`. `draft.version` is null for a new entry,
 * otherwise the version the edit started from; a stale one is refused with `stale_version`.
 */
export function saveCheckIn(draft: CheckInDraft): Promise<CheckIn> {
  return call<CheckIn>("save_check_in", { checkIn: draft });
}

/** Entries from `from` to `to`, both ISO dates, inclusive, oldest first. */
export function listCheckIns(from: string, to: string): Promise<CheckIn[]> {
  return call<CheckIn[]>("list_check_ins", { from, to });
}

/** Deletes the entry of `day`; it stays recoverable with `restoreCheckIn` (a tombstone). */
export async function deleteCheckIn(day: string): Promise<void> {
  await call<null>("delete_check_in", { day });
}

/** Undoes `deleteCheckIn` and returns the entry as it was. */
export function restoreCheckIn(day: string): Promise<CheckIn> {
  return call<CheckIn>("restore_check_in", { day });
}

/** Every tag in the journal with how often it is used, sorted by name. */
export function listTags(): Promise<Tag[]> {
  return call<Tag[]>("list_tags");
}

/** Entries matching the query, newest first, at most 500. */
export function searchJournal(query: JournalQuery): Promise<JournalHit[]> {
  return call<JournalHit[]>("search_journal", { query });
}
