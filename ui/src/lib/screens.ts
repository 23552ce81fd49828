/** The screens in the sidebar, in shortcut order (Ctrl/Cmd+1 is the first). */
export type Screen = "today" | "journal" | "massage" | "insights" | "trends" | "settings" | "data";

export interface ScreenInfo {
  id: Screen;
  label: string;
}

export const SCREENS: readonly ScreenInfo[] = [
  { id: "today", label: "Today" },
  { id: "journal", label: "Journal" },
  { id: "massage", label: "Massage" },
  { id: "insights", label: "Insights" },
  { id: "trends", label: "Trends" },
  { id: "settings", label: "Settings" },
  // Added after Settings so the shortcuts people already know keep their digits.
  { id: "data", label: "Data" },
];
