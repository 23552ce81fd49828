/**
 * Pure helpers for massage sessions: labels, the form ↔ draft conversion, validation that
 * mirrors the back end's rules, and the sentences the Massage screen shows.
 */
import type { BodyArea } from "../api/bindings/BodyArea";
import type { MassageKind } from "../api/bindings/MassageKind";
import type { MassageSession } from "../api/bindings/MassageSession";
import type { MassageSessionDraft } from "../api/bindings/MassageSessionDraft";
import type { Pressure } from "../api/bindings/Pressure";
import type { SessionStatus } from "../api/bindings/SessionStatus";
import { orderAreas } from "./bodyAreas";
import { formatDate, t } from "./i18n/i18n.svelte";
import { NOTES_MAX_CHARS } from "./metrics";
import { charCount } from "./validation";

export const KINDS: MassageKind[] = [
  "swedish",
  "deep_tissue",
  "sports",
  "shiatsu",
  "thai",
  "reflexology",
  "self_massage",
  "other",
];
export const STATUSES: SessionStatus[] = ["planned", "done", "cancelled"];
export const PRESSURES: Pressure[] = ["light", "medium", "firm"];

/** The catalogue's word for a kind of massage ("Deep tissue"), in the active language. */
export function kindName(kind: MassageKind): string {
  return t(`massage-kind-${kind.replace("_", "-")}`);
}

/** "Planned", "Done", "Cancelled" in the active language. */
export function statusLabel(status: SessionStatus): string {
  return t(`massage-status-${status}`);
}

/** "Light", "Medium", "Firm" in the active language. */
export function pressureLabel(pressure: Pressure): string {
  return t(`massage-pressure-${pressure}`);
}

export const KIND_OTHER_MAX_CHARS = 60;
export const NAME_MAX_CHARS = 200;
export const DURATION_MIN = 1;
export const DURATION_MAX = 600;
export const COST_MAX_CENTS = 100_000_000;
export const DEFAULT_DURATION_MIN = 60;

export type RatingKey = "stressBefore" | "stressAfter" | "painBefore" | "painAfter";
export const RATING_KEYS: RatingKey[] = ["stressBefore", "stressAfter", "painBefore", "painAfter"];

/** What the form edits. Date, time and cost stay text until they are sent. */
export interface SessionFormValues {
  date: string;
  time: string;
  status: SessionStatus;
  kind: MassageKind;
  kindOther: string;
  /** NaN when the input holds something that is not a number. */
  durationMin: number | null;
  therapist: string;
  place: string;
  pressure: Pressure | null;
  focusAreas: BodyArea[];
  cost: string;
  notes: string;
  stressBefore: number | null;
  stressAfter: number | null;
  painBefore: number | null;
  painAfter: number | null;
}

/** A draft field name (camelCase, as the back end names it), or "form" for the whole session. */
export type SessionErrorKey = Exclude<keyof MassageSessionDraft, "id" | "version"> | "form";
export type SessionErrors = Partial<Record<SessionErrorKey, string>>;

const pad = (n: number) => String(n).padStart(2, "0");

/** The local calendar date of `date` as "YYYY-MM-DD". */
export function localDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local wall-clock time of `date` as "HH:MM". */
export function localTime(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "2025-11-25" + "18:30" → "2025-11-25T18:30", the form the back end stores. */
export function startsAtOf(date: string, time: string): string {
  return `${date}T${time}`;
}

/** "2025-11-25T18:30" (seconds ignored) → { date, time }. */
export function splitStartsAt(startsAt: string): { date: string; time: string } {
  return { date: startsAt.slice(0, 10), time: startsAt.slice(11, 16) };
}

function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isClockTime(text: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(text);
}

/** A local "YYYY-MM-DDTHH:MM" as a Date in the computer's time zone, or null. */
export function startsAtToDate(startsAt: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(startsAt);
  if (!match) return null;
  const [y, mo, d, h, mi] = match.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi);
  return Number.isNaN(date.getTime()) ? null : date;
}

export type CostParse = { cents: number | null } | { error: string };

/**
 * "45.50", "45,50", "45.5" or "45" → cents, by string arithmetic so no float rounding and no
 * locale can change the amount. Empty → null (no cost recorded).
 */
export function parseCost(text: string): CostParse {
  const trimmed = text.trim();
  if (trimmed === "") return { cents: null };
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(trimmed);
  if (!match) return { error: t("massage-error-cost-format") };
  const whole = match[1]!.replace(/^0+(?=\d)/, "");
  if (whole.length > 9) return { error: t("massage-error-cost-too-large") };
  const cents = Number(whole) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  if (cents > COST_MAX_CENTS) return { error: t("massage-error-cost-too-large") };
  return { cents };
}

