/**
 * The export, import and backup commands of the fake back end. Import files are described by
 * the test (what `import_columns` and `preview_import` would find in them) rather than parsed;
 * days the file holds are compared with and written into the fake journal, and every backup is a
 * snapshot of the journal's entries, so a restore really brings the old entries back.
 */
import type { BackupInfo } from "../api/bindings/BackupInfo";
import type { BackupKind } from "../api/bindings/BackupKind";
import type { CheckIn } from "../api/bindings/CheckIn";
import type { ConflictPolicy } from "../api/bindings/ConflictPolicy";
import type { CsvColumns } from "../api/bindings/CsvColumns";
import type { ImportPreview } from "../api/bindings/ImportPreview";
import type { ImportSource } from "../api/bindings/ImportSource";
import type { Message } from "../api/bindings/Message";
import type { MoodLabel } from "../api/bindings/MoodLabel";
import type { SkippedRow } from "../api/bindings/SkippedRow";

/** What a file on the fake disk holds. */
export interface FakeImportFile {
  /** For CSV files: the header row and a few rows. */
  headers?: string[];
  sample?: string[][];
  /** The days the file would import (compared with the journal by `day`). */
  days?: Partial<CheckIn>[];
  sessions?: number;
  skipped?: SkippedRow[];
  warnings?: Message[];
  /** Daylio: the mood labels found, with how often. */
  moods?: { label: string; count: number }[];
}

/** The back end's defaults for Daylio's five standard labels. */
export const DEFAULT_MOODS: Record<string, number> = { rad: 10, good: 8, meh: 5, bad: 3, awful: 1 };

export const PORTABILITY_COMMANDS = new Set([
  "export_journal",
  "import_columns",
  "preview_import",
  "commit_import",
  "backup_overview",
  "back_up_now",
  "restore_backup",
]);

interface StoredBackup {
  info: BackupInfo;
  entries: Map<string, CheckIn>;
}

/** The fake journal the commands work on (the FakeBackend's current one). */
export interface FakeJournalAccess {
  demo(): boolean;
  entries(): Map<string, CheckIn>;
  replaceEntries(entries: Map<string, CheckIn>): void;
  put(entry: Partial<CheckIn>): CheckIn;
}

function refuse(code: string, message: Message | string, field: string | null = null): never {
  throw { code, message, field };
}

const FOLDER = "/home/you/.local/share/resilience-journal/backups";

export class FakePortability {
  files = new Map<string, FakeImportFile>();
  backups: StoredBackup[] = [];
  /** The clock for new backups (UTC). */
  now = "2025-11-25T14:02:00Z";
  #journal: FakeJournalAccess;
  #made = 0;

  constructor(journal: FakeJournalAccess) {
    this.#journal = journal;
  }

  /** Adds a backup of the current entries, as the daily timer would. */
  addBackup(kind: BackupKind, createdAt: string, extra: Partial<BackupInfo> = {}): BackupInfo {
    const entries = new Map(this.#journal.entries());
    this.#made += 1;
    const fileName = `journal-${createdAt.replace(/[:]/g, "")}-${kind}-${this.#made}.db`;
    const info: BackupInfo = {
      path: `${FOLDER}/${fileName}`,
      fileName,
      kind,
      createdAt,
      sizeBytes: 40_960 + entries.size * 512,
      days: entries.size,
      sessions: 0,
      problem: null,
      ...extra,
    };
    this.backups.unshift({ info, entries });
    this.backups.sort((a, b) => b.info.createdAt.localeCompare(a.info.createdAt));
    return info;
  }

  #file(path: string): FakeImportFile {
    if (!path.startsWith("/")) refuse("invalid_input", "Choose the file or folder with the dialog.", "path");
    return this.files.get(path) ?? refuse("io", `The file ${path} could not be read: not found.`);
  }

