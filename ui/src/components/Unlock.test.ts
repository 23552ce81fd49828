import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import type { AppInfo } from "../api/app";
import type { Message } from "../api/bindings/Message";
import type { EncryptionMethod, UnlockSecret } from "../api/encryption";
import { FakeBackend } from "../testing/fakeBackend";
import Unlock from "./Unlock.svelte";

const KEY = "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH-JJJJJ-KKKKK-MMMMM";
const PASSPHRASE = "lantern orchid gravel";

function renderUnlock(method: EncryptionMethod | null, problem: Message | null = null, keychainFails = false) {
  const backend = new FakeBackend({
    encryption: { encrypted: true, method, locked: { method, problem }, passphrase: PASSPHRASE, recoveryKey: KEY, keychainFails },
  });
  let finish: (() => void) | null = null;
  const unlock = vi.fn(async (secret: UnlockSecret) => {
    // Deriving the key from a passphrase takes about a second: the test decides when it is done.
    if (secret.kind === "passphrase" && secret.passphrase === PASSPHRASE) await new Promise<void>((resolve) => (finish = resolve));
    return backend.invoke("unlock_journal", { secret }) as Promise<AppInfo>;
  });
  const onunlocked = vi.fn();
  render(Unlock, { locked: backend.encryption.locked!, location: "/home/you/journal.db", onunlocked, unlock });
  return { unlock, onunlocked, finish: () => finish?.() };
}

describe("Unlock screen", () => {
  it("asks for the passphrase, says a wrong one under the field, then opens with the recovery key", async () => {
    const { unlock, onunlocked } = renderUnlock("passphrase");
    expect(screen.getByRole("heading", { name: "Unlock your journal" })).toBeTruthy();
    expect(screen.getByText("/home/you/journal.db")).toBeTruthy();
    const field = screen.getByLabelText<HTMLInputElement>("Passphrase");
    expect(field.type).toBe("password");
    await waitFor(() => expect(document.activeElement).toBe(field));

    await fireEvent.input(field, { target: { value: "lantern orchid" } });
    await fireEvent.submit(field.form!);
    expect((await screen.findByText("That passphrase does not open this journal.")).id).toBe(field.getAttribute("aria-describedby"));
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(field.value).toBe("lantern orchid");
    expect(document.activeElement).toBe(field);
    expect(onunlocked).not.toHaveBeenCalled();

    await fireEvent.click(screen.getByRole("button", { name: "Use recovery key instead" }));
    expect(screen.queryByLabelText("Passphrase")).toBeNull();
    const key = screen.getByLabelText("Recovery key");
    await waitFor(() => expect(document.activeElement).toBe(key));
    await fireEvent.input(key, { target: { value: KEY.toLowerCase() } });
    await fireEvent.click(screen.getByRole("button", { name: "Unlock" }));
    await waitFor(() => expect(onunlocked).toHaveBeenCalledTimes(1));
    expect(onunlocked.mock.calls[0]?.[0]).toMatchObject({ startupError: null, locked: null });
    expect(unlock).toHaveBeenLastCalledWith({ kind: "recovery_key", recoveryKey: KEY.toLowerCase() });
    expect(screen.getByRole("button", { name: "Use your passphrase instead" })).toBeTruthy();
  });

  it("shows that it is unlocking while the passphrase is checked", async () => {
    const { onunlocked, finish } = renderUnlock("passphrase");
    const field = screen.getByLabelText("Passphrase");
    await fireEvent.input(field, { target: { value: PASSPHRASE } });
    await fireEvent.submit(field.closest("form")!);
    const busy = await screen.findByRole<HTMLButtonElement>("button", { name: "Unlocking…" });
    expect(busy.disabled).toBe(true);
    expect(field.closest("form")?.getAttribute("aria-busy")).toBe("true");
    finish();
    await waitFor(() => expect(onunlocked).toHaveBeenCalledTimes(1));
  });

  it("asks for the passphrase before trying", async () => {
    const { unlock } = renderUnlock("passphrase");
    await fireEvent.click(screen.getByRole("button", { name: "Unlock" }));
    expect(await screen.findByText("Enter your passphrase.")).toBeTruthy();
    expect(unlock).not.toHaveBeenCalled();
  });

  it("says why the keychain did not open it, tries again, and offers the recovery key", async () => {
    const { unlock, onunlocked } = renderUnlock("keychain", { id: "error-keychain-locked", args: {} }, true);
    expect(screen.getByText("The system keychain is locked. Unlock it (for example by logging in again) and try again.")).toBeTruthy();
    const retry = screen.getByRole("button", { name: "Try again" });
    await waitFor(() => expect(document.activeElement).toBe(retry));
    await fireEvent.click(retry);
    expect((await screen.findByRole("alert")).textContent).toBe("The system keychain did not answer.");
    expect(unlock).toHaveBeenCalledWith({ kind: "keychain" });

    await fireEvent.click(screen.getByRole("button", { name: "Use recovery key instead" }));
    await fireEvent.input(screen.getByLabelText("Recovery key"), { target: { value: KEY } });
    await fireEvent.click(screen.getByRole("button", { name: "Unlock" }));
    await waitFor(() => expect(onunlocked).toHaveBeenCalledTimes(1));
  });

  it("asks only for the recovery key when this computer has nothing that opens the journal", async () => {
    const { onunlocked } = renderUnlock(null);
    expect(screen.getByText(/moved here from another computer/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /instead/ })).toBeNull();
    const key = screen.getByLabelText("Recovery key");
    await fireEvent.input(key, { target: { value: "AAAAA-BBBBB" } });
    await fireEvent.click(screen.getByRole("button", { name: "Unlock" }));
    expect(await screen.findByText("This recovery key does not open this journal.")).toBeTruthy();
    expect(key.getAttribute("aria-invalid")).toBe("true");
    await fireEvent.input(key, { target: { value: KEY } });
    await fireEvent.click(screen.getByRole("button", { name: "Unlock" }));
    await waitFor(() => expect(onunlocked).toHaveBeenCalledTimes(1));
  });
});
