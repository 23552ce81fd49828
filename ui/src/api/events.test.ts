import { beforeEach, describe, expect, it, vi } from "vitest";

type Handler = (event: { payload: unknown }) => void;
const handlers = new Map<string, Handler>();
const unlisten = vi.fn();
const listen = vi.fn(async (event: string, handler: Handler) => {
  handlers.set(event, handler);
  return unlisten;
});
vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/api/event", () => ({ listen: (event: string, handler: Handler) => listen(event, handler) }));

const { onOpenAction, onRemindersChanged, onSyncChanged } = await import("./events");

beforeEach(() => {
  handlers.clear();
  listen.mockClear();
  unlisten.mockReset();
});

describe("back-end events", () => {
  it("hands the open-action payload to the handler", async () => {
    const seen = vi.fn();
    await onOpenAction(seen);
    handlers.get("open-action")?.({ payload: { type: "open_session", id: "s1" } });
    expect(seen).toHaveBeenCalledWith({ type: "open_session", id: "s1" });
  });

  it("calls the reminders-changed handler without a payload and stops listening on request", async () => {
    const seen = vi.fn();
    const stop = await onRemindersChanged(seen);
    handlers.get("reminders-changed")?.({ payload: null });
    expect(seen).toHaveBeenCalledWith();
    stop();
    expect(unlisten).toHaveBeenCalledOnce();
  });

  it("hands on whether a sync pass applied entries from another computer", async () => {
    const seen = vi.fn();
    await onSyncChanged(seen);
    handlers.get("sync-changed")?.({ payload: { applied: true } });
    handlers.get("sync-changed")?.({ payload: { applied: false } });
    handlers.get("sync-changed")?.({ payload: null });
    expect(seen.mock.calls).toEqual([[{ applied: true }], [{ applied: false }], [{ applied: false }]]);
  });

  it("resolves to a harmless stop function when events cannot be listened to", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    listen.mockRejectedValueOnce("event.listen not allowed");
    const stop = await onRemindersChanged(() => {});
    expect(() => stop()).not.toThrow();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("event.listen not allowed"));
  });
});
