import { describe, expect, it } from "vitest";
import type { Settings } from "../api/bindings/Settings";
import { DEFAULT_SETTINGS } from "./settings.svelte";
import { normaliseSettings, validateSettings } from "./settingsRules";

function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}

describe("validateSettings", () => {
  it("accepts the defaults", () => {
    expect(validateSettings(settings())).toEqual({});
  });

  it.each(["EUR", "USD", "JPY", "XAU"])("accepts the currency %s", (currency) => {
    expect(validateSettings(settings({ currency }))).toEqual({});
  });

  it.each(["", "EU", "EURO", "eur", "E1R", "€"])("refuses the currency %j", (currency) => {
    expect(validateSettings(settings({ currency })).currency).toMatch(/three-letter/);
  });

  it.each(["00:00", "04:00", "05:59", "06:00"])("accepts the day start %s", (dayBoundary) => {
    expect(validateSettings(settings({ dayBoundary }))).toEqual({});
  });

  it.each(["06:01", "07:00", "23:30", "4:00", "24:00", "04:60", ""])("refuses the day start %j", (dayBoundary) => {
    expect(validateSettings(settings({ dayBoundary })).dayBoundary).toBe("Choose a time from 00:00 to 06:00.");
  });
});

describe("normaliseSettings", () => {
  it("upper-cases the currency and drops seconds from the time", () => {
    const result = normaliseSettings(settings({ currency: " chf ", dayBoundary: "03:30:00" }));
    expect(result.currency).toBe("CHF");
    expect(result.dayBoundary).toBe("03:30");
    expect(validateSettings(result)).toEqual({});
  });
});
