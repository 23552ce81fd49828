import { afterEach, describe, expect, it } from "vitest";
import { useLanguage } from "./i18n/i18n.svelte";
import { buildQuery, describeNoMatch, emptyFilter, noMatchParts, valueProblem, type JournalFilter } from "./journalQuery";

function filter(overrides: Partial<JournalFilter> = {}): JournalFilter {
  return { ...emptyFilter(), ...overrides };
}

describe("buildQuery", () => {
  it("is null while nothing narrows the journal", () => {
    expect(buildQuery(filter())).toBeNull();
    expect(buildQuery(filter({ text: "   " }))).toBeNull();
  });

  it("sends the trimmed text alone", () => {
    expect(buildQuery(filter({ text: "  massage " }))).toEqual({
      text: "massage",
      tag: null,
      metric: null,
      min: null,
      max: null,
      from: null,
      to: null,
    });
  });

  it("turns “pain ≥ 6” into a lower bound", () => {
    expect(buildQuery(filter({ metric: "pain", comparison: "atLeast", value: 6 }))).toMatchObject({
      text: "",
      metric: "pain",
      min: 6,
      max: null,
    });
  });

  it("turns “stress ≤ 3” into an upper bound", () => {
    expect(buildQuery(filter({ metric: "stress", comparison: "atMost", value: 3 }))).toMatchObject({
      metric: "stress",
      min: null,
      max: 3,
    });
  });

  it("keeps 0 as a real bound", () => {
    expect(buildQuery(filter({ metric: "pain", comparison: "atMost", value: 0 }))).toMatchObject({ max: 0 });
  });

  it("combines text, tag and measure", () => {
    expect(
      buildQuery(filter({ text: "walk", tag: "work", metric: "sleepHours", comparison: "atLeast", value: 7.5 })),
    ).toEqual({ text: "walk", tag: "work", metric: "sleepHours", min: 7.5, max: null, from: null, to: null });
  });

  it("leaves out a measure whose value is missing or out of range", () => {
    expect(buildQuery(filter({ metric: "pain", value: null }))).toBeNull();
    expect(buildQuery(filter({ text: "x", metric: "pain", value: 11 }))).toMatchObject({ metric: null, min: null });
    expect(buildQuery(filter({ metric: "stress", value: 2.5 }))).toBeNull();
  });

  it("allows hours above 10 for sleep, in quarter hours", () => {
    expect(buildQuery(filter({ metric: "sleepHours", value: 11.25 }))).toMatchObject({ min: 11.25 });
    expect(buildQuery(filter({ metric: "sleepHours", value: 7.3 }))).toBeNull();
  });
});

describe("valueProblem", () => {
  it("explains what to enter", () => {
    expect(valueProblem(filter({ metric: "pain", value: null }))).toBe("Enter a value from 0 to 10.");
    expect(valueProblem(filter({ metric: "pain", value: 12 }))).toBe("Use a whole number from 0 to 10.");
    expect(valueProblem(filter({ metric: "sleepHours", value: 30 }))).toBe("Use quarter hours from 0 to 24.");
    expect(valueProblem(filter({ metric: null, value: null }))).toBeNull();
  });
});

describe("describeNoMatch", () => {
  const query = (f: Partial<JournalFilter>) => {
    const built = buildQuery(filter(f));
    if (!built) throw new Error("expected a query");
    return built;
  };

  it("names text and measure", () => {
    expect(describeNoMatch(query({ text: "massage", metric: "pain", value: 6 }))).toBe(
      "No entries match “massage” with pain ≥ 6.",
    );
  });

  it("names a tag alone or with a measure", () => {
    expect(describeNoMatch(query({ tag: "work" }))).toBe("No entries are tagged “work”.");
    expect(describeNoMatch(query({ tag: "work", metric: "selfEsteem", comparison: "atMost", value: 3 }))).toBe(
      "No entries are tagged “work” with self-esteem ≤ 3.",
    );
  });

  it("names a measure alone", () => {
    expect(describeNoMatch(query({ metric: "sleepHours", value: 9 }))).toBe("No entries have sleep hours ≥ 9.");
  });

  it("names everything at once", () => {
    expect(describeNoMatch(query({ text: "tea", tag: "home", metric: "stress", value: 8 }))).toBe(
      "No entries match “tea” tagged “home” with stress ≥ 8.",
    );
  });
});

describe("no-match sentence in other languages", () => {
  const query = (f: Partial<JournalFilter>) => {
    const built = buildQuery(filter(f));
    if (!built) throw new Error("expected a query");
    return built;
  };

  afterEach(async () => {
    await useLanguage("en", "en-GB");
  });

  it("keeps the searched words apart as the person's own", () => {
    expect(noMatchParts(query({ text: "tea", tag: "home" }))).toEqual([
      { text: "No entries match “", data: false },
      { text: "tea", data: true },
      { text: "” tagged “", data: false },
      { text: "home", data: true },
      { text: "”.", data: false },
    ]);
  });

  it("follows the language's word order and number format", async () => {
    await useLanguage("de", "de-DE");
    expect(describeNoMatch(query({ text: "Tee", metric: "sleepHours", value: 7.5 }))).toBe(
      "Keine Einträge zu „Tee“ mit Schlafdauer ≥ 7,5 gefunden.",
    );
    expect(valueProblem(filter({ metric: "sleepHours", value: null }))).toBe("Geben Sie einen Wert von 0 bis 24 Stunden ein.");
    await useLanguage("es", "es-ES");
    expect(describeNoMatch(query({ tag: "casa", metric: "pain", value: 6 }))).toBe(
      "Ninguna entrada con la etiqueta «casa» tiene dolor ≥ 6.",
    );
  });
});
