import type { MetricKey } from "../api/bindings/MetricKey";
import { t } from "./i18n/i18n.svelte";

/** Catalogue ids of each measure's name (locales/<lang>/measures.ftl), in the journal's order. */
export const MEASURE_NAME_IDS: Readonly<Record<MetricKey, string>> = {
  stress: "measure-stress",
  sleepHours: "measure-sleep-hours",
  sleepQuality: "measure-sleep-quality",
  pain: "measure-pain",
  selfEsteem: "measure-self-esteem",
  mood: "measure-mood",
  anxiety: "measure-anxiety",
  bodyAwareness: "measure-body-awareness",
};

/** The catalogue id of the resilience index's name, charted beside the measures. */
export const INDEX_NAME_ID = "measure-resilience-index";

/** The 0–10 ratings a check-in can hold, with the words shown at each end of the scale. */
export type RatingField =
  | "stress"
  | "sleepQuality"
  | "pain"
  | "selfEsteem"
  | "mood"
  | "anxiety"
  | "bodyAwareness";

export interface RatingMeta {
  field: RatingField;
  label: string;
  low: string;
  high: string;
}

/** Catalogue ids of each rating's name and scale ends (locales/<lang>/measures.ftl). */
const RATING_IDS: Record<RatingField, string> = {
  stress: "stress",
  sleepQuality: "sleep-quality",
  pain: "pain",
  selfEsteem: "self-esteem",
  mood: "mood",
  anxiety: "anxiety",
  bodyAwareness: "body-awareness",
};

function ratingMeta(field: RatingField): RatingMeta {
  const id = RATING_IDS[field];
  // Getters: the words are looked up when shown, so they follow the active language.
  return {
    field,
    get label() {
      return t(`measure-${id}`);
    },
    get low() {
      return t(`measure-${id}-low`);
    },
    get high() {
      return t(`measure-${id}-high`);
    },
  };
}

export const RATINGS: Record<RatingField, RatingMeta> = {
  stress: ratingMeta("stress"),
  sleepQuality: ratingMeta("sleepQuality"),
  pain: ratingMeta("pain"),
  selfEsteem: ratingMeta("selfEsteem"),
  mood: ratingMeta("mood"),
  anxiety: ratingMeta("anxiety"),
  bodyAwareness: ratingMeta("bodyAwareness"),
};

export const RATING_FIELDS = Object.keys(RATINGS) as RatingField[];

/** The optional ratings that live in the collapsed "More" section. */
export const MORE_FIELDS: RatingField[] = ["mood", "anxiety", "bodyAwareness"];

export const NOTES_MAX_CHARS = 20_000;
export const SLEEP_HOURS_MAX = 24;
