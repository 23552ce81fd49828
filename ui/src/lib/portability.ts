/**
 * The words and shapes of the "Your data" screen, kept out of the components so they can be
 * tested on their own: export requests, recognising an import file, the CSV column mapping,
 * Daylio mood choices, and how backups are described. Words come from the catalogue
 * (locales/<language>/data.ftl) when they are asked for, so they follow the active language;
 * what files hold (CSV headers, JSON keys, Daylio's header) is a machine format and never is.
 */
import type {
  BackupInfo,
  BackupKind,
  BackupOverview,
  ConflictPolicy,
  CsvMapping,
  ExportFormat,
  ExportRequest,
  ImportPreview,
  ImportReport,
  MetricKey,
  MoodLabel,
  MoodMapping,
} from "../api/portability";
import { isDay } from "./dates";
import { MEASURE_NAME_IDS } from "./metrics";
import { formatDate, formatNumber, t } from "./i18n/i18n.svelte";

// ---- Export -------------------------------------------------------------------------------

/** A choice of the person's with its words, looked up in the catalogue when shown. */
export interface Choice<T> {
  value: T;
  readonly label: string;
  readonly hint: string;
}

function choice<T>(value: T, id: string): Choice<T> {
  return {
    value,
    get label() {
      return t(id);
    },
    get hint() {
      return t(`${id}-hint`);
    },
  };
}

export const EXPORT_FORMATS: readonly Choice<ExportFormat>[] = [
  choice("json", "data-export-json"),
  choice("days_csv", "data-export-days-csv"),
  choice("sessions_csv", "data-export-sessions-csv"),
];

export interface ExportValues {
  format: ExportFormat;
  /** The whole journal, or the days `from` … `to`. */
  range: "all" | "dates";
  from: string;
  to: string;
  /** Start a CSV file with a byte-order mark (Excel needs it to read accents correctly). */
  bom: boolean;
}

export const isCsvFormat = (format: ExportFormat) => format !== "json";

/** Problems with the chosen range, by field; empty when the export can go ahead. */
export function exportProblems(values: ExportValues): Partial<Record<"from" | "to", string>> {
  if (values.range === "all") return {};
  const problems: Partial<Record<"from" | "to", string>> = {};
  if (!isDay(values.from)) problems.from = t("data-export-problem-from");
  if (!isDay(values.to)) problems.to = t("data-export-problem-to");
  else if (!problems.from && values.to < values.from) problems.to = t("data-export-problem-order");
  return problems;
}

export function exportRequest(values: ExportValues): ExportRequest {
  const dates = values.range === "dates";
  return {
    format: values.format,
    from: dates ? values.from : null,
    to: dates ? values.to : null,
    bom: isCsvFormat(values.format) && values.bom,
  };
}

/** The name the save dialog suggests, e.g. "resilience-journal-2025-11-25.json". */
export function exportFileName(format: ExportFormat, today: string): string {
  if (format === "json") return `resilience-journal-${today}.json`;
  return `resilience-${format === "days_csv" ? "days" : "sessions"}-${today}.csv`;
}

// ---- Import: which kind of file -----------------------------------------------------------

/** The first line of every Daylio CSV export. */
export const DAYLIO_HEADER = ["full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"];
/** The first line of Daylio's older export, whose day is a year and "18 May". */
export const DAYLIO_OLDER_HEADER = ["year", "date", "weekday", "time", "mood", "activities", "note"];

export function isDaylioHeader(headers: readonly string[]): boolean {
  const seen = headers.map((h) => h.replace(/^\uFEFF/, "").trim().toLowerCase());
  return [DAYLIO_HEADER, DAYLIO_OLDER_HEADER].some(
    (daylio) => seen.length === daylio.length && seen.every((h, i) => h === daylio[i]),
  );
}

/** "json" or "csv" from the file name; null for anything else. */
export function fileKind(path: string): "json" | "csv" | null {
  const ending = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  return ending === "json" || ending === "csv" ? ending : null;
}

export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

