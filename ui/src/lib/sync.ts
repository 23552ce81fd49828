/**
 * Words for sync between the person's computers, in the active language — when the folder was
 * last synced, what a journal holds, which problem to show — and what the shell reloads when
 * entries arrive from another computer.
 */
import { messageText } from "../api/client";
import type { EntryCounts, SyncComputer, SyncStatus } from "../api/sync";
import { formatDate, t } from "./i18n/i18n.svelte";
import type { Screen } from "./screens";

const MINUTE = 60_000;

const sameLocalDay = (a: Date, b: Date) =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/**
 * When something happened, seen from `now`: "just now", "5 minutes ago", "today at 08:14",
 * "yesterday at 21:02", or "Mon 23 Nov 2025, 08:14" — in local time. A time ahead of `now` (a
 * clock set differently) counts as just now.
 */
export function syncWhen(at: string, now: Date): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  const minutes = Math.floor((now.getTime() - date.getTime()) / MINUTE);
  if (minutes < 1) return t("sync-when-just-now");
  if (minutes < 60) return t("sync-when-minutes", { count: minutes });
  const time = formatDate(date, { hour: "2-digit", minute: "2-digit" });
  if (sameLocalDay(date, now)) return t("sync-when-today", { time });
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  if (sameLocalDay(date, yesterday)) return t("sync-when-yesterday", { time });
  const day = formatDate(date, { weekday: "short", day: "numeric", month: "short", year: "numeric" });
  return t("sync-when-date", { day, time });
}

/** "Last synced 5 minutes ago", or "Not synced yet". */
export function lastSyncedLine(status: SyncStatus, now: Date): string {
  return status.lastSyncedAt ? t("sync-last-synced", { when: syncWhen(status.lastSyncedAt, now) }) : t("sync-last-synced-never");
}

/** "Last seen today at 08:14", or "Not seen yet" — of another computer. */
export function lastSeenLine(computer: SyncComputer, now: Date): string {
  return computer.lastSeen ? t("sync-computer-last-seen", { when: syncWhen(computer.lastSeen, now) }) : t("sync-computer-never-seen");
}

/** "312 days, 24 sessions". */
export function countsWords(counts: EntryCounts): string {
  return t("sync-counts", { days: counts.days, sessions: counts.sessions });
}

/** This computer first, then the others as the back end listed them. */
export function computersInOrder(computers: SyncComputer[]): SyncComputer[] {
  return [...computers.filter((c) => c.thisComputer), ...computers.filter((c) => !c.thisComputer)];
}

/** The problem to show in words, if any. The newer version has a notice of its own, so its
 *  problem is not said twice. */
export function problemWords(status: SyncStatus): string | null {
  const problem = status.problem;
  if (!problem) return null;
  if (status.newerVersionWaiting && problem.id === "sync-problem-newer-version") return null;
  return messageText(problem);
}

/** What the shell does when a sync pass brought entries from another computer. */
export interface EntriesArrived {
  /** Show the shown screen afresh (remount it): it holds nothing the person typed. */
  remount: boolean;
  /** Load the Today form's day again in place (it has no unsaved changes, and is not shown). */
  reloadToday: boolean;
  /** Load the settings again (Settings is not shown, so no field is being typed in). */
  reloadSettings: boolean;
}

/** Screens that only show what is stored: loading them again loses nothing. */
const ONLY_SHOWING: ReadonlySet<Screen> = new Set<Screen>(["insights", "trends"]);

/**
 * When entries arrived from another computer: the shown screen loads them now when that loses
 * nothing typed. Today with unsaved changes keeps them (saving then meets the changed version
 * and offers to load it); Journal (a search typed), Massage (a form open), Data and Settings load
 * afresh when next opened, as every screen does.
 */
export function entriesArrived(screen: Screen, todayDirty: boolean): EntriesArrived {
  const remount = screen === "today" ? !todayDirty : ONLY_SHOWING.has(screen);
  return {
    remount,
    // A remounted Today loads its day itself.
    reloadToday: !todayDirty && screen !== "today",
    reloadSettings: screen !== "settings",
  };
}
