/**
 * The import, step by step: choose a file → (CSV: map its columns) → preview → commit. Nothing
 * is written before the commit, and the preview is asked again whenever a choice changes, so
 * what the person sees is what the import will do. Held by the shell, so the result survives
 * the reload of every screen that follows an import.
 */
import { toApiError } from "../api/client";
import { chooseOpenFile, type FileFilter } from "../api/dialog";
import {
  commitImport,
  importColumns,
  previewImport,
  type ConflictPolicy,
  type CsvColumns,
  type ImportFormat,
  type ImportOutcome,
  type ImportPreview,
  type ImportSource,
} from "../api/portability";
import {
  buildCsvMapping,
  fileKind,
  guessMapping,
  isDaylioHeader,
  mappingProblems,
  moodChoicesOf,
  moodMapping,
  unmappedLabels,
  type CsvMappingValues,
  type MoodChoices,
} from "./portability";
import { t } from "./i18n/i18n.svelte";

/** The open dialog's choices of file type, in the active language. */
export function importFilters(): FileFilter[] {
  return [
    { name: t("data-import-filter-any"), extensions: ["json", "csv"] },
    { name: t("data-import-filter-json"), extensions: ["json"] },
    { name: t("data-import-filter-csv"), extensions: ["csv"] },
  ];
}

export type ImportStep = "idle" | "mapping" | "preview" | "done";
type Busy = "choosing" | "reading" | "previewing" | "committing";

export class ImportFlow {
  path = $state<string | null>(null);
  kind = $state<ImportFormat | null>(null);
  columns = $state<CsvColumns | null>(null);
  mapping = $state<CsvMappingValues | null>(null);
  moods = $state<MoodChoices>({});
  preview = $state<ImportPreview | null>(null);
  policy = $state<ConflictPolicy>("keep_mine");
  outcome = $state<ImportOutcome | null>(null);
  busy = $state<Busy | null>(null);
  /** The back end's message, shown beside the step it belongs to. */
  error = $state<string | null>(null);
  /** The file cannot be imported at all (not .json or .csv); shown in place of `error`. */
  wrongFile = $state(false);
  /** Whether the mapping was checked (asked to preview): its problems show from then on. */
  checked = $state(false);
  #sequence = 0;

  /** The mapping's problems, by column name, `date` or `separator`; shown once asked to preview. */
  problems: Record<string, string> = $derived(
    this.checked && this.mapping && this.columns ? mappingProblems(this.mapping, this.columns.headers) : {},
  );

  step: ImportStep = $derived(
    this.outcome ? "done" : this.preview ? "preview" : this.kind === "csv" && this.columns ? "mapping" : "idle",
  );

  /** Daylio labels that still need a mood before the import can go ahead. */
  unmapped: string[] = $derived(this.preview ? unmappedLabels(this.preview.moods, this.moods) : []);

  canCommit: boolean = $derived(this.preview !== null && this.unmapped.length === 0 && this.busy === null);

  /** Back to the start, forgetting the file. */
  reset(): void {
    this.#sequence += 1;
    this.path = null;
    this.kind = null;
    this.columns = null;
    this.mapping = null;
    this.moods = {};
    this.preview = null;
    this.policy = "keep_mine";
    this.outcome = null;
    this.busy = null;
    this.error = null;
    this.wrongFile = false;
    this.checked = false;
  }

  /** "Import…": the open dialog, then the first step for that kind of file. */
  async choose(): Promise<void> {
    this.busy = "choosing";
    this.error = null;
    let path: string | null;
    try {
      path = await chooseOpenFile(importFilters());
    } catch (reason) {
      this.busy = null;
      this.error = toApiError(reason).message;
      return;
    }
    this.busy = null;
    if (path !== null) await this.open(path);
  }

  /** Starts over with the file at `path`: JSON is previewed at once, a CSV read first. */
  async open(path: string): Promise<void> {
    this.reset();
    this.path = path;
    const kind = fileKind(path);
    if (kind === null) {
      this.wrongFile = true;
      return;
    }
    if (kind === "json") {
      this.kind = "json";
      await this.refreshPreview();
      return;
    }
    this.busy = "reading";
    try {
      const columns = await importColumns(path);
      this.columns = columns;
      this.kind = isDaylioHeader(columns.headers) ? "daylio" : "csv";
      if (this.kind === "csv") this.mapping = guessMapping(columns.headers);
    } catch (reason) {
      this.error = toApiError(reason).message;
    } finally {
      this.busy = null;
    }
    if (this.kind === "daylio") await this.refreshPreview();
  }

  /** What the back end is asked to import, from the choices made so far. */
  source(): ImportSource | null {
    if (this.kind === "json") return { kind: "json" };
    if (this.kind === "daylio") return { kind: "daylio", moods: moodMapping(this.moods) };
    if (this.kind === "csv" && this.mapping && this.columns) {
      return { kind: "csv", mapping: buildCsvMapping(this.mapping, this.columns.headers) };
    }
    return null;
  }

  changeMapping(patch: Partial<CsvMappingValues>): void {
    if (!this.mapping) return;
    this.mapping = { ...this.mapping, ...patch };
  }

  /** From the mapping step: checks the mapping, then previews. */
  async previewMapping(): Promise<boolean> {
    if (!this.mapping || !this.columns) return false;
    this.checked = true;
    if (Object.keys(mappingProblems(this.mapping, this.columns.headers)).length > 0) return false;
    return this.refreshPreview();
  }

  /** Back from the preview to the column mapping (CSV only). */
  backToMapping(): void {
    this.#sequence += 1;
    this.preview = null;
    this.error = null;
  }

  /** A mood for a Daylio label (null: imported without a mood); the preview follows. */
  async chooseMood(label: string, mood: number | null | undefined): Promise<void> {
    this.moods = { ...this.moods, [label]: mood };
    await this.refreshPreview();
  }

  async refreshPreview(): Promise<boolean> {
    const [path, source] = [this.path, this.source()];
    if (path === null || source === null) return false;
    const ticket = ++this.#sequence;
    this.busy = "previewing";
    this.error = null;
    try {
      const preview = await previewImport(path, source);
      if (ticket !== this.#sequence) return false;
      // The back end's defaults fill in labels not chosen yet; the person's choices stay.
      if (this.kind === "daylio") this.moods = { ...moodChoicesOf(preview.moods), ...definedOnly(this.moods) };
      this.preview = preview;
      return true;
    } catch (reason) {
      if (ticket === this.#sequence) this.error = toApiError(reason).message;
      return false;
    } finally {
      if (ticket === this.#sequence) this.busy = null;
    }
  }

  /** Writes the import (after the back end's backup); `onchanged` reloads the screens. */
  async commit(onchanged: () => Promise<void> | void): Promise<boolean> {
    const [path, source] = [this.path, this.source()];
    if (path === null || source === null || !this.canCommit) return false;
    this.busy = "committing";
    this.error = null;
    try {
      this.outcome = await commitImport(path, source, this.policy);
    } catch (reason) {
      this.error = toApiError(reason).message;
      return false;
    } finally {
      this.busy = null;
    }
    await onchanged();
    return true;
  }
}

function definedOnly(choices: MoodChoices): MoodChoices {
  return Object.fromEntries(Object.entries(choices).filter(([, choice]) => choice !== undefined));
}
