/**
 * Words for encryption at rest: how the key is kept, how strong a passphrase is, until when the
 * unencrypted copy is kept.
 */
import type { EncryptionStatus, PassphraseStrength } from "../api/encryption";

/** The name the save dialog suggests for the recovery key. */
export const RECOVERY_KEY_FILE = "resilience-journal-recovery-key.txt";

/** zxcvbn's score 0–4 in words. */
export const STRENGTH_WORDS = ["Very weak", "Weak", "Fair", "Strong", "Very strong"] as const;

/** The card's status line: whether the journal is encrypted and where its key is kept. */
export function statusLine(status: EncryptionStatus): string {
  if (!status.encrypted) return "Not encrypted.";
  if (status.method === "keychain") return "Encrypted — key kept in the system keychain.";
  if (status.method === "passphrase") return "Encrypted — passphrase asked at every start.";
  return "Encrypted — this computer keeps no key: your recovery key opens it.";
}

/** The meter's line: "Strong (3 of 4) · about 3 centuries to guess". */
export function strengthLine(strength: PassphraseStrength): string {
  const words = STRENGTH_WORDS[Math.max(0, Math.min(4, Math.round(strength.score)))];
  return `${words} (${strength.score} of 4) · time to guess it: ${strength.crackTime}`;
}

/** "Tuesday 2 December" (with the year when it is not this year's). */
export function keptUntilWords(keptUntil: string, now: Date, locale?: string): string {
  const at = new Date(keptUntil);
  if (Number.isNaN(at.getTime())) return keptUntil;
  const year = at.getFullYear() === now.getFullYear() ? undefined : "numeric";
  return new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", year }).format(at);
}
