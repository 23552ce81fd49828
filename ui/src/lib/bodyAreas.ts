import type { BodyArea } from "../api/bindings/BodyArea";

/** Body areas in head-to-feet order, with the words the person sees. */
export const BODY_AREAS: readonly { id: BodyArea; label: string }[] = [
  { id: "head", label: "Head" },
  { id: "jaw", label: "Jaw" },
  { id: "neck", label: "Neck" },
  { id: "shoulders", label: "Shoulders" },
  { id: "upper_back", label: "Upper back" },
  { id: "lower_back", label: "Lower back" },
  { id: "chest", label: "Chest" },
  { id: "abdomen", label: "Abdomen" },
  { id: "arms", label: "Arms" },
  { id: "hands", label: "Hands" },
  { id: "hips", label: "Hips" },
  { id: "legs", label: "Legs" },
  { id: "knees", label: "Knees" },
  { id: "feet", label: "Feet" },
];

/** Keeps the chosen areas in head-to-feet order, whatever order they were clicked in. */
export function orderAreas(areas: readonly BodyArea[]): BodyArea[] {
  return BODY_AREAS.map((area) => area.id).filter((id) => areas.includes(id));
}