  #moods(file: FakeImportFile, source: ImportSource): MoodLabel[] {
    if (source.kind !== "daylio") return [];
    const chosen = new Map(Object.entries(source.moods.moods).map(([label, mood]) => [label.toLowerCase(), mood]));
    return (file.moods ?? []).map(({ label, count }) => {
      const key = label.toLowerCase();
      if (chosen.has(key)) return { label, count, mapped: true, mood: chosen.get(key) ?? null };
      const fallback = DEFAULT_MOODS[key];
      return { label, count, mapped: fallback !== undefined, mood: fallback ?? null };
    });
  }

  #preview(path: string, source: ImportSource): ImportPreview {
    const file = this.#file(path);
    if (source.kind === "csv" && !(file.headers ?? []).includes(source.mapping.dateColumn)) {
      refuse("invalid_input", `The file has no column “${source.mapping.dateColumn}”.`, "dateColumn");
    }
    const days = (file.days ?? []).map((d) => d.day ?? "").sort();
    const journal = this.#journal.entries();
    const conflictDays = days.filter((day) => journal.has(day));
    const sessions = file.sessions ?? 0;
    const conflicts = conflictDays.length;
    return {
      format: source.kind,
      days: days.length,
      sessions,
      firstDay: days[0] ?? null,
      lastDay: days[days.length - 1] ?? null,
      newDays: days.length - conflicts,
      unchangedDays: 0,
      conflictingDays: conflicts,
      newSessions: sessions,
      unchangedSessions: 0,
      conflictingSessions: 0,
      newTags: 0,
      settings: source.kind === "json" ? "unchanged" : null,
      conflicts,
      conflictDays,
      skipped: file.skipped ?? [],
      moods: this.#moods(file, source),
      warnings: file.warnings ?? [],
      summary: { id: "error-import-summary", args: { days: days.length, sessions, conflicts } },
    };
  }

  #commit(path: string, source: ImportSource, policy: ConflictPolicy) {
    if (!["keep_mine", "take_theirs", "keep_newer"].includes(policy)) {
      refuse("invalid_input", "Choose what to do with days you already have: keep mine, take theirs or keep the newer.", "policy");
    }
    const preview = this.#preview(path, source);
    const unmapped = preview.moods.find((m) => !m.mapped);
    if (unmapped) refuse("invalid_input", `Choose a mood for the Daylio label “${unmapped.label}”.`, "moods");
    const backup = this.#journal.demo() ? null : this.addBackup("manual", this.now);
    const journal = this.#journal.entries();
    let [added, replaced, kept] = [0, 0, 0];
    for (const day of this.#file(path).days ?? []) {
      const exists = journal.has(day.day ?? "");
      if (exists && policy === "keep_mine") kept += 1;
      else {
        this.#journal.put(day);
        if (exists) replaced += 1;
        else added += 1;
      }
    }
    return {
      report: {
        addedDays: added,
        replacedDays: replaced,
        keptDays: kept,
        unchangedDays: 0,
        addedSessions: preview.sessions,
        replacedSessions: 0,
        keptSessions: 0,
        unchangedSessions: 0,
        addedTags: 0,
        settingsWritten: false,
        skipped: preview.skipped.length,
      },
      backup,
    };
  }

  #restore(path: string) {
    const backup = this.backups.find((b) => b.info.path === path) ?? refuse("not_found", "That backup is no longer there.");
    if (backup.info.problem) refuse("damaged", backup.info.problem);
    const aside = this.addBackup("replaced", this.now);
    this.#journal.replaceEntries(new Map(backup.entries));
    return { restoredFrom: path, movedAside: aside.path };
  }

  invoke(command: string, args: Record<string, unknown>): unknown {
    const path = String(args.path ?? "");
    switch (command) {
      case "export_journal": {
        const request = args.request as { format: string };
        const ending = request.format === "json" ? ".json" : request.format.endsWith("_csv") ? ".csv" : null;
        if (ending === null) refuse("invalid_input", 'Export as "json", "days_csv" or "sessions_csv".', "format");
        if (!path.startsWith("/")) refuse("invalid_input", "Choose the file or folder with the dialog.", "path");
        return { path: path.endsWith(ending) ? path : `${path}${ending}` };
      }
      case "import_columns": {
        const file = this.#file(path);
        if (!file.headers) refuse("invalid_input", "This file is not a CSV table.");
        return { headers: file.headers, rows: file.days?.length ?? 0, sample: file.sample ?? [], delimiter: "," } satisfies CsvColumns;
      }
      case "preview_import":
        return this.#preview(path, args.source as ImportSource);
      case "commit_import":
        return this.#commit(path, args.source as ImportSource, args.policy as ConflictPolicy);
      case "backup_overview":
        return { folder: FOLDER, backups: this.backups.map((b) => ({ ...b.info })), demo: this.#journal.demo() };
      case "back_up_now": {
        const folder = args.folder === null || args.folder === undefined ? null : String(args.folder);
        const info = this.addBackup("manual", this.now);
        if (folder === null) return info;
        // A copy elsewhere is not one of the journal's backups.
        this.backups = this.backups.filter((b) => b.info !== info);
        return { ...info, path: `${folder}/${info.fileName}` };
      }
      case "restore_backup":
        return this.#restore(path);
      default:
        return refuse("ipc", `unknown command ${command}`);
    }
  }
}
