import { afterEach, describe, expect, it } from "vitest";
import { useLanguage } from "./i18n/i18n.svelte";
import type { MassageSession } from "../api/bindings/MassageSession";
import {
  changeWording,
  daysSinceWording,
  draftFromValues,
  durationWording,
  emptySessionValues,
  formatCostInput,
  kindLabel,
  newSessionValues,
  parseCost,
  sameSessionValues,
  splitStartsAt,
  startsAtOf,
  validateSession,
  valuesFromSession,
  whenInWords,
  type SessionFormValues,
} from "./sessions";

function session(overrides: Partial<MassageSession> = {}): MassageSession {
  return {
    id: "0193a1b2-0000-7000-8000-000000000001",
    startsAt: "2025-11-20T18:30",
    status: "done",
    kind: "deep_tissue",
    kindOther: null,
    durationMin: 60,
    therapist: "Anna",
    place: "Studio Calm",
    pressure: "firm",
    focusAreas: ["shoulders", "neck"],
    costCents: 4550,
    notes: "Tight left shoulder",
    stressBefore: 7,
    stressAfter: 3,
    painBefore: null,
    painAfter: 2,
    version: 3,
    createdAt: "2025-11-20T20:00:00Z",
    updatedAt: "2025-11-20T20:00:00Z",
    ...overrides,
  };
}

function values(overrides: Partial<SessionFormValues> = {}): SessionFormValues {
  return { ...emptySessionValues(), date: "2025-11-25", time: "18:30", ...overrides };
}

/** 21:00 local on 25 November 2025. */
const NOW = new Date(2025, 10, 25, 21, 0);

describe("cost", () => {
  it.each([
    ["45.50", 4550],
    ["45,50", 4550],
    ["45.5", 4550],
    ["45", 4500],
    [" 0.07 ", 7],
    ["007,10", 710],
    ["1000000", 100_000_000],
  ])("reads %j as %i cents", (text, cents) => {
    expect(parseCost(text)).toEqual({ cents });
  });

  it("treats empty as no cost", () => {
    expect(parseCost("")).toEqual({ cents: null });
    expect(parseCost("   ")).toEqual({ cents: null });
  });

  it.each(["45.505", "€45", "-3", "1,234.50", "abc", "4 5", ".5", "1000000.01", "9999999999"])(
    "refuses %j",
    (text) => {
      expect(parseCost(text)).toHaveProperty("error");
    },
  );

  it("writes cents back as a dot decimal with two places", () => {
    expect(formatCostInput(4550)).toBe("45.50");
    expect(formatCostInput(7)).toBe("0.07");
    expect(formatCostInput(100_000_000)).toBe("1000000.00");
    expect(formatCostInput(null)).toBe("");
  });
});

describe("start time", () => {
  it("joins and splits local date and time", () => {
    expect(startsAtOf("2025-03-30", "02:30")).toBe("2025-03-30T02:30");
    expect(splitStartsAt("2025-03-30T02:30")).toEqual({ date: "2025-03-30", time: "02:30" });
    expect(splitStartsAt("2025-03-30T02:30:00")).toEqual({ date: "2025-03-30", time: "02:30" });
  });
});

