/**
 * Builders for check-ins: the one place that lists every field of an entry with its empty
 * value. The Today form starts from `emptyValues()`; tests and the in-memory back end build
 * drafts and stored entries from them, overriding only what matters to them.
 */
import type { CheckIn } from "../api/bindings/CheckIn";
import type { CheckInDraft } from "../api/bindings/CheckInDraft";

/** The editable part of a check-in. */
export type EntryValues = Omit<CheckInDraft, "day" | "version">;

/** Nothing filled in: no ratings, no notes, no areas, no tags. */
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
    painAreas: [],
    tags: [],
  };
}

/** A draft for `day` that was never saved (version null), with `fields` filled in. */
export function checkInDraft(day: string, fields: Partial<CheckInDraft> = {}): CheckInDraft {
  return { day, ...emptyValues(), version: null, ...fields };
}

/**
 * A stored entry for `day` with `fields` filled in; unless they say otherwise it is the first
 * version, written at 20:00 UTC that day.
 */
export function storedCheckIn(day: string, fields: Partial<CheckIn> = {}): CheckIn {
  const at = `${day}T20:00:00Z`;
  return { day, ...emptyValues(), createdAt: at, updatedAt: at, version: 1, ...fields };
}
