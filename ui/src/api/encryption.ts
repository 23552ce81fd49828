/**
 * Encryption at rest: the journal file, its write-ahead log and its backups encrypted with a key
 * kept in the system keychain or sealed with a passphrase, and a recovery key for when neither
 * is at hand. Keys and passphrases go to the back end only; nothing here keeps them.
 */
import { call } from "./client";
import type { SavedFile } from "./bindings/SavedFile";
import type { AppInfo } from "./bindings/AppInfo";
import type { EncryptionMethod } from "./bindings/EncryptionMethod";
import type { EncryptionStatus } from "./bindings/EncryptionStatus";
import type { EncryptRequest } from "./bindings/EncryptRequest";
import type { LockedJournal } from "./bindings/LockedJournal";
import type { PassphraseStrength } from "./bindings/PassphraseStrength";
import type { PlainCopy } from "./bindings/PlainCopy";
import type { PreparedEncryption } from "./bindings/PreparedEncryption";
import type { UnlockSecret } from "./bindings/UnlockSecret";

export type {
  EncryptionMethod,
  EncryptionStatus,
  EncryptRequest,
  LockedJournal,
  PassphraseStrength,
  PlainCopy,
  PreparedEncryption,
  UnlockSecret,
};

/** Whether the journal is encrypted, how its key is kept, and what stands in the way here. */
export function encryptionStatus(): Promise<EncryptionStatus> {
  return call<EncryptionStatus>("encryption_status");
}

/** A new key, kept in memory by the back end (asking again replaces it), and its recovery key. */
export function prepareEncryption(): Promise<PreparedEncryption> {
  return call<PreparedEncryption>("prepare_encryption");
}

/** Writes the prepared recovery key, with instructions, to a text file at `path`. */
export function saveRecoveryKey(path: string): Promise<SavedFile> {
  return call<SavedFile>("save_recovery_key", { path });
}

/** Encrypts the journal with the prepared key; takes seconds. */
export function encryptJournal(request: EncryptRequest): Promise<EncryptionStatus> {
  return call<EncryptionStatus>("encrypt_journal", { request });
}

/** Turns encryption off: the journal is stored unencrypted again. */
export function decryptJournal(): Promise<EncryptionStatus> {
  return call<EncryptionStatus>("decrypt_journal");
}

/** Deletes the unencrypted copy kept after encrypting, now rather than after 7 days. */
export function forgetPlainCopy(): Promise<EncryptionStatus> {
  return call<EncryptionStatus>("forget_plain_copy");
}

/** How hard `passphrase` would be to guess, and whether encrypting would accept it. */
export function passphraseStrength(passphrase: string): Promise<PassphraseStrength> {
  return call<PassphraseStrength>("passphrase_strength", { passphrase });
}

/** Opens the locked journal; the app then starts as usual with the facts it answers. */
export function unlockJournal(secret: UnlockSecret): Promise<AppInfo> {
  return call<AppInfo>("unlock_journal", { secret });
}
