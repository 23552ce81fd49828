/**
 * An in-memory stand-in for the Rust commands, used by component tests of the whole app (and by
 * layout checks in a plain browser). It follows the IPC contract closely enough to exercise the
 * UI: same command names, argument names and result shapes; errors as `{ code, message, field }`.
 * It is not part of the app bundle.
 */
import type { AppInfo } from "../api/bindings/AppInfo";
import type { CheckIn } from "../api/bindings/CheckIn";
import type { CheckInDraft } from "../api/bindings/CheckInDraft";
import type { JournalHit } from "../api/bindings/JournalHit";
import type { JournalQuery } from "../api/bindings/JournalQuery";
import type { MassageSession } from "../api/bindings/MassageSession";
import type { Message } from "../api/bindings/Message";
import type { Reminder } from "../api/bindings/Reminder";
import type { ReminderKind } from "../api/bindings/ReminderKind";
import type { ReminderOverview } from "../api/bindings/ReminderOverview";
import type { ReminderSettings } from "../api/bindings/ReminderSettings";
import type { UnansweredReminder } from "../api/bindings/UnansweredReminder";
import type { UnlockSecret } from "../api/bindings/UnlockSecret";
import type { Settings } from "../api/bindings/Settings";
import type { Tag } from "../api/bindings/Tag";
import { storedCheckIn } from "../lib/entryValues";
import { emptyDashboard, fullDashboard } from "../lib/insightsFixture";
import { DEFAULT_SETTINGS } from "../lib/settings.svelte";
import { ENCRYPTION_COMMANDS, FakeEncryption, type FakeEncryptionState } from "./fakeEncryption";
import { FakePortability, PORTABILITY_COMMANDS } from "./fakePortability";

/** The back end's reminder state that the overview reports. */
export type FakeReminders = Omit<ReminderOverview, "next"> & { next: Reminder | null };

interface Journal {
  entries: Map<string, CheckIn>;
  sessions: MassageSession[];
  deleted: Map<string, CheckIn>;
  settings: Settings;
  reminders: FakeReminders;
}

/** The back end's defaults for reminder settings. */
export function defaultReminderSettings(): ReminderSettings {
  return {
    checkIn: {
      enabled: true,
      time: "20:30",
      weekdays: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    },
    massageCadence: { days: null },
    appointment: { enabled: true, eveningBeforeTime: "19:00", leadMinutes: 120 },
    stressNudge: { enabled: true },
    quietHours: { enabled: true, start: "22:00", end: "08:00" },
    pausedUntil: null,
    keepInTray: true,
  };
}

const MESSAGES: Record<ReminderKind, Message> = {
  check_in: { id: "notification-check-in", args: { part: "evening" } },
  book_massage: { id: "notification-book-massage", args: { days: 21 } },
  appointment: {
    id: "notification-appointment",
    args: { when: "tomorrow", weekday: "wednesday", day: 26, month: 11, time: "18:00" },
  },
  stress_nudge: { id: "notification-stress-nudge", args: {} },
};

/** An unanswered reminder of `kind` fired on `day`, with the usual three snooze choices. */
export function fakeUnanswered(kind: ReminderKind, id: string, day = "2025-11-25", sessionId = "s1"): UnansweredReminder {
  const action: Reminder["action"] =
    kind === "check_in"
      ? { type: "open_check_in" }
      : kind === "appointment"
        ? { type: "open_session", id: sessionId }
        : { type: "new_session" };
  return {
    id,
    reminder: { kind, subject: kind === "appointment" ? sessionId : "", message: MESSAGES[kind], action, fireAt: `${day}T18:00`, day },
    snooze: [
      { length: "hour", until: `${day}T19:12` },
      { length: "evening", until: `${day}T19:00` },
      { length: "tomorrow", until: `${addDays(day, 1)}T09:00` },
    ],
  };
}