describe("form ↔ draft", () => {
  it("round-trips a stored session", () => {
    const stored = session();
    const draft = draftFromValues(valuesFromSession(stored), stored.id, stored.version);
    const expected: Record<string, unknown> = { ...stored, focusAreas: ["neck", "shoulders"] };
    delete expected.createdAt;
    delete expected.updatedAt;
    expect(draft).toEqual(expected);
  });

  it("builds a new draft with trimmed text and no kindOther for a named kind", () => {
    const draft = draftFromValues(
      values({ therapist: "  Anna ", kindOther: "left over", cost: "45,5", durationMin: null }),
      null,
      null,
    );
    expect(draft).toMatchObject({
      id: null,
      version: null,
      startsAt: "2025-11-25T18:30",
      therapist: "Anna",
      kind: "swedish",
      kindOther: null,
      costCents: 4550,
      durationMin: null,
    });
  });

  it("sends the name of an Other kind, and no ratings unless done", () => {
    const rated = { stressBefore: 6, stressAfter: 2, painBefore: 4, painAfter: 1 };
    const planned = draftFromValues(
      values({ status: "planned", kind: "other", kindOther: " Lomi lomi ", ...rated }),
      null,
      null,
    );
    expect(planned).toMatchObject({ kindOther: "Lomi lomi", stressBefore: null, painAfter: null });
    expect(draftFromValues(values(rated), null, null)).toMatchObject(rated);
  });

  it("starts a logged session now (rounded down) as done, repeating the last session's details", () => {
    const now = new Date(2025, 10, 25, 18, 47);
    const logged = newSessionValues("log", now, session());
    expect(logged).toMatchObject({ date: "2025-11-25", time: "18:45", status: "done" });
    expect(logged).toMatchObject({ kind: "deep_tissue", therapist: "Anna", pressure: "firm" });
    expect(logged).toMatchObject({ focusAreas: [], notes: "", cost: "", stressBefore: null });
  });

  it("plans tomorrow on the hour, across a month end", () => {
    const planned = newSessionValues("plan", new Date(2025, 10, 30, 18, 47), null);
    expect(planned).toMatchObject({ date: "2025-12-01", time: "18:00", status: "planned" });
    expect(planned.durationMin).toBe(60);
  });

  it("compares values regardless of focus-area order", () => {
    const a = values({ focusAreas: ["neck", "feet"] });
    expect(sameSessionValues(a, values({ focusAreas: ["feet", "neck"] }))).toBe(true);
    expect(sameSessionValues(a, values({ focusAreas: ["feet"] }))).toBe(false);
    expect(sameSessionValues(a, { ...a, notes: "x" })).toBe(false);
  });
});

describe("validation", () => {
  it("accepts a plain session", () => {
    expect(validateSession(values(), NOW)).toEqual({});
  });

  it("needs a real date and time, reported on startsAt", () => {
    expect(validateSession(values({ date: "" }), NOW).startsAt).toMatch(/date/);
    expect(validateSession(values({ date: "2025-02-30" }), NOW).startsAt).toMatch(/real date/);
    expect(validateSession(values({ time: "" }), NOW).startsAt).toMatch(/time/);
    expect(validateSession(values({ time: "24:10" }), NOW).startsAt).toMatch(/18:30/);
  });

  it("refuses a done session in the future but allows planning it", () => {
    const future = { date: "2025-11-25", time: "21:01" };
    expect(validateSession(values({ ...future, status: "done" }), NOW).status).toMatch(/not started yet/);
    expect(validateSession(values({ ...future, status: "planned" }), NOW)).toEqual({});
    expect(validateSession(values({ date: "2025-11-25", time: "21:00" }), NOW)).toEqual({});
  });

  it("needs a name for Other, up to 60 characters", () => {
    expect(validateSession(values({ kind: "other" }), NOW).kindOther).toMatch(/Name the kind/);
    expect(validateSession(values({ kind: "other", kindOther: "x".repeat(61) }), NOW).kindOther).toMatch(
      /at most 60/,
    );
    expect(validateSession(values({ kind: "other", kindOther: "x".repeat(60) }), NOW)).toEqual({});
  });

  it.each([
    [0, /1 to 600/],
    [601, /1 to 600/],
    [45.5, /whole number/],
    [Number.NaN, /whole minutes/],
  ])("refuses a duration of %s", (durationMin, message) => {
    expect(validateSession(values({ durationMin }), NOW).durationMin).toMatch(message);
  });

  it("limits therapist, place, cost and notes", () => {
    const errors = validateSession(
      values({ therapist: "é".repeat(201), place: "p".repeat(201), cost: "12.345", notes: "n".repeat(20_001) }),
      NOW,
    );
    expect(errors.therapist).toMatch(/at most 200/);
    expect(errors.place).toMatch(/at most 200/);
    expect(errors.costCents).toMatch(/45\.50/);
    expect(errors.notes).toMatch(/20,000 characters \(now 20,001\)/);
  });

  it("checks ratings of a done session", () => {
    expect(validateSession(values({ stressAfter: 11 }), NOW).stressAfter).toMatch(/0 to 10/);
    expect(validateSession(values({ stressAfter: 3 }), NOW)).toEqual({});
  });
});

