import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Message } from "../../api/bindings/Message";
import type { SyncChange } from "../../api/events";
import type { JoinPreview, SyncComputer, SyncState, SyncStatus } from "../../api/sync";
import { PSEUDO, useLanguage } from "../../lib/i18n/i18n.svelte";
import { SyncStore, type SyncApi } from "../../lib/sync.svelte";
import { plainWords } from "../../testing/pseudo";
import SyncSection from "./SyncSection.svelte";

/** Tuesday 25 November 2025, 12:00 local time. */
const NOW = new Date(2025, 10, 25, 12, 0);
const now = () => NOW;
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();

const CODE = "7K3QD-AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH-JJJJJ-KKKKK";
const compact = (code: string) => code.replace(/[\s-]/g, "").toUpperCase();

function refuse(id: string, field: string | null = null, args: Message["args"] = {}): never {
  throw { code: "sync", message: { id, args }, field };
}

/**
 * The sync commands as the back end answers them: a folder at "/missing" is not there, one at
 * "/empty" holds no synced journal, and only CODE opens the journal in any other.
 */
class FakeSync implements SyncApi {
  state: SyncState = "off";
  folder: string | null = null;
  computerName = "Laptop";
  computers: SyncComputer[] = [];
  lastSyncedAt: string | null = null;
  problem: Message | null = null;
  newerVersionWaiting = false;
  /** What the folder dialog answers. */
  chosen: string | null = "/home/you/Sync";
  preview: JoinPreview = { here: { days: 12, sessions: 1 }, inFolder: { days: 40, sessions: 3 }, computers: ["Desk", "Kitchen"] };
  calls: { command: string; args: unknown[] }[] = [];
  /** The back end's sync-changed event, once the card listens. */
  emit: ((change: SyncChange) => void) | null = null;
  stopped = false;
  /** Commands whose answer waits until `release()`. */
  held = new Set<string>();
  #waiting: (() => void)[] = [];

  constructor(state: Partial<FakeSync> = {}) {
    Object.assign(this, state);
  }

  release(): void {
    for (const go of this.#waiting.splice(0)) go();
  }

  status(): SyncStatus {
    const { state, folder, computerName, computers, lastSyncedAt, problem, newerVersionWaiting } = this;
    return { state, folder, computerName, computers, lastSyncedAt, problem, newerVersionWaiting };
  }

  async #answer<T>(command: string, args: unknown[], run: () => T): Promise<T> {
    this.calls.push({ command, args });
    if (this.held.has(command)) await new Promise<void>((go) => this.#waiting.push(go));
    return run();
  }

  #checkFolder(folder: string): void {
    if (folder === "/missing") refuse("error-sync-folder-missing", "folder");
  }

  #checkCode(folder: string, code: string): void {
    this.#checkFolder(folder);
    if (folder === "/empty") refuse("error-sync-no-journal", "folder");
    if (compact(code).length !== 55) refuse("error-sync-code-length", "code", { count: compact(code).length, expected: 55 });
    if (compact(code) !== compact(CODE)) refuse("error-sync-code-wrong", "code");
  }

  #on(folder: string, computerName: string, others: SyncComputer[]): SyncStatus {
    Object.assign(this, {
      state: "on",
      folder,
      computerName,
      computers: [{ id: "here", name: computerName, lastSeen: null, thisComputer: true }, ...others],
      lastSyncedAt: NOW.toISOString(),
    });
    return this.status();
  }

  syncStatus = () => this.#answer("sync_status", [], () => this.status());
  syncStart = (folder: string, computerName: string) =>
    this.#answer("sync_start", [folder, computerName], () => {
      this.#checkFolder(folder);
      return this.#on(folder, computerName, []);
    });
  syncPreviewJoin = (folder: string, code: string) =>
    this.#answer("sync_preview_join", [folder, code], () => {
      this.#checkCode(folder, code);
      return this.preview;
    });
  syncJoin = (folder: string, code: string, computerName: string) =>
    this.#answer("sync_join", [folder, code, computerName], () => {
      this.#checkCode(folder, code);
      const others = this.preview.computers.map((name, i) => ({ id: `p${i}`, name, lastSeen: minutesAgo(3), thisComputer: false }));
      return this.#on(folder, computerName, others);
    });
  syncCode = () => this.#answer("sync_code", [], () => CODE);
  syncNow = () =>
    this.#answer("sync_now", [], () => {
      this.lastSyncedAt = NOW.toISOString();
      return this.status();
    });
  syncPause = (paused: boolean) =>
    this.#answer("sync_pause", [paused], () => {
      this.state = paused ? "paused" : "on";
      return this.status();
    });
  syncRename = (computerName: string) =>
    this.#answer("sync_rename", [computerName], () => {
      if (computerName.length > 40) refuse("error-sync-name-long", "computerName", { max: 40 });
      this.computerName = computerName;
      this.computers = this.computers.map((c) => (c.thisComputer ? { ...c, name: computerName } : c));
      return this.status();
    });
  syncLeave = () =>
    this.#answer("sync_leave", [], () => {
      Object.assign(this, { state: "off", folder: null, computers: [], lastSyncedAt: null });
      return this.status();
    });
  chooseFolder = async () => this.chosen;
  onSyncChanged = async (handler: (change: SyncChange) => void) => {
    this.emit = handler;
    return () => {
      this.stopped = true;
    };
  };
}