function emptyReminders(): FakeReminders {
  return {
    settings: defaultReminderSettings(),
    next: null,
    unanswered: [],
    delivery: { notifications: true, tray: true, startWithComputer: false },
    plannedSessions: 0,
    lastMassage: null,
  };
}

function emptyJournal(settings: Partial<Settings> = {}): Journal {
  return { entries: new Map(), sessions: [], deleted: new Map(), settings: { ...DEFAULT_SETTINGS, ...settings }, reminders: emptyReminders() };
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The back end's checks on reminder settings (the first problem, with its field). */
function checkReminderSettings(settings: ReminderSettings): void {
  if (!CLOCK.test(settings.checkIn.time)) refuse("invalid_input", "The check-in time must be a time of day like 20:30.", "checkIn.time");
  if (settings.checkIn.weekdays.length === 0) refuse("invalid_input", "Choose at least one day for the check-in reminder, or switch it off.", "checkIn.weekdays");
  const days = settings.massageCadence.days;
  if (days !== null && !(days >= 1 && days <= 365)) refuse("invalid_input", `The reminder to book a massage can come every 1 to 365 days (got ${days}).`, "massageCadence.days");
  if (!CLOCK.test(settings.appointment.eveningBeforeTime)) refuse("invalid_input", "The time for the evening before must be a time of day.", "appointment.eveningBeforeTime");
  const lead = settings.appointment.leadMinutes;
  if (!(lead >= 5 && lead <= 10080)) refuse("invalid_input", `The reminder before a session can come 5 minutes to 7 days (10080 minutes) ahead (got ${lead} minutes).`, "appointment.leadMinutes");
  const quiet = settings.quietHours;
  if (quiet.enabled && quiet.start === quiet.end) refuse("invalid_input", "Quiet hours must end at a different time than they start.", "quietHours.end");
  if (settings.pausedUntil !== null && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(settings.pausedUntil)) refuse("invalid_input", "That is not a date and time.", "pausedUntil");
}

function refuse(code: string, message: string, field: string | null = null): never {
  throw { code, message, field };
}

function addDays(iso: string, n: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/** A small deterministic pseudo-random sequence, so sample data is the same on every run. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

export interface FakeBackendOptions {
  today?: string;
  settings?: Partial<Settings>;
  /** Entries already in the person's journal. */
  entries?: Partial<CheckIn>[];
  /** How many days of generated sample data the demo journal holds. */
  demoDays?: number;
  /** The person's reminders (settings, unanswered ones, delivery …). */
  reminders?: Partial<FakeReminders>;
  /** Massage sessions in the person's journal. */
  sessions?: MassageSession[];
  /** The journal file was damaged at start and moved aside (until `recover_journal`). */
  damaged?: boolean;
  /** Encryption at rest: whether the journal is encrypted, locked at start, what opens it. */
  encryption?: Partial<FakeEncryptionState>;
}

export class FakeBackend {
  today: string;
  demo = false;
  real: Journal;
  sample: Journal;
  calls: { command: string; args: Record<string, unknown> }[] = [];
  /** Export, import and backups (files to import, the backups made). */
  portability: FakePortability;
  /** Encryption at rest, and the lock at start. */
  encryption: FakeEncryption;
  #demoDays: number;
  damaged: boolean;

  constructor(options: FakeBackendOptions = {}) {
    this.today = options.today ?? "2025-11-25";
    this.damaged = options.damaged ?? false;
    this.real = emptyJournal(options.settings);
    this.real.reminders = { ...this.real.reminders, ...options.reminders };
    for (const entry of options.entries ?? []) this.put(this.real, entry);
    this.real.sessions = [...(options.sessions ?? [])];
    this.sample = emptyJournal({ welcomed: true });
    this.#demoDays = options.demoDays ?? 730;
    this.encryption = new FakeEncryption(() => this.demo, options.encryption);
    this.portability = new FakePortability({
      demo: () => this.demo,
      entries: () => this.journal.entries,
      replaceEntries: (entries) => {
        this.journal.entries = entries;
      },
      put: (entry) => this.put(this.journal, entry),
    });
  }

  get journal(): Journal {
    return this.demo ? this.sample : this.real;
  }

  put(journal: Journal, partial: Partial<CheckIn>): CheckIn {
    const entry = storedCheckIn(this.today, {
      createdAt: "2025-11-25T20:00:00Z",
      updatedAt: "2025-11-25T20:00:00Z",
      ...partial,
    });
    journal.entries.set(entry.day, entry);
    return entry;
  }

  #fillSample(): void {
    if (this.sample.entries.size > 0) return;
    const random = sequence(7);
    const notes = ["Long walk by the river.", "Busy day at work, tense shoulders.", "Massage in the evening, slept well.", ""];
    const tags = ["work", "walk", "family", "massage", "yoga"];
    for (let i = 0; i < this.#demoDays; i += 1) {
      if (random() < 0.2) continue;
      const stress = Math.round(random() * 10);
      this.put(this.sample, {
        day: addDays(this.today, -i),
        stress,
        sleepHours: Math.round((5 + random() * 4) * 4) / 4,
        sleepQuality: Math.round(random() * 10),
        pain: Math.round(random() * 6),
        selfEsteem: Math.round(4 + random() * 6),
        notes: notes[i % notes.length] ?? "",
        tags: tags.filter(() => random() < 0.25),
      });
    }
  }

  #info(): AppInfo {
    const dir = this.demo ? "/home/you/.local/share/resilience-journal/demo" : "/home/you/.local/share/resilience-journal";
    return {
      appVersion: "0.1.0",
      licence: "MIT",
      today: this.today,
      dataDir: dir,
      databasePath: `${dir}/journal.db`,
      demo: this.demo,
      startupError: this.encryption.locked
        ? { code: "locked", message: { id: "error-journal-locked", args: {} }, field: null }
        : this.damaged
          ? {
              code: "damaged",
              message: { id: "error-damaged", args: { path: `${dir}/journal.db`, detail: "file is not a database" } },
              field: null,
            }
          : null,
      movedAside: this.damaged ? `${dir}/journal.db.damaged-20251125T201500Z` : null,
      locked: this.encryption.locked,
      systemLocale: "en-GB",
      languageOverride: null,
    };
  }

  #tags(): Tag[] {
    const uses = new Map<string, number>();
    for (const entry of this.journal.entries.values()) {
      for (const tag of entry.tags) uses.set(tag, (uses.get(tag) ?? 0) + 1);
    }
    return [...uses].map(([name, count]) => ({ id: `tag-${name}`, name, uses: count })).sort((a, b) => a.name.localeCompare(b.name));
  }

  #search(query: JournalQuery): JournalHit[] {
    const words = query.text.toLowerCase().split(/\s+/).filter(Boolean);
    const hits: JournalHit[] = [];
    const days = [...this.journal.entries.keys()].sort().reverse();
    for (const day of days) {
      const entry = this.journal.entries.get(day);
      if (!entry) continue;
      if (words.some((word) => !entry.notes.toLowerCase().includes(word))) continue;
      if (query.tag && !entry.tags.some((tag) => tag.toLowerCase() === query.tag?.toLowerCase())) continue;
      if (query.metric) {
        const value = entry[query.metric];
        if (value === null) continue;
        if (query.min !== null && value < query.min) continue;
        if (query.max !== null && value > query.max) continue;
      }
      let snippet: string | null = null;
      if (words.length > 0) {
        const pattern = new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "gi");
        snippet = entry.notes.replace(pattern, "\uE000$1\uE001");
      }
      hits.push({ checkIn: entry, snippet });
      if (hits.length === 500) break;
    }
    return hits;
  }

  #save(draft: CheckInDraft): CheckIn {
    if (draft.day > this.today) refuse("invalid_input", "That day is in the future.", "day");
    const current = this.journal.entries.get(draft.day);
    if ((current?.version ?? null) !== draft.version) refuse("stale_version", "This entry was changed elsewhere.");
    const { version, ...values } = draft;
    return this.put(this.journal, {
      ...values,
      tags: [...draft.tags].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
      version: (version ?? 0) + 1,
    });
  }

  /** What `preview_reminder_settings` answers: the check-in reminder tomorrow, or none. */
  #preview(settings: ReminderSettings): Reminder | null {
    checkReminderSettings(settings);
    if (!settings.checkIn.enabled) return null;
    const day = addDays(this.today, 1);
    return { kind: "check_in", subject: "", message: MESSAGES.check_in, action: { type: "open_check_in" }, fireAt: `${day}T${settings.checkIn.time}`, day };
  }

  #unanswered(id: string): UnansweredReminder {
    return this.journal.reminders.unanswered.find((u) => u.id === id) ?? refuse("not_found", "That reminder is no longer waiting.");
  }

  #answered(id: string): ReminderOverview {
    const reminders = this.journal.reminders;
    reminders.unanswered = reminders.unanswered.filter((u) => u.id !== id);
    return structuredClone(reminders);
  }

  #book(id: string, startsAt: string): MassageSession {
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(startsAt) || startsAt <= `${this.today}T23:59`) {
      refuse("invalid_input", "A booked session starts later than now.", "startsAt");
    }
    this.#answered(id);
    this.journal.reminders.plannedSessions += 1;
    return {
      id: `booked-${this.journal.reminders.plannedSessions}`,
      startsAt,
      status: "planned",
      kind: "swedish",
      kindOther: null,
      durationMin: 60,
      therapist: "",
      place: "",
      pressure: null,
      focusAreas: [],
      costCents: null,
      notes: "",
      stressBefore: null,
      stressAfter: null,
      painBefore: null,
      painAfter: null,
      createdAt: "2025-11-25T20:00:00Z",
      updatedAt: "2025-11-25T20:00:00Z",
      version: 1,
    };
  }

  #reminderCommand(command: string, args: Record<string, unknown>): unknown {
    const reminders = this.journal.reminders;
    const id = String(args.id ?? "");
    switch (command) {
      case "reminder_overview":
        return structuredClone(reminders);
      case "save_reminder_settings": {
        const settings = args.settings as ReminderSettings;
        checkReminderSettings(settings);
        reminders.settings = structuredClone(settings);
        reminders.next = this.#preview(settings);
        return structuredClone(reminders);
      }
      case "preview_reminder_settings":
        return this.#preview(args.settings as ReminderSettings);
      case "snooze_reminder": {
        const until = String(args.until);
        if (!this.#unanswered(id).snooze.some((choice) => choice.until === until)) {
          refuse("invalid_input", "Choose when the reminder should come back.", "until");
        }
        return this.#answered(id);
      }
      case "answer_reminder":
        if (args.outcome !== "dismissed" && args.outcome !== "acted") {
          refuse("invalid_input", 'A reminder is answered with "dismissed" or "acted".', "outcome");
        }
        this.#unanswered(id);
        return this.#answered(id);
      case "book_from_reminder":
        return this.#book(id, String(args.startsAt));
      case "export_calendar": {
        if (reminders.plannedSessions === 0) refuse("nothing_to_export", "There are no planned sessions to put in a calendar.");
        const path = String(args.path);
        return { file: { path: path.endsWith(".ics") ? path : `${path}.ics` }, sessions: reminders.plannedSessions };
      }
      case "sync_status":
        // Sync is off here (Settings → Sync's own tests have their fake in SyncSection.test.ts).
        return {
          state: this.demo ? "unavailable" : "off",
          folder: null,
          computerName: "Computer",
          computers: [],
          lastSyncedAt: null,
          problem: null,
          newerVersionWaiting: false,
        };
      case "set_start_with_computer":
        if (reminders.delivery.startWithComputer === null) refuse("autostart", "Starting with the computer cannot be set here.");
        reminders.delivery = { ...reminders.delivery, startWithComputer: Boolean(args.enabled) };
        return { ...reminders.delivery };
      default:
        return refuse("ipc", `unknown command ${command}`);
    }
  }

  /** Answers one command the way the Rust side would. */
  async invoke(command: string, args: Record<string, unknown> = {}): Promise<unknown> {
    this.calls.push({ command, args });
    const day = String(args.day ?? "");
    if (this.encryption.locked && !["app_info", "startup_data", "unlock_journal", "profile_mark"].includes(command)) {
      refuse("locked", "The journal is encrypted and waits for its key.");
    }
    switch (command) {
      case "app_info":
        return this.#info();
      case "startup_data": {
        const info = this.#info();
        if (info.startupError) return { info, settings: null, today: null };
        const checkIn = this.journal.entries.get(info.today) ?? null;
        return { info, settings: { ...this.journal.settings }, today: { day: info.today, checkIn } };
      }
      case "unlock_journal":
        this.encryption.unlock(args.secret as UnlockSecret);
        return this.#info();
      case "recover_journal":
        this.damaged = false;
        return this.#info();
      case "profile_mark":
        return { profiling: false, switches: 0, screens: [] };
      case "get_check_in":
        return this.journal.entries.get(day) ?? null;
      case "list_check_ins": {
        const [from, to] = [String(args.from), String(args.to)];
        return [...this.journal.entries.values()].filter((e) => e.day >= from && e.day <= to).sort((a, b) => a.day.localeCompare(b.day));
      }
      case "save_check_in":
        return this.#save(args.checkIn as CheckInDraft);
      case "delete_check_in": {
        const entry = this.journal.entries.get(day) ?? refuse("not_found", "There is no entry for that day.");
        this.journal.entries.delete(day);
        this.journal.deleted.set(day, entry);
        return null;
      }
      case "restore_check_in": {
        const entry = this.journal.deleted.get(day) ?? refuse("not_found", "Nothing to restore.");
        this.journal.deleted.delete(day);
        return this.put(this.journal, { ...entry, version: entry.version + 1 });
      }
      case "list_tags":
        return this.#tags();
      case "insights_dashboard": {
        const [from, to] = [String(args.from), String(args.to)];
        if (from > to) refuse("invalid_input", `The range ends (${to}) before it starts (${from}).`, "to");
        const dashboard = this.journal.entries.size === 0 ? emptyDashboard() : fullDashboard();
        return { ...dashboard, today: this.today, range: { from, to } };
      }
      case "search_journal":
        return this.#search(args.query as JournalQuery);
      case "get_settings":
        return { ...this.journal.settings };
      case "save_settings": {
        const settings = args.settings as Settings;
        if (!/^[A-Z]{3}$/.test(settings.currency)) refuse("invalid_input", "Use a three-letter code.", "currency");
        this.journal.settings = { ...settings };
        return { ...settings };
      }
      case "open_demo":
        this.demo = true;
        this.#fillSample();
        return this.#info();
      case "close_demo":
        this.demo = false;
        return this.#info();
      case "session_overview":
        return { upcoming: [], awaitingOutcome: [], past: [], daysSinceLast: null, lastDone: null };
      case "list_sessions": {
        const [from, to] = [String(args.from), String(args.to)];
        return this.journal.sessions.filter((s) => s.startsAt.slice(0, 10) >= from && s.startsAt.slice(0, 10) <= to);
      }
      case "get_session":
        return null;
      case "reminder_overview":
      case "save_reminder_settings":
      case "preview_reminder_settings":
      case "snooze_reminder":
      case "answer_reminder":
      case "book_from_reminder":
      case "export_calendar":
      case "set_start_with_computer":
        return this.#reminderCommand(command, args);
      default:
        if (PORTABILITY_COMMANDS.has(command)) return this.portability.invoke(command, args);
        if (ENCRYPTION_COMMANDS.has(command)) return this.encryption.invoke(command, args);
        return refuse("ipc", `unknown command ${command}`);
    }
  }
}
