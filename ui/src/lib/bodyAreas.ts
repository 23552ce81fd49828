import type { BodyArea } from "../api/bindings/BodyArea";
import { t } from "./i18n/i18n.svelte";

/** Body areas in head-to-feet order; `label` is the word in the active language. */
export const BODY_AREAS: readonly { id: BodyArea; label: string }[] = (
  [
    "head",
    "jaw",
    "neck",
    "shoulders",
    "upper_back",
    "lower_back",
    "chest",
    "abdomen",
    "arms",
    "hands",
    "hips",
    "legs",
    "knees",
    "feet",
  ] as const
).map((id) => ({
  id,
  get label() {
    return t(`body-area-${id.replace("_", "-")}`);
  },
}));

/** Keeps the chosen areas in head-to-feet order, whatever order they were clicked in. */
export function orderAreas(areas: readonly BodyArea[]): BodyArea[] {
  return BODY_AREAS.map((area) => area.id).filter((id) => areas.includes(id));
}
