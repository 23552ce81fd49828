//! Sync at work on one journal: the document kept in the journal file, local changes recorded in
//! it, other computers' updates applied, this computer's changes written to the sync folder.
//!
//! # Where each piece lives, and why nothing is lost
//!
//! - The document is stored in the journal file (`sync_doc`): a snapshot and the updates recorded
//!   since, so encryption at rest and backups cover it.
//! - A local save marks its entry in `sync_dirty` in its own transaction (triggers, see
//!   [`crate::store::sync_state`]). [`Engine::record_local`] records the marked entries in the
//!   document and stores the document's new part while clearing the marks, in one transaction.
//!   A crash before that commit leaves the marks, and the next pass records them.
//! - [`Engine::receive`] imports other computers' updates into the document, then, in one
//!   transaction, writes the entries that changed into SQLite, stores the document's new part and
//!   notes the files as applied. A crash before that commit leaves nothing of it; the files are
//!   read again.
//! - [`Engine::send`] stores the document, writes this computer's changes not yet in the folder as
//!   one sealed file, then notes how far the folder has them. A crash between the two writes the
//!   same changes again under the next sequence number: a duplicate is harmless, every import is
//!   idempotent. (Were the document stored only after the file, a crash would let the next pass
//!   write other changes under the ids of those in the file, and the computers would disagree.)
//!
//! After a restore the journal's entries win over the document once ([`SyncRow::restored`]):
//! every entry that differs is recorded as a change of this computer, and entries the restored
//! journal does not have are recorded as deleted, so the other computers receive the restore as an
//! ordinary change rather than losing their newer entries by a rewind.
//!
//! When a pass fails part-way the in-memory document may be ahead of the stored one: the caller
//! drops the engine and loads it again from the journal ([`Engine::load`]).

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use chrono::{DateTime, SecondsFormat, Utc};
use loro::VersionVector;
use rusqlite::TransactionBehavior;

use super::apply::{apply_within, Applied};
use super::doc::{DocError, SyncDoc};
use super::folder::{self, FolderError, ReadOutcome, Scan, SkipReason, Update, UpdateId};
pub use super::read::MAX_COMPUTER_NAME_CHARS;
use super::seal::{OpenError, SyncKey};
use crate::error::Message;
use crate::model::day::parse_day;
use crate::model::reminder_settings::ReminderSettings;
use crate::model::settings::Settings;
use crate::store::replica::{check_in_row, session_row};
use crate::store::sync_state::{self, Dirty, SyncRow};
use crate::{Error, Journal, Result};

/// Stored parts after which the document is stored again as one snapshot.
const COMPACT_DOC_AFTER: usize = 200;
/// This computer's files in the sync folder after which they are replaced by one.
pub const COMPACT_FILES_AFTER: usize = 64;

