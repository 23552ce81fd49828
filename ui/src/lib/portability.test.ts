import { describe, expect, it } from "vitest";
import { useLanguage } from "./i18n/i18n.svelte";
import type { BackupInfo, BackupOverview, ImportPreview, ImportReport, MoodLabel } from "../api/portability";
import {
  backupContents,
  backupStatusLine,
  backupWhen,
  buildCsvMapping,
  commitLabel,
  exportFileName,
  exportProblems,
  exportRequest,
  fileKind,
  formatBytes,
  guessMapping,
  importResultLine,
  isDaylioHeader,
  mappingProblems,
  moodChoicesOf,
  moodMapping,
  unmappedLabels,
  type ExportValues,
} from "./portability";

const values = (patch: Partial<ExportValues> = {}): ExportValues => ({
  format: "json",
  range: "all",
  from: "",
  to: "",
  bom: false,
  ...patch,
});

describe("export requests", () => {
  it("asks for the whole journal with both ends null", () => {
    expect(exportRequest(values())).toEqual({ format: "json", from: null, to: null, bom: false });
  });

  it("sends a range and the BOM for CSV only", () => {
    const csv = values({ format: "days_csv", range: "dates", from: "2025-10-01", to: "2025-10-31", bom: true });
    expect(exportRequest(csv)).toEqual({ format: "days_csv", from: "2025-10-01", to: "2025-10-31", bom: true });
    expect(exportRequest({ ...csv, format: "json" }).bom).toBe(false);
  });

  it("checks the range before asking where to save", () => {
    expect(exportProblems(values({ range: "dates" }))).toEqual({ from: "Choose the first day to export.", to: "Choose the last day to export." });
    expect(exportProblems(values({ range: "dates", from: "2025-11-10", to: "2025-11-01" }))).toEqual({
      to: "The last day comes before the first.",
    });
    expect(exportProblems(values({ range: "all", from: "junk" }))).toEqual({});
  });

  it("suggests a file name with the day and the right ending", () => {
    expect(exportFileName("json", "2025-11-25")).toBe("resilience-journal-2025-11-25.json");
    expect(exportFileName("days_csv", "2025-11-25")).toBe("resilience-days-2025-11-25.csv");
    expect(exportFileName("sessions_csv", "2025-11-25")).toBe("resilience-sessions-2025-11-25.csv");
  });
});

describe("recognising an import file", () => {
  it("goes by the ending", () => {
    expect(fileKind("/home/you/Export.JSON")).toBe("json");
    expect(fileKind("C:\\Users\\you\\daylio.csv")).toBe("csv");
    expect(fileKind("/home/you/notes.txt")).toBeNull();
    expect(fileKind("/home/you/csv")).toBeNull();
  });

  it("knows Daylio's header, whatever its case or a byte-order mark", () => {
    expect(isDaylioHeader(["full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"])).toBe(true);
    expect(isDaylioHeader(["\uFEFFFull_Date", "date", "weekday", "time", "mood", "activities", "note_title", " note "])).toBe(true);
    expect(isDaylioHeader(["date", "mood", "note"])).toBe(false);
    // Daylio's older export: the year and "18 May" instead of full_date, no note title.
    expect(isDaylioHeader(["year", "date", "weekday", "time", "mood", "activities", "note"])).toBe(true);
    expect(isDaylioHeader(["year", "date", "weekday", "time", "mood", "activities"])).toBe(false);
  });
});

