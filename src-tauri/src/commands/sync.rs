//! Settings → Sync: turning sync on as the first computer, joining from another with the sync
//! code (after a preview and a backup), the status, the sync code, pausing, renaming this
//! computer and removing it. The passes themselves are the sync job's (`jobs/sync.rs`).

use std::path::{Path, PathBuf};

use resilience_core::error::Message;
use resilience_core::portability::backup_before_import;
use resilience_core::store::sync_state::{self, SyncRow};
use resilience_core::sync::code::{read_sync_code, sync_code as code_of};
use resilience_core::sync::doc::SyncDoc;
use resilience_core::sync::engine::{new_journal_id, new_peer_id, Engine, MAX_COMPUTER_NAME_CHARS};
use resilience_core::sync::join::{self, live_counts};
use resilience_core::sync::seal::SyncKey;
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Emitter, Runtime, State};
use ts_rs::TS;

use crate::args::Arg;
use crate::jobs::sync::{SyncChanged, CHANGED_EVENT};
use crate::state::sync::{forget_key, keep_key, load_key};
use crate::{AppError, AppState};

/// Whether sync runs on this computer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SyncState {
    Off,
    On,
    Paused,
    /// The demo journal is open: it never syncs.
    Unavailable,
}

/// A computer that syncs the journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct SyncComputer {
    /// Its peer id (16 hex digits).
    pub id: String,
    pub name: String,
    /// When it last wrote to the sync folder (RFC 3339, UTC).
    pub last_seen: Option<String>,
    pub this_computer: bool,
}

/// Sync on this computer, for Settings → Sync.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct SyncStatus {
    pub state: SyncState,
    pub folder: Option<String>,
    /// This computer's name, as the others see it (the system's name while sync is off).
    pub computer_name: String,
    pub computers: Vec<SyncComputer>,
    /// When the folder was last read and written (RFC 3339, UTC).
    pub last_synced_at: Option<String>,
    /// What stands in the way, in plain words.
    pub problem: Option<Message>,
    /// Changes from a newer version of the app wait, unapplied, until this one is updated.
    pub newer_version_waiting: bool,
}

/// Entries on one side of a join.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct EntryCounts {
    pub days: u32,
    pub sessions: u32,
}

/// What joining will merge, shown before it happens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct JoinPreview {
    pub here: EntryCounts,
    pub in_folder: EntryCounts,
    /// The names of the computers that sync the journal.
    pub computers: Vec<String>,
}

/// Sync's status on this computer.
#[tauri::command(async)]
pub fn sync_status(state: State<'_, AppState>) -> Result<SyncStatus, AppError> {
    status(&state)
}

/// Turns sync on as the first computer: a new sync key, the journal written into `folder`.
#[tauri::command(async)]
pub fn sync_start(state: State<'_, AppState>, folder: Arg, computer_name: Arg) -> Result<SyncStatus, AppError> {
    let folder = sync_folder(&state, folder)?;
    let name = computer_name_of(computer_name)?;
    {
        let mut journal = state.journal()?;
        refuse_if_on(&journal)?;
        let key = SyncKey::generate();
        let journal_id = new_journal_id();
        let peer_id = new_peer_id();
        let kept = keep_key(state.keys.store(), &journal_id, &key);
        let row = new_row(journal_id, peer_id, &folder, name, kept);
        let doc = SyncDoc::new(peer_id).map_err(|e| AppError::from(resilience_core::Error::Database(e.to_string())))?;
        let engine = Engine::start(&mut journal, row, doc, false)?;
        let mut inner = state.sync.lock();
        inner.engine = Some(engine);
        inner.key = Some(key);
        inner.last = Default::default();
    }
    state.sync_pass();
    // The job follows the new folder (its watcher) from now on, not after its next look.
    state.sync.changed();
    status(&state)
}

