//! Owning the data: exports, imports (preview, then commit), backups and restore. The paths come
//! from the native dialogs; files are written whole or not at all.

use resilience_core::error::Message;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use resilience_core::encryption::DbKey;
use resilience_core::file::backup_folder;
use resilience_core::portability::{
    backup_before_import, backup_to, csv_export, csv_import, json, list_backups, read_import_file, BackupInfo,
    ConflictPolicy, CsvColumns, CsvExportOptions, ExportOptions, ImportPreview, ImportReport, ImportSource,
    RestoreReport,
};
use resilience_core::Journal;
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use super::app::AppInfo;
use crate::args::Arg;
use crate::paths::{absolute, save_file, SavedFile};
use crate::{AppError, AppState};

/// What an export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    /// Everything, re-importable.
    Json,
    /// A row per day.
    DaysCsv,
    /// A row per massage session.
    SessionsCsv,
}

impl ExportFormat {
    /// The export's text, from the journal, and its file ending.
    fn export(
        self,
        journal: &Journal,
        request: &ExportRequest,
        now: DateTime<Utc>,
    ) -> Result<(String, &'static str), AppError> {
        let csv = CsvExportOptions { from: request.from.clone(), to: request.to.clone(), bom: request.bom };
        Ok(match self {
            ExportFormat::Json => {
                let options = ExportOptions { from: request.from.clone(), to: request.to.clone() };
                (json::export(journal, &options, now)?, "json")
            }
            ExportFormat::DaysCsv => (csv_export::export_days(journal, &csv)?, "csv"),
            ExportFormat::SessionsCsv => (csv_export::export_sessions(journal, &csv)?, "csv"),
        })
    }
}

/// What to export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(rename_all = "camelCase")]
pub struct ExportRequest {
    pub format: ExportFormat,
    /// First and last journal day (ISO) of a range; both `null` for the whole journal.
    pub from: Option<String>,
    pub to: Option<String>,
    /// For CSV: start with a byte-order mark, which some spreadsheet programs need to read UTF-8.
    #[serde(default)]
    pub bom: bool,
}

/// Exports the journal to `path` (from the save dialog) as the request asks.
#[tauri::command(async)]
pub fn export_journal(state: State<'_, AppState>, path: Arg, request: Arg) -> Result<SavedFile, AppError> {
    let path = path.text("path")?;
    let request: ExportRequest = request.payload("export", "request")?;
    let (text, ending) = request.format.export(&*state.journal()?, &request, state.time.now_utc())?;
    save_file(&path, ending, text.as_bytes())
}

/// The columns of a CSV file, with a few sample rows, for the column-mapping step.
#[tauri::command(async)]
pub fn import_columns(path: Arg) -> Result<CsvColumns, AppError> {
    let path = path.text("path")?;
    let bytes = read_import_file(&import_path(&path)?)?;
    csv_import::columns(&bytes).map_err(Into::into)
}

/// What importing the file at `path` as `source` would change, writing nothing.
#[tauri::command(async)]
pub fn preview_import(state: State<'_, AppState>, path: Arg, source: Arg) -> Result<ImportPreview, AppError> {
    let path = path.text("path")?;
    let source: ImportSource = source.payload("import source", "source")?;
    let bytes = read_import_file(&import_path(&path)?)?;
    let (today, _) = state.time.today_and_now();
    resilience_core::portability::preview_import(&*state.journal()?, &bytes, &source, today).map_err(Into::into)
}

/// What an import did, and the backup made just before it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct ImportOutcome {
    pub report: ImportReport,
    /// The copy of the journal as it was before the import (restore it to undo).
    pub backup: Option<BackupInfo>,
}

/// Imports the file at `path` as `source` in one transaction, with `policy` (`keep_mine`,
/// `take_theirs`, `keep_newer`) for days and sessions the journal already has. The journal is
/// backed up first.
#[tauri::command(async)]
pub fn commit_import(
    state: State<'_, AppState>,
    path: Arg,
    source: Arg,
    policy: Arg,
) -> Result<ImportOutcome, AppError> {
    let path = path.text("path")?;
    let source: ImportSource = source.payload("import source", "source")?;
    let policy = conflict_policy(&policy.text("policy")?)?;
    let bytes = read_import_file(&import_path(&path)?)?;
    let outcome = import_with_backup(&state, &bytes, &source, policy)?;
    state.journal_changed();
    Ok(outcome)
}

/// `keep_mine`, `take_theirs` or `keep_newer`.
fn conflict_policy(text: &str) -> Result<ConflictPolicy, AppError> {
    text.parse().map_err(|_| AppError::invalid("policy", Message::new("error-import-policy")))
}

