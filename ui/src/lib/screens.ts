import { t } from "./i18n/i18n.svelte";

/** The screens in the sidebar, in shortcut order (Ctrl/Cmd+1 is the first). */
export type Screen = "today" | "journal" | "massage" | "insights" | "trends" | "settings" | "data";

export interface ScreenInfo {
  id: Screen;
  /** The screen's name in the active language (catalogue id `nav-<id>`). */
  readonly label: string;
}

function screen(id: Screen): ScreenInfo {
  return {
    id,
    // A getter: the name is looked up when shown, so it follows the active language.
    get label() {
      return t(`nav-${id}`);
    },
  };
}

export const SCREENS: readonly ScreenInfo[] = [
  screen("today"),
  screen("journal"),
  screen("massage"),
  screen("insights"),
  screen("trends"),
  screen("settings"),
  // Added after Settings so the shortcuts people already know keep their digits.
  screen("data"),
];
