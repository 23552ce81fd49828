/**
 * The Unlock screen at start, while the encrypted journal waits for its key: the passphrase,
 * the system keychain (tried again) or the recovery key. A wrong answer only says so under its
 * field; there is no lockout.
 */
import type { AppInfo } from "../api/app";
import { toApiError } from "../api/client";
import { unlockJournal, type LockedJournal, type UnlockSecret } from "../api/encryption";
import { t } from "./i18n/i18n.svelte";

export type UnlockMode = UnlockSecret["kind"];

export class UnlockForm {
  mode = $state<UnlockMode>("recovery_key");
  passphrase = $state("");
  recoveryKey = $state("");
  busy = $state(false);
  errors = $state<{ passphrase?: string; recoveryKey?: string }>({});
  /** A failure that belongs to no field (the keychain did not answer, the file could not be read). */
  error = $state<string | null>(null);
  /** The usual way in; the recovery key is always the other one. */
  readonly usual: UnlockMode;
  #unlock: (secret: UnlockSecret) => Promise<AppInfo>;

  constructor(locked: LockedJournal, unlock: (secret: UnlockSecret) => Promise<AppInfo> = unlockJournal) {
    this.usual = locked.method ?? "recovery_key";
    this.mode = this.usual;
    this.#unlock = unlock;
  }

  use(mode: UnlockMode): void {
    this.mode = mode;
    this.errors = {};
    this.error = null;
  }

  /** Resolves to the app's facts once the journal is open, or null with the problem set. */
  async submit(): Promise<AppInfo | null> {
    if (this.busy) return null;
    const secret = this.#secret();
    if (!secret) return null;
    this.busy = true;
    this.errors = {};
    this.error = null;
    try {
      return await this.#unlock(secret);
    } catch (reason) {
      const failure = toApiError(reason);
      const field =
        failure.field === "passphrase" || failure.code === "wrong_passphrase"
          ? "passphrase"
          : failure.field === "recoveryKey" || failure.code === "wrong_recovery_key"
            ? "recoveryKey"
            : null;
      if (field && field === (this.mode === "passphrase" ? "passphrase" : "recoveryKey")) {
        this.errors = { [field]: failure.message };
      } else {
        this.error = failure.message;
      }
      return null;
    } finally {
      this.busy = false;
    }
  }

  #secret(): UnlockSecret | null {
    if (this.mode === "keychain") return { kind: "keychain" };
    if (this.mode === "passphrase") {
      if (this.passphrase) return { kind: "passphrase", passphrase: this.passphrase };
      this.errors = { passphrase: t("unlock-enter-passphrase") };
      return null;
    }
    const recoveryKey = this.recoveryKey.trim();
    if (recoveryKey) return { kind: "recovery_key", recoveryKey };
    this.errors = { recoveryKey: t("unlock-enter-recovery-key") };
    return null;
  }
}
