import type { CheckInDraft } from "../api/bindings/CheckInDraft";
import { NOTES_MAX_CHARS, RATING_FIELDS, SLEEP_HOURS_MAX } from "./metrics";
import { formatCount } from "./format";
import { TAG_MAX_CHARS, TAGS_PER_DAY } from "./tags";

/** A draft field name, or "form" for a problem with the entry as a whole. */
export type ErrorKey = Exclude<keyof CheckInDraft, "day" | "version"> | "form";
export type FieldErrors = Partial<Record<ErrorKey, string>>;

/**
 * Counts characters the way the back end does (Unicode code points), so an emoji is one
 * character here and there, not two UTF-16 units.
 */
export function charCount(text: string): number {
  return Array.from(text).length;
}

function isQuarterHour(hours: number): boolean {
  return Number.isInteger(hours * 4);
}

function sleepHoursError(hours: number): string | null {
  if (!Number.isFinite(hours)) return "Enter sleep hours as a number, e.g. 7.5.";
  if (hours < 0 || hours > SLEEP_HOURS_MAX) return "Sleep hours must be between 0 and 24.";
  if (!isQuarterHour(hours)) return "Use quarter hours, e.g. 7, 7.25, 7.5 or 7.75.";
  return null;
}

/**
 * Checks a draft before it is sent. The back end validates again; this only gives quicker,
 * field-level feedback. Returns an empty object when the draft can be saved.
 */
export function validateDraft(draft: CheckInDraft): FieldErrors {
  const errors: FieldErrors = {};

  for (const field of RATING_FIELDS) {
    const value = draft[field];
    if (value !== null && !(Number.isInteger(value) && value >= 0 && value <= 10)) {
      errors[field] = "Choose a whole number from 0 to 10.";
    }
  }

  if (draft.sleepHours !== null) {
    const problem = sleepHoursError(draft.sleepHours);
    if (problem) errors.sleepHours = problem;
  }

  const noteLength = charCount(draft.notes);
  if (noteLength > NOTES_MAX_CHARS) {
    errors.notes = `Notes can be at most ${formatCount(NOTES_MAX_CHARS)} characters (now ${formatCount(noteLength)}).`;
  }

  if (draft.tags.length > TAGS_PER_DAY) {
    errors.tags = `A day can have at most ${TAGS_PER_DAY} tags.`;
  } else if (draft.tags.some((tag) => tag.trim() === "" || charCount(tag.trim()) > TAG_MAX_CHARS)) {
    errors.tags = `Each tag needs 1 to ${TAG_MAX_CHARS} characters.`;
  }

  const hasValue =
    RATING_FIELDS.some((field) => draft[field] !== null) || draft.sleepHours !== null;
  if (!hasValue && draft.notes.trim() === "") {
    errors.form = "Add at least one rating, your sleep hours or a note before saving.";
  }

  return errors;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}
