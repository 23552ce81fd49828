/**
 * Words for encryption at rest, in the active language: how the key is kept, how strong a
 * passphrase is, until when the unencrypted copy is kept.
 */
import { messageText } from "../api/client";
import type { EncryptionStatus, PassphraseStrength } from "../api/encryption";
import { formatDate, formatNumber, t } from "./i18n/i18n.svelte";

/** The name the save dialog suggests for the recovery key. */
export const RECOVERY_KEY_FILE = "resilience-journal-recovery-key.txt";

/** zxcvbn's score 0–4 in words: "Very weak" … "Very strong". */
export function strengthWords(score: number): string {
  return t(`encryption-strength-${Math.max(0, Math.min(4, Math.round(score)))}`);
}

/** The card's status line: whether the journal is encrypted and where its key is kept. */
export function statusLine(status: EncryptionStatus): string {
  if (!status.encrypted) return t("encryption-status-plain");
  if (status.method === "keychain") return t("encryption-status-keychain");
  if (status.method === "passphrase") return t("encryption-status-passphrase");
  return t("encryption-status-recovery-only");
}

/** The meter's line: "Strong (3 of 4) · time to guess it: 4 years". */
export function strengthLine(strength: PassphraseStrength): string {
  return t("encryption-strength-line", {
    words: strengthWords(strength.score),
    score: formatNumber(strength.score),
    time: messageText(strength.crackTime),
  });
}

/** "Tuesday 2 December" (with the year when it is not this year's), in the active language. */
export function keptUntilWords(keptUntil: string, now: Date): string {
  const at = new Date(keptUntil);
  if (Number.isNaN(at.getTime())) return keptUntil;
  const year = at.getFullYear() === now.getFullYear() ? undefined : "numeric";
  return formatDate(at, { weekday: "long", day: "numeric", month: "long", year });
}