// ---- Import: CSV columns ------------------------------------------------------------------

/** The catalogue id (locales/<language>/measures.ftl) of each measure's name. */
const MEASURE_IDS: Readonly<Record<MetricKey, string>> = MEASURE_NAME_IDS;

const measure = (key: MetricKey) => ({
  key,
  /** "Stress (0–10)"; "Sleep hours". */
  get label() {
    const name = t(MEASURE_IDS[key]);
    return key === "sleepHours" ? name : t("data-csv-rating", { measure: name });
  },
});

/** The journal's measures a column can become, in the order of the check-in. */
export const MEASURES: readonly { key: MetricKey; readonly label: string }[] = [
  measure("stress"),
  measure("sleepHours"),
  measure("sleepQuality"),
  measure("pain"),
  measure("selfEsteem"),
  measure("mood"),
  measure("anxiety"),
  measure("bodyAwareness"),
];

/** What one column of the file becomes. */
export type ColumnRole = "skip" | MetricKey | "notes" | "tags";

const dateFormat = (value: string, id: string, example: string) => ({
  value,
  get label() {
    return t(id, { example });
  },
});

/** How a file may write its dates (strftime, "" for ISO); the examples are the file's own form. */
export const DATE_FORMATS: readonly { value: string; readonly label: string }[] = [
  dateFormat("", "data-csv-date-iso", "2025-11-24"),
  dateFormat("%d.%m.%Y", "data-csv-date-dmy-dots", "24.11.2025"),
  dateFormat("%d/%m/%Y", "data-csv-date-dmy-slashes", "24/11/2025"),
  dateFormat("%m/%d/%Y", "data-csv-date-mdy-slashes", "11/24/2025"),
  dateFormat("%d-%m-%Y", "data-csv-date-dmy-dashes", "24-11-2025"),
  dateFormat("%Y/%m/%d", "data-csv-date-ymd-slashes", "2025/11/24"),
];

export interface CsvMappingValues {
  dateColumn: string;
  /** strftime form; "" for ISO. */
  dateFormat: string;
  roles: Record<string, ColumnRole>;
  tagSeparator: string;
}

// Recognises common header names of files (in whatever language the file was written), so a
// file with plain names needs no work; what the person reads never comes from here.
const squash = (header: string) => header.toLowerCase().replace(/[^a-z]/g, "");

const GUESSES: Record<string, ColumnRole> = {
  stress: "stress",
  sleep: "sleepHours",
  sleephours: "sleepHours",
  hoursslept: "sleepHours",
  sleepquality: "sleepQuality",
  pain: "pain",
  selfesteem: "selfEsteem",
  mood: "mood",
  anxiety: "anxiety",
  bodyawareness: "bodyAwareness",
  notes: "notes",
  note: "notes",
  tags: "tags",
};

/** A first guess from the headers, so a file with plain names ("Date", "Stress") needs no work. */
export function guessMapping(headers: readonly string[]): CsvMappingValues {
  const dateColumn = headers.find((h) => ["date", "day", "fulldate", "datum"].includes(squash(h))) ?? "";
  const roles: Record<string, ColumnRole> = {};
  const taken = new Set<ColumnRole>();
  for (const header of headers) {
    const guess = GUESSES[squash(header)];
    const role: ColumnRole = header !== dateColumn && guess && !taken.has(guess) ? guess : "skip";
    if (role !== "skip") taken.add(role);
    roles[header] = role;
  }
  return { dateColumn, dateFormat: "", roles, tagSeparator: ";" };
}

/** Every role a column can have, in the order the mapping offers them. */
export const COLUMN_ROLES: readonly ColumnRole[] = ["skip", ...MEASURES.map((m) => m.key), "notes", "tags"];

export function roleLabel(role: ColumnRole): string {
  if (role === "skip") return t("data-csv-role-skip");
  if (role === "notes") return t("data-csv-role-notes");
  if (role === "tags") return t("data-csv-role-tags");
  return MEASURES.find((m) => m.key === role)?.label ?? role;
}