/// Parses and validates the import, backs the (real) journal up, then commits the import.
fn import_with_backup(
    state: &AppState,
    bytes: &[u8],
    source: &ImportSource,
    policy: ConflictPolicy,
) -> Result<ImportOutcome, AppError> {
    let (today, now) = state.time.today_and_now();
    let (journal_file, demo) = state.database();
    let key = state.slot.key();
    let mut journal = state.journal()?;
    // Parse and validate before anything is written, so a bad file leaves no backup behind either.
    let parsed = source.parse(bytes, today)?;
    let backup = if demo { None } else { Some(backup_before_import(&journal_file, key.as_ref(), now)?) };
    let report = parsed.commit(&mut journal, policy, now)?;
    Ok(ImportOutcome { report, backup })
}

/// The state of backups: where they go, the newest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct BackupOverview {
    pub folder: String,
    pub backups: Vec<BackupInfo>,
    /// The demo journal is not backed up.
    pub demo: bool,
}

/// The backups of the journal in use, newest first.
#[tauri::command(async)]
pub fn backup_overview(state: State<'_, AppState>) -> Result<BackupOverview, AppError> {
    let (journal_file, demo) = state.database();
    Ok(BackupOverview {
        folder: backup_folder(&journal_file).to_string_lossy().into_owned(),
        backups: list_backups(&journal_file, state.slot.key().as_ref())?,
        demo,
    })
}

/// "Back up now": a checked copy of the journal in `folder` (from the folder dialog), or in the
/// backups folder when `folder` is null.
#[tauri::command(async)]
pub fn back_up_now(state: State<'_, AppState>, folder: Arg) -> Result<BackupInfo, AppError> {
    let folder = folder.optional_text("folder")?;
    let (journal_file, _) = state.database();
    let folder = match folder {
        Some(folder) => absolute(&folder, "folder")?,
        None => own_backup_folder(&journal_file)?,
    };
    let key = state.slot.key();
    // Hold the journal so no command writes while the copy is made.
    let _journal = state.journal()?;
    backup_to(&journal_file, key.as_ref(), &folder, state.time.now_utc()).map_err(Into::into)
}

/// Restores the backup at `path` (one of the listed backups or a file the person chose): it is
/// checked first; the current journal is moved aside (and listed, to undo) and the app reopens.
#[tauri::command(async)]
pub fn restore_backup(state: State<'_, AppState>, path: Arg) -> Result<RestoreReport, AppError> {
    let backup = absolute(&path.text("path")?, "path")?;
    let now = state.time.now_utc();
    state.with_journal_closed(|journal_file, key| {
        resilience_core::portability::restore_backup(journal_file, key, &backup, now).map_err(Into::into)
    })
}

/// How to go on after the journal could not be opened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RecoveryChoice {
    /// Restore this backup (from the list) or another journal file the person chose.
    Restore { path: String },
    /// Start a new, empty journal.
    Empty,
}

/// Puts a journal in place of one that could not be opened (it was moved aside at start, and
/// stays there): a checked backup or another journal file, or a new empty journal.
#[tauri::command(async)]
pub fn recover_journal(state: State<'_, AppState>, choice: Arg) -> Result<AppInfo, AppError> {
    let choice: RecoveryChoice = choice.payload("recovery choice", "choice")?;
    if state.slot.startup_error().is_none() {
        return Err(AppError::journal_open());
    }
    let now = state.time.now_utc();
    state.with_journal_closed(|journal_file, key| choice.put_in_place(journal_file, key, now))?;
    state.slot.startup_error().map_or_else(|| Ok(super::app::info(&state)), Err)
}

impl RecoveryChoice {
    /// Puts the chosen journal at `journal_file` (nothing, for a new empty journal).
    fn put_in_place(&self, journal_file: &Path, key: Option<&DbKey>, now: DateTime<Utc>) -> Result<(), AppError> {
        match self {
            RecoveryChoice::Restore { path } => {
                let backup = absolute(path, "path")?;
                resilience_core::portability::restore_backup(journal_file, key, &backup, now)?;
                Ok(())
            }
            RecoveryChoice::Empty => Ok(()),
        }
    }
}

/// The app's backups folder beside the journal, made (private) when missing.
fn own_backup_folder(journal_file: &Path) -> Result<PathBuf, AppError> {
    let folder = backup_folder(journal_file);
    resilience_core::file::ensure_private_dir(&folder)?;
    Ok(folder)
}

fn import_path(path: &str) -> Result<PathBuf, AppError> {
    absolute(path, "path")
}