/** Sync on with two other computers, last synced five minutes ago. */
const ON: Partial<FakeSync> = {
  state: "on",
  folder: "/home/you/Sync",
  computers: [
    { id: "p1", name: "Desk", lastSeen: minutesAgo(90), thisComputer: false },
    { id: "here", name: "Laptop", lastSeen: minutesAgo(5), thisComputer: true },
    { id: "p2", name: "Old tablet", lastSeen: null, thisComputer: false },
  ],
  lastSyncedAt: minutesAgo(5),
};

function renderCard(state: Partial<FakeSync> = {}) {
  const fake = new FakeSync(state);
  const store = new SyncStore(fake);
  const view = render(SyncSection, { store, now });
  const called = (command: string) => fake.calls.filter((c) => c.command === command).map((c) => c.args);
  return { fake, store, called, view };
}

const card = () => screen.getByRole("region", { name: "Sync" });
const button = (name: string | RegExp) => within(card()).getByRole<HTMLButtonElement>("button", { name });
const joinForm = () => within(card()).getByRole("form", { name: "Join a journal from another computer" });
const describedBy = (element: Element) =>
  (element.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");

afterEach(async () => {
  Reflect.deleteProperty(navigator, "clipboard");
  await useLanguage("en", "en-GB");
});

describe("Sync card, sync off", () => {
  it("says what sync does, offers both ways in, and has the computer's name ready", async () => {
    renderCard();
    expect(await within(card()).findByText("Sync is off on this computer.")).toBeTruthy();
    expect(card().textContent).toMatch(/same journal on each of your computers, through a folder you already keep in sync/);
    expect(card().textContent).toMatch(/sealed end to end: nothing in it can be read without your sync code/);
    expect(card().textContent).toMatch(/No account and no server/);
    const name = within(card()).getByLabelText<HTMLInputElement>("Name of this computer");
    expect(name.value).toBe("Laptop");
    expect(describedBy(name)).toBe("Your other computers show this name.");
    expect(describedBy(button("Turn on sync on this computer…"))).toMatch(/On your first computer/);
    expect(describedBy(button("Join a journal from another computer…"))).toMatch(/On each further computer/);
  });

  it("turns sync on in the folder chosen, under the name given, and shows the sync code", async () => {
    const { called } = renderCard();
    const name = await within(card()).findByLabelText<HTMLInputElement>("Name of this computer");
    await fireEvent.input(name, { target: { value: "  Study laptop " } });
    await fireEvent.click(button("Turn on sync on this computer…"));
    expect(await within(card()).findByText("Sync is on.")).toBeTruthy();
    expect(called("sync_start")).toEqual([["/home/you/Sync", "Study laptop"]]);
    expect(within(card()).getByText("/home/you/Sync").getAttribute("translate")).toBe("no");
    const code = await within(card()).findByText(CODE);
    expect(code.getAttribute("translate")).toBe("no");
    expect(code.classList.contains("sync-code")).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(code));
    expect(within(card()).getByText(/^Sync is on\. Take the sync code below/)).toBeTruthy();
    expect(within(card()).getByText("Last synced just now")).toBeTruthy();
  });

  it("does nothing when the folder dialog is cancelled, and asks for a name first", async () => {
    const { fake, called } = renderCard({ chosen: null });
    await fireEvent.click(await within(card()).findByRole("button", { name: "Turn on sync on this computer…" }));
    await waitFor(() => expect(button("Turn on sync on this computer…").disabled).toBe(false));
    expect(called("sync_start")).toHaveLength(0);
    expect(within(card()).getByText("Sync is off on this computer.")).toBeTruthy();

    fake.chosen = "/home/you/Sync";
    const name = within(card()).getByLabelText("Name of this computer");
    await fireEvent.input(name, { target: { value: "   " } });
    await fireEvent.click(button("Turn on sync on this computer…"));
    expect(name.getAttribute("aria-invalid")).toBe("true");
    expect(describedBy(name)).toMatch(/Give this computer a name/);
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect(called("sync_start")).toHaveLength(0);
  });

  it("says in plain words when the chosen folder is missing", async () => {
    renderCard({ chosen: "/missing" });
    await fireEvent.click(await within(card()).findByRole("button", { name: "Turn on sync on this computer…" }));
    expect((await within(card()).findByRole("alert")).textContent).toBe(
      "The sync folder is missing — is the USB stick plugged in, or has the folder moved?",
    );
    expect(within(card()).getByText("Sync is off on this computer.")).toBeTruthy();
  });

  it("joins from another computer: folder and code, what will merge, then joining", async () => {
    const { called } = renderCard();
    await fireEvent.click(await within(card()).findByRole("button", { name: "Join a journal from another computer…" }));
    const form = joinForm();
    const choose = within(form).getByRole("button", { name: "Choose the sync folder…" });
    await waitFor(() => expect(document.activeElement).toBe(choose));

    // Nothing chosen or typed yet.
    await fireEvent.click(within(form).getByRole("button", { name: "Check the code" }));
    expect(describedBy(choose)).toMatch(/Choose the folder your other computer syncs into/);
    const code = within(form).getByLabelText("Sync code");
    expect(describedBy(code)).toMatch(/Type or paste the sync code/);
    expect(called("sync_preview_join")).toHaveLength(0);

    await fireEvent.click(choose);
    expect(await within(form).findByText("/home/you/Sync")).toBeTruthy();
    expect(within(form).getByRole("button", { name: "Choose another folder…" })).toBeTruthy();

    // A wrong code: its message at the field.
    await fireEvent.input(code, { target: { value: CODE.replace("KKKKK", "KKKKM") } });
    await fireEvent.submit(form);
    await waitFor(() => expect(code.getAttribute("aria-invalid")).toBe("true"));
    expect(describedBy(code)).toMatch(/This code does not open the journal in this sync folder/);
    await waitFor(() => expect(document.activeElement).toBe(code));

    await fireEvent.input(code, { target: { value: CODE.toLowerCase().replaceAll("-", " ") } });
    expect(code.getAttribute("aria-invalid")).toBeNull();
    await fireEvent.click(within(form).getByRole("button", { name: "Check the code" }));
    const preview = await within(form).findByText("What joining does");
    const block = preview.parentElement!;
    expect(block.textContent).toMatch(/On this computer\s*12 days, 1 session/);
    expect(block.textContent).toMatch(/In the sync folder\s*40 days, 3 sessions/);
    expect(within(block).getByText("Desk and Kitchen").getAttribute("translate")).toBe("no");
    expect(block.textContent).toMatch(/Both journals are merged into one.*A backup of this journal is made first/);
    await waitFor(() => expect(document.activeElement).toBe(block));

    await fireEvent.click(within(form).getByRole("button", { name: "Join and merge" }));
    expect(await within(card()).findByText("Sync is on.")).toBeTruthy();
    expect(called("sync_join")).toEqual([["/home/you/Sync", CODE.toLowerCase().replaceAll("-", " "), "Laptop"]]);
    expect(within(card()).getByText(/^This computer has joined\./)).toBeTruthy();
    expect(within(card()).getByText("Desk")).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Sync is on."));
  });

  it("asks to check again after the code or folder changed, and puts folder problems at the folder", async () => {
    const { fake, called } = renderCard({ chosen: "/empty" });
    await fireEvent.click(await within(card()).findByRole("button", { name: "Join a journal from another computer…" }));
    const form = joinForm();
    await fireEvent.click(within(form).getByRole("button", { name: "Choose the sync folder…" }));
    await within(form).findByText("/empty");
    await fireEvent.input(within(form).getByLabelText("Sync code"), { target: { value: CODE } });
    await fireEvent.click(within(form).getByRole("button", { name: "Check the code" }));
    const choose = within(form).getByRole("button", { name: "Choose another folder…" });
    await waitFor(() => expect(describedBy(choose)).toMatch(/There is no synced journal in this folder yet/));

    fake.chosen = "/home/you/Sync";
    await fireEvent.click(choose);
    await waitFor(() => expect(describedBy(choose)).toBe(""));
    await fireEvent.click(within(form).getByRole("button", { name: "Check the code" }));
    await within(form).findByText("What joining does");
    await fireEvent.input(within(form).getByLabelText("Sync code"), { target: { value: CODE.slice(0, 20) } });
    expect(within(form).queryByText("What joining does")).toBeNull();
    await fireEvent.click(within(form).getByRole("button", { name: "Check the code" }));
    expect(await within(form).findByText(/A sync code has 55 letters and digits; this one has 17\./)).toBeTruthy();
    expect(called("sync_join")).toHaveLength(0);

    await fireEvent.click(within(form).getByRole("button", { name: "Cancel" }));
    expect(within(card()).queryByRole("form")).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(button("Join a journal from another computer…")));
  });

  it("says joining is under way with the button busy", async () => {
    const { fake } = renderCard({ chosen: "/home/you/Sync", held: new Set(["sync_join"]) });
    await fireEvent.click(await within(card()).findByRole("button", { name: "Join a journal from another computer…" }));
    const form = joinForm();
    await fireEvent.click(within(form).getByRole("button", { name: "Choose the sync folder…" }));
    await within(form).findByText("/home/you/Sync");
    await fireEvent.input(within(form).getByLabelText("Sync code"), { target: { value: CODE } });
    await fireEvent.click(within(form).getByRole("button", { name: "Check the code" }));
    await fireEvent.click(await within(form).findByRole("button", { name: "Join and merge" }));
    expect((await within(form).findByRole("status")).textContent).toMatch(/a backup of this journal is made first/);
    expect(within(form).getByRole<HTMLButtonElement>("button", { name: "Joining…" }).disabled).toBe(true);
    expect(card().getAttribute("aria-busy")).toBe("true");
    fake.release();
    expect(await within(card()).findByText("Sync is on.")).toBeTruthy();
    expect(card().getAttribute("aria-busy")).toBe("false");
  });
});

