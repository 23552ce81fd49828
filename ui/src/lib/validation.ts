import type { CheckInDraft } from "../api/bindings/CheckInDraft";
import { NOTES_MAX_CHARS, RATING_FIELDS, SLEEP_HOURS_MAX } from "./metrics";
import { formatList, formatNumber, t } from "./i18n/i18n.svelte";
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
  if (!Number.isFinite(hours)) return t("today-error-sleep-number", { example: 7.5 });
  if (hours < 0 || hours > SLEEP_HOURS_MAX) {
    return t("today-error-sleep-range", { min: 0, max: SLEEP_HOURS_MAX });
  }
  if (!isQuarterHour(hours)) {
    const examples = formatList([7, 7.25, 7.5, 7.75].map((n) => formatNumber(n)), "disjunction");
    return t("today-error-sleep-quarter", { examples });
  }
  return null;
}

/**
 * Checks a draft before it is sent. The back end validates again; this only gives quicker,
 * field-level feedback. Returns an empty object when the draft can be saved. The messages are in
 * the active language; call it where it is shown (e.g. in a `$derived`) to follow a change.
 */
export function validateDraft(draft: CheckInDraft): FieldErrors {
  const errors: FieldErrors = {};

  for (const field of RATING_FIELDS) {
    const value = draft[field];
    if (value !== null && !(Number.isInteger(value) && value >= 0 && value <= 10)) {
      errors[field] = t("today-error-rating");
    }
  }

  if (draft.sleepHours !== null) {
    const problem = sleepHoursError(draft.sleepHours);
    if (problem) errors.sleepHours = problem;
  }

  const noteLength = charCount(draft.notes);
  if (noteLength > NOTES_MAX_CHARS) {
    errors.notes = t("today-error-notes-too-long", { max: NOTES_MAX_CHARS, count: noteLength });
  }

  if (draft.tags.length > TAGS_PER_DAY) {
    errors.tags = t("today-error-too-many-tags", { max: TAGS_PER_DAY });
  } else if (draft.tags.some((tag) => tag.trim() === "" || charCount(tag.trim()) > TAG_MAX_CHARS)) {
    errors.tags = t("today-error-tag-size", { max: TAG_MAX_CHARS });
  }

  const hasValue =
    RATING_FIELDS.some((field) => draft[field] !== null) || draft.sleepHours !== null;
  if (!hasValue && draft.notes.trim() === "") {
    errors.form = t("today-error-empty");
  }

  return errors;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}
