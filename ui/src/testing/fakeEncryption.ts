/**
 * The encryption commands of the fake back end: status, the prepared key, encrypting and
 * decrypting, the passphrase meter and unlocking at start. Same command names, arguments,
 * results and error codes as the Rust side; the key and the meter are simple stand-ins.
 */
import type { EncryptionMethod } from "../api/bindings/EncryptionMethod";
import type { EncryptionStatus } from "../api/bindings/EncryptionStatus";
import type { EncryptRequest } from "../api/bindings/EncryptRequest";
import type { LockedJournal } from "../api/bindings/LockedJournal";
import type { Message } from "../api/bindings/Message";
import type { PassphraseStrength } from "../api/bindings/PassphraseStrength";
import type { PlainCopy } from "../api/bindings/PlainCopy";
import type { UnlockSecret } from "../api/bindings/UnlockSecret";
import type { EncryptionApi } from "../lib/encryption.svelte";

export const ENCRYPTION_COMMANDS = new Set([
  "encryption_status",
  "prepare_encryption",
  "save_recovery_key",
  "encrypt_journal",
  "decrypt_journal",
  "forget_plain_copy",
  "passphrase_strength",
]);

/** What the fake starts with; every field can be changed by a test afterwards too. */
export interface FakeEncryptionState {
  encrypted: boolean;
  method: EncryptionMethod | null;
  keychainProblem: Message | null;
  plainCopy: PlainCopy | null;
  /** The journal waits for its key (app_info then reports it as locked). */
  locked: LockedJournal | null;
  /** What opens the encrypted journal. */
  passphrase: string | null;
  recoveryKey: string | null;
  /** The system keychain does not answer when asked to unlock. */
  keychainFails: boolean;
}

function refuse(code: string, message: Message | string, field: string | null = null): never {
  throw { code, message, field };
}

const compact = (key: string) => key.replace(/[\s-]/g, "").toUpperCase();

/** The time to guess for each fake score: "less than a second", "2 minutes" … "centuries". */
const CRACK_TIMES: Record<string, string | number>[] = [
  { unit: "instant", count: 0 },
  { unit: "minutes", count: 2 },
  { unit: "hours", count: 3 },
  { unit: "years", count: 4 },
  { unit: "centuries", count: 1 },
];

/** Four characters per zxcvbn point, up to 4; acceptable from 3 (12 characters). */
export function fakeStrength(passphrase: string): PassphraseStrength {
  const score = Math.min(4, Math.floor(passphrase.length / 4));
  return {
    score,
    acceptable: score >= 3,
    warning: score < 3 ? { id: "encryption-strength-warning-this-is-similar-to-a-commonly-used-password", args: {} } : null,
    suggestions: score < 3 ? [{ id: "encryption-strength-suggestion-add-another-word-or-two", args: {} }] : [],
    crackTime: { id: "encryption-strength-crack-time", args: CRACK_TIMES[score] ?? { unit: "centuries", count: 1 } },
  };
}

/** A recovery key shaped like the real one: 11 groups of 5 characters. */
export function fakeRecoveryKey(n: number): string {
  return Array.from({ length: 11 }, (_, i) => `${"ABCDEFGH"[n % 8]}${i % 10}Q7K`).join("-");
}

export class FakeEncryption implements FakeEncryptionState {
  encrypted = false;
  method: EncryptionMethod | null = null;
  keychainProblem: Message | null = null;
  plainCopy: PlainCopy | null = null;
  locked: LockedJournal | null = null;
  passphrase: string | null = null;
  recoveryKey: string | null = null;
  keychainFails = false;
  /** The key `prepare_encryption` made, until `encrypt_journal` uses it. */
  pending: string | null = null;
  /** Where `save_recovery_key` wrote. */
  savedTo: string | null = null;
  #keys = 0;
  #demo: () => boolean;

  constructor(demo: () => boolean, state: Partial<FakeEncryptionState> = {}) {
    this.#demo = demo;
    Object.assign(this, state);
  }

  status(): EncryptionStatus {
    const demo = this.#demo();
    return {
      encrypted: this.encrypted && !demo,
      method: demo ? null : this.method,
      demo,
      keychainProblem: this.keychainProblem,
      plainCopy: demo ? null : this.plainCopy,
    };
  }