/// What joining the journal that `code` opens in `folder` will merge.
#[tauri::command(async)]
pub fn sync_preview_join(state: State<'_, AppState>, folder: Arg, code: Arg) -> Result<JoinPreview, AppError> {
    let folder = sync_folder(&state, folder)?;
    let key = read_sync_code(&code.text("code")?)?;
    let journal = state.journal()?;
    refuse_if_on(&journal)?;
    let found = join::find(&folder, &key, new_peer_id())?;
    let (days, sessions) = sync_state::live_counts(journal.conn())?;
    let (folder_days, folder_sessions) = live_counts(&found.doc.state());
    Ok(JoinPreview {
        here: EntryCounts { days, sessions },
        in_folder: EntryCounts { days: folder_days, sessions: folder_sessions },
        computers: found.computers,
    })
}

/// Joins the journal that `code` opens in `folder`: a backup of this journal first, then both
/// merge (an entry on both sides: the one changed last wins).
#[tauri::command(async)]
pub fn sync_join<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    folder: Arg,
    code: Arg,
    computer_name: Arg,
) -> Result<SyncStatus, AppError> {
    let folder = sync_folder(&state, folder)?;
    let key = read_sync_code(&code.text("code")?)?;
    let name = computer_name_of(computer_name)?;
    let (path, _) = state.database();
    let journal_key = state.slot.key();
    {
        let mut journal = state.journal()?;
        refuse_if_on(&journal)?;
        let peer_id = new_peer_id();
        let found = join::find(&folder, &key, peer_id)?;
        backup_before_import(&path, journal_key.as_ref(), state.time.now_utc())?;
        let kept = keep_key(state.keys.store(), &found.journal_id, &key);
        let row = new_row(found.journal_id, peer_id, &folder, name, kept);
        let engine = Engine::start(&mut journal, row, found.doc, true)?;
        let mut inner = state.sync.lock();
        inner.engine = Some(engine);
        inner.key = Some(key);
        inner.last = Default::default();
    }
    state.sync_pass();
    state.journal_changed();
    let _ = app.emit(CHANGED_EVENT, SyncChanged { applied: true });
    status(&state)
}

/// The sync code that lets another computer join.
#[tauri::command(async)]
pub fn sync_code(state: State<'_, AppState>) -> Result<String, AppError> {
    let journal = state.journal()?;
    let row = sync_state::read(journal.conn())?.ok_or_else(sync_off)?;
    let key = load_key(state.keys.store(), &row)
        .map_err(|_| AppError::new("not_found", Message::new("error-sync-key-missing")))?;
    Ok(code_of(&key).to_string())
}

/// Looks in the sync folder now.
#[tauri::command(async)]
pub fn sync_now(state: State<'_, AppState>) -> Result<SyncStatus, AppError> {
    state.sync_pass();
    status(&state)
}

/// Pauses sync on this computer, or resumes it.
#[tauri::command(async)]
pub fn sync_pause(state: State<'_, AppState>, paused: Arg) -> Result<SyncStatus, AppError> {
    let paused = paused.flag("paused")?;
    change_row(&state, |row| row.paused = paused)?;
    state.sync.changed();
    status(&state)
}

/// Renames this computer as the other computers see it.
#[tauri::command(async)]
pub fn sync_rename(state: State<'_, AppState>, computer_name: Arg) -> Result<SyncStatus, AppError> {
    let name = computer_name_of(computer_name)?;
    change_row(&state, |row| row.computer_name = name)?;
    state.sync.changed();
    status(&state)
}

/// Removes this computer from sync: sync off here and its key forgotten here. The journal stays
/// on this computer and on the others; this computer's files stay in the folder (the others may
/// still need them).
#[tauri::command(async)]
pub fn sync_leave(state: State<'_, AppState>) -> Result<SyncStatus, AppError> {
    {
        let mut journal = state.journal()?;
        let row = sync_state::read(journal.conn())?.ok_or_else(sync_off)?;
        sync_state::turn_off(journal.conn_mut())?;
        forget_key(state.keys.store(), &row.journal_id);
    }
    state.sync.reset();
    status(&state)
}

