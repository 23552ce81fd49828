/**
 * Applies the theme chosen in Settings. "system" removes the attribute so the CSS falls back to
 * `prefers-color-scheme`. The choice is also kept in localStorage so the next start paints in
 * the right theme before the settings have arrived from the back end.
 */
import type { Theme } from "../api/bindings/Theme";

const STORAGE_KEY = "resilience-journal.theme";

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === "system") root.removeAttribute("data-theme");
  else root.setAttribute("data-theme", theme);
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Storage can be unavailable (private mode, full disk); the theme still applies now.
  }
}

export function rememberedTheme(): Theme {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === "light" || stored === "dark") return stored;
  } catch {
    // Fall through to the system theme.
  }
  return "system";
}
