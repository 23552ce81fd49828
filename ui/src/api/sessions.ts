import { call } from "./client";
import type { BodyArea } from "./bindings/BodyArea";
import type { MassageKind } from "./bindings/MassageKind";
import type { MassageSession } from "./bindings/MassageSession";
import type { MassageSessionDraft } from "./bindings/MassageSessionDraft";
import type { Pressure } from "./bindings/Pressure";
import type { SessionOverview } from "./bindings/SessionOverview";
import type { SessionStatus } from "./bindings/SessionStatus";
import type { Settings } from "./bindings/Settings";

export type {
  BodyArea,
  MassageKind,
  MassageSession,
  MassageSessionDraft,
  Pressure,
  SessionOverview,
  SessionStatus,
};

/** Upcoming, awaiting-outcome and past sessions plus the days since the last done one. */
export function sessionOverview(): Promise<SessionOverview> {
  return call<SessionOverview>("session_overview");
}

/** One session by id, or null when it does not exist (or was deleted). */
export function getSession(id: string): Promise<MassageSession | null> {
  return call<MassageSession | null>("get_session", { id });
}

/**
 * Creates a session (`draft.id` null) or updates one. `draft.version` is the version the edit
 * started from; a stale one is refused with `stale_version`.
 */
export function saveSession(draft: MassageSessionDraft): Promise<MassageSession> {
  return call<MassageSession>("save_session", { session: draft });
}

/** Deletes a session (a tombstone, so `restoreSession` can undo it). */
export async function deleteSession(id: string): Promise<void> {
  await call<null>("delete_session", { id });
}

/** Undoes `deleteSession`. */
export function restoreSession(id: string): Promise<MassageSession> {
  return call<MassageSession>("restore_session", { id });
}

/** Sessions starting on the days `from` … `to` (ISO dates, inclusive). */
export function listSessions(from: string, to: string): Promise<MassageSession[]> {
  return call<MassageSession[]>("list_sessions", { from, to });
}

/** The ISO 4217 code costs are entered in (the `currency` setting, "EUR" by default). */
export async function costCurrency(): Promise<string> {
  const settings = await call<Settings>("get_settings");
  return settings.currency;
}
