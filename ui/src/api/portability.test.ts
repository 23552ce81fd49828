import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ExportRequest } from "./portability";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const portability = await import("./portability");
const { ApiError } = await import("./client");

beforeEach(() => {
  invoke.mockReset();
  invoke.mockResolvedValue(null);
});

describe("export, import and backup commands", () => {
  const request: ExportRequest = { format: "days_csv", from: "2025-11-01", to: "2025-11-30", bom: true };
  const json = { kind: "json" } as const;
  const daylio = { kind: "daylio", moods: { moods: { rad: 10, "so-so": null } } } as const;

  it.each([
    ["export_journal", () => portability.exportJournal("/tmp/out.csv", request), { path: "/tmp/out.csv", request }],
    ["import_columns", () => portability.importColumns("/tmp/in.csv"), { path: "/tmp/in.csv" }],
    ["preview_import", () => portability.previewImport("/tmp/in.json", json), { path: "/tmp/in.json", source: json }],
    ["preview_import", () => portability.previewImport("/tmp/d.csv", daylio), { path: "/tmp/d.csv", source: daylio }],
    [
      "commit_import",
      () => portability.commitImport("/tmp/in.json", json, "keep_newer"),
      { path: "/tmp/in.json", source: json, policy: "keep_newer" },
    ],
    ["backup_overview", () => portability.backupOverview(), undefined],
    ["back_up_now", () => portability.backUpNow(null), { folder: null }],
    ["back_up_now", () => portability.backUpNow("/media/usb"), { folder: "/media/usb" }],
    ["restore_backup", () => portability.restoreBackup("/b/journal.db"), { path: "/b/journal.db" }],
  ] as const)("%s sends its arguments by their camelCase names", async (command, run, args) => {
    await run();
    if (args === undefined) expect(invoke).toHaveBeenCalledWith(command, undefined);
    else expect(invoke).toHaveBeenCalledWith(command, args);
  });

  it("returns what the back end answered", async () => {
    invoke.mockResolvedValue({ path: "/tmp/out.json" });
    await expect(portability.exportJournal("/tmp/out", { format: "json", from: null, to: null, bom: false })).resolves.toEqual({
      path: "/tmp/out.json",
    });
  });

  it("turns a refusal into an ApiError that keeps its field", async () => {
    invoke.mockRejectedValue({ code: "invalid_input", message: "The range ends before it starts.", field: "to" });
    const error = await portability.exportJournal("/tmp/x", request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: "invalid_input", field: "to", message: "The range ends before it starts." });
  });
});
