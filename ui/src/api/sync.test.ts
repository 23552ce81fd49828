import { beforeEach, describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const sync = await import("./sync");
const { ApiError } = await import("./client");

const CODE = "7K3QD-AAAAA-BBBBB";

beforeEach(() => {
  invoke.mockReset();
  invoke.mockResolvedValue(null);
});

describe("sync commands", () => {
  it.each([
    ["sync_status", () => sync.syncStatus(), undefined],
    ["sync_start", () => sync.syncStart("/home/you/Sync", "Laptop"), { folder: "/home/you/Sync", computerName: "Laptop" }],
    ["sync_preview_join", () => sync.syncPreviewJoin("/home/you/Sync", CODE), { folder: "/home/you/Sync", code: CODE }],
    [
      "sync_join",
      () => sync.syncJoin("/home/you/Sync", CODE, "Desk"),
      { folder: "/home/you/Sync", code: CODE, computerName: "Desk" },
    ],
    ["sync_code", () => sync.syncCode(), undefined],
    ["sync_now", () => sync.syncNow(), undefined],
    ["sync_pause", () => sync.syncPause(true), { paused: true }],
    ["sync_pause", () => sync.syncPause(false), { paused: false }],
    ["sync_rename", () => sync.syncRename("Kitchen"), { computerName: "Kitchen" }],
    ["sync_leave", () => sync.syncLeave(), undefined],
  ] as const)("%s sends its arguments by their camelCase names", async (command, run, args) => {
    await run();
    if (args === undefined) expect(invoke).toHaveBeenCalledWith(command, undefined);
    else expect(invoke).toHaveBeenCalledWith(command, args);
  });

  it("returns what the back end answered", async () => {
    const status = {
      state: "on",
      folder: "/home/you/Sync",
      computerName: "Laptop",
      computers: [{ id: "p1", name: "Laptop", lastSeen: null, thisComputer: true }],
      lastSyncedAt: "2025-11-25T11:58:00Z",
      problem: null,
      newerVersionWaiting: false,
    };
    invoke.mockResolvedValue(status);
    await expect(sync.syncStatus()).resolves.toEqual(status);
  });

  it("turns a wrong code into an ApiError in words that names its field", async () => {
    invoke.mockRejectedValue({ code: "invalid_input", message: { id: "error-sync-code-typo", args: {} }, field: "code" });
    const error = await sync.syncPreviewJoin("/home/you/Sync", CODE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: "invalid_input", field: "code" });
    expect((error as Error).message).toMatch(/typo/);
  });
});
