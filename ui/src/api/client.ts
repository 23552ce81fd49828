/**
 * The single bridge between the UI and the Rust back end.
 *
 * Every command goes through `call`, so every failure reaches the UI as one `ApiError` shape,
 * whichever layer produced it: the back end's own `{ code, message, field }` (its message an id
 * of the catalogue with variables, put into words here in the person's language), a string from
 * Tauri's IPC layer (bad arguments, unknown command), or anything unexpected.
 */
import { invoke, type InvokeArgs } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import { t } from "../lib/i18n/i18n.svelte";

/** A message of the catalogue as the back end sends it: its id and variables (a variable may be
 *  a message itself, e.g. the reason inside "The journal is not open: …"). */
export interface MessageBody {
  id: string;
  args: Record<string, string | number | MessageBody>;
}

function isMessageBody(value: unknown): value is MessageBody {
  if (typeof value !== "object" || value === null) return false;
  const body = value as Record<string, unknown>;
  return typeof body.id === "string" && typeof body.args === "object" && body.args !== null;
}

/** A back-end message in the person's language. */
export function messageText(message: MessageBody | string): string {
  if (typeof message === "string") return message;
  const args: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.args)) {
    args[name] = typeof value === "object" ? messageText(value) : value;
  }
  return t(message.id, args);
}

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

function isErrorBody(value: unknown): value is { code: string; message: MessageBody | string; field?: unknown } {
  if (typeof value !== "object" || value === null) return false;
  const body = value as Record<string, unknown>;
  return typeof body.code === "string" && (typeof body.message === "string" || isMessageBody(body.message));
}

/** Turns whatever a rejected `invoke` produced into an `ApiError`. */
export function toApiError(reason: unknown): ApiError {
  if (reason instanceof ApiError) return reason;
  if (isErrorBody(reason)) {
    const field = typeof reason.field === "string" ? reason.field : null;
    return new ApiError(reason.code, messageText(reason.message), field);
  }
  if (typeof reason === "string") return new ApiError("ipc", reason);
  if (reason instanceof Error) {
    return new ApiError("unknown", reason.message || t("error-unknown"));
  }
  return new ApiError("unknown", t("error-unknown-with", { details: describe(reason) }));
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
