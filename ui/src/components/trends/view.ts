import type { TrendsState } from "../../screens/trends.svelte";

/** What the Trends screen gives each of its chart views. */
export interface ChartViewProps {
  trends: TrendsState;
  onopenday: (day: string) => void;
  onopensession: (id: string) => void;
}
