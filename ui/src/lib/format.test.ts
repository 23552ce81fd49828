import { afterEach, describe, expect, it } from "vitest";
import { clockTime, clockTimeOf, dayInWords, formatCount } from "./format";
import { useLanguage } from "./i18n/i18n.svelte";

afterEach(async () => {
  await useLanguage("en", "en-GB");
});

describe("dayInWords", () => {
  it("names the weekday, day and month", () => {
    expect(dayInWords("2025-11-26")).toBe("Wednesday 26 November");
    expect(dayInWords("2024-02-29")).toBe("Thursday 29 February");
  });

  it("speaks the active language", async () => {
    await useLanguage("de", "de-DE");
    expect(dayInWords("2025-11-26")).toBe("Mittwoch, 26. November");
    await useLanguage("fr", "fr-FR");
    expect(dayInWords("2025-11-26")).toBe("mercredi 26 novembre");
  });

  it("returns anything it cannot read unchanged", () => {
    expect(dayInWords("2025-02-30")).toBe("2025-02-30");
    expect(dayInWords("tomorrow")).toBe("tomorrow");
  });
});

describe("clock times", () => {
  it("pads hours and minutes", () => {
    expect(clockTime(new Date(2025, 10, 25, 9, 4))).toBe("09:04");
  });

  it("reads ISO timestamps and rejects nonsense", () => {
    expect(clockTimeOf("2025-11-25T21:04:00")).toBe("21:04");
    expect(clockTimeOf("not a time")).toBeNull();
  });
});

describe("formatCount", () => {
  it.each([
    [0, "0"],
    [123, "123"],
    [20000, "20,000"],
    [1234567, "1,234,567"],
  ])("%d → %s", (n, text) => {
    expect(formatCount(n)).toBe(text);
  });

  it("groups digits the way the active language does", async () => {
    await useLanguage("de", "de-DE");
    expect(formatCount(20000)).toBe("20.000");
    expect(formatCount(7.9)).toBe("7");
  });
});
