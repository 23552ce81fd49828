//! Backups of the journal file: a daily one made automatically, one on request into a folder the
//! person chooses, a list of what exists, and restoring one.
//!
//! A backup is written with `VACUUM INTO` to a temporary file beside its final place, checked with
//! `PRAGMA integrity_check`, flushed to disk and only then renamed into place, so a backup file
//! that exists is whole. Rotation only ever removes daily backups whose names it made and can
//! parse; restoring never deletes the journal it replaces but moves it into the backups folder,
//! where it is listed and can be restored in turn (undo).

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, NaiveDateTime, SecondsFormat, Utc};
use rusqlite::{Connection, OpenFlags};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::rotation;
use crate::error::Message;
use crate::file::{
    backup_folder, create_private_file_if_missing, ensure_private_dir, export_checked, open_connection,
    remove_if_exists, sync_folder, DbKey,
};
use crate::model::text_enum::text_enum;
use crate::store::LATEST_SCHEMA_VERSION;
use crate::{Error, Result};

const STAMP_FORMAT: &str = "%Y%m%dT%H%M%SZ";

text_enum! {
    /// Where a backup came from.
    pub enum BackupKind {
        /// Made automatically, at most once a day, and rotated.
        Daily = "daily",
        /// Made on request ("Back up now").
        Manual = "manual",
        /// The journal as it was before a restore replaced it.
        Replaced = "replaced",
        /// The journal as it was before an app update changed its format.
        BeforeUpdate = "before_update",
        /// The journal as it was just before an import.
        BeforeImport = "before_import",
    }
}

impl BackupKind {
    /// The file name prefix of this kind (`BeforeUpdate` names follow the journal file's).
    fn prefix(self) -> &'static str {
        match self {
            BackupKind::Daily => "journal-daily-",
            BackupKind::Manual => "resilience-journal-",
            BackupKind::Replaced => "journal-replaced-",
            BackupKind::BeforeUpdate => "",
            BackupKind::BeforeImport => "journal-before-import-",
        }
    }
}

/// One backup file and what it holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct BackupInfo {
    pub path: String,
    pub file_name: String,
    pub kind: BackupKind,
    /// When it was made (RFC 3339, UTC), from its name.
    pub created_at: String,
    #[ts(type = "number")]
    pub size_bytes: u64,
    /// Live days and sessions in it; `None` when it cannot be read (see `problem`).
    pub days: Option<u32>,
    pub sessions: Option<u32>,
    /// Why the file cannot be restored, if it cannot.
    pub problem: Option<Message>,
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct RestoreReport {
    /// The backup now in use.
    pub restored_from: String,
    /// Where the replaced journal was moved (it is listed as a [`BackupKind::Replaced`] backup);
    /// `None` when there was no journal file.
    pub moved_aside: Option<String>,
}

/// Makes the daily backup of the journal at `journal_file` unless one exists for the journal day
/// of `now`, then rotates the daily backups (see [`rotation`]). `journal_day_of` gives the journal
/// day of an instant — the person's local time zone and the day boundary ("when a new day begins")
/// applied, so a backup at 23:30 and a pass at 02:00 the next calendar day (before a 04:00
/// boundary) make one backup. Works while the app has the journal open. Returns the new backup, if
/// one was made. An encrypted journal (`key`) makes backups encrypted with the same key.
pub fn daily_backup_if_due(
    journal_file: &Path,
    key: Option<&DbKey>,
    now: DateTime<Utc>,
    journal_day_of: impl Fn(DateTime<Utc>) -> NaiveDate,
) -> Result<Option<BackupInfo>> {
    let folder = backup_folder(journal_file);
    ensure_private_dir(&folder)?;
    let today = journal_day_of(now);
    let dailies = named_in(&folder, BackupKind::Daily)?;
    if dailies.iter().any(|(_, stamp)| journal_day_of(*stamp) == today) {
        return Ok(None);
    }
    let made = write_backup(journal_file, key, &folder, BackupKind::Daily, now)?;
    rotate(&folder, journal_day_of)?;
    Ok(Some(info(&made, BackupKind::Daily, now, key)))
}