/** Problems with the mapping: `date`, `separator` or a column name as the key. */
export function mappingProblems(values: CsvMappingValues, headers: readonly string[]): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!headers.includes(values.dateColumn)) problems.date = t("data-csv-problem-date");
  const seen = new Map<ColumnRole, string>();
  for (const header of headers) {
    const role = values.roles[header] ?? "skip";
    if (header === values.dateColumn || role === "skip") continue;
    const first = seen.get(role);
    if (first !== undefined) problems[header] = t("data-csv-problem-twice", { column: first, role, label: roleLabel(role) });
    else seen.set(role, header);
  }
  if (seen.size === 0) problems.date ??= t("data-csv-problem-nothing");
  if (seen.has("tags") && values.tagSeparator.trim() === "") problems.separator = t("data-csv-problem-separator");
  return problems;
}

/** The mapping the back end expects; columns in file order, the date column never mapped twice. */
export function buildCsvMapping(values: CsvMappingValues, headers: readonly string[]): CsvMapping {
  const used = headers.filter((h) => h !== values.dateColumn);
  const column = (role: ColumnRole) => used.find((h) => values.roles[h] === role) ?? null;
  const tagsColumn = column("tags");
  return {
    dateColumn: values.dateColumn,
    dateFormat: values.dateFormat === "" ? null : values.dateFormat,
    metrics: used.flatMap((h) => {
      const role = values.roles[h] ?? "skip";
      return role === "skip" || role === "notes" || role === "tags" ? [] : [{ column: h, metric: role }];
    }),
    notesColumn: column("notes"),
    tagsColumn,
    tagSeparator: tagsColumn === null ? null : values.tagSeparator.trim() || null,
  };
}

// ---- Import: Daylio moods -----------------------------------------------------------------

/** A person's choice for one mood label: 0–10, null for "no mood", undefined for not chosen. */
export type MoodChoices = Record<string, number | null | undefined>;

/** The choices the preview reports (the back end's defaults and anything already chosen). */
export function moodChoicesOf(moods: readonly MoodLabel[]): MoodChoices {
  return Object.fromEntries(moods.map((m) => [m.label, m.mapped ? m.mood : undefined]));
}

export function moodMapping(choices: MoodChoices): MoodMapping {
  const moods: Record<string, number | null> = {};
  for (const [label, choice] of Object.entries(choices)) if (choice !== undefined) moods[label] = choice;
  return { moods };
}

/** Labels still waiting for a choice: the import cannot go ahead until they have one. */
export function unmappedLabels(moods: readonly MoodLabel[], choices: MoodChoices): string[] {
  return moods.filter((m) => choices[m.label] === undefined).map((m) => m.label);
}

// ---- Import: preview and result -----------------------------------------------------------

export const POLICIES: readonly Choice<ConflictPolicy>[] = [
  choice("keep_mine", "data-import-policy-keep-mine"),
  choice("take_theirs", "data-import-policy-take-theirs"),
  choice("keep_newer", "data-import-policy-keep-newer"),
];

/** The preview's headline: "312 days, 24 sessions, 18 conflicts". */
export function previewSummary(preview: Pick<ImportPreview, "days" | "sessions" | "conflicts">): string {
  return t("data-import-summary", { days: preview.days, sessions: preview.sessions, conflicts: preview.conflicts });
}

/** The commit button: "Import 312 days", "Import 4 sessions" or "Import 12 days and 3 sessions". */
export function commitLabel(preview: Pick<ImportPreview, "days" | "sessions">): string {
  const { days, sessions } = preview;
  if (days > 0 && sessions > 0) return t("data-import-commit-both", { days, sessions });
  if (days > 0) return t("data-import-commit-days", { days });
  if (sessions > 0) return t("data-import-commit-sessions", { sessions });
  return t("data-import-commit");
}

