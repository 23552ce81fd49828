import { beforeEach, describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { ApiError, call, messageText, toApiError } = await import("./client");
const { useLanguage } = await import("../lib/i18n/i18n.svelte");

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

describe("messageText", () => {
  const rating = {
    id: "error-rating",
    args: { label: { id: "error-measure", args: { measure: "stress" } }, value: "11" },
  };

  it("puts a back-end message and the messages inside it into words", () => {
    expect(messageText(rating)).toBe("Stress must be a whole number from 0 to 10 (got 11).");
    const context = { id: "error-context-cell", args: { line: "3", column: "Stress" } };
    expect(messageText({ id: "error-in-context", args: { context, reason: rating } })).toBe(
      "Line 3, column “Stress”: Stress must be a whole number from 0 to 10 (got 11).",
    );
  });

  it("turns a back-end error body into a translated ApiError", () => {
    const error = toApiError({ code: "invalid_input", message: rating, field: "stress" });
    expect(error).toMatchObject({ code: "invalid_input", field: "stress" });
    expect(error.message).toBe("Stress must be a whole number from 0 to 10 (got 11).");
  });

  it("chooses plural forms in the person's language", async () => {
    const summary = { id: "error-import-summary", args: { days: 1, sessions: 0, conflicts: 1234 } };
    expect(messageText(summary)).toBe("1 day, 0 sessions, 1,234 conflicts");
    await useLanguage("de", "de-DE");
    try {
      expect(messageText(summary)).toBe("1 Tag, 0 Sitzungen, 1.234 Konflikte");
      expect(messageText(rating)).toBe("Stress: bitte eine ganze Zahl von 0 bis 10 (eingegeben: 11).");
    } finally {
      await useLanguage("en", "en-GB");
    }
  });
});