/// [`daily_backup_if_due`] with journal days that are UTC dates beginning at midnight — for tests
/// and tools; the app passes the person's journal days.
pub fn backup_if_due(journal_file: &Path, key: Option<&DbKey>, now: DateTime<Utc>) -> Result<Option<BackupInfo>> {
    daily_backup_if_due(journal_file, key, now, |at| at.date_naive())
}

/// Backs the journal up into `folder` now ("Back up now"); the file is never rotated.
pub fn backup_to(journal_file: &Path, key: Option<&DbKey>, folder: &Path, now: DateTime<Utc>) -> Result<BackupInfo> {
    if !folder.is_dir() {
        return Err(Error::invalid(
            "folder",
            Message::new("error-not-a-folder").arg("path", folder.display().to_string()),
        ));
    }
    let made = write_backup(journal_file, key, folder, BackupKind::Manual, now)?;
    Ok(info(&made, BackupKind::Manual, now, key))
}

/// Backs the journal up into its backups folder just before an import writes to it (listed, to
/// undo the import; never rotated).
pub fn backup_before_import(journal_file: &Path, key: Option<&DbKey>, now: DateTime<Utc>) -> Result<BackupInfo> {
    let folder = backup_folder(journal_file);
    ensure_private_dir(&folder)?;
    let made = write_backup(journal_file, key, &folder, BackupKind::BeforeImport, now)?;
    Ok(info(&made, BackupKind::BeforeImport, now, key))
}

/// Every backup of the journal at `journal_file`: daily and replaced ones in the backups folder,
/// and the copies made before updates beside the journal. Newest first. Files whose names we did
/// not make are not listed. Encrypted backups are read with `key`.
pub fn list_backups(journal_file: &Path, key: Option<&DbKey>) -> Result<Vec<BackupInfo>> {
    let folder = backup_folder(journal_file);
    let mut found = Vec::new();
    if folder.is_dir() {
        for kind in [BackupKind::Daily, BackupKind::Replaced, BackupKind::Manual, BackupKind::BeforeImport] {
            for (path, stamp) in named_in(&folder, kind)? {
                found.push(info(&path, kind, stamp, key));
            }
        }
    }
    if let (Some(dir), Some(name)) = (journal_file.parent(), journal_file.file_name()) {
        let prefix = format!("{}.v", name.to_string_lossy());
        for (path, stamp) in named(dir, |file| before_update_stamp(file, &prefix))? {
            found.push(info(&path, BackupKind::BeforeUpdate, stamp, key));
        }
    }
    found.sort_by(|a, b| b.created_at.cmp(&a.created_at).then_with(|| b.file_name.cmp(&a.file_name)));
    Ok(found)
}