/** "Import done: added 290 new days, kept 18 days of yours unchanged, added 3 sessions. 2 new tags." */
export function importResultLine(report: ImportReport): string {
  const clauses: [number, string][] = [
    [report.addedDays, "data-import-done-added-days"],
    [report.replacedDays, "data-import-done-replaced-days"],
    [report.keptDays, "data-import-done-kept-days"],
    [report.addedSessions, "data-import-done-added-sessions"],
    [report.replacedSessions, "data-import-done-replaced-sessions"],
    [report.keptSessions, "data-import-done-kept-sessions"],
  ];
  const changes = clauses.filter(([count]) => count > 0).map(([count, id]) => t(id, { count }));
  const lines = [
    changes.length > 0 ? t("data-import-done", { changes: changes.join(", ") }) : t("data-import-done-nothing"),
    report.addedTags > 0 ? t("data-import-done-tags", { count: report.addedTags }) : "",
    report.settingsWritten ? t("data-import-done-settings") : "",
    report.skipped > 0 ? t("data-import-done-skipped", { count: report.skipped }) : "",
  ];
  return lines.filter(Boolean).join(" ");
}

// ---- Backups ------------------------------------------------------------------------------

const BACKUP_KIND_IDS: Record<BackupKind, string> = {
  daily: "data-backup-kind-daily",
  manual: "data-backup-kind-manual",
  replaced: "data-backup-kind-replaced",
  before_update: "data-backup-kind-before-update",
  before_import: "data-backup-kind-before-import",
};

/** What made a backup: "Daily backup", "Before an import" … */
export function backupKindWords(kind: BackupKind): string {
  return t(BACKUP_KIND_IDS[kind]);
}

/** The words of each kind of backup, looked up when read (so they follow the language). */
export const BACKUP_KIND_WORDS: Readonly<Record<BackupKind, string>> = Object.defineProperties(
  {} as Record<BackupKind, string>,
  Object.fromEntries(
    (Object.keys(BACKUP_KIND_IDS) as BackupKind[]).map((kind) => [kind, { get: () => backupKindWords(kind), enumerable: true }]),
  ),
);

const sameLocalDay = (a: Date, b: Date) =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/** A local clock time in the active language: "08:14". */
export function clockTimeWords(at: Date): string {
  return formatDate(at, { hour: "2-digit", minute: "2-digit" });
}

/** "today 08:14", "yesterday 21:02" or "Mon 23 Nov 2025, 08:14", in local time. */
export function backupWhen(createdAt: string, now: Date): string {
  const at = new Date(createdAt);
  if (Number.isNaN(at.getTime())) return createdAt;
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  const time = clockTimeWords(at);
  if (sameLocalDay(at, now)) return t("data-backup-when-today", { time });
  if (sameLocalDay(at, yesterday)) return t("data-backup-when-yesterday", { time });
  const day = formatDate(at, { weekday: "short", day: "numeric", month: "short", year: "numeric" });
  return t("data-backup-when-date", { day, time });
}

/** The line above the list: when the last backup was made and how many are kept. */
export function backupStatusLine(overview: BackupOverview, now: Date): string {
  if (overview.demo) return t("data-backup-status-demo");
  const newest = overview.backups[0];
  if (!newest) return t("data-backup-status-none");
  return t("data-backup-status", { when: backupWhen(newest.createdAt, now), count: overview.backups.length });
}

/** 1536 → "1.5 KB" ("1,5 KB" in German). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return t("data-size-bytes", { count: bytes });
  const units = ["data-size-kb", "data-size-mb", "data-size-gb"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const size = formatNumber(value, { maximumFractionDigits: value < 10 ? 1 : 0 });
  return t(units[unit] ?? "data-size-gb", { size });
}

/** "312 days, 24 sessions" — or why the file cannot be restored. */
export function backupContents(backup: BackupInfo): string {
  if (backup.days === null || backup.sessions === null) return t("data-backup-contents-unknown");
  return t("data-backup-contents", { days: backup.days, sessions: backup.sessions });
}

/** The id of a backup's Restore button, so the import's undo line can lead to it. */
export function restoreButtonId(backup: Pick<BackupInfo, "fileName">): string {
  return `restore-${backup.fileName.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}