/** 4550 → "45.50", for the cost input. null → "". */
export function formatCostInput(cents: number | null): string {
  if (cents === null) return "";
  return `${Math.trunc(cents / 100)}.${pad(cents % 100)}`;
}

export function emptySessionValues(): SessionFormValues {
  return {
    date: "",
    time: "",
    status: "done",
    kind: "swedish",
    kindOther: "",
    durationMin: DEFAULT_DURATION_MIN,
    therapist: "",
    place: "",
    pressure: null,
    focusAreas: [],
    cost: "",
    notes: "",
    stressBefore: null,
    stressAfter: null,
    painBefore: null,
    painAfter: null,
  };
}

/** The form's values for a stored session. */
export function valuesFromSession(session: MassageSession): SessionFormValues {
  return {
    ...splitStartsAt(session.startsAt),
    status: session.status,
    kind: session.kind,
    kindOther: session.kindOther ?? "",
    durationMin: session.durationMin,
    therapist: session.therapist,
    place: session.place,
    pressure: session.pressure,
    focusAreas: orderAreas(session.focusAreas),
    cost: formatCostInput(session.costCents),
    notes: session.notes,
    stressBefore: session.stressBefore,
    stressAfter: session.stressAfter,
    painBefore: session.painBefore,
    painAfter: session.painAfter,
  };
}

/**
 * Values for a new session: "log" starts now and done, "plan" starts tomorrow at the same
 * hour and planned. Kind, duration, therapist, place and pressure repeat the last session,
 * since most people go back to the same place.
 */
export function newSessionValues(
  purpose: "log" | "plan",
  now: Date,
  last: MassageSession | null,
): SessionFormValues {
  const start = new Date(now);
  if (purpose === "plan") start.setDate(start.getDate() + 1);
  start.setMinutes(purpose === "plan" ? 0 : start.getMinutes() - (start.getMinutes() % 5));
  const values = emptySessionValues();
  values.date = localDate(start);
  values.time = localTime(start);
  values.status = purpose === "plan" ? "planned" : "done";
  if (last) {
    values.kind = last.kind;
    values.kindOther = last.kindOther ?? "";
    values.durationMin = last.durationMin;
    values.therapist = last.therapist;
    values.place = last.place;
    values.pressure = last.pressure;
  }
  return values;
}

/**
 * The draft to send. Text is trimmed; ratings are sent only for a done session (the form shows
 * them only then); an unreadable cost or duration becomes null, which validation prevents.
 */
export function draftFromValues(
  values: SessionFormValues,
  id: string | null,
  version: number | null,
): MassageSessionDraft {
  const cost = parseCost(values.cost);
  const done = values.status === "done";
  const duration = values.durationMin;
  return {
    id,
    startsAt: startsAtOf(values.date, values.time),
    status: values.status,
    kind: values.kind,
    kindOther: values.kind === "other" ? values.kindOther.trim() : null,
    durationMin: duration === null || Number.isNaN(duration) ? null : duration,
    therapist: values.therapist.trim(),
    place: values.place.trim(),
    pressure: values.pressure,
    focusAreas: orderAreas(values.focusAreas),
    costCents: "cents" in cost ? cost.cents : null,
    notes: values.notes,
    stressBefore: done ? values.stressBefore : null,
    stressAfter: done ? values.stressAfter : null,
    painBefore: done ? values.painBefore : null,
    painAfter: done ? values.painAfter : null,
    version,
  };
}

function startsAtError(values: SessionFormValues): string | null {
  if (values.date === "") return t("massage-error-date-missing");
  if (!isRealDate(values.date)) return t("massage-error-date-invalid");
  if (values.time === "") return t("massage-error-time-missing");
  if (!isClockTime(values.time)) return t("massage-error-time-invalid");
  return null;
}

function durationError(minutes: number | null): string | null {
  if (minutes === null) return null;
  if (Number.isNaN(minutes)) return t("massage-error-duration-number");
  if (!Number.isInteger(minutes) || minutes < DURATION_MIN || minutes > DURATION_MAX) {
    return t("massage-error-duration-range", { min: DURATION_MIN, max: DURATION_MAX });
  }
  return null;
}

/** The message `id` ("… can be at most 200 characters (now 201).") when `text` is too long. */
function tooLong(text: string, max: number, id: string): string | null {
  const count = charCount(text.trim());
  return count > max ? t(id, { max, count }) : null;
}

