//! Owning the data: exports, imports (preview, then commit), backups and restore. The paths come
//! from the native dialogs; files are written whole or not at all.

use std::path::PathBuf;

use resilience_core::atomic_file::write_atomically;
use resilience_core::portability::backup::backup_folder;
use resilience_core::portability::{
    backup_before_import, backup_if_due, backup_to, csv_export, csv_import, json, list_backups, read_import_file,
    BackupInfo, ConflictPolicy, CsvColumns, CsvExportOptions, ExportOptions, ImportPreview, ImportReport, ImportSource,
    RestoreReport,
};
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use super::app::AppInfo;
use super::charts::{invalid, target_path, SavedFile};
use crate::args::Arg;
use crate::{AppError, AppState};

/// What to export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(rename_all = "camelCase")]
pub struct ExportRequest {
    /// `"json"` (everything, re-importable), `"days_csv"` (a row per day) or `"sessions_csv"`.
    pub format: String,
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
    let (text, ending) = {
        let journal = state.journal()?;
        let csv = CsvExportOptions { from: request.from.clone(), to: request.to.clone(), bom: request.bom };
        match request.format.as_str() {
            "json" => {
                let options = ExportOptions { from: request.from.clone(), to: request.to.clone() };
                (json::export(&journal, &options, state.now_utc())?, "json")
            }
            "days_csv" => (csv_export::export_days(&journal, &csv)?, "csv"),
            "sessions_csv" => (csv_export::export_sessions(&journal, &csv)?, "csv"),
            _ => return Err(invalid("format", "Export as \"json\", \"days_csv\" or \"sessions_csv\".")),
        }
    };
    let path = target_path(&path, ending)?;
    write_atomically(&path, text.as_bytes())?;
    Ok(SavedFile { path: path.to_string_lossy().into_owned() })
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
    let (today, _) = state.today_and_now();
    resilience_core::portability::preview_import(&*state.journal()?, &bytes, &source, today).map_err(Into::into)
}

/// What an import did, and the backup made just before it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
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
    let policy = policy.text("policy")?;
    let policy: ConflictPolicy = policy.parse().map_err(|_| {
        invalid("policy", "Choose what to do with days you already have: keep mine, take theirs or keep the newer.")
    })?;
    let bytes = read_import_file(&import_path(&path)?)?;
    let (today, now) = state.today_and_now();
    let (journal_file, demo) = state.database();
    let key = state.key();
    let mut journal = state.journal()?;
    // Parse and validate before anything is written, so a bad file leaves no backup behind either.
    let parsed = source.parse(&bytes, today)?;
    let backup = if demo { None } else { Some(backup_before_import(&journal_file, key.as_ref(), now)?) };
    let report = parsed.commit(&mut journal, policy, now)?;
    drop(journal);
    state.reminders_changed();
    Ok(ImportOutcome { report, backup })
}

/// The state of backups: where they go, the newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
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
        backups: list_backups(&journal_file, state.key().as_ref())?,
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
    let key = state.key();
    // Hold the journal so no command writes while the copy is made.
    let _journal = state.journal()?;
    backup_to(&journal_file, key.as_ref(), &folder, state.now_utc()).map_err(Into::into)
}

/// Restores the backup at `path` (one of the listed backups or a file the person chose): it is
/// checked first; the current journal is moved aside (and listed, to undo) and the app reopens.
#[tauri::command(async)]
pub fn restore_backup(state: State<'_, AppState>, path: Arg) -> Result<RestoreReport, AppError> {
    let backup = absolute(&path.text("path")?, "path")?;
    let now = state.now_utc();
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
    if state.startup_error().is_none() {
        return Err(AppError::new("journal_open", "The journal is open; restore a backup on the Data screen instead."));
    }
    let now = state.now_utc();
    state.with_journal_closed(|journal_file, key| match &choice {
        RecoveryChoice::Restore { path } => {
            let backup = absolute(path, "path")?;
            resilience_core::portability::restore_backup(journal_file, key, &backup, now)
                .map(|_| ())
                .map_err(Into::into)
        }
        RecoveryChoice::Empty => Ok(()),
    })?;
    match state.startup_error() {
        Some(err) => Err(err),
        None => Ok(super::app::info(&state)),
    }
}

/// Makes today's backup of the real journal if there is none yet (at start and every few hours
/// while the app runs); the demo journal is not backed up.
pub fn daily_backup(state: &AppState) {
    let (journal_file, demo) = state.database();
    if demo || state.startup_error().is_some() {
        return;
    }
    let now = state.now_utc();
    match backup_if_due(&journal_file, state.key().as_ref(), now) {
        Ok(Some(made)) => log::info!("daily backup made ({} bytes)", made.size_bytes),
        Ok(None) => {}
        Err(err) => log::warn!("the daily backup failed: {err}"),
    }
    // The plain copy kept after encrypting goes after seven days.
    match resilience_core::encryption::migrate::expire_plain_copies(&journal_file, now) {
        Ok(0) => {}
        Ok(n) => log::info!("{n} unencrypted copy of the journal removed after seven days"),
        Err(err) => log::warn!("an old unencrypted copy could not be removed: {err}"),
    }
}

/// The app's backups folder beside the journal, made (private) when missing.
fn own_backup_folder(journal_file: &std::path::Path) -> Result<PathBuf, AppError> {
    let folder = backup_folder(journal_file);
    resilience_core::store::ensure_private_dir(&folder)?;
    Ok(folder)
}

fn import_path(path: &str) -> Result<PathBuf, AppError> {
    absolute(path, "path")
}

fn absolute(path: &str, field: &str) -> Result<PathBuf, AppError> {
    let path = PathBuf::from(path);
    if path.is_absolute() && path.file_name().is_some() {
        Ok(path)
    } else {
        Err(invalid(field, "Choose the file or folder with the dialog."))
    }
}