describe("the CSV column mapping", () => {
  const headers = ["Date", "Stress level", "Stress", "Sleep", "Pain", "Self-esteem", "Notes", "Tags", "Weather"];

  it("guesses from plain header names, each measure once, the date column never as a measure", () => {
    const guess = guessMapping(headers);
    expect(guess.dateColumn).toBe("Date");
    expect(guess.roles).toEqual({
      Date: "skip",
      "Stress level": "skip",
      Stress: "stress",
      Sleep: "sleepHours",
      Pain: "pain",
      "Self-esteem": "selfEsteem",
      Notes: "notes",
      Tags: "tags",
      Weather: "skip",
    });
  });

  it("builds the back end's mapping in column order", () => {
    const mapping = { ...guessMapping(headers), dateFormat: "%d.%m.%Y", tagSeparator: " | " };
    mapping.roles = { ...mapping.roles, "Stress level": "anxiety" };
    expect(buildCsvMapping(mapping, headers)).toEqual({
      dateColumn: "Date",
      dateFormat: "%d.%m.%Y",
      metrics: [
        { column: "Stress level", metric: "anxiety" },
        { column: "Stress", metric: "stress" },
        { column: "Sleep", metric: "sleepHours" },
        { column: "Pain", metric: "pain" },
        { column: "Self-esteem", metric: "selfEsteem" },
      ],
      notesColumn: "Notes",
      tagsColumn: "Tags",
      tagSeparator: "|",
    });
  });

  it("sends ISO dates as null and no separator without a tags column", () => {
    const mapping = guessMapping(["day", "mood"]);
    expect(buildCsvMapping(mapping, ["day", "mood"])).toEqual({
      dateColumn: "day",
      dateFormat: null,
      metrics: [{ column: "mood", metric: "mood" }],
      notesColumn: null,
      tagsColumn: null,
      tagSeparator: null,
    });
  });

  it("names the problems by column", () => {
    const mapping = guessMapping(headers);
    mapping.roles = { ...mapping.roles, Weather: "stress" };
    expect(mappingProblems(mapping, headers)).toEqual({ Weather: "“Stress” already holds stress (0–10)." });
    expect(mappingProblems({ ...mapping, dateColumn: "" }, headers).date).toBe("Choose the column that holds the date.");
    expect(mappingProblems({ ...guessMapping(headers), tagSeparator: " " }, headers).separator).toMatch(/separates the tags/);
    expect(mappingProblems(guessMapping(["Date", "Weather"]), ["Date", "Weather"]).date).toMatch(/at least one column/);
  });
});

describe("Daylio moods", () => {
  const moods: MoodLabel[] = [
    { label: "rad", count: 40, mapped: true, mood: 10 },
    { label: "meh", count: 12, mapped: true, mood: null },
    { label: "so-so", count: 3, mapped: false, mood: null },
  ];

  it("starts from the preview's mapping; an unmapped label has no choice yet", () => {
    expect(moodChoicesOf(moods)).toEqual({ rad: 10, meh: null, "so-so": undefined });
    expect(unmappedLabels(moods, moodChoicesOf(moods))).toEqual(["so-so"]);
    expect(unmappedLabels(moods, { ...moodChoicesOf(moods), "so-so": null })).toEqual([]);
  });

  it("sends only the labels that have a choice, “no mood” as null", () => {
    expect(moodMapping({ rad: 9, meh: null, "so-so": undefined })).toEqual({ moods: { rad: 9, meh: null } });
  });
});

describe("import preview and result", () => {
  const preview = (days: number, sessions: number) => ({ days, sessions }) as ImportPreview;

  it("names what the commit button imports", () => {
    expect(commitLabel(preview(312, 0))).toBe("Import 312 days");
    expect(commitLabel(preview(1, 0))).toBe("Import 1 day");
    expect(commitLabel(preview(0, 4))).toBe("Import 4 sessions");
    expect(commitLabel(preview(1200, 1))).toBe("Import 1,200 days and 1 session");
    expect(commitLabel(preview(0, 0))).toBe("Import");
  });

  it("says what the import did", () => {
    const report: ImportReport = {
      addedDays: 290,
      replacedDays: 0,
      keptDays: 18,
      unchangedDays: 4,
      addedSessions: 3,
      replacedSessions: 0,
      keptSessions: 0,
      unchangedSessions: 0,
      addedTags: 2,
      settingsWritten: false,
      skipped: 1,
    };
    expect(importResultLine(report)).toBe(
      "Import done: added 290 new days, kept 18 days of yours unchanged, added 3 sessions. 2 new tags. 1 row left out.",
    );
    const nothing = { ...report, addedDays: 0, keptDays: 0, addedSessions: 0, addedTags: 0, skipped: 0 };
    expect(importResultLine(nothing)).toBe("Import done: nothing new: your journal already had all of it.");
  });
});

