import { describe, expect, it } from "vitest";
import type { EncryptionStatus } from "../api/encryption";
import { keptUntilWords, statusLine, strengthLine } from "./encryption";

const PLAIN: EncryptionStatus = { encrypted: false, method: null, demo: false, keychainProblem: null, plainCopy: null };

describe("encryption words", () => {
  it("says whether the journal is encrypted and where its key is kept", () => {
    expect(statusLine(PLAIN)).toBe("Not encrypted.");
    expect(statusLine({ ...PLAIN, encrypted: true, method: "keychain" })).toBe("Encrypted — key kept in the system keychain.");
    expect(statusLine({ ...PLAIN, encrypted: true, method: "passphrase" })).toBe("Encrypted — passphrase asked at every start.");
    expect(statusLine({ ...PLAIN, encrypted: true })).toMatch(/no key: your recovery key opens it/);
  });

  it("rates a passphrase in words, out of 4, with the time to guess it", () => {
    const strength = { score: 3, acceptable: true, warning: null, suggestions: [], crackTime: "4 years" };
    expect(strengthLine(strength)).toBe("Strong (3 of 4) · time to guess it: 4 years");
    expect(strengthLine({ ...strength, score: 0, crackTime: "less than a second" })).toBe(
      "Very weak (0 of 4) · time to guess it: less than a second",
    );
  });

  it("names the day the unencrypted copy goes, with the year only when it is another one", () => {
    const now = new Date(2025, 10, 25, 12, 0);
    expect(keptUntilWords("2025-12-02T12:00:00Z", now, "en-GB")).toMatch(/^Tuesday,? 2 December$/);
    expect(keptUntilWords("2026-01-01T12:00:00Z", now, "en-GB")).toMatch(/^Thursday,? 1 January 2026$/);
    expect(keptUntilWords("soon", now)).toBe("soon");
  });
});