#[cfg(feature = "fixtures")]
static CRASH_HOOK: std::sync::OnceLock<fn(&'static str)> = std::sync::OnceLock::new();

/// Has `hook` called at each step where a crash must lose nothing (tests stop the process there):
/// `record-local` (changes recorded, not committed), `receive-imported` (updates imported and
/// applied, not committed), `receive-committed`, `send-written` (the file written, its sequence
/// not stored) and `compact-written` (the compacted file written, the older ones not deleted).
/// Set once per process.
#[cfg(feature = "fixtures")]
pub fn set_crash_point(hook: fn(&'static str)) {
    let _ = CRASH_HOOK.set(hook);
}

#[cfg(feature = "fixtures")]
fn crash_point(step: &'static str) {
    if let Some(hook) = CRASH_HOOK.get() {
        hook(step);
    }
}

#[cfg(not(feature = "fixtures"))]
#[inline(always)]
fn crash_point(_step: &'static str) {}

/// What a pass did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PassReport {
    /// Entries of this computer recorded in the document.
    pub recorded: usize,
    /// Rows written from other computers' changes.
    pub applied: Applied,
    /// Update files read and applied.
    pub files_applied: usize,
    /// The file this computer wrote, if it had changes to write.
    pub written: Option<PathBuf>,
    /// Files that did not open (tried again next time).
    pub unreadable: usize,
    /// Files written by a newer version of the app, kept until this one is updated.
    pub newer_version: usize,
    /// The sync folder was not there: nothing was read or written.
    pub folder_missing: bool,
}

/// One journal's sync, loaded from the journal.
pub struct Engine {
    doc: SyncDoc,
    row: SyncRow,
    /// What the stored document holds.
    stored: VersionVector,
    /// Parts stored since the last snapshot.
    stored_parts: usize,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine").field("journal", &self.row.journal_id).field("peer", &self.row.peer_id).finish()
    }
}

fn doc_error(err: DocError) -> Error {
    Error::Database(format!("sync document: {err}"))
}

/// A sync folder error as the person reads it; `field` is where the UI shows it.
pub fn folder_error(err: FolderError) -> Error {
    match err {
        FolderError::FolderMissing => Error::invalid("folder", Message::new("error-sync-folder-missing")),
        FolderError::NotAFolder => Error::invalid("folder", Message::new("error-sync-not-a-folder")),
        FolderError::InvalidJournalId => Error::invalid("folder", Message::new("error-sync-no-journal")),
        FolderError::AlreadyWritten(path) => {
            Error::invalid("folder", Message::new("error-sync-folder-io").arg("detail", path.display().to_string()))
        }
        FolderError::Io(err) => {
            Error::invalid("folder", Message::new("error-sync-folder-io").arg("detail", err.to_string()))
        }
    }
}

impl Engine {
    /// The journal's sync, or `None` when sync is off.
    pub fn load(journal: &Journal) -> Result<Option<Engine>> {
        let Some(row) = sync_state::read(journal.conn())? else { return Ok(None) };
        let parts = sync_state::doc_parts(journal.conn())?;
        let doc = SyncDoc::new(row.peer_id).map_err(doc_error)?;
        for part in &parts {
            doc.import(part).map_err(doc_error)?;
        }
        let stored = doc.version();
        Ok(Some(Engine { doc, row, stored, stored_parts: parts.len() }))
    }

    /// Turns sync on for `journal` as `row` says, with `doc` as the document so far (empty for
    /// the first computer, the sync folder's for one that joins), recording every entry of the
    /// journal. With `merge`, an entry on both sides is recorded only when this journal's was
    /// changed later; otherwise this journal's entries win.
    pub fn start(journal: &mut Journal, row: SyncRow, doc: SyncDoc, merge: bool) -> Result<Engine> {
        let mut engine = Engine { doc, row, stored: VersionVector::default(), stored_parts: 0 };
        let tx = journal.conn_mut().transaction_with_behavior(TransactionBehavior::Immediate)?;
        sync_state::turn_on(&tx, &engine.row)?;
        engine.doc.record_computer(&engine.row.computer_name, None).map_err(doc_error)?;
        let state = engine.doc.state();
        for entry in sync_state::all_entries(&tx)? {
            let newer = |updated_at: &str, known: Option<&str>| known.is_none_or(|known| updated_at > known);
            match &entry {
                Dirty::Day(key) => {
                    let Ok(day) = parse_day("day", key) else { continue };
                    let Some((row, deleted_at)) = check_in_row(&tx, day)? else { continue };
                    let known = state.days.get(&day).map(|d| d.check_in.updated_at.as_str());
                    if !merge || newer(&row.updated_at, known) {
                        engine.doc.record_check_in_as(&row, deleted_at.as_deref()).map_err(doc_error)?;
                    }
                }
                Dirty::Session(id) => {
                    let Some((row, deleted_at)) = session_row(&tx, id)? else { continue };
                    let known = state.sessions.get(id).map(|s| s.session.updated_at.as_str());
                    if !merge || newer(&row.updated_at, known) {
                        engine.doc.record_session_as(&row, deleted_at.as_deref()).map_err(doc_error)?;
                    }
                }
                // Joining, the journal's settings are taken; this computer's fill what it lacks.
                Dirty::Setting(key) => {
                    let Some((value, updated_at)) = sync_state::setting_row(&tx, key)? else { continue };
                    if !merge || !state.settings.contains_key(key) {
                        engine.doc.record_setting(key, &value, &updated_at).map_err(doc_error)?;
                    }
                }
            }
        }
        apply_within(&tx, &engine.doc.state())?;
        sync_state::clear_dirty(&tx)?;
        let snapshot = engine.doc.snapshot().map_err(doc_error)?;
        sync_state::replace_doc(&tx, &snapshot)?;
        tx.commit()?;
        engine.stored = engine.doc.version();
        engine.stored_parts = 1;
        Ok(engine)
    }

    /// This computer's sync settings.
    pub fn row(&self) -> &SyncRow {
        &self.row
    }

    /// The document.
    pub fn doc(&self) -> &SyncDoc {
        &self.doc
    }

    /// Changes this computer's sync settings (name, pause, folder) and stores them.
    pub fn update_row(&mut self, journal: &Journal, change: impl FnOnce(&mut SyncRow)) -> Result<()> {
        let mut row = self.row.clone();
        change(&mut row);
        if row.computer_name != self.row.computer_name {
            self.doc.record_computer(&row.computer_name, None).map_err(doc_error)?;
            self.store_doc(journal.conn())?;
        }
        sync_state::write(journal.conn(), &row)?;
        self.row = row;
        Ok(())
    }

    /// One whole pass: records local changes, reads and applies the other computers' files,
    /// writes this computer's changes. A missing folder is reported, not an error.
    pub fn pass(&mut self, journal: &mut Journal, key: &SyncKey, now: DateTime<Utc>) -> Result<PassReport> {
        let mut report = PassReport { recorded: self.record_local(journal, now)?, ..PassReport::default() };
        let folder = PathBuf::from(&self.row.folder);
        let scan = folder::scan(&folder, &self.row.journal_id, self.row.peer_id).map_err(folder_error)?;
        if scan == Scan::FolderMissing {
            report.folder_missing = true;
            return Ok(report);
        }
        let applied: BTreeSet<UpdateId> = sync_state::applied(journal.conn())?
            .into_iter()
            .map(|(peer_id, sequence, fingerprint)| UpdateId { peer_id, sequence, fingerprint })
            .collect();
        let ReadOutcome { updates, skipped } = folder::read_updates(&scan, key, &applied);
        // A sync client's copy of a file it had not finished copying stays damaged for good; when
        // the original opens, it is read in its place and the copy is nothing to act on.
        let originals_open: BTreeSet<(u64, u64)> = scan
            .files()
            .iter()
            .filter(|f| !f.conflict_copy)
            .map(|f| (f.peer_id, f.sequence))
            .filter(|id| !skipped.iter().any(|s| !s.file.conflict_copy && (s.file.peer_id, s.file.sequence) == *id))
            .collect();
        for skip in &skipped {
            match skip.reason {
                SkipReason::Open(OpenError::NewerFormat { .. }) => report.newer_version += 1,
                _ if skip.file.conflict_copy && originals_open.contains(&(skip.file.peer_id, skip.file.sequence)) => {}
                _ => report.unreadable += 1,
            }
        }
        let (rows, files, undecodable) = self.receive(journal, &updates)?;
        report.applied = rows;
        report.files_applied = files;
        report.unreadable += undecodable;
        report.written = self.send(journal, key, &folder, now)?;
        self.row.last_synced_at = Some(stamp(now));
        sync_state::write(journal.conn(), &self.row)?;
        Ok(report)
    }

    /// Records the entries changed here since the last time (or, after a restore, every entry
    /// that differs) in the document; returns how many were recorded.
    pub fn record_local(&mut self, journal: &mut Journal, now: DateTime<Utc>) -> Result<usize> {
        let tx = journal.conn_mut().transaction_with_behavior(TransactionBehavior::Immediate)?;
        let restored = self.row.restored;
        let mut entries = if restored { sync_state::all_entries(&tx)? } else { sync_state::dirty(&tx)? };
        if entries.is_empty() && !restored {
            return Ok(0);
        }
        if restored {
            // Entries the restored journal does not have are deleted by the restore.
            let state = self.doc.state();
            let present: BTreeSet<Dirty> = entries.iter().cloned().collect();
            let deleted_at = stamp(now);
            for (day, entry) in &state.days {
                if entry.deleted_at.is_none() && !present.contains(&Dirty::Day(day.to_string())) {
                    self.doc.record_check_in_deleted(*day, &deleted_at).map_err(doc_error)?;
                }
            }
            for (id, entry) in &state.sessions {
                if entry.deleted_at.is_none() && !present.contains(&Dirty::Session(id.clone())) {
                    self.doc.record_session_deleted(id, &deleted_at).map_err(doc_error)?;
                }
            }
        }
        entries.dedup();
        for entry in &entries {
            match entry {
                Dirty::Day(key) => {
                    let Ok(day) = parse_day("day", key) else { continue };
                    match check_in_row(&tx, day)? {
                        Some((row, deleted_at)) => {
                            self.doc.record_check_in_as(&row, deleted_at.as_deref()).map_err(doc_error)?
                        }
                        None => self.doc.record_check_in_deleted(day, &stamp(now)).map_err(doc_error)?,
                    }
                }
                Dirty::Session(id) => match session_row(&tx, id)? {
                    Some((row, deleted_at)) => {
                        self.doc.record_session_as(&row, deleted_at.as_deref()).map_err(doc_error)?
                    }
                    None => self.doc.record_session_deleted(id, &stamp(now)).map_err(doc_error)?,
                },
                Dirty::Setting(key) => {
                    let Some((value, updated_at)) = sync_state::setting_row(&tx, key)? else { continue };
                    // A setting stored for the first time at its default is no choice of the
                    // person's: it must not undo another computer's.
                    let unknown = !self.doc.state_has_setting(key);
                    if !(unknown && is_default_setting(key, &value)) {
                        self.doc.record_setting(key, &value, &updated_at).map_err(doc_error)?;
                    }
                }
            }
        }
        self.store_doc(&tx)?;
        sync_state::clear_dirty(&tx)?;
        if restored {
            sync_state::write(&tx, &SyncRow { restored: false, ..self.row.clone() })?;
        }
        crash_point("record-local");
        tx.commit()?;
        self.row.restored = false;
        Ok(entries.len())
    }

    /// Imports `updates` and applies what changed to the journal in one transaction, noting each
    /// update whose changes are all in the document now as applied (one whose changes wait for
    /// another computer's is read again next time). Returns the rows written, the files applied
    /// and the files that could not be decoded.
    pub fn receive(&mut self, journal: &mut Journal, updates: &[Update]) -> Result<(Applied, usize, usize)> {
        if updates.is_empty() {
            return Ok((Applied::default(), 0, 0));
        }
        let before = self.doc.version();
        let mut complete = Vec::new();
        let mut undecodable = 0;
        for update in updates {
            match self.doc.import_complete(&update.bytes) {
                Ok(true) => complete.push(update.id),
                Ok(false) => {}
                Err(_) => undecodable += 1,
            }
        }
        let changed = self.doc.version() != before;
        let tx = journal.conn_mut().transaction_with_behavior(TransactionBehavior::Immediate)?;
        let rows = if changed {
            let rows = apply_within(&tx, &self.doc.state_changed_since(&before))?;
            // The rows just written are the document's own: nothing to record back.
            sync_state::clear_dirty(&tx)?;
            self.store_doc(&tx)?;
            rows
        } else {
            Applied::default()
        };
        for id in &complete {
            sync_state::add_applied(&tx, id.peer_id, id.sequence, &id.fingerprint)?;
        }
        crash_point("receive-imported");
        tx.commit()?;
        crash_point("receive-committed");
        Ok((rows, complete.len(), undecodable))
    }

    /// Writes this computer's changes that are not in the sync folder yet as one sealed file (and,
    /// when it has written many, replaces them by one holding all its changes). Returns the file.
    pub fn send(
        &mut self,
        journal: &mut Journal,
        key: &SyncKey,
        folder: &Path,
        now: DateTime<Utc>,
    ) -> Result<Option<PathBuf>> {
        if self.doc.own_end() <= self.row.written_counter {
            return Ok(None);
        }
        self.doc.record_computer(&self.row.computer_name, Some(&stamp(now))).map_err(doc_error)?;
        // Stored before the file is written: after a crash the same changes go out again, never
        // other changes under ids the folder already holds.
        self.store_doc(journal.conn())?;
        let end = self.doc.own_end();
        let own = own_files(folder, &self.row);
        let compact = own.len() >= COMPACT_FILES_AFTER;
        let from = if compact { 0 } else { self.row.written_counter };
        let bytes = self.doc.export_own(from, end).map_err(doc_error)?;
        let mut sequence = self.row.next_sequence;
        let path = loop {
            match folder::write_update(folder, &self.row.journal_id, self.row.peer_id, sequence, key, &bytes) {
                Ok(path) => break path,
                // Written before a crash, or by an earlier copy of this journal: the next number.
                Err(FolderError::AlreadyWritten(_)) => sequence += 1,
                Err(err) => return Err(folder_error(err)),
            }
        };
        crash_point("send-written");
        let row = SyncRow { next_sequence: sequence + 1, written_counter: end, ..self.row.clone() };
        sync_state::write(journal.conn(), &row)?;
        self.row = row;
        if compact {
            crash_point("compact-written");
            // The new file holds everything the older ones did.
            for (older, _) in own.iter().filter(|(_, s)| *s < sequence) {
                let _ = std::fs::remove_file(older);
            }
        }
        Ok(Some(path))
    }

    /// Stores the document's changes since it was last stored, as one more part (or the whole
    /// document as one snapshot when the parts have grown many).
    fn store_doc(&mut self, conn: &rusqlite::Connection) -> Result<()> {
        let now = self.doc.version();
        if now == self.stored {
            return Ok(());
        }
        if self.stored_parts + 1 >= COMPACT_DOC_AFTER {
            sync_state::replace_doc(conn, &self.doc.snapshot().map_err(doc_error)?)?;
            self.stored_parts = 1;
        } else {
            sync_state::append_doc_part(conn, &self.doc.export_since(&self.stored).map_err(doc_error)?)?;
            self.stored_parts += 1;
        }
        self.stored = now;
        Ok(())
    }

    /// The computers the document knows, this one included: (peer id, name, last seen).
    pub fn computers(&self) -> Vec<(u64, String, Option<String>)> {
        let mut computers: HashMap<u64, (String, Option<String>)> = self
            .doc
            .computers()
            .into_iter()
            .filter_map(|(id, entry)| u64::from_str_radix(&id, 16).ok().map(|id| (id, entry)))
            .collect();
        computers.entry(self.row.peer_id).or_insert_with(|| (self.row.computer_name.clone(), None));
        let mut list: Vec<(u64, String, Option<String>)> =
            computers.into_iter().map(|(id, (name, seen))| (id, name, seen)).collect();
        list.sort_by(|a, b| (a.0 != self.row.peer_id, &a.1, a.0).cmp(&(b.0 != self.row.peer_id, &b.1, b.0)));
        list
    }
}

/// Whether `value` is the default of the setting `key` (so storing it expresses no choice).
fn is_default_setting(key: &str, value: &str) -> bool {
    let default = if key == sync_state::REMINDER_SETTINGS_KEY {
        serde_json::to_value(ReminderSettings::default()).ok()
    } else {
        serde_json::to_value(Settings::default()).ok().and_then(|all| all.get(key).cloned())
    };
    let stored: Option<serde_json::Value> = serde_json::from_str(value).ok();
    default.is_some() && default == stored
}

/// A new random peer id (never 0).
pub fn new_peer_id() -> u64 {
    loop {
        let mut bytes = [0u8; 8];
        getrandom::fill(&mut bytes).expect("the operating system's random generator works");
        let id = u64::from_le_bytes(bytes);
        if id != 0 {
            return id;
        }
    }
}

/// A new random journal id: 32 lowercase hex digits, the name of the journal's folder.
pub fn new_journal_id() -> String {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).expect("the operating system's random generator works");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// This computer's files in the sync folder, with their sequence numbers.
fn own_files(folder: &Path, row: &SyncRow) -> Vec<(PathBuf, u64)> {
    let dir = folder.join(&row.journal_id).join(folder::peer_folder_name(row.peer_id));
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name();
            let name = name.to_str()?;
            let sequence = name.strip_suffix(&format!(".{}", folder::EXTENSION))?.parse().ok()?;
            Some((e.path(), sequence))
        })
        .collect()
}

/// An RFC 3339 time in seconds, as the journal writes its stamps.
fn stamp(now: DateTime<Utc>) -> String {
    now.to_rfc3339_opts(SecondsFormat::Secs, true)
}

#[cfg(test)]
#[path = "engine_tests.rs"]
mod tests;
