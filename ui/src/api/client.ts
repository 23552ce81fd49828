/**
 * The single bridge between the UI and the Rust back end.
 *
 * Every command goes through `call`, so every failure reaches the UI as one `ApiError` shape,
 * whichever layer produced it: the back end's own `{ code, message, field }`, a string from
 * Tauri's IPC layer (bad arguments, unknown command), or anything unexpected.
 */
import { invoke, type InvokeArgs } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";

export class ApiError extends Error {
  readonly code: string;
  /** camelCase name of the offending input field, when the back end named one. */
  readonly field: string | null;

  constructor(code: string, message: string, field: string | null = null) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.field = field;
  }
}

function isErrorBody(value: unknown): value is { code: string; message: string; field?: unknown } {
  if (typeof value !== "object" || value === null) return false;
  const body = value as Record<string, unknown>;
  return typeof body.code === "string" && typeof body.message === "string";
}

/** Turns whatever a rejected `invoke` produced into an `ApiError`. */
export function toApiError(reason: unknown): ApiError {
  if (reason instanceof ApiError) return reason;
  if (isErrorBody(reason)) {
    const field = typeof reason.field === "string" ? reason.field : null;
    return new ApiError(reason.code, reason.message, field);
  }
  if (typeof reason === "string") return new ApiError("ipc", reason);
  if (reason instanceof Error) {
    return new ApiError("unknown", reason.message || "Something went wrong.");
  }
  return new ApiError("unknown", `Something went wrong (${describe(reason)}).`);
}

function describe(value: unknown): string {
  if (value === undefined) return "no details";
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Calls a Tauri command; rejects only with `ApiError`. */
export async function call<T>(command: string, args?: InvokeArgs): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (reason) {
    throw toApiError(reason);
  }
}

/**
 * Listens to an event the back end emits; resolves to a function that stops listening. Where
 * events cannot be received (no Tauri around, a missing permission) it resolves to a function
 * that does nothing: every screen still reloads on its own, so the UI keeps working.
 */
export async function listenTo<T>(event: string, handler: (payload: T) => void): Promise<() => void> {
  try {
    const unlisten = await listen<T>(event, (message) => handler(message.payload));
    return () => void unlisten();
  } catch (reason) {
    console.warn(`Not listening to "${event}": ${toApiError(reason).message}`);
    return () => {};
  }
}