describe("Sync card, sync on", () => {
  it("shows the folder, when it last synced, and the computers with this one first", async () => {
    renderCard(ON);
    expect(await within(card()).findByText("Sync is on.")).toBeTruthy();
    expect(within(card()).getByText("Last synced 5 minutes ago")).toBeTruthy();
    const list = within(card()).getByRole("list", { name: "Computers" });
    const items = within(list).getAllByRole("listitem").map((li) => li.textContent?.replace(/\s+/g, " ").trim());
    expect(items).toEqual(["Laptop This computer", "Desk last seen today at 10:30", "Old tablet not seen yet"]);
    for (const name of ["Laptop", "Desk", "Old tablet"]) {
      expect(within(list).getByText(name).getAttribute("translate")).toBe("no");
    }
    expect(within(card()).queryByRole("alert")).toBeNull();
  });

  it("says problems in plain words, and a newer version's updates once", async () => {
    renderCard({
      ...ON,
      lastSyncedAt: null,
      problem: { id: "sync-problem-newer-version", args: {} },
      newerVersionWaiting: true,
    });
    expect(await within(card()).findByText("Update Resilience Journal on this computer")).toBeTruthy();
    expect(within(card()).getByText("Not synced yet")).toBeTruthy();
    expect(within(card()).queryByRole("alert")).toBeNull();
    expect(card().textContent?.match(/Update Resilience Journal on this computer/g)).toHaveLength(1);
  });

  it.each([
    [{ id: "sync-problem-folder-missing", args: {} }, "The sync folder is missing — is the USB stick plugged in, or has the folder moved?"],
    [{ id: "sync-problem-unreadable-files", args: { count: 2 } }, /^2 files in the sync folder do not open yet/],
    [{ id: "sync-problem-folder-io", args: { detail: "permission denied" } }, "The sync folder could not be read or written: permission denied"],
  ] as [Message, string | RegExp][])("shows the problem %o", async (problem, words) => {
    renderCard({ ...ON, problem });
    const alert = await within(card()).findByRole("alert");
    if (typeof words === "string") expect(alert.textContent).toBe(words);
    else expect(alert.textContent).toMatch(words);
  });

  it("syncs now, pauses and resumes, each with its button busy meanwhile", async () => {
    const { fake, called } = renderCard({ ...ON, held: new Set(["sync_now", "sync_pause"]) });
    await fireEvent.click(await within(card()).findByRole("button", { name: "Sync now" }));
    expect(button("Syncing…").disabled).toBe(true);
    expect(button("Pause sync").disabled).toBe(true);
    fake.release();
    expect(await within(card()).findByText("Last synced just now")).toBeTruthy();
    expect(within(card()).getByText("The sync folder was checked.")).toBeTruthy();

    await fireEvent.click(button("Pause sync"));
    expect(button("Pausing…").disabled).toBe(true);
    fake.release();
    expect(await within(card()).findByText(/^Sync is paused on this computer: nothing is read/)).toBeTruthy();
    expect(button("Sync now").disabled).toBe(true);
    await fireEvent.click(button("Resume sync"));
    expect(button("Resuming…").disabled).toBe(true);
    fake.release();
    expect(await within(card()).findByText("Sync is on.")).toBeTruthy();
    expect(called("sync_pause")).toEqual([[true], [false]]);
    expect(called("sync_now")).toHaveLength(1);
  });

  it("renames this computer, with problems under the field", async () => {
    const { called } = renderCard(ON);
    const name = await within(card()).findByLabelText<HTMLInputElement>("Name of this computer");
    expect(name.value).toBe("Laptop");
    expect(button("Save the name").disabled).toBe(true);
    await fireEvent.input(name, { target: { value: "x".repeat(41) } });
    await fireEvent.submit(name.closest("form")!);
    await waitFor(() => expect(describedBy(name)).toMatch(/at most 40 characters/));
    expect(name.getAttribute("aria-invalid")).toBe("true");

    await fireEvent.input(name, { target: { value: "Study laptop" } });
    expect(name.getAttribute("aria-invalid")).toBeNull();
    await fireEvent.click(button("Save the name"));
    expect(await within(card()).findByText(/^The name is saved/)).toBeTruthy();
    expect(within(within(card()).getByRole("list", { name: "Computers" })).getByText("Study laptop")).toBeTruthy();
    expect(called("sync_rename").at(-1)).toEqual(["Study laptop"]);
  });

  it("shows the sync code to copy, and hides it again", async () => {
    renderCard(ON);
    await fireEvent.click(await within(card()).findByRole("button", { name: "Show sync code" }));
    const group = await within(card()).findByRole("group", { name: "Sync code" });
    const code = within(group).getByText(CODE);
    await waitFor(() => expect(document.activeElement).toBe(code));
    expect(group.textContent).toMatch(/Anyone with this code and the sync folder can read your journal/);

    await fireEvent.click(within(group).getByRole("button", { name: "Copy" }));
    expect(await within(group).findByText(/^Copying did not work here: the code is selected/)).toBeTruthy();
    expect(getSelection()?.anchorNode).toBe(code);

    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await fireEvent.click(within(group).getByRole("button", { name: "Copy" }));
    expect(await within(group).findByText(/^Copied\./)).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(CODE);

    await fireEvent.click(within(group).getByRole("button", { name: "Hide the code" }));
    expect(within(card()).queryByText(CODE)).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(button("Show sync code")));
  });

  it("removes this computer only after saying that nothing is deleted", async () => {
    const { called } = renderCard(ON);
    await fireEvent.click(await within(card()).findByRole("button", { name: "Remove this computer…" }));
    const dialog = screen.getByRole("dialog", { name: "Remove this computer from sync?" });
    expect(dialog.textContent).toMatch(/the sync key is forgotten here/);
    expect(dialog.textContent).toMatch(/Nothing is deleted: your journal stays on this computer as it is, and on your other computers/);
    await fireEvent.click(within(dialog).getByRole("button", { name: "Keep syncing" }));
    expect(called("sync_leave")).toHaveLength(0);

    await fireEvent.click(button("Remove this computer…"));
    await fireEvent.click(within(screen.getByRole("dialog", { name: "Remove this computer from sync?" })).getByRole("button", { name: "Remove this computer" }));
    expect(await within(card()).findByText("Sync is off on this computer.")).toBeTruthy();
    expect(within(card()).getByText("This computer no longer syncs. Your journal is still here.")).toBeTruthy();
    expect(called("sync_leave")).toHaveLength(1);
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Sync is off on this computer."));
  });

  it("asks for the status again after a sync pass, and stops listening when closed", async () => {
    const { fake, view } = renderCard(ON);
    await within(card()).findByText("Sync is on.");
    await waitFor(() => expect(fake.emit).not.toBeNull());
    fake.computers = [...fake.computers, { id: "p3", name: "Kitchen", lastSeen: minutesAgo(1), thisComputer: false }];
    fake.emit?.({ applied: true });
    expect(await within(card()).findByText("Kitchen")).toBeTruthy();
    view.unmount();
    await waitFor(() => expect(fake.stopped).toBe(true));
  });

  it("keeps the name being typed when the status arrives again", async () => {
    const { fake } = renderCard(ON);
    const name = await within(card()).findByLabelText<HTMLInputElement>("Name of this computer");
    await fireEvent.input(name, { target: { value: "Half typed" } });
    await waitFor(() => expect(fake.emit).not.toBeNull());
    fake.emit?.({ applied: false });
    await waitFor(() => expect(fake.calls.filter((c) => c.command === "sync_status")).toHaveLength(2));
    expect(name.value).toBe("Half typed");
  });
});