describe("backups in words", () => {
  /** Wednesday 25 November 2026, 10:00 local time. */
  const now = new Date(2026, 10, 25, 10, 0);
  const backup = (createdAt: string, patch: Partial<BackupInfo> = {}): BackupInfo => ({
    path: `/b/${createdAt}.db`,
    fileName: `${createdAt}.db`,
    kind: "daily",
    createdAt,
    sizeBytes: 2048,
    days: 312,
    sessions: 24,
    problem: null,
    ...patch,
  });
  const localIso = (d: Date) => d.toISOString();

  it("says today and yesterday in local time, else the date", () => {
    expect(backupWhen(localIso(new Date(2026, 10, 25, 8, 14)), now)).toBe("today 08:14");
    expect(backupWhen(localIso(new Date(2026, 10, 24, 21, 2)), now)).toBe("yesterday 21:02");
    expect(backupWhen(localIso(new Date(2026, 10, 20, 7, 5)), now)).toMatch(/^Fri,? 20 Nov 2026, 07:05$/);
  });

  it("gives the status line", () => {
    const overview = (backups: BackupInfo[], demo = false): BackupOverview => ({ folder: "/b", backups, demo });
    const list = [backup(localIso(new Date(2026, 10, 25, 8, 14))), ...Array.from({ length: 6 }, (_, i) => backup(`2026-11-${10 + i}T08:00:00Z`))];
    expect(backupStatusLine(overview(list), now)).toBe("Last backup: today 08:14 (7 kept)");
    expect(backupStatusLine(overview([]), now)).toBe("No backup yet.");
    expect(backupStatusLine(overview(list, true), now)).toBe("The sample journal is not backed up.");
  });

  it("writes sizes and contents for people", () => {
    expect(formatBytes(512)).toBe("512 bytes");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(3 * 1024 * 1024)).toBe("3 MB");
    expect(formatBytes(250 * 1024)).toBe("250 KB");
    expect(backupContents(backup("2026-11-25T08:00:00Z"))).toBe("312 days, 24 sessions");
    expect(backupContents(backup("2026-11-25T08:00:00Z", { days: null, sessions: null }))).toBe("Contents unknown");
  });
});

describe("in another language", () => {
  it("counts, sizes and names in German and French, and reads files the same way", async () => {
    await useLanguage("de", "de-DE");
    try {
      expect(commitLabel({ days: 1200, sessions: 1 } as ImportPreview)).toBe("1.200 Tage und 1 Sitzung importieren");
      expect(formatBytes(1536)).toBe("1,5 KB");
      expect(backupContents({ days: 1, sessions: 2 } as BackupInfo)).toBe("1 Tag, 2 Sitzungen");
      const headers = ["Datum", "Stress", "Schlaf"];
      const mapping = { ...guessMapping(headers), roles: { Datum: "skip", Stress: "stress", Schlaf: "stress" } as const };
      expect(mappingProblems(mapping, headers)).toEqual({ Schlaf: "„Stress“ ist bereits für Stress (0–10) gewählt." });
      expect(guessMapping(["date", "mood"]).roles).toEqual({ date: "skip", mood: "mood" });
      await useLanguage("fr", "fr-FR");
      expect(backupContents({ days: 0, sessions: 1 } as BackupInfo)).toBe("0 jour, 1 séance");
    } finally {
      await useLanguage("en", "en-GB");
    }
  });
});
