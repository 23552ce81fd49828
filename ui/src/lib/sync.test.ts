import { afterEach, describe, expect, it } from "vitest";
import type { SyncComputer, SyncStatus } from "../api/sync";
import { useLanguage } from "./i18n/i18n.svelte";
import { computersInOrder, countsWords, entriesArrived, lastSeenLine, lastSyncedLine, problemWords, syncWhen } from "./sync";

/** Tuesday 25 November 2025, 12:00 local time. */
const NOW = new Date(2025, 10, 25, 12, 0);
const at = (day: number, hour: number, minute: number) => new Date(2025, 10, day, hour, minute).toISOString();

const STATUS: SyncStatus = {
  state: "on",
  folder: "/home/you/Sync",
  computerName: "Laptop",
  computers: [],
  lastSyncedAt: null,
  problem: null,
  newerVersionWaiting: false,
};

afterEach(async () => {
  await useLanguage("en", "en-GB");
});

describe("when it synced, in words", () => {
  it("says just now, minutes ago, today, yesterday or the date, in local time", () => {
    expect(syncWhen(at(25, 12, 0), NOW)).toBe("just now");
    expect(syncWhen(at(25, 12, 3), NOW)).toBe("just now"); // a clock a little ahead
    expect(syncWhen(at(25, 11, 58), NOW)).toBe("2 minutes ago");
    expect(syncWhen(at(25, 11, 1), NOW)).toBe("59 minutes ago");
    expect(syncWhen(at(25, 8, 14), NOW)).toBe("today at 08:14");
    expect(syncWhen(at(24, 21, 2), NOW)).toBe("yesterday at 21:02");
    expect(syncWhen(at(23, 8, 14), NOW)).toMatch(/^on Sun,? 23 Nov 2025, 08:14$/);
    expect(syncWhen("not a time", NOW)).toBe("not a time");
  });

  it("says one minute in the singular", () => {
    expect(syncWhen(at(25, 12, 0), new Date(2025, 10, 25, 12, 0, 59))).toBe("just now");
    expect(syncWhen(at(25, 11, 59), new Date(2025, 10, 25, 12, 0, 59))).toBe("1 minute ago");
  });

  it("speaks German, Spanish and French", async () => {
    await useLanguage("de", "de-DE");
    expect(lastSyncedLine({ ...STATUS, lastSyncedAt: at(25, 11, 55) }, NOW)).toBe("Zuletzt synchronisiert vor 5 Minuten");
    expect(lastSyncedLine({ ...STATUS, lastSyncedAt: at(25, 11, 59) }, new Date(2025, 10, 25, 12, 0, 59))).toBe(
      "Zuletzt synchronisiert vor 1 Minute",
    );
    expect(countsWords({ days: 1, sessions: 2 })).toBe("1 Tag, 2 Sitzungen");
    await useLanguage("es", "es-ES");
    expect(lastSyncedLine({ ...STATUS, lastSyncedAt: at(24, 21, 2) }, NOW)).toBe("Última sincronización: ayer a las 21:02");
    expect(countsWords({ days: 1, sessions: 0 })).toBe("1 día, 0 sesiones");
    await useLanguage("fr", "fr-FR");
    // French says "one" for 0 and 1.
    expect(countsWords({ days: 0, sessions: 1 })).toBe("0 jour, 1 séance");
    expect(countsWords({ days: 12, sessions: 2 })).toBe("12 jours, 2 séances");
    expect(lastSyncedLine(STATUS, NOW)).toBe("Pas encore synchronisé");
  });
});

describe("the Sync card's words", () => {
  it("says when the folder was last synced, or that it was not yet", () => {
    expect(lastSyncedLine(STATUS, NOW)).toBe("Not synced yet");
    expect(lastSyncedLine({ ...STATUS, lastSyncedAt: at(25, 11, 55) }, NOW)).toBe("Last synced 5 minutes ago");
  });

  it("says when another computer was last seen", () => {
    const desk: SyncComputer = { id: "p1", name: "Desk", lastSeen: at(25, 8, 14), thisComputer: false };
    expect(lastSeenLine(desk, NOW)).toBe("last seen today at 08:14");
    expect(lastSeenLine({ ...desk, lastSeen: null }, NOW)).toBe("not seen yet");
  });

  it("counts days and sessions with plurals", () => {
    expect(countsWords({ days: 1, sessions: 1 })).toBe("1 day, 1 session");
    expect(countsWords({ days: 312, sessions: 0 })).toBe("312 days, 0 sessions");
  });

  it("lists this computer first, the others as they came", () => {
    const c = (id: string, thisComputer = false): SyncComputer => ({ id, name: id, lastSeen: null, thisComputer });
    expect(computersInOrder([c("b"), c("here", true), c("a")]).map((x) => x.id)).toEqual(["here", "b", "a"]);
  });

  it("puts the problem into words, leaving out the newer version that has its own notice", () => {
    expect(problemWords(STATUS)).toBeNull();
    expect(problemWords({ ...STATUS, problem: { id: "sync-problem-unreadable-files", args: { count: 1 } } })).toMatch(
      /^1 file in the sync folder does not open yet: it may still be being copied by your sync app, or it is damaged\./,
    );
    expect(problemWords({ ...STATUS, problem: { id: "sync-problem-key-missing", args: {} } })).toMatch(/no longer in the system keychain/);
    const newer = { ...STATUS, problem: { id: "sync-problem-newer-version", args: {} } };
    expect(problemWords(newer)).toMatch(/^Another computer uses a newer Resilience Journal/);
    expect(problemWords({ ...newer, newerVersionWaiting: true })).toBeNull();
  });
});

describe("entries arriving from another computer", () => {
  it("loads the shown screen again only when that loses nothing typed", () => {
    expect(entriesArrived("today", false)).toEqual({ remount: true, reloadToday: false, reloadSettings: true });
    // Unsaved changes on Today stay; saving then meets the newer version.
    expect(entriesArrived("today", true)).toEqual({ remount: false, reloadToday: false, reloadSettings: true });
    expect(entriesArrived("insights", false)).toEqual({ remount: true, reloadToday: true, reloadSettings: true });
    expect(entriesArrived("trends", true)).toEqual({ remount: true, reloadToday: false, reloadSettings: true });
    for (const screen of ["journal", "massage", "data"] as const) {
      expect(entriesArrived(screen, false)).toEqual({ remount: false, reloadToday: true, reloadSettings: true });
    }
    expect(entriesArrived("settings", false)).toEqual({ remount: false, reloadToday: true, reloadSettings: false });
  });
});