  /** Opens the locked journal, or refuses as the back end does. */
  unlock(secret: UnlockSecret): void {
    if (!this.locked) refuse("invalid_input", "The journal is already open.");
    if (secret.kind === "keychain") {
      if (this.keychainFails) refuse("keychain", "The system keychain did not answer.");
    } else if (secret.kind === "passphrase") {
      if (secret.passphrase !== this.passphrase) refuse("wrong_passphrase", "That passphrase does not open this journal.", "passphrase");
    } else if (compact(secret.recoveryKey) !== compact(this.recoveryKey ?? "")) {
      refuse("wrong_recovery_key", "This recovery key does not open this journal.", "recoveryKey");
    }
    this.locked = null;
  }

  #encrypt(request: EncryptRequest): EncryptionStatus {
    if (this.#demo()) refuse("demo", "The sample journal is never encrypted.");
    if (this.encrypted) refuse("invalid_input", "The journal is already encrypted.");
    if (!this.pending) refuse("invalid_input", "Make a key first.");
    if (request.method === "keychain" && this.keychainProblem) refuse("keychain", this.keychainProblem);
    if (request.method === "passphrase" && !fakeStrength(request.passphrase ?? "").acceptable) {
      refuse("invalid_input", "This passphrase is too easy to guess.", "passphrase");
    }
    if (compact(request.recoveryKey) !== compact(this.pending)) {
      refuse("invalid_input", "This recovery key has a typo: check it letter by letter against the one you saved.", "recoveryKey");
    }
    Object.assign(this, {
      encrypted: true,
      method: request.method,
      passphrase: request.passphrase,
      recoveryKey: this.pending,
      pending: null,
      plainCopy: { path: "/home/you/.local/share/resilience-journal/journal.db.unencrypted", keptUntil: "2025-12-02T20:00:00Z" },
    });
    return this.status();
  }

  invoke(command: string, args: Record<string, unknown>): unknown {
    switch (command) {
      case "encryption_status":
        return this.status();
      case "prepare_encryption":
        this.#keys += 1;
        this.pending = fakeRecoveryKey(this.#keys);
        return { recoveryKey: this.pending };
      case "save_recovery_key":
        if (!this.pending) refuse("invalid_input", "Make a key first.");
        this.savedTo = String(args.path).endsWith(".txt") ? String(args.path) : `${String(args.path)}.txt`;
        return { path: this.savedTo };
      case "encrypt_journal":
        return this.#encrypt(args.request as EncryptRequest);
      case "decrypt_journal":
        if (!this.encrypted) refuse("invalid_input", "The journal is not encrypted.");
        Object.assign(this, { encrypted: false, method: null, plainCopy: null, passphrase: null, recoveryKey: null });
        return this.status();
      case "forget_plain_copy":
        this.plainCopy = null;
        return this.status();
      case "passphrase_strength":
        return fakeStrength(String(args.passphrase));
      default:
        return refuse("ipc", `unknown command ${command}`);
    }
  }
}

/** The fake's encryption commands as an `EncryptionApi`, for state and component tests. */
export function encryptionApiOf(
  fake: FakeEncryption,
  askRecoveryKeyPath: EncryptionApi["askRecoveryKeyPath"] = async () => "/home/you/resilience-journal-recovery-key.txt",
): EncryptionApi & { calls: { command: string; args: Record<string, unknown> }[] } {
  const calls: { command: string; args: Record<string, unknown> }[] = [];
  const call = async <T>(command: string, args: Record<string, unknown> = {}): Promise<T> => {
    calls.push({ command, args });
    return fake.invoke(command, args) as T;
  };
  return {
    calls,
    encryptionStatus: () => call("encryption_status"),
    prepareEncryption: () => call("prepare_encryption"),
    saveRecoveryKey: (path) => call("save_recovery_key", { path }),
    encryptJournal: (request) => call("encrypt_journal", { request }),
    decryptJournal: () => call("decrypt_journal"),
    forgetPlainCopy: () => call("forget_plain_copy"),
    passphraseStrength: (passphrase) => call("passphrase_strength", { passphrase }),
    askRecoveryKeyPath,
  };
}
