import { afterEach, describe, expect, it } from "vitest";
import { applyTheme, rememberedTheme } from "./theme";

afterEach(() => {
  document.documentElement.removeAttribute("data-theme");
  localStorage.clear();
});

describe("applyTheme", () => {
  it("sets data-theme for a chosen theme and removes it for the system one", () => {
    applyTheme("dark");
    expect(document.documentElement.dataset.theme).toBe("dark");
    applyTheme("light");
    expect(document.documentElement.dataset.theme).toBe("light");
    applyTheme("system");
    expect(document.documentElement.hasAttribute("data-theme")).toBe(false);
  });

  it("remembers the choice for the next start", () => {
    expect(rememberedTheme()).toBe("system");
    applyTheme("dark");
    expect(rememberedTheme()).toBe("dark");
  });
});
