/**
 * Owning the data: export, import (columns, preview, commit) and backups. Paths come from the
 * native dialogs (api/dialog.ts); the back end reads and writes the files.
 */
import { call } from "./client";
import type { BackupInfo } from "./bindings/BackupInfo";
import type { BackupKind } from "./bindings/BackupKind";
import type { BackupOverview } from "./bindings/BackupOverview";
import type { ConflictPolicy } from "./bindings/ConflictPolicy";
import type { CsvColumns } from "./bindings/CsvColumns";
import type { CsvMapping } from "./bindings/CsvMapping";
import type { ExportFormat } from "./bindings/ExportFormat";
import type { ExportRequest } from "./bindings/ExportRequest";
import type { ImportFormat } from "./bindings/ImportFormat";
import type { ImportOutcome } from "./bindings/ImportOutcome";
import type { ImportPreview } from "./bindings/ImportPreview";
import type { ImportReport } from "./bindings/ImportReport";
import type { ImportSource } from "./bindings/ImportSource";
import type { ItemChange } from "./bindings/ItemChange";
import type { MetricColumn } from "./bindings/MetricColumn";
import type { MetricKey } from "./bindings/MetricKey";
import type { MoodLabel } from "./bindings/MoodLabel";
import type { MoodMapping } from "./bindings/MoodMapping";
import type { AppInfo } from "./bindings/AppInfo";
import type { RecoveryChoice } from "./bindings/RecoveryChoice";
import type { RestoreReport } from "./bindings/RestoreReport";
import type { SavedFile } from "./bindings/SavedFile";
import type { SkippedRow } from "./bindings/SkippedRow";

export type {
  BackupInfo,
  BackupKind,
  BackupOverview,
  ConflictPolicy,
  CsvColumns,
  CsvMapping,
  ExportFormat,
  ExportRequest,
  ImportFormat,
  ImportOutcome,
  ImportPreview,
  ImportReport,
  ImportSource,
  ItemChange,
  MetricColumn,
  MetricKey,
  MoodLabel,
  MoodMapping,
  RestoreReport,
  SavedFile,
  SkippedRow,
};

/** Writes the journal (or a range of it) to `path`; the file ending is added when missing. */
export function exportJournal(path: string, request: ExportRequest): Promise<SavedFile> {
  return call<SavedFile>("export_journal", { path, request });
}

/** The headers, row count, first rows and separator of a CSV file, for the mapping step. */
export function importColumns(path: string): Promise<CsvColumns> {
  return call<CsvColumns>("import_columns", { path });
}

/** What importing the file would change; writes nothing. */
export function previewImport(path: string, source: ImportSource): Promise<ImportPreview> {
  return call<ImportPreview>("preview_import", { path, source });
}

/** Imports the file in one go, after backing the journal up (the outcome names that backup). */
export function commitImport(path: string, source: ImportSource, policy: ConflictPolicy): Promise<ImportOutcome> {
  return call<ImportOutcome>("commit_import", { path, source, policy });
}

/** Where backups go and which there are, newest first. */
export function backupOverview(): Promise<BackupOverview> {
  return call<BackupOverview>("backup_overview");
}

/** A checked copy of the journal in `folder`, or in the backups folder when null. */
export function backUpNow(folder: string | null): Promise<BackupInfo> {
  return call<BackupInfo>("back_up_now", { folder });
}

/**
 * Replaces the journal with the backup at `path`. The current journal is moved aside and listed
 * as a "replaced" backup, so restoring that one undoes this. Every screen must reload afterwards.
 */
export function restoreBackup(path: string): Promise<RestoreReport> {
  return call<RestoreReport>("restore_backup", { path });
}

/** After the journal could not be opened: put a backup, another file or a new journal in its place. */
export function recoverJournal(choice: RecoveryChoice): Promise<AppInfo> {
  return call<AppInfo>("recover_journal", { choice });
}
