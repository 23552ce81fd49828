/**
 * The Encryption card of Settings: the journal's encryption status, turning encryption off and
 * deleting the unencrypted copy (each after a confirmation), and the flow that encrypts —
 * choose how the key is kept → see and keep the recovery key → confirm it and encrypt.
 */
import { toApiError } from "../api/client";
import { askSavePath } from "../api/dialog";
import {
  decryptJournal,
  encryptJournal,
  encryptionStatus,
  forgetPlainCopy,
  passphraseStrength,
  prepareEncryption,
  saveRecoveryKey,
  type EncryptionMethod,
  type EncryptionStatus,
  type EncryptRequest,
  type PassphraseStrength,
  type PreparedEncryption,
} from "../api/encryption";
import { RECOVERY_KEY_FILE } from "./encryption";
import { t } from "./i18n/i18n.svelte";

export interface EncryptionApi {
  encryptionStatus(): Promise<EncryptionStatus>;
  prepareEncryption(): Promise<PreparedEncryption>;
  saveRecoveryKey(path: string): Promise<{ path: string }>;
  encryptJournal(request: EncryptRequest): Promise<EncryptionStatus>;
  decryptJournal(): Promise<EncryptionStatus>;
  forgetPlainCopy(): Promise<EncryptionStatus>;
  passphraseStrength(passphrase: string): Promise<PassphraseStrength>;
  /** The native save dialog for the recovery key's text file; null when cancelled. */
  askRecoveryKeyPath(defaultName: string): Promise<string | null>;
}

export const ENCRYPTION_API: EncryptionApi = {
  encryptionStatus,
  prepareEncryption,
  saveRecoveryKey,
  encryptJournal,
  decryptJournal,
  forgetPlainCopy,
  passphraseStrength,
  askRecoveryKeyPath: (name) => askSavePath(name, "txt"),
};

export type FlowStep = "method" | "key" | "confirm";
export type FlowField = "passphrase" | "repeat" | "recoveryKey";

/** One run of "Encrypt my journal…", from choosing how the key is kept to encrypting. */
export class EncryptFlow {
  step = $state<FlowStep>("method");
  method = $state<EncryptionMethod>("keychain");
  passphrase = $state("");
  repeat = $state("");
  /** The meter: how strong the passphrase is, as last rated by the back end. */
  strength = $state<PassphraseStrength | null>(null);
  /** The recovery key, from "Continue" on the first step until the flow ends. */
  recoveryKey = $state<string | null>(null);
  typedKey = $state("");
  busy = $state<"preparing" | "saving" | "encrypting" | null>(null);
  errors = $state<Partial<Record<FlowField, string>>>({});
  /** A failure that belongs to no field, shown in the step. */
  error = $state<string | null>(null);
  /** Where the recovery key was saved. */
  savedTo = $state<string | null>(null);
  /** The passphrase `strength` rates (a newer one may be waiting for its rating). */
  #rated = "";
  #timer: ReturnType<typeof setTimeout> | undefined;
  #ticket = 0;
  #api: EncryptionApi;
  #delay: number;

  constructor(api: EncryptionApi, method: EncryptionMethod, delayMs: number) {
    this.#api = api;
    this.method = method;
    this.#delay = delayMs;
  }

  choose(method: EncryptionMethod): void {
    this.method = method;
    this.errors = {};
    this.error = null;
  }

  /** While typing: the meter follows after a pause; shown problems are checked again. */
  setPassphrase(passphrase: string, repeat = this.repeat): void {
    this.passphrase = passphrase;
    this.repeat = repeat;
    if (this.errors.repeat && passphrase === repeat) this.errors = { ...this.errors, repeat: undefined };
    clearTimeout(this.#timer);
    this.#ticket += 1;
    if (!passphrase) {
      this.strength = null;
      this.#rated = "";
    } else if (passphrase !== this.#rated) {
      // The last rating stays on the meter until the new one arrives; Continue waits for it.
      this.#timer = setTimeout(() => void this.#rate(passphrase).catch(() => {}), this.#delay);
    }
  }

  async #rate(passphrase: string): Promise<PassphraseStrength> {
    const ticket = this.#ticket;
    const strength = await this.#api.passphraseStrength(passphrase);
    if (ticket === this.#ticket) {
      this.strength = strength;
      this.#rated = passphrase;
      if (this.errors.passphrase && strength.acceptable) this.errors = { ...this.errors, passphrase: undefined };
    }
    return strength;
  }

