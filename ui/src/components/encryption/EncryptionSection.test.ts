import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api/client";
import { EncryptionStore } from "../../lib/encryption.svelte";
import { encryptionApiOf, FakeEncryption, fakeRecoveryKey, type FakeEncryptionState } from "../../testing/fakeEncryption";
import EncryptionSection from "./EncryptionSection.svelte";

const STRONG = "lantern orchid gravel";
const now = () => new Date(2025, 10, 25, 12, 0);

function renderCard(state: Partial<FakeEncryptionState> = {}, demo = false) {
  const fake = new FakeEncryption(() => demo, state);
  const api = encryptionApiOf(fake);
  const store = new EncryptionStore(api, 0);
  render(EncryptionSection, { store, now });
  const called = (command: string) => api.calls.filter((c) => c.command === command).map((c) => c.args);
  return { fake, store, called };
}

const card = () => screen.getByRole("region", { name: "Encryption" });
const flow = () => screen.getByRole("dialog", { name: "Encrypt your journal" });
const type = (label: string | RegExp, value: string) => fireEvent.input(within(flow()).getByLabelText(label), { target: { value } });

async function openFlow() {
  await fireEvent.click(await screen.findByRole("button", { name: "Encrypt my journal…" }));
  return flow();
}

afterEach(() => {
  Reflect.deleteProperty(navigator, "clipboard");
});

