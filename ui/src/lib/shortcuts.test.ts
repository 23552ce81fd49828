import { describe, expect, it } from "vitest";
import { useLanguage } from "./i18n/i18n.svelte";
import { SCREENS } from "./screens";
import { shortcutAction, shortcutLabel } from "./shortcuts";

const key = (k: string, mods: Partial<Record<"ctrlKey" | "metaKey" | "altKey" | "shiftKey", boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe("shortcutAction", () => {
  it.each([
    ["1", "today"],
    ["2", "journal"],
    ["3", "massage"],
    ["4", "insights"],
    ["5", "trends"],
    ["6", "settings"],
    ["7", "data"],
  ])("Ctrl+%s opens %s", (digit, screen) => {
    expect(shortcutAction(key(digit, { ctrlKey: true }))).toEqual({ kind: "go", screen });
    expect(shortcutAction(key(digit, { metaKey: true }))).toEqual({ kind: "go", screen });
  });

  it("Ctrl+F asks for the Journal search, in either case", () => {
    expect(shortcutAction(key("f", { ctrlKey: true }))).toEqual({ kind: "search" });
    expect(shortcutAction(key("F", { metaKey: true }))).toEqual({ kind: "search" });
  });

  it("ignores keys without Ctrl/Cmd, with Alt (AltGr) or Shift, and unknown digits", () => {
    expect(shortcutAction(key("1"))).toBeNull();
    expect(shortcutAction(key("1", { ctrlKey: true, altKey: true }))).toBeNull();
    expect(shortcutAction(key("1", { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(shortcutAction(key("8", { ctrlKey: true }))).toBeNull();
    expect(shortcutAction(key("0", { ctrlKey: true }))).toBeNull();
    expect(shortcutAction(key("s", { ctrlKey: true }))).toBeNull();
  });
});

describe("shortcutLabel", () => {
  it("uses the platform's words", () => {
    expect(shortcutLabel("2", false)).toBe("Ctrl+2");
    expect(shortcutLabel("2", true)).toBe("⌘2");
  });

  it("names the keys and screens in the active language", async () => {
    await useLanguage("de", "de-DE");
    try {
      expect(shortcutLabel("s", false)).toBe("Strg+S");
      expect(SCREENS.map((screen) => screen.label)).toEqual([
        "Heute", "Tagebuch", "Massage", "Einblicke", "Verläufe", "Einstellungen", "Daten",
      ]);
    } finally {
      await useLanguage("en", "en-GB");
    }
  });
});