  /** First step → second: checks the passphrase, then has the back end make the key. */
  async prepare(): Promise<boolean> {
    this.error = null;
    if (this.method === "passphrase" && !(await this.#passphraseFits())) return false;
    this.busy = "preparing";
    try {
      this.recoveryKey = (await this.#api.prepareEncryption()).recoveryKey;
      this.savedTo = null;
      this.typedKey = "";
      this.step = "key";
      return true;
    } catch (reason) {
      this.error = toApiError(reason).message;
      return false;
    } finally {
      this.busy = null;
    }
  }

  async #passphraseFits(): Promise<boolean> {
    const errors: Partial<Record<FlowField, string>> = {};
    if (!this.passphrase) {
      errors.passphrase = t("encryption-error-no-passphrase");
    } else {
      let strength = this.passphrase === this.#rated ? this.strength : null;
      if (!strength) {
        clearTimeout(this.#timer);
        this.#ticket += 1;
        try {
          strength = await this.#rate(this.passphrase);
        } catch (reason) {
          this.error = toApiError(reason).message;
          return false;
        }
      }
      if (!strength.acceptable) {
        errors.passphrase = t("encryption-error-too-weak");
      }
    }
    if (this.repeat === "") errors.repeat = t("encryption-error-no-repeat");
    else if (this.repeat !== this.passphrase) errors.repeat = t("encryption-error-repeat-differs");
    this.errors = errors;
    return Object.keys(errors).length === 0;
  }

  /** "Save as file…": the save dialog, then the back end writes the key with instructions. */
  async saveKey(): Promise<void> {
    this.busy = "saving";
    this.error = null;
    try {
      const path = await this.#api.askRecoveryKeyPath(RECOVERY_KEY_FILE);
      if (path === null) return;
      const saved = await this.#api.saveRecoveryKey(path);
      this.savedTo = saved.path;
    } catch (reason) {
      this.error = toApiError(reason).message;
    } finally {
      this.busy = null;
    }
  }

  /** Between the recovery key and its confirmation (the key is not shown while confirming). */
  go(step: "key" | "confirm"): void {
    this.step = step;
    this.error = null;
    this.errors = {};
  }

  /** "Encrypt now"; resolves to the new status, or null with the problem set. */
  async encrypt(): Promise<EncryptionStatus | null> {
    this.error = null;
    this.errors = {};
    const recoveryKey = this.typedKey.trim();
    if (!recoveryKey) {
      this.errors = { recoveryKey: t("encryption-error-no-key") };
      return null;
    }
    this.busy = "encrypting";
    try {
      const passphrase = this.method === "passphrase" ? this.passphrase : null;
      return await this.#api.encryptJournal({ method: this.method, passphrase, recoveryKey });
    } catch (reason) {
      const failure = toApiError(reason);
      if (failure.field === "recoveryKey") {
        this.errors = { recoveryKey: failure.message };
      } else if (failure.field === "passphrase") {
        // A new key goes with a new passphrase: the recovery key shown no longer applies.
        this.recoveryKey = null;
        this.step = "method";
        this.errors = { passphrase: failure.message };
        this.error = t("encryption-error-new-passphrase");
      } else if (failure.code === "keychain") {
        this.error = t("encryption-error-keychain", { details: failure.message });
      } else {
        this.error = failure.message;
      }
      return null;
    } finally {
      this.busy = null;
    }
  }

  /** Stops a pending strength check when the flow ends. */
  dispose(): void {
    clearTimeout(this.#timer);
    this.#ticket += 1;
  }
}

export class EncryptionStore {
  status = $state<EncryptionStatus | null>(null);
  loadError = $state<string | null>(null);
  /** The encryption flow while it is open. */
  flow = $state<EncryptFlow | null>(null);
  /** What the confirmation dialog asks about. */
  confirming = $state<"decrypt" | "forget" | null>(null);
  busy = $state<"decrypt" | "forget" | null>(null);
  error = $state<string | null>(null);
  /** What just happened (t("encryption-done-encrypted")). */
  message = $state<string | null>(null);
  #api: EncryptionApi;
  #delay: number;

  /** `strengthDelayMs`: how long the meter waits for typing to pause. */
  constructor(api: EncryptionApi = ENCRYPTION_API, strengthDelayMs = 300) {
    this.#api = api;
    this.#delay = strengthDelayMs;
  }

  async load(): Promise<void> {
    try {
      this.status = await this.#api.encryptionStatus();
      this.loadError = null;
    } catch (reason) {
      this.loadError = toApiError(reason).message;
    }
  }

  /** "Encrypt my journal…": the keychain is offered first where it can keep a key. */
  start(): void {
    this.message = null;
    this.error = null;
    this.flow = new EncryptFlow(this.#api, this.status?.keychainProblem ? "passphrase" : "keychain", this.#delay);
  }

  cancel(): void {
    this.flow?.dispose();
    this.flow = null;
  }

  /** Encrypts with what the flow holds; the flow closes when it worked. */
  async encrypt(): Promise<boolean> {
    const status = await this.flow?.encrypt();
    if (!status) return false;
    this.status = status;
    this.cancel();
    this.message = t("encryption-done-encrypted");
    return true;
  }

  ask(what: "decrypt" | "forget"): void {
    this.error = null;
    this.message = null;
    this.confirming = what;
  }

  /** Carries out the confirmed "Turn encryption off" or "Delete the unencrypted copy". */
  async confirm(): Promise<void> {
    const what = this.confirming;
    this.confirming = null;
    if (!what) return;
    this.busy = what;
    try {
      this.status = await (what === "decrypt" ? this.#api.decryptJournal() : this.#api.forgetPlainCopy());
      this.message =
        what === "decrypt" ? t("encryption-done-decrypted") : t("encryption-done-forgotten");
    } catch (reason) {
      this.error = toApiError(reason).message;
    } finally {
      this.busy = null;
    }
  }
}
