import { beforeEach, describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { ApiError, call, toApiError } = await import("./client");

beforeEach(() => {
  invoke.mockReset();
});

describe("call", () => {
  it("passes the command and arguments through and returns the result", async () => {
    invoke.mockResolvedValue({ ok: true });
    await expect(call("get_check_in", { day: "2025-11-25" })).resolves.toEqual({ ok: true });
    expect(invoke).toHaveBeenCalledWith("get_check_in", { day: "2025-11-25" });
  });

  it("maps the back end's error object, keeping code, message and field", async () => {
    invoke.mockRejectedValue({
      code: "invalid_input",
      message: "sleep hours must be between 0 and 24",
      field: "sleepHours",
    });
    const error = await call("save_check_in").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      code: "invalid_input",
      message: "sleep hours must be between 0 and 24",
      field: "sleepHours",
    });
  });

  it("gives a null field when the back end sends none", async () => {
    invoke.mockRejectedValue({ code: "stale_version", message: "changed elsewhere" });
    await expect(call("save_check_in")).rejects.toMatchObject({
      code: "stale_version",
      field: null,
    });
  });

  it("maps a plain string from the IPC layer to code ipc", async () => {
    const text = "invalid args `checkIn` for command `save_check_in`: missing field `day`";
    invoke.mockRejectedValue(text);
    await expect(call("save_check_in")).rejects.toMatchObject({
      code: "ipc",
      message: text,
      field: null,
    });
  });

  it("maps a thrown Error to code unknown with its message", async () => {
    invoke.mockRejectedValue(new TypeError("window.__TAURI_INTERNALS__ is undefined"));
    await expect(call("app_info")).rejects.toMatchObject({
      code: "unknown",
      message: "window.__TAURI_INTERNALS__ is undefined",
    });
  });
});

describe("toApiError", () => {
  it.each([
    [undefined, "no details"],
    [null, "null"],
    [42, "42"],
    [{ unexpected: true }, '{"unexpected":true}'],
  ])("turns %j into a readable unknown error", (reason, detail) => {
    const error = toApiError(reason);
    expect(error.code).toBe("unknown");
    expect(error.message).toContain(detail);
    expect(error.field).toBeNull();
  });

  it("ignores a field that is not a string", () => {
    expect(toApiError({ code: "storage", message: "disk full", field: 3 }).field).toBeNull();
  });

  it("returns an ApiError unchanged", () => {
    const original = new ApiError("not_found", "no entry");
    expect(toApiError(original)).toBe(original);
  });
});