/// The status of the open journal's sync.
fn status(state: &AppState) -> Result<SyncStatus, AppError> {
    let off = |problem| SyncStatus {
        state: SyncState::Off,
        folder: None,
        computer_name: default_computer_name(),
        computers: Vec::new(),
        last_synced_at: None,
        problem,
        newer_version_waiting: false,
    };
    if state.database().1 {
        return Ok(SyncStatus { state: SyncState::Unavailable, ..off(None) });
    }
    let journal = state.journal()?;
    let mut inner = state.sync.lock();
    if inner.engine.is_none() {
        inner.engine = Engine::load(&journal)?;
    }
    let Some(engine) = inner.engine.as_ref() else { return Ok(off(None)) };
    let row = engine.row();
    let computers = engine
        .computers()
        .into_iter()
        .map(|(id, name, last_seen)| SyncComputer {
            id: format!("{id:016x}"),
            name,
            last_seen,
            this_computer: id == row.peer_id,
        })
        .collect();
    Ok(SyncStatus {
        state: if row.paused { SyncState::Paused } else { SyncState::On },
        folder: Some(row.folder.clone()),
        computer_name: row.computer_name.clone(),
        computers,
        last_synced_at: row.last_synced_at.clone(),
        problem: inner.last.problem.clone(),
        newer_version_waiting: inner.last.newer_version,
    })
}

/// Changes this computer's sync settings.
fn change_row(state: &AppState, change: impl FnOnce(&mut SyncRow)) -> Result<(), AppError> {
    let journal = state.journal()?;
    let mut inner = state.sync.lock();
    if inner.engine.is_none() {
        inner.engine = Engine::load(&journal)?;
    }
    let engine = inner.engine.as_mut().ok_or_else(sync_off)?;
    engine.update_row(&journal, change)?;
    Ok(())
}

fn new_row(journal_id: String, peer_id: u64, folder: &Path, computer_name: String, key: Option<Vec<u8>>) -> SyncRow {
    SyncRow::new(journal_id, peer_id, folder.display().to_string(), computer_name, key)
}

fn sync_off() -> AppError {
    AppError::invalid("sync", Message::new("error-sync-off"))
}

/// Sync is not on already, and the demo journal is not open.
fn refuse_if_on(journal: &resilience_core::Journal) -> Result<(), AppError> {
    if sync_state::read(journal.conn())?.is_some() {
        return Err(AppError::invalid("sync", Message::new("error-sync-already-on")));
    }
    Ok(())
}

/// The sync folder as chosen: an existing folder, outside the app's data folder, never the demo.
fn sync_folder(state: &AppState, folder: Arg) -> Result<PathBuf, AppError> {
    if state.database().1 {
        return Err(AppError::invalid("sync", Message::new("error-sync-demo")));
    }
    let folder = PathBuf::from(folder.text("folder")?.trim());
    if !folder.is_absolute() {
        return Err(AppError::invalid("folder", Message::new("error-sync-not-a-folder")));
    }
    match std::fs::metadata(&folder) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => return Err(AppError::invalid("folder", Message::new("error-sync-not-a-folder"))),
        Err(_) => return Err(AppError::invalid("folder", Message::new("error-sync-folder-missing"))),
    }
    let canonical = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
    let (folder_c, data_c) = (canonical(&folder), canonical(state.data_dir()));
    if folder_c.starts_with(&data_c) || data_c.starts_with(&folder_c) {
        return Err(AppError::invalid("folder", Message::new("error-sync-journal-folder")));
    }
    Ok(folder)
}

/// A computer's name: trimmed, 1 to 60 characters.
fn computer_name_of(name: Arg) -> Result<String, AppError> {
    let name: String = name.text("computerName")?.chars().filter(|c| !c.is_control()).collect();
    let name = name.trim().to_string();
    if name.is_empty() {
        return Err(AppError::invalid("computerName", Message::new("error-sync-name-empty")));
    }
    if name.chars().count() > MAX_COMPUTER_NAME_CHARS {
        return Err(AppError::invalid(
            "computerName",
            Message::new("error-sync-name-long").arg("max", MAX_COMPUTER_NAME_CHARS as i64),
        ));
    }
    Ok(name)
}

/// The name this computer gets unless the person gives another: the system's host name.
fn default_computer_name() -> String {
    let host = std::env::var("HOSTNAME")
        .ok()
        .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .map(|name| name.trim().chars().take(MAX_COMPUTER_NAME_CHARS).collect::<String>())
        .unwrap_or_default();
    if host.is_empty() {
        "Computer".into()
    } else {
        host
    }
}