describe("wording", () => {
  it("says how long since the last massage without guilt", () => {
    expect(daysSinceWording(null)).toBe("No massage logged yet");
    expect(daysSinceWording(0)).toBe("Last massage today");
    expect(daysSinceWording(1)).toBe("Last massage yesterday");
    expect(daysSinceWording(12)).toBe("12 days since your last massage");
    expect(daysSinceWording(1200)).toBe("1,200 days since your last massage");
  });

  it("shows a before → after change, or the one side that was rated", () => {
    expect(changeWording("Stress", 7, 3)).toBe("Stress 7 → 3");
    expect(changeWording("Pain", 0, 0)).toBe("Pain 0 → 0");
    expect(changeWording("Pain", 5, null)).toBe("Pain before 5");
    expect(changeWording("Pain", null, 2)).toBe("Pain after 2");
    expect(changeWording("Pain", null, null)).toBeNull();
  });

  it("labels kinds, using the person's own name for Other", () => {
    expect(kindLabel("deep_tissue", null)).toBe("Deep tissue");
    expect(kindLabel("self_massage", null)).toBe("Self-massage");
    expect(kindLabel("other", "Lomi lomi")).toBe("Lomi lomi");
    expect(kindLabel("other", null)).toBe("Other");
  });

  it("words durations", () => {
    expect(durationWording(45)).toBe("45 min");
    expect(durationWording(60)).toBe("1 h");
    expect(durationWording(90)).toBe("1 h 30 min");
  });

  it("words a start time in the given locale, adding the year only when it differs", () => {
    // Exact punctuation varies between ICU versions; the parts and their order do not.
    expect(whenInWords("2025-11-28T18:30", NOW, "en-GB")).toMatch(/^Fri,? 28 Nov,? 18:30$/);
    expect(whenInWords("2026-01-02T09:05", NOW, "en-GB")).toMatch(/^Fri,? 2 Jan 2026,? 0?9:05$/);
    expect(whenInWords("2025-11-28T18:30", NOW, "en-US")).toMatch(/^Fri,? Nov 28,? 6:30\sPM$/);
    expect(whenInWords("garbage", NOW)).toBe("garbage");
  });
});

describe("wording in other languages", () => {
  afterEach(async () => {
    await useLanguage("en", "en-GB");
  });

  it("speaks German, with German numbers", async () => {
    await useLanguage("de", "de-DE");
    expect(daysSinceWording(12)).toBe("Letzte Massage vor 12 Tagen");
    expect(daysSinceWording(1200)).toBe("Letzte Massage vor 1.200 Tagen");
    expect(durationWording(90)).toBe("1 Std. 30 Min.");
    expect(kindLabel("deep_tissue", null)).toBe("Tiefengewebsmassage");
    expect(changeWording("Stress", 7, null)).toBe("Stress vorher 7");
    expect(validateSession(values({ notes: "n".repeat(20_001) }), NOW).notes).toBe(
      "Notizen dürfen höchstens 20.000 Zeichen lang sein (jetzt 20.001).",
    );
    expect(whenInWords("2025-11-28T18:30", NOW)).toMatch(/^Fr\.?,? 28\. Nov\.?,? 18:30$/);
  });

  it("uses the singular for one in French, and the plural beyond", async () => {
    await useLanguage("fr", "fr-FR");
    expect(validateSession(values({ durationMin: 0 }), NOW).durationMin).toBe(
      "La durée doit être un nombre entier de 1 à 600 minutes.",
    );
    expect(daysSinceWording(2)).toBe("Dernier massage il y a 2 jours");
    expect(durationWording(45)).toBe("45 min");
  });
});