describe("Sync card, other states", () => {
  it("says in one line that the sample journal never syncs", async () => {
    renderCard({ state: "unavailable" });
    expect(await within(card()).findByText(/^The sample journal never syncs\./)).toBeTruthy();
    expect(within(card()).queryByRole("button")).toBeNull();
  });

  it("says when the status could not be checked, and asks again", async () => {
    const fake = new FakeSync();
    const syncStatus = vi.fn(fake.syncStatus).mockRejectedValueOnce({ code: "storage", message: "The journal could not be read." });
    render(SyncSection, { store: new SyncStore({ ...fake, syncStatus, onSyncChanged: fake.onSyncChanged }), now });
    expect(await screen.findByText("The journal could not be read.")).toBeTruthy();
    await fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("Sync is off on this computer.")).toBeTruthy();
  });

  it("takes every word from the catalogue, off, joining and on", async () => {
    await useLanguage(PSEUDO, "en-GB");
    const data = ["Laptop", "Desk", "Kitchen", "Old tablet"];
    const section = () => document.querySelector<HTMLElement>("section.sync")!;
    const { fake, view } = renderCard();
    await waitFor(() => expect(section().querySelector(".status")).not.toBeNull());
    expect(plainWords(document.body, data)).toEqual([]);
    await fireEvent.click(section().querySelector<HTMLButtonElement>(".open-join")!);
    await fireEvent.click(section().querySelector<HTMLButtonElement>(".choose")!);
    await fireEvent.input(section().querySelector("input.sync-code")!, { target: { value: CODE } });
    await fireEvent.submit(section().querySelector("form.join")!);
    await waitFor(() => expect(section().querySelector(".preview")).not.toBeNull());
    expect(plainWords(document.body, data)).toEqual([]);
    view.unmount();

    Object.assign(fake, ON, { problem: { id: "sync-problem-unreadable-files", args: { count: 1 } }, newerVersionWaiting: true });
    render(SyncSection, { store: new SyncStore(fake), now });
    await waitFor(() => expect(section().querySelector(".computers")).not.toBeNull());
    await fireEvent.click(section().querySelector<HTMLButtonElement>(".show-code")!);
    await waitFor(() => expect(section().querySelector(".sync-code")).not.toBeNull());
    expect(plainWords(document.body, data)).toEqual([]);
  });
});
