import { describe, expect, it } from "vitest";
import { t } from "../i18n/i18n.svelte";
import { presetRange, shiftMonths, validateCustomRange } from "./range";

describe("preset ranges", () => {
  it("end today and start the day after the same date months back", () => {
    expect(presetRange("6M", "2026-11-25")).toEqual({ from: "2026-05-26", to: "2026-11-25" });
    expect(presetRange("1M", "2026-11-25")).toEqual({ from: "2026-10-26", to: "2026-11-25" });
    expect(presetRange("3M", "2026-01-15")).toEqual({ from: "2025-10-16", to: "2026-01-15" });
    expect(presetRange("1Y", "2026-11-25")).toEqual({ from: "2025-11-26", to: "2026-11-25" });
  });

  it("clamp to the end of shorter months and leap years", () => {
    expect(shiftMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(shiftMonths("2024-03-31", -1)).toBe("2024-02-29");
    expect(presetRange("1M", "2026-03-31")).toEqual({ from: "2026-03-01", to: "2026-03-31" });
    expect(presetRange("1Y", "2024-02-29")).toEqual({ from: "2023-03-01", to: "2024-02-29" });
  });

  it("All starts at the first entry (from null)", () => {
    expect(presetRange("all", "2026-11-25")).toEqual({ from: null, to: "2026-11-25" });
  });
});

describe("custom ranges", () => {
  it("accept two real days in order, the same day included", () => {
    expect(validateCustomRange("2026-01-01", "2026-03-31")).toEqual({
      ok: true,
      range: { from: "2026-01-01", to: "2026-03-31" },
    });
    expect(validateCustomRange("2026-01-01", "2026-01-01").ok).toBe(true);
  });

  it.each([
    ["", "2026-01-01", "from", "first day"],
    ["2026-01-01", "", "to", "last day"],
    ["2026-02-30", "2026-03-01", "from", "not a day in the calendar"],
    ["2026-02-01", "2026-13-01", "to", "not a day in the calendar"],
    ["2026-03-01", "2026-02-01", "to", "comes before the first"],
    ["1899-12-31", "2026-02-01", "from", "1900"],
    ["1900-01-01", "2026-02-01", "from", "100 years"],
  ])("refuse %s … %s, naming the field", (from, to, field, words) => {
    const result = validateCustomRange(from, to);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.field).toBe(field);
      expect(t(result.id, result.args)).toContain(words);
    }
  });
});
