/**
 * The words and shapes of the "Your data" screen, kept out of the components so they can be
 * tested on their own: export requests, recognising an import file, the CSV column mapping,
 * Daylio mood choices, and how backups are described.
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
import { clockTime, formatCount } from "./format";

// ---- Export -------------------------------------------------------------------------------

export const EXPORT_FORMATS: readonly { value: ExportFormat; label: string; hint: string }[] = [
  { value: "json", label: "JSON", hint: "Everything: days, sessions, tags and settings. It can be imported again." },
  { value: "days_csv", label: "Days as CSV", hint: "A row per day with its numbers, for a spreadsheet." },
  { value: "sessions_csv", label: "Sessions as CSV", hint: "A row per massage session, for a spreadsheet." },
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
  if (!isDay(values.from)) problems.from = "Choose the first day to export.";
  if (!isDay(values.to)) problems.to = "Choose the last day to export.";
  else if (!problems.from && values.to < values.from) problems.to = "The last day comes before the first.";
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

export const MEASURES: readonly { key: MetricKey; label: string }[] = [
  { key: "stress", label: "Stress (0–10)" },
  { key: "sleepHours", label: "Sleep hours" },
  { key: "sleepQuality", label: "Sleep quality (0–10)" },
  { key: "pain", label: "Pain (0–10)" },
  { key: "selfEsteem", label: "Self-esteem (0–10)" },
  { key: "mood", label: "Mood (0–10)" },
  { key: "anxiety", label: "Anxiety (0–10)" },
  { key: "bodyAwareness", label: "Body awareness (0–10)" },
];

/** What one column of the file becomes. */
export type ColumnRole = "skip" | MetricKey | "notes" | "tags";

export const DATE_FORMATS: readonly { value: string; label: string }[] = [
  { value: "", label: "Year-month-day (2025-11-24), with or without a time" },
  { value: "%d.%m.%Y", label: "Day.month.year (24.11.2025)" },
  { value: "%d/%m/%Y", label: "Day/month/year (24/11/2025)" },
  { value: "%m/%d/%Y", label: "Month/day/year (11/24/2025)" },
  { value: "%d-%m-%Y", label: "Day-month-year (24-11-2025)" },
  { value: "%Y/%m/%d", label: "Year/month/day (2025/11/24)" },
];

export interface CsvMappingValues {
  dateColumn: string;
  /** strftime form; "" for ISO. */
  dateFormat: string;
  roles: Record<string, ColumnRole>;
  tagSeparator: string;
}

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

export function roleLabel(role: ColumnRole): string {
  if (role === "skip") return "Not imported";
  if (role === "notes") return "Notes";
  if (role === "tags") return "Tags";
  return MEASURES.find((m) => m.key === role)?.label ?? role;
}

/** Problems with the mapping: `date`, `separator` or a column name as the key. */
export function mappingProblems(values: CsvMappingValues, headers: readonly string[]): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!headers.includes(values.dateColumn)) problems.date = "Choose the column that holds the date.";
  const seen = new Map<ColumnRole, string>();
  for (const header of headers) {
    const role = values.roles[header] ?? "skip";
    if (header === values.dateColumn || role === "skip") continue;
    const first = seen.get(role);
    if (first !== undefined) problems[header] = `“${first}” already holds ${roleLabel(role).toLowerCase()}.`;
    else seen.set(role, header);
  }
  if (seen.size === 0) problems.date ??= "Choose at least one column to import besides the date.";
  if (seen.has("tags") && values.tagSeparator.trim() === "") problems.separator = "Say what separates the tags, e.g. ;";
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

export const POLICIES: readonly { value: ConflictPolicy; label: string; hint: string }[] = [
  { value: "keep_mine", label: "Keep mine", hint: "Days and sessions you already have stay as they are." },
  { value: "take_theirs", label: "Take theirs", hint: "The file's version replaces yours." },
  { value: "keep_newer", label: "Keep the newer", hint: "Whichever was changed last wins." },
];