/// Replaces the journal at `journal_file` with the backup at `backup`. The caller closes the
/// journal first and opens it again after (which migrates an older backup). The backup is checked
/// first (a healthy SQLite file, a journal, not from a newer version); the current journal is then
/// moved into the backups folder, never deleted, and a copy of the backup takes its place.
///
/// With `key` (the journal is encrypted), the journal stays encrypted: an encrypted backup must
/// open with that key, and a plain one is encrypted with it on the way in.
pub fn restore_backup(
    journal_file: &Path,
    key: Option<&DbKey>,
    backup: &Path,
    now: DateTime<Utc>,
) -> Result<RestoreReport> {
    if same_file(journal_file, backup) {
        return Err(Error::invalid("backup", Message::new("error-backup-is-journal")));
    }
    let (source, encrypted) = open_checked(backup, key)?;
    let dir = journal_file.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or_else(|| Path::new("."));
    let temp = dir.join(format!(".{}.restoring", file_name(journal_file)));
    remove_if_exists(&temp)?;
    if key.is_some() && !encrypted {
        // Encrypted on the way in. The export's target is attached to the source connection and
        // takes its mode, so the backup is opened for writing here (nothing writes to it).
        drop(source);
        let (writable, _) = open_connection(backup, OpenFlags::SQLITE_OPEN_READ_WRITE, None)?;
        export_checked(&writable, &temp, key)?;
        drop(writable);
        let (checked, _) = open_checked(&temp, key)?;
        drop(checked);
    } else {
        copy_into(&source, &temp, key)?;
        drop(source);
    }
    if let Err(err) = carry_sync(journal_file, &temp, key) {
        let _ = fs::remove_file(&temp);
        return Err(err);
    }
    let moved_aside = match move_aside(journal_file, key, now) {
        Ok(moved) => moved,
        Err(err) => {
            let _ = fs::remove_file(&temp);
            return Err(err);
        }
    };
    if let Err(err) = fs::rename(&temp, journal_file) {
        // Put the journal back where it was, so the person is never left without one.
        if let Some(moved) = &moved_aside {
            let _ = fs::rename(moved, journal_file);
        }
        let _ = fs::remove_file(&temp);
        return Err(err.into());
    }
    sync_folder(dir);
    Ok(RestoreReport {
        restored_from: backup.to_string_lossy().into_owned(),
        moved_aside: moved_aside.map(|p| p.to_string_lossy().into_owned()),
    })
}

/// Keeps the current journal's sync (settings, document, files applied) in the backup about to
/// replace it, marked restored: the other computers then receive the restored entries as a
/// change, and this computer keeps its place in the sync folder. A journal that cannot be opened
/// (recovering from a damaged one) has nothing to carry.
fn carry_sync(journal_file: &Path, temp: &Path, key: Option<&DbKey>) -> Result<()> {
    let Ok((current, _)) = open_connection(journal_file, OpenFlags::SQLITE_OPEN_READ_ONLY, key) else {
        return Ok(());
    };
    let (mut restored, _) = open_connection(temp, OpenFlags::SQLITE_OPEN_READ_WRITE, key)?;
    crate::store::sync_state::carry(&current, &mut restored)
}

/// Writes a checked backup of `journal_file` into `folder` under a fresh name of `kind`.
fn write_backup(
    journal_file: &Path,
    key: Option<&DbKey>,
    folder: &Path,
    kind: BackupKind,
    now: DateTime<Utc>,
) -> Result<PathBuf> {
    if !journal_file.is_file() {
        return Err(Error::NotFound(
            Message::new("error-no-journal-to-back-up").arg("path", journal_file.display().to_string()),
        ));
    }
    let (source, _) = open_connection(journal_file, OpenFlags::SQLITE_OPEN_READ_ONLY, key).map_err(|e| match e {
        Error::Database(detail) => damaged(journal_file, &detail),
        other => other,
    })?;
    let target = fresh_name(folder, kind, now);
    let temp = folder.join(format!(".{}.tmp", file_name(&target)));
    remove_if_exists(&temp)?;
    copy_into(&source, &temp, key)?;
    fs::rename(&temp, &target).inspect_err(|_| {
        let _ = fs::remove_file(&temp);
    })?;
    sync_folder(folder);
    Ok(target)
}

/// `VACUUM INTO` a new private file at `temp` (an encrypted source gives a copy encrypted with
/// the same key), then check it and flush it to disk. On any failure the temporary file is removed.
fn copy_into(source: &Connection, temp: &Path, key: Option<&DbKey>) -> Result<()> {
    let written = (|| {
        create_private_file_if_missing(temp)?;
        source.execute("VACUUM INTO ?1", [temp.to_string_lossy()])?;
        let (copy, _) = open_connection(temp, OpenFlags::SQLITE_OPEN_READ_WRITE, key)?;
        // A single file without -wal or -shm companions, whatever mode the journal uses.
        copy.pragma_update(None, "journal_mode", "DELETE")?;
        integrity_check(&copy).map_err(|detail| damaged(temp, &detail))?;
        drop(copy);
        fs::File::open(temp)?.sync_all()?;
        Ok(())
    })();
    if written.is_err() {
        let _ = fs::remove_file(temp);
    }
    written
}

