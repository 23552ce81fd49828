import { call } from "./client";
import type { CheckIn } from "./bindings/CheckIn";
import type { CheckInDraft } from "./bindings/CheckInDraft";

export type { CheckIn, CheckInDraft };

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

/** Entries from `from` to `to`, both ISO dates, inclusive. */
export function listCheckIns(from: string, to: string): Promise<CheckIn[]> {
  return call<CheckIn[]>("list_check_ins", { from, to });
}

export async function deleteCheckIn(day: string): Promise<void> {
  await call<null>("delete_check_in", { day });
}
