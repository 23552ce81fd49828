import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/client";
import { encryptionApiOf, FakeEncryption, fakeRecoveryKey, type FakeEncryptionState } from "../testing/fakeEncryption";
import { EncryptionStore } from "./encryption.svelte";

async function setup(state: Partial<FakeEncryptionState> = {}, demo = false) {
  const fake = new FakeEncryption(() => demo, state);
  const api = encryptionApiOf(fake);
  const store = new EncryptionStore(api, 0);
  await store.load();
  const called = (command: string) => api.calls.filter((c) => c.command === command);
  return { fake, api, store, called };
}

const STRONG = "lantern orchid gravel";

afterEach(() => {
  vi.useRealTimers();
});

describe("EncryptionStore", () => {
  it("loads the status, and says why it could not", async () => {
    const { store } = await setup({ encrypted: true, method: "keychain" });
    expect(store.status).toMatchObject({ encrypted: true, method: "keychain" });

    const api = encryptionApiOf(new FakeEncryption(() => false));
    const failing = new EncryptionStore({ ...api, encryptionStatus: () => Promise.reject(new ApiError("storage", "The disk is gone.")) });
    await failing.load();
    expect(failing.loadError).toBe("The disk is gone.");
  });

  it("offers the keychain first, or the passphrase where the keychain cannot keep a key", async () => {
    const { store } = await setup();
    store.start();
    expect(store.flow?.method).toBe("keychain");
    const without = (await setup({ keychainProblem: { id: "error-keychain-unavailable", args: { detail: "no keychain service is running" } } })).store;
    without.start();
    expect(without.flow?.method).toBe("passphrase");
  });

  it("encrypts with the keychain: key made, confirmed, journal encrypted, flow closed", async () => {
    const { store, called } = await setup();
    store.start();
    const flow = store.flow!;
    expect(await flow.prepare()).toBe(true);
    expect(flow.step).toBe("key");
    expect(flow.recoveryKey).toBe(fakeRecoveryKey(1));
    flow.go("confirm");
    flow.typedKey = ` ${fakeRecoveryKey(1).toLowerCase()} `;
    expect(await store.encrypt()).toBe(true);
    expect(called("encrypt_journal")[0]?.args).toEqual({
      request: { method: "keychain", passphrase: null, recoveryKey: fakeRecoveryKey(1).toLowerCase() },
    });
    expect(store.flow).toBeNull();
    expect(store.status).toMatchObject({ encrypted: true, method: "keychain" });
    expect(store.message).toBe("Your journal is encrypted.");
  });

  it("asks for a recovery key before sending anything, and puts a typo under the field", async () => {
    const { store, called } = await setup();
    store.start();
    const flow = store.flow!;
    await flow.prepare();
    flow.go("confirm");
    expect(await store.encrypt()).toBe(false);
    expect(flow.errors.recoveryKey).toMatch(/Type or paste/);
    expect(called("encrypt_journal")).toHaveLength(0);

    flow.typedKey = fakeRecoveryKey(1).replace("B1", "C1");
    expect(await store.encrypt()).toBe(false);
    expect(flow.errors.recoveryKey).toMatch(/has a typo/);
    expect(store.flow).toBe(flow);
    expect(store.status?.encrypted).toBe(false);
  });

  it("rates the passphrase once typing pauses, and only the last one typed", async () => {
    vi.useFakeTimers();
    const fake = new FakeEncryption(() => false);
    const api = encryptionApiOf(fake);
    const store = new EncryptionStore(api, 300);
    await store.load();
    store.start();
    const flow = store.flow!;
    flow.choose("passphrase");
    flow.setPassphrase("lan");
    flow.setPassphrase("lantern");
    await vi.advanceTimersByTimeAsync(299);
    expect(api.calls.filter((c) => c.command === "passphrase_strength")).toHaveLength(0);
    flow.setPassphrase(STRONG);
    await vi.advanceTimersByTimeAsync(300);
    expect(api.calls.filter((c) => c.command === "passphrase_strength").map((c) => c.args)).toEqual([{ passphrase: STRONG }]);
    expect(flow.strength).toMatchObject({ score: 4, acceptable: true });
    // Emptied: the meter goes, and nothing is asked.
    flow.setPassphrase("");
    await vi.advanceTimersByTimeAsync(300);
    expect(flow.strength).toBeNull();
    expect(api.calls.filter((c) => c.command === "passphrase_strength")).toHaveLength(1);
  });

  it("goes on with a passphrase only when it is strong enough and repeated exactly", async () => {
    const { store, called } = await setup();
    store.start();
    const flow = store.flow!;
    flow.choose("passphrase");
    expect(await flow.prepare()).toBe(false);
    expect(flow.errors.passphrase).toBe("Choose a passphrase.");

    flow.setPassphrase("hunter2", "hunter2");
    expect(await flow.prepare()).toBe(false);
    expect(flow.errors.passphrase).toMatch(/too easy to guess/);
    expect(flow.errors.repeat).toBeUndefined();

    flow.setPassphrase(STRONG, "lantern orchid grave");
    expect(await flow.prepare()).toBe(false);
    expect(flow.errors.passphrase).toBeUndefined();
    expect(flow.errors.repeat).toBe("The two passphrases are not the same.");
    expect(called("prepare_encryption")).toHaveLength(0);

    flow.setPassphrase(STRONG, STRONG);
    expect(flow.errors.repeat).toBeFalsy();
    expect(await flow.prepare()).toBe(true);
    flow.go("confirm");
    flow.typedKey = fakeRecoveryKey(1);
    expect(await store.encrypt()).toBe(true);
    expect(called("encrypt_journal")[0]?.args).toEqual({
      request: { method: "passphrase", passphrase: STRONG, recoveryKey: fakeRecoveryKey(1) },
    });
    expect(store.status?.method).toBe("passphrase");
  });

  it("goes back to the passphrase, without the old recovery key, when the back end finds it too weak", async () => {
    const { fake, store } = await setup();
    store.start();
    const flow = store.flow!;
    flow.choose("passphrase");
    flow.setPassphrase(STRONG, STRONG);
    await flow.prepare();
    flow.go("confirm");
    flow.typedKey = fakeRecoveryKey(1);
    fake.invoke = () => {
      throw { code: "invalid_input", message: "This passphrase is too easy to guess.", field: "passphrase" };
    };
    expect(await store.encrypt()).toBe(false);
    expect(flow.step).toBe("method");
    expect(flow.recoveryKey).toBeNull();
    expect(flow.errors.passphrase).toBe("This passphrase is too easy to guess.");
    expect(flow.error).toMatch(/new recovery key/);
  });

  it("says when the keychain failed, and keeps the flow open", async () => {
    const { fake, store } = await setup();
    store.start();
    const flow = store.flow!;
    await flow.prepare();
    flow.go("confirm");
    flow.typedKey = fakeRecoveryKey(1);
    fake.keychainProblem = { id: "error-keychain-locked", args: {} };
    expect(await store.encrypt()).toBe(false);
    expect(flow.error).toBe(
      "The system keychain is locked. Unlock it (for example by logging in again) and try again. Nothing was encrypted. You can cancel and choose a passphrase instead.",
    );
    expect(flow.busy).toBeNull();
  });

  it("saves the recovery key where the dialog says, and nothing when it is cancelled", async () => {
    const fake = new FakeEncryption(() => false);
    const ask = vi.fn<(name: string) => Promise<string | null>>().mockResolvedValueOnce(null).mockResolvedValue("/media/usb/key.txt");
    const store = new EncryptionStore(encryptionApiOf(fake, ask), 0);
    await store.load();
    store.start();
    const flow = store.flow!;
    await flow.prepare();
    await flow.saveKey();
    expect(ask).toHaveBeenCalledWith("resilience-journal-recovery-key.txt");
    expect(fake.savedTo).toBeNull();
    expect(flow.savedTo).toBeNull();
    await flow.saveKey();
    expect(fake.savedTo).toBe("/media/usb/key.txt");
    expect(flow.savedTo).toBe("/media/usb/key.txt");
  });

  it("turns encryption off and deletes the unencrypted copy only once confirmed", async () => {
    const plainCopy = { path: "/j/journal.db.unencrypted", keptUntil: "2025-12-02T20:00:00Z" };
    const { store, called } = await setup({ encrypted: true, method: "passphrase", plainCopy });
    store.ask("forget");
    expect(store.confirming).toBe("forget");
    store.confirming = null;
    await store.confirm();
    expect(called("forget_plain_copy")).toHaveLength(0);

    store.ask("forget");
    await store.confirm();
    expect(store.status?.plainCopy).toBeNull();
    expect(store.message).toBe("The unencrypted copy is deleted.");

    store.ask("decrypt");
    await store.confirm();
    expect(called("decrypt_journal")).toHaveLength(1);
    expect(store.status).toMatchObject({ encrypted: false, method: null });
    expect(store.message).toMatch(/stored unencrypted again/);
  });

  it("shows a failed change in the card", async () => {
    const { fake, store } = await setup({ encrypted: true, method: "keychain" });
    fake.invoke = () => {
      throw { code: "busy", message: "A backup is being made; try again in a moment.", field: null };
    };
    store.ask("decrypt");
    await store.confirm();
    expect(store.error).toBe("A backup is being made; try again in a moment.");
    expect(store.busy).toBeNull();
    expect(store.status?.encrypted).toBe(true);
  });
});
