import { describe, expect, it } from "vitest";
import { usableLanguage } from "./localeGuard";

describe("usableLanguage", () => {
  it("keeps a real language tag and replaces a POSIX one", () => {
    expect(usableLanguage("en-GB")).toBeNull();
    expect(usableLanguage("de")).toBeNull();
    expect(usableLanguage("C")).toBeTruthy();
    expect(() => new Intl.NumberFormat(usableLanguage("C") ?? undefined)).not.toThrow();
  });
});