/// Opens a backup read-only (an encrypted one with `key`) and checks it can be restored. Returns
/// the connection and whether the backup is encrypted.
fn open_checked(backup: &Path, key: Option<&DbKey>) -> Result<(Connection, bool)> {
    if !backup.is_file() {
        return Err(Error::NotFound(Message::new("error-backup-missing").arg("path", backup.display().to_string())));
    }
    let (conn, encrypted) = open_connection(backup, OpenFlags::SQLITE_OPEN_READ_ONLY, key).map_err(|e| match e {
        Error::Locked { .. } => Error::invalid("backup", Message::new("error-backup-encrypted-journal-not")),
        Error::WrongKey { .. } => Error::invalid("backup", Message::new("error-backup-other-key")),
        Error::Database(detail) => damaged(backup, &detail),
        other => other,
    })?;
    integrity_check(&conn).map_err(|detail| damaged(backup, &detail))?;
    let version: i64 =
        conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(|e| damaged(backup, &e.to_string()))?;
    let version = usize::try_from(version).unwrap_or(usize::MAX);
    if version > LATEST_SCHEMA_VERSION {
        return Err(Error::NewerSchema {
            path: backup.to_path_buf(),
            found: version,
            supported: LATEST_SCHEMA_VERSION,
        });
    }
    let is_journal: bool = conn
        .query_row("SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'check_in')", [], |r| {
            r.get(0)
        })
        .map_err(|e| damaged(backup, &e.to_string()))?;
    if version == 0 || !is_journal {
        return Err(damaged(backup, "it is not a Resilience Journal file"));
    }
    Ok((conn, encrypted))
}

fn integrity_check(conn: &Connection) -> std::result::Result<(), String> {
    match conn.query_row("PRAGMA integrity_check(1)", [], |r| r.get::<_, String>(0)) {
        Ok(verdict) if verdict == "ok" => Ok(()),
        Ok(verdict) => Err(format!("integrity_check: {verdict}")),
        Err(err) => Err(err.to_string()),
    }
}

/// Moves the journal and any companion files into the backups folder; `None` if there is none.
fn move_aside(journal_file: &Path, key: Option<&DbKey>, now: DateTime<Utc>) -> Result<Option<PathBuf>> {
    if !journal_file.exists() {
        return Ok(None);
    }
    checkpoint(journal_file, key);
    let folder = backup_folder(journal_file);
    ensure_private_dir(&folder)?;
    let target = fresh_name(&folder, BackupKind::Replaced, now);
    fs::rename(journal_file, &target)?;
    for suffix in ["-wal", "-shm"] {
        let companion = PathBuf::from(format!("{}{suffix}", journal_file.display()));
        if companion.exists() {
            fs::rename(&companion, PathBuf::from(format!("{}{suffix}", target.display())))?;
        }
    }
    sync_folder(&folder);
    Ok(Some(target))
}

/// Folds a leftover write-ahead log into the journal file, so that the file moved aside is whole
/// on its own. If that fails the log is moved along with it.
fn checkpoint(journal_file: &Path, key: Option<&DbKey>) {
    let wal = PathBuf::from(format!("{}-wal", journal_file.display()));
    if wal.exists() {
        if let Ok((conn, _)) = open_connection(journal_file, OpenFlags::SQLITE_OPEN_READ_WRITE, key) {
            let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        }
    }
}

/// A name of `kind` for `now` that no file in `folder` has yet.
fn fresh_name(folder: &Path, kind: BackupKind, now: DateTime<Utc>) -> PathBuf {
    let stamp = now.format(STAMP_FORMAT);
    let mut path = folder.join(format!("{}{stamp}.db", kind.prefix()));
    let mut attempt = 1;
    while path.exists() {
        attempt += 1;
        path = folder.join(format!("{}{stamp}-{attempt}.db", kind.prefix()));
    }
    path
}

