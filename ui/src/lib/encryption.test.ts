import { describe, expect, it } from "vitest";
import type { Message } from "../api/bindings/Message";
import { messageText } from "../api/client";
import type { EncryptionStatus, PassphraseStrength } from "../api/encryption";
import { keptUntilWords, statusLine, strengthLine } from "./encryption";
import { useLanguage } from "./i18n/i18n.svelte";

/** The back end's time to guess: `unit` and a whole `count`. */
const crackTime = (unit: string, count: number): Message => ({ id: "encryption-strength-crack-time", args: { unit, count } });

const PLAIN: EncryptionStatus = { encrypted: false, method: null, demo: false, keychainProblem: null, plainCopy: null };

describe("encryption words", () => {
  it("says whether the journal is encrypted and where its key is kept", () => {
    expect(statusLine(PLAIN)).toBe("Not encrypted.");
    expect(statusLine({ ...PLAIN, encrypted: true, method: "keychain" })).toBe("Encrypted — key kept in the system keychain.");
    expect(statusLine({ ...PLAIN, encrypted: true, method: "passphrase" })).toBe("Encrypted — passphrase asked at every start.");
    expect(statusLine({ ...PLAIN, encrypted: true })).toMatch(/no key: your recovery key opens it/);
  });

  it("rates a passphrase in words, out of 4, with the time to guess it", () => {
    const strength: PassphraseStrength = { score: 3, acceptable: true, warning: null, suggestions: [], crackTime: crackTime("years", 4) };
    expect(strengthLine(strength)).toBe("Strong (3 of 4) · time to guess it: 4 years");
    expect(strengthLine({ ...strength, score: 0, crackTime: crackTime("instant", 0) })).toBe(
      "Very weak (0 of 4) · time to guess it: less than a second",
    );
    expect(strengthLine({ ...strength, score: 1, crackTime: crackTime("minutes", 1) })).toBe(
      "Weak (1 of 4) · time to guess it: 1 minute",
    );
    expect(strengthLine({ ...strength, score: 4, crackTime: crackTime("centuries", 3) })).toBe(
      "Very strong (4 of 4) · time to guess it: centuries",
    );
  });

  it("says the meter's warnings and suggestions in zxcvbn's English", () => {
    expect(messageText({ id: "encryption-strength-warning-this-is-a-top10-password", args: {} })).toBe(
      "This is a top-10 common password.",
    );
    expect(messageText({ id: "encryption-strength-warning-repeats-like-aaa-are-easy-to-guess", args: {} })).toBe(
      'Repeats like "aaa" are easy to guess.',
    );
    expect(messageText({ id: "encryption-strength-suggestion-add-another-word-or-two", args: {} })).toBe(
      "Add another word or two. Uncommon words are better.",
    );
    expect(messageText({ id: "encryption-strength-warning-too-short", args: { count: 10 } })).toBe("Use at least 10 characters.");
  });

  it("counts the time to guess in the active language's plural forms", async () => {
    await useLanguage("de", "de-DE");
    try {
      const strength: PassphraseStrength = { score: 2, acceptable: false, warning: null, suggestions: [], crackTime: crackTime("months", 1) };
      expect(strengthLine(strength)).toBe("Mittel (2 von 4) · Zeit zum Erraten: 1 Monat");
      expect(strengthLine({ ...strength, crackTime: crackTime("days", 12) })).toBe("Mittel (2 von 4) · Zeit zum Erraten: 12 Tage");
      expect(strengthLine({ ...strength, crackTime: crackTime("instant", 0) })).toBe(
        "Mittel (2 von 4) · Zeit zum Erraten: weniger als eine Sekunde",
      );
      expect(messageText({ id: "encryption-strength-warning-too-short", args: { count: 10 } })).toBe(
        "Verwenden Sie mindestens 10 Zeichen.",
      );
      await useLanguage("fr", "fr-FR");
      expect(messageText(crackTime("years", 1))).toBe("1 an");
      expect(messageText(crackTime("hours", 5))).toBe("5 heures");
      expect(messageText(crackTime("centuries", 2))).toBe("des siècles");
    } finally {
      await useLanguage("en", "en-GB");
    }
  });

  it("names the day the unencrypted copy goes, with the year only when it is another one", () => {
    const now = new Date(2025, 10, 25, 12, 0);
    expect(keptUntilWords("2025-12-02T12:00:00Z", now)).toMatch(/^Tuesday,? 2 December$/);
    expect(keptUntilWords("2026-01-01T12:00:00Z", now)).toMatch(/^Thursday,? 1 January 2026$/);
    expect(keptUntilWords("soon", now)).toBe("soon");
  });
});
