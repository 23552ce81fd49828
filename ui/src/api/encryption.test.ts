import { beforeEach, describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const encryption = await import("./encryption");
const { ApiError } = await import("./client");

beforeEach(() => {
  invoke.mockReset();
  invoke.mockResolvedValue(null);
});

describe("encryption commands", () => {
  const request = { method: "passphrase", passphrase: "lantern orchid gravel", recoveryKey: "7K3QD-AAAAA" } as const;

  it.each([
    ["encryption_status", () => encryption.encryptionStatus(), undefined],
    ["prepare_encryption", () => encryption.prepareEncryption(), undefined],
    ["save_recovery_key", () => encryption.saveRecoveryKey("/home/you/key.txt"), { path: "/home/you/key.txt" }],
    ["encrypt_journal", () => encryption.encryptJournal(request), { request }],
    ["decrypt_journal", () => encryption.decryptJournal(), undefined],
    ["forget_plain_copy", () => encryption.forgetPlainCopy(), undefined],
    ["passphrase_strength", () => encryption.passphraseStrength("hunter2"), { passphrase: "hunter2" }],
    ["unlock_journal", () => encryption.unlockJournal({ kind: "keychain" }), { secret: { kind: "keychain" } }],
    [
      "unlock_journal",
      () => encryption.unlockJournal({ kind: "passphrase", passphrase: "lantern orchid" }),
      { secret: { kind: "passphrase", passphrase: "lantern orchid" } },
    ],
    [
      "unlock_journal",
      () => encryption.unlockJournal({ kind: "recovery_key", recoveryKey: "7K3QD-AAAAA" }),
      { secret: { kind: "recovery_key", recoveryKey: "7K3QD-AAAAA" } },
    ],
  ] as const)("%s sends its arguments by their camelCase names", async (command, run, args) => {
    await run();
    if (args === undefined) expect(invoke).toHaveBeenCalledWith(command, undefined);
    else expect(invoke).toHaveBeenCalledWith(command, args);
  });

  it("returns what the back end answered", async () => {
    const status = { encrypted: true, method: "keychain", demo: false, keychainProblem: null, plainCopy: null };
    invoke.mockResolvedValue(status);
    await expect(encryption.encryptionStatus()).resolves.toEqual(status);
  });

  it("turns a wrong passphrase into an ApiError that names its field", async () => {
    invoke.mockRejectedValue({ code: "wrong_passphrase", message: "That passphrase does not open this journal.", field: "passphrase" });
    const error = await encryption.unlockJournal({ kind: "passphrase", passphrase: "nope" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: "wrong_passphrase", field: "passphrase" });
  });
});
