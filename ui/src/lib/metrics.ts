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

export const RATINGS: Record<RatingField, RatingMeta> = {
  stress: { field: "stress", label: "Stress", low: "no stress", high: "extreme" },
  sleepQuality: { field: "sleepQuality", label: "Sleep quality", low: "terrible", high: "excellent" },
  pain: { field: "pain", label: "Pain", low: "no pain", high: "worst imaginable" },
  selfEsteem: { field: "selfEsteem", label: "Self-esteem", low: "very low", high: "very high" },
  mood: { field: "mood", label: "Mood", low: "very low", high: "very good" },
  anxiety: { field: "anxiety", label: "Anxiety", low: "none", high: "extreme" },
  bodyAwareness: {
    field: "bodyAwareness",
    label: "Body awareness",
    low: "disconnected",
    high: "very in tune",
  },
};

export const RATING_FIELDS = Object.keys(RATINGS) as RatingField[];

/** The optional ratings that live in the collapsed "More" section. */
export const MORE_FIELDS: RatingField[] = ["mood", "anxiety", "bodyAwareness"];

export const NOTES_MAX_CHARS = 20_000;
export const SLEEP_HOURS_MAX = 24;