/**
 * Checks the form before anything is sent, with the same rules as the back end. Returns an
 * empty object when the session can be saved.
 */
export function validateSession(values: SessionFormValues, now: Date): SessionErrors {
  const errors: SessionErrors = {};
  const set = (key: SessionErrorKey, message: string | null) => {
    if (message) errors[key] = message;
  };

  set("startsAt", startsAtError(values));
  if (!errors.startsAt && values.status === "done") {
    const later = startsAtOf(values.date, values.time) > startsAtOf(localDate(now), localTime(now));
    if (later) {
      set("status", t("massage-error-done-in-future"));
    }
  }
  if (values.kind === "other") {
    if (values.kindOther.trim() === "") set("kindOther", t("massage-error-kind-other-missing"));
    else set("kindOther", tooLong(values.kindOther, KIND_OTHER_MAX_CHARS, "massage-error-kind-other-too-long"));
  }
  set("durationMin", durationError(values.durationMin));
  set("therapist", tooLong(values.therapist, NAME_MAX_CHARS, "massage-error-therapist-too-long"));
  set("place", tooLong(values.place, NAME_MAX_CHARS, "massage-error-place-too-long"));
  const cost = parseCost(values.cost);
  if ("error" in cost) set("costCents", cost.error);
  const notes = charCount(values.notes);
  if (notes > NOTES_MAX_CHARS) {
    set("notes", t("massage-error-notes-too-long", { max: NOTES_MAX_CHARS, count: notes }));
  }
  if (values.status === "done") {
    for (const key of RATING_KEYS) {
      const value = values[key];
      if (value !== null && !(Number.isInteger(value) && value >= 0 && value <= 10)) {
        set(key, t("massage-error-rating"));
      }
    }
  }
  return errors;
}

/** Whether two sets of form values hold the same session (focus areas in any order). */
export function sameSessionValues(a: SessionFormValues, b: SessionFormValues): boolean {
  return (Object.keys(a) as (keyof SessionFormValues)[]).every((key) => {
    const [x, y] = [a[key], b[key]];
    if (Array.isArray(x) && Array.isArray(y)) {
      return x.length === y.length && x.every((item) => (y as string[]).includes(item));
    }
    return Object.is(x, y);
  });
}

/** The summary line at the top of the Massage screen. */
export function daysSinceWording(days: number | null): string {
  if (days === null) return t("massage-days-none");
  if (days <= 0) return t("massage-days-today");
  if (days === 1) return t("massage-days-yesterday");
  return t("massage-days-since", { count: days });
}

/** "Stress 7 → 3", or just the side that was rated; null when neither was. */
export function changeWording(label: string, before: number | null, after: number | null): string | null {
  if (before !== null && after !== null) return t("massage-change", { measure: label, before, after });
  if (before !== null) return t("massage-change-before", { measure: label, before });
  if (after !== null) return t("massage-change-after", { measure: label, after });
  return null;
}

/** Whether a session's kind is the person's own name for "Other" (their words, not ours). */
export function isOwnKind(kind: MassageKind, kindOther: string | null): boolean {
  return kind === "other" && Boolean(kindOther);
}

/** The kind as shown in lists: the person's own name for "Other". */
export function kindLabel(kind: MassageKind, kindOther: string | null): string {
  return isOwnKind(kind, kindOther) && kindOther ? kindOther : kindName(kind);
}

/** 60 → "60 min", 90 → "1 h 30 min", 120 → "2 h". */
export function durationWording(minutes: number): string {
  if (minutes < 60) return t("massage-duration-minutes", { minutes });
  const rest = minutes % 60;
  return rest === 0
    ? t("massage-duration-hours", { hours: minutes / 60 })
    : t("massage-duration-hours-minutes", { hours: Math.floor(minutes / 60), minutes: rest });
}

/**
 * When a session starts, in the active language's words ("Tue, 25 Nov, 18:30" or the local
 * equivalent), or in `locale` when one is given; the year is added only when it is not this year.
 */
export function whenInWords(startsAt: string, now: Date, locale?: string): string {
  const date = startsAtToDate(startsAt);
  if (!date) return startsAt;
  const options: Intl.DateTimeFormatOptions = {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: date.getFullYear() === now.getFullYear() ? undefined : "numeric",
    hour: "numeric",
    minute: "2-digit",
  };
  return locale ? new Intl.DateTimeFormat(locale, options).format(date) : formatDate(date, options);
}
