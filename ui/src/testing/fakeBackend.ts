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
import type { Settings } from "../api/bindings/Settings";
import type { Tag } from "../api/bindings/Tag";
import { storedCheckIn } from "../lib/entryValues";
import { emptyDashboard, fullDashboard } from "../lib/insightsFixture";
import { DEFAULT_SETTINGS } from "../lib/settings.svelte";

interface Journal {
  entries: Map<string, CheckIn>;
  deleted: Map<string, CheckIn>;
  settings: Settings;
}

function emptyJournal(settings: Partial<Settings> = {}): Journal {
  return { entries: new Map(), deleted: new Map(), settings: { ...DEFAULT_SETTINGS, ...settings } };
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
}

export class FakeBackend {
  today: string;
  demo = false;
  real: Journal;
  sample: Journal;
  calls: { command: string; args: Record<string, unknown> }[] = [];
  #demoDays: number;

  constructor(options: FakeBackendOptions = {}) {
    this.today = options.today ?? "2025-11-25";
    this.real = emptyJournal(options.settings);
    for (const entry of options.entries ?? []) this.put(this.real, entry);
    this.sample = emptyJournal({ welcomed: true });
    this.#demoDays = options.demoDays ?? 730;
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
      today: this.today,
      dataDir: dir,
      databasePath: `${dir}/journal.db`,
      demo: this.demo,
      startupError: null,
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

  /** Answers one command the way the Rust side would. */
  async invoke(command: string, args: Record<string, unknown> = {}): Promise<unknown> {
    this.calls.push({ command, args });
    const day = String(args.day ?? "");
    switch (command) {
      case "app_info":
        return this.#info();
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
      case "list_sessions":
        return [];
      case "get_session":
        return null;
      default:
        return refuse("ipc", `unknown command ${command}`);
    }
  }
}
