/**
 * App-wide keyboard shortcuts: Ctrl/Cmd+1…7 switch screens (in sidebar order) and Ctrl/Cmd+F opens the Journal
 * search. Ctrl/Cmd+S is handled by each form, since only the form knows what to save.
 */
import { t } from "./i18n/i18n.svelte";
import { SCREENS, type Screen } from "./screens";

export type ShortcutAction = { kind: "go"; screen: Screen } | { kind: "search" };

type KeyInfo = Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey" | "shiftKey">;

export function shortcutAction(event: KeyInfo): ShortcutAction | null {
  // Alt is excluded because Ctrl+Alt is AltGr on many keyboards, used to type characters.
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return null;
  const key = event.key.toLowerCase();
  if (key === "f") return { kind: "search" };
  const index = /^[1-9]$/.test(key) ? Number(key) - 1 : -1;
  const screen = SCREENS[index];
  return screen ? { kind: "go", screen: screen.id } : null;
}

/** "Ctrl+2" (German "Strg+2") or "⌘2", for hints beside the navigation items and buttons. */
export function shortcutLabel(key: string, mac: boolean): string {
  return mac ? `⌘${key.toUpperCase()}` : t("nav-shortcut", { key: key.toUpperCase() });
}

export function isMac(): boolean {
  return typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
}