const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** The commit button: "Import 312 days", "Import 4 sessions" or "Import 12 days and 3 sessions". */
export function commitLabel(preview: ImportPreview): string {
  const parts = [preview.days > 0 ? plural(preview.days, "day") : "", preview.sessions > 0 ? plural(preview.sessions, "session") : ""];
  const what = parts.filter(Boolean).join(" and ");
  return what ? `Import ${what}` : "Import";
}

/** "Imported 290 new days, replaced 18 and kept 4 of yours; added 3 sessions." */
export function importResultLine(report: ImportReport): string {
  const days: string[] = [];
  if (report.addedDays > 0) days.push(`added ${plural(report.addedDays, "new day")}`);
  if (report.replacedDays > 0) days.push(`replaced ${plural(report.replacedDays, "day")} with the file's version`);
  if (report.keptDays > 0) days.push(`kept ${plural(report.keptDays, "day")} of yours unchanged`);
  const sessions: string[] = [];
  if (report.addedSessions > 0) sessions.push(`added ${plural(report.addedSessions, "session")}`);
  if (report.replacedSessions > 0) sessions.push(`replaced ${plural(report.replacedSessions, "session")}`);
  if (report.keptSessions > 0) sessions.push(`kept ${plural(report.keptSessions, "session")} of yours`);
  const changes = [...days, ...sessions];
  const said = changes.length > 0 ? changes.join(", ") : "nothing new: your journal already had all of it";
  const extras = [
    report.addedTags > 0 ? `${plural(report.addedTags, "new tag")}.` : "",
    report.settingsWritten ? "Settings taken from the file." : "",
    report.skipped > 0 ? `${plural(report.skipped, "row")} left out.` : "",
  ].filter(Boolean);
  return [`Import done: ${said}.`, ...extras].join(" ");
}

// ---- Backups ------------------------------------------------------------------------------

export const BACKUP_KIND_WORDS: Record<BackupKind, string> = {
  daily: "Daily backup",
  manual: "Backed up by you",
  replaced: "Your journal before a restore",
  before_update: "Before an app update",
  before_import: "Before an import",
};

const sameLocalDay = (a: Date, b: Date) =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/** "today 08:14", "yesterday 21:02" or "Mon 23 Nov 2025, 08:14", in local time. */
export function backupWhen(createdAt: string, now: Date, locale?: string): string {
  const at = new Date(createdAt);
  if (Number.isNaN(at.getTime())) return createdAt;
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  if (sameLocalDay(at, now)) return `today ${clockTime(at)}`;
  if (sameLocalDay(at, yesterday)) return `yesterday ${clockTime(at)}`;
  const day = new Intl.DateTimeFormat(locale, { weekday: "short", day: "numeric", month: "short", year: "numeric" }).format(at);
  return `${day}, ${clockTime(at)}`;
}

/** The line above the list: when the last backup was made and how many are kept. */
export function backupStatusLine(overview: BackupOverview, now: Date, locale?: string): string {
  if (overview.demo) return "The sample journal is not backed up.";
  const newest = overview.backups[0];
  if (!newest) return "No backup yet.";
  return `Last backup: ${backupWhen(newest.createdAt, now, locale)} (${formatCount(overview.backups.length)} kept)`;
}

/** 1536 → "1.5 KB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ["KB", "MB", "GB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number(value.toFixed(value < 10 ? 1 : 0))} ${units[unit]}`;
}

/** "312 days, 24 sessions" — or why the file cannot be restored. */
export function backupContents(backup: BackupInfo): string {
  if (backup.days === null || backup.sessions === null) return "Contents unknown";
  return `${plural(backup.days, "day")}, ${plural(backup.sessions, "session")}`;
}

/** The id of a backup's Restore button, so the import's undo line can lead to it. */
export function restoreButtonId(backup: Pick<BackupInfo, "fileName">): string {
  return `restore-${backup.fileName.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}
