import { describe, expect, it, vi } from "vitest";
import type { AppInfo } from "../api/app";
import type { UnlockSecret } from "../api/encryption";
import { FakeBackend } from "../testing/fakeBackend";
import { UnlockForm } from "./unlock.svelte";

const KEY = "AAAAA-BBBBB-CCCCC";

function setup(method: "passphrase" | "keychain" | null, keychainFails = false) {
  const backend = new FakeBackend({
    encryption: {
      encrypted: true,
      method,
      locked: { method, problem: method === "keychain" ? { id: "error-lock-not-in-keychain", args: {} } : null },
      passphrase: method === "passphrase" ? "lantern orchid gravel" : null,
      recoveryKey: KEY,
      keychainFails,
    },
  });
  const unlock = vi.fn((secret: UnlockSecret) => backend.invoke("unlock_journal", { secret }) as Promise<AppInfo>);
  const locked = backend.encryption.locked!;
  return { backend, unlock, form: new UnlockForm(locked, unlock) };
}

describe("UnlockForm", () => {
  it("starts with the usual way in; without one, with the recovery key", () => {
    expect(setup("passphrase").form.mode).toBe("passphrase");
    expect(setup("keychain").form.mode).toBe("keychain");
    const { form } = setup(null);
    expect(form.mode).toBe("recovery_key");
    expect(form.usual).toBe("recovery_key");
  });

  it("says a wrong passphrase under the field, keeps it, and opens with the right one", async () => {
    const { form, unlock } = setup("passphrase");
    expect(await form.submit()).toBeNull();
    expect(form.errors.passphrase).toBe("Enter your passphrase.");
    expect(unlock).not.toHaveBeenCalled();

    form.passphrase = "lantern orchid";
    expect(await form.submit()).toBeNull();
    expect(form.errors.passphrase).toBe("That passphrase does not open this journal.");
    expect(form.passphrase).toBe("lantern orchid");
    expect(form.busy).toBe(false);

    form.passphrase = "lantern orchid gravel";
    const info = await form.submit();
    expect(info).toMatchObject({ startupError: null, locked: null });
    expect(form.errors).toEqual({});
    expect(unlock).toHaveBeenLastCalledWith({ kind: "passphrase", passphrase: "lantern orchid gravel" });
  });

  it("opens with the recovery key instead, trimmed, and says when it does not fit", async () => {
    const { form, unlock } = setup("passphrase");
    form.use("recovery_key");
    form.recoveryKey = "AAAAA-BBBBB-CCCCD";
    expect(await form.submit()).toBeNull();
    expect(form.errors.recoveryKey).toBe("This recovery key does not open this journal.");
    form.recoveryKey = "  aaaaa bbbbb ccccc ";
    expect(await form.submit()).not.toBeNull();
    expect(unlock).toHaveBeenLastCalledWith({ kind: "recovery_key", recoveryKey: "aaaaa bbbbb ccccc" });
  });

  it("tries the keychain again and shows its failure above the choices", async () => {
    const { form, backend, unlock } = setup("keychain", true);
    expect(await form.submit()).toBeNull();
    expect(unlock).toHaveBeenCalledWith({ kind: "keychain" });
    expect(form.error).toBe("The system keychain did not answer.");
    backend.encryption.keychainFails = false;
    expect(await form.submit()).not.toBeNull();
  });

  it("does not send twice while the first answer is on its way", async () => {
    const { form, unlock } = setup("passphrase");
    form.passphrase = "lantern orchid gravel";
    const first = form.submit();
    expect(await form.submit()).toBeNull();
    expect(await first).not.toBeNull();
    expect(unlock).toHaveBeenCalledTimes(1);
  });
});