/// The backups of `kind` in `folder`, with the time in their names.
fn named_in(folder: &Path, kind: BackupKind) -> Result<Vec<(PathBuf, DateTime<Utc>)>> {
    named(folder, |name| name.strip_prefix(kind.prefix()).and_then(|rest| rest.strip_suffix(".db")).and_then(stamp_of))
}

fn named(folder: &Path, parse: impl Fn(&str) -> Option<DateTime<Utc>>) -> Result<Vec<(PathBuf, DateTime<Utc>)>> {
    let mut found = Vec::new();
    for entry in fs::read_dir(folder)? {
        let entry = entry?;
        let Ok(name) = entry.file_name().into_string() else { continue };
        if let Some(stamp) = parse(&name) {
            if entry.file_type()?.is_file() {
                found.push((entry.path(), stamp));
            }
        }
    }
    Ok(found)
}

/// `20261125T030000Z`, optionally followed by `-2`, `-3` … for backups made in the same second.
fn stamp_of(text: &str) -> Option<DateTime<Utc>> {
    let (stamp, attempt) = match text.split_once('-') {
        Some((stamp, attempt)) => (stamp, Some(attempt)),
        None => (text, None),
    };
    let attempt_ok = attempt.is_none_or(|a| !a.is_empty() && a.len() < 6 && a.bytes().all(|b| b.is_ascii_digit()));
    if !attempt_ok || stamp.len() != 16 {
        return None;
    }
    NaiveDateTime::parse_from_str(stamp, STAMP_FORMAT).ok().map(|t| t.and_utc())
}

/// `journal.db.v3-20261125T120000Z.bak` (see `file::private`).
fn before_update_stamp(name: &str, prefix: &str) -> Option<DateTime<Utc>> {
    let rest = name.strip_prefix(prefix)?.strip_suffix(".bak")?;
    let (version, stamp) = rest.split_once('-')?;
    version.parse::<usize>().ok()?;
    stamp_of(stamp)
}

/// Rotates the daily backups, removing only files whose names parse as ours.
fn rotate(folder: &Path, journal_day_of: impl Fn(DateTime<Utc>) -> NaiveDate) -> Result<()> {
    let dailies = named_in(folder, BackupKind::Daily)?;
    let stamps: Vec<DateTime<Utc>> = dailies.iter().map(|(_, stamp)| *stamp).collect();
    for i in rotation::to_remove_by(&stamps, journal_day_of) {
        fs::remove_file(&dailies[i].0)?;
    }
    Ok(())
}

fn info(path: &Path, kind: BackupKind, created: DateTime<Utc>, key: Option<&DbKey>) -> BackupInfo {
    let counts = open_checked(path, key).and_then(|(conn, _)| {
        let count = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, u32>(0)).map_err(Error::from);
        Ok((
            count("SELECT count(*) FROM check_in WHERE deleted_at IS NULL")?,
            count("SELECT count(*) FROM massage_session WHERE deleted_at IS NULL")?,
        ))
    });
    let (days, sessions, problem) = match counts {
        Ok((days, sessions)) => (Some(days), Some(sessions), None),
        Err(err) => (None, None, Some(err.message())),
    };
    BackupInfo {
        path: path.to_string_lossy().into_owned(),
        file_name: file_name(path),
        kind,
        created_at: created.to_rfc3339_opts(SecondsFormat::Secs, true),
        size_bytes: fs::metadata(path).map(|m| m.len()).unwrap_or(0),
        days,
        sessions,
        problem,
    }
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

fn damaged(path: &Path, detail: &str) -> Error {
    Error::Damaged { path: path.to_path_buf(), detail: detail.to_string() }
}

#[cfg(test)]
#[path = "backup_tests.rs"]
mod tests;
