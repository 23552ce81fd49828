import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const open = vi.fn();
const save = vi.fn();
vi.mock("@tauri-apps/plugin-dialog", () => ({
  open: (...args: unknown[]) => open(...args),
  save: (...args: unknown[]) => save(...args),
}));

const dialog = await import("./dialog");
const { ApiError } = await import("./client");

beforeEach(() => {
  open.mockReset();
  save.mockReset();
});

afterEach(() => {
  delete window.__RESILIENCE_TEST_DIALOG__;
});

describe("the native dialogs", () => {
  it("asks where to save with the file type's filter", async () => {
    save.mockResolvedValue("/home/you/journal.json");
    await expect(dialog.askSavePath("journal.json", "json")).resolves.toBe("/home/you/journal.json");
    expect(save).toHaveBeenCalledWith({
      defaultPath: "journal.json",
      filters: [{ name: "Resilience Journal export (JSON)", extensions: ["json"] }],
    });
  });

  it("offers a text file for the recovery key", async () => {
    save.mockResolvedValue(null);
    await expect(dialog.askSavePath("resilience-journal-recovery-key.txt", "txt")).resolves.toBeNull();
    expect(save).toHaveBeenCalledWith({
      defaultPath: "resilience-journal-recovery-key.txt",
      filters: [{ name: "Text file", extensions: ["txt"] }],
    });
  });

  it("opens one file with the given filters, null when cancelled", async () => {
    open.mockResolvedValue("/home/you/daylio.csv");
    const filters = [{ name: "CSV table", extensions: ["csv"] }];
    await expect(dialog.chooseOpenFile(filters)).resolves.toBe("/home/you/daylio.csv");
    expect(open).toHaveBeenCalledWith({ multiple: false, directory: false, filters });
    open.mockResolvedValue(null);
    await expect(dialog.chooseOpenFile(filters)).resolves.toBeNull();
  });

  it("chooses a folder", async () => {
    open.mockResolvedValue("/media/usb");
    await expect(dialog.chooseFolder()).resolves.toBe("/media/usb");
    expect(open).toHaveBeenCalledWith({ multiple: false, directory: true });
  });

  it("reports a dialog that failed as an ApiError", async () => {
    open.mockRejectedValue("dialog.open not allowed");
    await expect(dialog.chooseFolder()).rejects.toBeInstanceOf(ApiError);
  });
});

describe("the end-to-end test hook", () => {
  it("answers each dialog with its path instead of opening one", async () => {
    window.__RESILIENCE_TEST_DIALOG__ = { save: "/tmp/e2e/export.json", open: "/tmp/e2e/in.csv", folder: "/tmp/e2e/usb" };
    await expect(dialog.askSavePath("x.json", "json")).resolves.toBe("/tmp/e2e/export.json");
    await expect(dialog.chooseOpenFile([{ name: "CSV", extensions: ["csv"] }])).resolves.toBe("/tmp/e2e/in.csv");
    await expect(dialog.chooseFolder()).resolves.toBe("/tmp/e2e/usb");
    expect(save).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });

  it("still opens the dialogs it has no answer for", async () => {
    window.__RESILIENCE_TEST_DIALOG__ = { save: "/tmp/e2e/export.json" };
    open.mockResolvedValue("/home/you/real.csv");
    await expect(dialog.chooseOpenFile([])).resolves.toBe("/home/you/real.csv");
    expect(open).toHaveBeenCalledTimes(1);
  });
});