describe("Encryption card", () => {
  it("says what encryption protects and what not, and that the journal is not encrypted", async () => {
    renderCard();
    expect(await within(card()).findByText("Not encrypted.")).toBeTruthy();
    expect(card().textContent).toMatch(/journal file, its write-ahead log and its backups/);
    expect(card().textContent).toMatch(/exports you make.*memory.*screenshots/s);
  });

  it("encrypts with the keychain: method, recovery key shown once, typed back, encrypted", async () => {
    const { called } = renderCard();
    const dialog = await openFlow();
    expect(within(dialog).getByText("Step 1 of 3")).toBeTruthy();
    const keychain = within(dialog).getByLabelText<HTMLInputElement>("System keychain (opens automatically)");
    expect(keychain.checked).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(keychain));
    expect(within(dialog).queryByLabelText("Passphrase")).toBeNull();

    await fireEvent.click(within(dialog).getByRole("button", { name: "Continue" }));
    const key = await within(dialog).findByText(fakeRecoveryKey(1));
    expect(key.classList.contains("recovery-key")).toBe(true);
    expect(within(dialog).getByText("Step 2 of 3")).toBeTruthy();
    expect(dialog.textContent).toMatch(/Without this key your journal cannot be recovered if the system keychain loses its key/);
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Your recovery key"));

    await fireEvent.click(within(dialog).getByRole("button", { name: "Continue" }));
    // The key is not on screen while it is being confirmed.
    expect(within(dialog).queryByText(fakeRecoveryKey(1))).toBeNull();
    const field = within(dialog).getByLabelText("Type or paste your recovery key to confirm");
    await waitFor(() => expect(document.activeElement).toBe(field));
    await fireEvent.input(field, { target: { value: fakeRecoveryKey(1) } });
    await fireEvent.click(within(dialog).getByRole("button", { name: "Encrypt now" }));

    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Encrypt your journal" })).toBeNull());
    expect(called("encrypt_journal")[0]).toEqual({ request: { method: "keychain", passphrase: null, recoveryKey: fakeRecoveryKey(1) } });
    expect(within(card()).getByText("Encrypted — key kept in the system keychain.")).toBeTruthy();
    expect(within(card()).getByText("Your journal is encrypted.")).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Encrypted — key kept in the system keychain."));
  });

  it("shows the strength of the passphrase as it is typed, and goes on only with a strong one typed twice", async () => {
    const { called } = renderCard();
    const dialog = await openFlow();
    await fireEvent.click(within(dialog).getByLabelText("Passphrase asked at every start"));
    await type("Passphrase", "hunter2");
    expect(await within(dialog).findByText("Weak (1 of 4) · time to guess it: 2 minutes")).toBeTruthy();
    expect(within(dialog).getByText("This is similar to a commonly used password.")).toBeTruthy();
    expect(within(dialog).getByText(/Add another word or two/)).toBeTruthy();
    expect(within(dialog).getByRole("meter", { name: "Passphrase strength" }).getAttribute("value")).toBe("1");

    // Too weak.
    await type("Repeat the passphrase", "hunter2");
    await fireEvent.click(within(dialog).getByRole("button", { name: "Continue" }));
    const passphrase = within(dialog).getByLabelText("Passphrase");
    await waitFor(() => expect(document.activeElement).toBe(passphrase));
    expect(passphrase.getAttribute("aria-invalid")).toBe("true");
    expect(within(dialog).getByText(/too easy to guess/)).toBeTruthy();

    // Strong, but repeated differently.
    await type("Passphrase", STRONG);
    expect(await within(dialog).findByText("Very strong (4 of 4) · time to guess it: centuries")).toBeTruthy();
    await waitFor(() => expect(passphrase.getAttribute("aria-invalid")).toBeNull());
    await fireEvent.click(within(dialog).getByRole("button", { name: "Continue" }));
    const repeat = within(dialog).getByLabelText("Repeat the passphrase");
    expect(await within(dialog).findByText("The two passphrases are not the same.")).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(repeat));
    expect(called("prepare_encryption")).toHaveLength(0);

    await type("Repeat the passphrase", STRONG);
    await fireEvent.submit(repeat.closest("form")!);
    expect(await within(dialog).findByText(fakeRecoveryKey(1))).toBeTruthy();
    expect(dialog.textContent).toMatch(/cannot be recovered if you forget your passphrase/);
    await fireEvent.click(within(dialog).getByRole("button", { name: "Continue" }));
    await type("Type or paste your recovery key to confirm", fakeRecoveryKey(1));
    await fireEvent.click(within(dialog).getByRole("button", { name: "Encrypt now" }));
    expect(await within(card()).findByText("Encrypted — passphrase asked at every start.")).toBeTruthy();
    expect(called("encrypt_journal")[0]?.request).toEqual({ method: "passphrase", passphrase: STRONG, recoveryKey: fakeRecoveryKey(1) });
  });

  it("puts a mistyped recovery key under the field, and can go back to see the key again", async () => {
    renderCard();
    const dialog = await openFlow();
    await fireEvent.click(within(dialog).getByRole("button", { name: "Continue" }));
    await within(dialog).findByText(fakeRecoveryKey(1));
    await fireEvent.click(within(dialog).getByRole("button", { name: "Continue" }));
    const field = within(dialog).getByLabelText("Type or paste your recovery key to confirm");
    await fireEvent.input(field, { target: { value: fakeRecoveryKey(1).slice(0, -1) + "X" } });
    await fireEvent.click(within(dialog).getByRole("button", { name: "Encrypt now" }));
    expect(await within(dialog).findByText(/This recovery key has a typo/)).toBeTruthy();
    expect(field.getAttribute("aria-invalid")).toBe("true");
    const described = (field.getAttribute("aria-describedby") ?? "").split(" ");
    expect(described.map((id) => document.getElementById(id)?.textContent).join(" ")).toMatch(/has a typo/);
    expect(within(card()).getByText("Not encrypted.")).toBeTruthy();

    await fireEvent.click(within(dialog).getByRole("button", { name: "Back" }));
    expect(within(dialog).getByText(fakeRecoveryKey(1))).toBeTruthy();
  });

  it("says encrypting takes a moment and leaves the journal as it is until it is verified", async () => {
    const { fake } = renderCard();
    let finish: () => void = () => {};
    const original = fake.invoke.bind(fake);
    fake.invoke = (command, args) =>
      command === "encrypt_journal" ? new Promise((resolve) => (finish = () => resolve(original(command, args)))) : original(command, args);
    const dialog = await openFlow();
    await fireEvent.click(within(dialog).getByRole("button", { name: "Continue" }));
    await within(dialog).findByText(fakeRecoveryKey(1));
    await fireEvent.click(within(dialog).getByRole("button", { name: "Continue" }));
    await type("Type or paste your recovery key to confirm", fakeRecoveryKey(1));
    await fireEvent.click(within(dialog).getByRole("button", { name: "Encrypt now" }));
    expect((await within(dialog).findByRole("status")).textContent).toBe(
      "Encrypting… your journal stays as it is until the encrypted copy is verified.",
    );
    expect(within(dialog).getByRole<HTMLButtonElement>("button", { name: "Encrypting…" }).disabled).toBe(true);
    // Escape does not cancel while encrypting.
    await fireEvent(dialog, new Event("cancel", { cancelable: true }));
    expect(screen.getByRole("dialog", { name: "Encrypt your journal" })).toBe(dialog);
    finish();
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "Encrypt your journal" })).toBeNull());
  });

  it("disables the keychain with the reason where it cannot keep a key", async () => {
    renderCard({ keychainProblem: { id: "error-keychain-unavailable", args: { detail: "no keychain service is running" } } });
    const dialog = await openFlow();
    const keychain = within(dialog).getByLabelText<HTMLInputElement>("System keychain (opens automatically)");
    expect(keychain.disabled).toBe(true);
    const described = document.getElementById(keychain.getAttribute("aria-describedby") ?? "");
    expect(described?.textContent).toBe("The system keychain is not available on this computer (no keychain service is running).");
    expect(within(dialog).getByLabelText<HTMLInputElement>("Passphrase asked at every start").checked).toBe(true);
    expect(within(dialog).getByLabelText("Passphrase")).toBeTruthy();
  });

  it("cancels with Escape, back on the button that opened it", async () => {
    const { called } = renderCard();
    const dialog = await openFlow();
    await fireEvent.click(within(dialog).getByRole("button", { name: "Continue" }));
    await within(dialog).findByText(fakeRecoveryKey(1));
    await fireEvent(dialog, new Event("cancel", { cancelable: true }));
    expect(screen.queryByRole("dialog", { name: "Encrypt your journal" })).toBeNull();
    await waitFor(() => expect(document.activeElement?.textContent?.trim()).toBe("Encrypt my journal…"));
    expect(called("encrypt_journal")).toHaveLength(0);
  });

  it("copies the recovery key, or selects it where copying is not allowed", async () => {
    renderCard();
    const dialog = await openFlow();
    await fireEvent.click(within(dialog).getByRole("button", { name: "Continue" }));
    await within(dialog).findByText(fakeRecoveryKey(1));
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Your recovery key"));
    await fireEvent.click(within(dialog).getByRole("button", { name: "Copy" }));
    expect(await within(dialog).findByText(/Copying did not work here: the key is selected/)).toBeTruthy();
    expect(getSelection()?.anchorNode).toBe(within(dialog).getByText(fakeRecoveryKey(1)));

    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await fireEvent.click(within(dialog).getByRole("button", { name: "Copy" }));
    expect(await within(dialog).findByText(/^Copied\./)).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(fakeRecoveryKey(1));
  });

  it("saves the recovery key as a text file and says where", async () => {
    const { fake } = renderCard();
    const dialog = await openFlow();
    await fireEvent.click(within(dialog).getByRole("button", { name: "Continue" }));
    await fireEvent.click(await within(dialog).findByRole("button", { name: "Save as file…" }));
    expect(await within(dialog).findByText("/home/you/resilience-journal-recovery-key.txt")).toBeTruthy();
    expect(fake.savedTo).toBe("/home/you/resilience-journal-recovery-key.txt");
  });

  it("deletes the unencrypted copy after a confirmation that names the day it would go", async () => {
    const plainCopy = { path: "/j/journal.db.unencrypted", keptUntil: "2025-12-02T12:00:00Z" };
    const { called } = renderCard({ encrypted: true, method: "passphrase", plainCopy });
    expect(await within(card()).findByText("Encrypted — passphrase asked at every start.")).toBeTruthy();
    expect(card().textContent).toMatch(/An unencrypted copy is kept until Tuesday,? (2 December|December 2) in case something went wrong/);

    await fireEvent.click(within(card()).getByRole("button", { name: "Delete the unencrypted copy now" }));
    const confirm = screen.getByRole("dialog", { name: "Delete the unencrypted copy?" });
    expect(confirm.textContent).toMatch(/\/j\/journal\.db\.unencrypted/);
    await fireEvent.click(within(confirm).getByRole("button", { name: "Keep it for now" }));
    expect(called("forget_plain_copy")).toHaveLength(0);

    await fireEvent.click(within(card()).getByRole("button", { name: "Delete the unencrypted copy now" }));
    await fireEvent.click(within(screen.getByRole("dialog", { name: "Delete the unencrypted copy?" })).getByRole("button", { name: "Delete the copy" }));
    expect(await within(card()).findByText("The unencrypted copy is deleted.")).toBeTruthy();
    expect(within(card()).queryByRole("button", { name: "Delete the unencrypted copy now" })).toBeNull();
  });

  it("turns encryption off only after saying who can then read the journal", async () => {
    const { called } = renderCard({ encrypted: true, method: "keychain" });
    await fireEvent.click(await within(card()).findByRole("button", { name: "Turn encryption off…" }));
    const confirm = screen.getByRole("dialog", { name: "Turn encryption off?" });
    expect(confirm.textContent).toMatch(/readable by anyone with access to this computer/);
    await fireEvent.click(within(confirm).getByRole("button", { name: "Turn encryption off" }));
    expect(await within(card()).findByText("Not encrypted.")).toBeTruthy();
    expect(called("decrypt_journal")).toHaveLength(1);
    expect(within(card()).getByRole("button", { name: "Encrypt my journal…" })).toBeTruthy();
  });

  it("explains that the sample journal is never encrypted, with the action disabled", async () => {
    renderCard({}, true);
    const button = await within(card()).findByRole<HTMLButtonElement>("button", { name: "Encrypt my journal…" });
    expect(button.disabled).toBe(true);
    expect(document.getElementById(button.getAttribute("aria-describedby") ?? "")?.textContent).toMatch(
      /sample journal is never encrypted/,
    );
  });

  it("says when the status could not be checked, and asks again", async () => {
    const api = encryptionApiOf(new FakeEncryption(() => false));
    const encryptionStatus = vi.fn(api.encryptionStatus).mockRejectedValueOnce(new ApiError("storage", "The journal could not be read."));
    render(EncryptionSection, { store: new EncryptionStore({ ...api, encryptionStatus }, 0), now });
    expect(await screen.findByText("The journal could not be read.")).toBeTruthy();
    await fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("Not encrypted.")).toBeTruthy();
  });
});
