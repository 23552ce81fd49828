import { describe, expect, it } from "vitest";
import type { CheckInDraft } from "../api/bindings/CheckInDraft";
import { checkInDraft } from "./entryValues";
import { useLanguage } from "./i18n/i18n.svelte";
import { charCount, hasErrors, validateDraft } from "./validation";

function draft(overrides: Partial<CheckInDraft> = {}): CheckInDraft {
  return checkInDraft("2025-11-25", overrides);
}

describe("validateDraft ratings", () => {
  it.each([0, 5, 10])("accepts %d", (value) => {
    expect(validateDraft(draft({ stress: value }))).toEqual({});
  });

  it.each([-1, 11, 2.5])("refuses %d with a message under that field", (value) => {
    const errors = validateDraft(draft({ pain: value, stress: 3 }));
    expect(Object.keys(errors)).toEqual(["pain"]);
    expect(errors.pain).toMatch(/0 to 10/);
  });

  it("checks the optional ratings too", () => {
    const errors = validateDraft(draft({ mood: 12, anxiety: -3, bodyAwareness: 4 }));
    expect(Object.keys(errors).sort()).toEqual(["anxiety", "mood"]);
  });
});

describe("validateDraft sleep hours", () => {
  it.each([0, 2.5, 7.25, 7.75, 24])("accepts %d", (hours) => {
    expect(validateDraft(draft({ sleepHours: hours }))).toEqual({});
  });

  it("refuses more than 24 hours", () => {
    expect(validateDraft(draft({ sleepHours: 24.25 })).sleepHours).toMatch(/between 0 and 24/);
  });

  it("refuses negative hours", () => {
    expect(validateDraft(draft({ sleepHours: -0.25 })).sleepHours).toMatch(/between 0 and 24/);
  });

  it("refuses a value that is not a quarter hour", () => {
    expect(validateDraft(draft({ sleepHours: 7.3 })).sleepHours).toMatch(/quarter hours/);
  });

  it("refuses a value that is not a number", () => {
    expect(validateDraft(draft({ sleepHours: Number.NaN })).sleepHours).toMatch(/number/);
  });
});

describe("validateDraft notes", () => {
  it("accepts exactly 20,000 characters", () => {
    expect(validateDraft(draft({ notes: "a".repeat(20_000) }))).toEqual({});
  });

  it("refuses 20,001 characters and says how many there are", () => {
    const errors = validateDraft(draft({ notes: "a".repeat(20_001) }));
    expect(errors.notes).toBe("Notes can be at most 20,000 characters (now 20,001).");
  });

  it("counts an emoji as one character, as the back end does", () => {
    expect(charCount("🌿🌿")).toBe(2);
    expect(validateDraft(draft({ notes: "🌿".repeat(20_000) }))).toEqual({});
  });
});

describe("validateDraft as a whole", () => {
  it("refuses an empty draft", () => {
    const errors = validateDraft(draft());
    expect(hasErrors(errors)).toBe(true);
    expect(errors.form).toMatch(/at least one/);
  });

  it("treats a note of only spaces as empty", () => {
    expect(validateDraft(draft({ notes: "  \n " })).form).toBeDefined();
  });

  it("accepts notes alone", () => {
    expect(validateDraft(draft({ notes: "Long walk by the river." }))).toEqual({});
  });

  it("accepts sleep hours alone, even zero", () => {
    expect(validateDraft(draft({ sleepHours: 0 }))).toEqual({});
  });

  it("accepts a rating of zero alone", () => {
    expect(validateDraft(draft({ selfEsteem: 0 }))).toEqual({});
  });
});

describe("validateDraft in another language", () => {
  it("writes numbers and lists the German way", async () => {
    await useLanguage("de", "de-DE");
    try {
      expect(validateDraft(draft({ sleepHours: 7.3 })).sleepHours).toBe(
        "Verwenden Sie Viertelstunden, z. B. 7, 7,25, 7,5 oder 7,75.",
      );
      expect(validateDraft(draft({ notes: "a".repeat(20_001) })).notes).toBe(
        "Notizen dürfen höchstens 20.000 Zeichen lang sein (jetzt 20.001).",
      );
    } finally {
      await useLanguage("en", "en-GB");
    }
  });
});
