//! Moving a journal between plain and encrypted, never in place.
//!
//! Encrypting (decrypting is the same in reverse, without the plain copy):
//! 1. the journal is taken for this connection alone (rollback journal, exclusive lock), so no
//!    other window or process writes while it is copied;
//! 2. `sqlcipher_export` writes every table into a new file beside it (`journal.db.encrypting`),
//!    and the header values it does not copy (`user_version`, `application_id`) are set again;
//! 3. the new file is opened with the key and checked: `cipher_integrity_check` (every page's
//!    HMAC), `integrity_check`, the full-text index, and a [`Fingerprint`] of every row of every
//!    table equal to the journal's; then flushed to disk;
//! 4. a copy of the plain journal is kept in the backups folder (until the person confirms, or
//!    seven days) — [`plain_copy`];
//! 5. the key file is written (how the key is kept);
//! 6. the new file is renamed over the journal (atomic) and the folder flushed.
//!
//! A crash or `kill -9` at any point leaves the journal whole: before step 6 the old file is in
//! place untouched (and [`crate::file::settle`] tidies the leftovers at the next open), after it
//! the new one. Which of the two the journal is, is read from the file itself
//! ([`crate::file::file_kind`]).

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use rusqlite::{Connection, OpenFlags};

use super::keyfile::KeyFile;
use crate::error::Message;
use crate::file::{
    backup_folder, check_copy, create_private_file_if_missing, ensure_private_dir, export, export_checked, file_kind,
    fingerprint, open_connection, remove_quietly, sibling, sync_folder, DbKey, FileKind, Fingerprint, DECRYPTING,
    ENCRYPTING,
};
use crate::{Error, Result};

/// How long the plain copy made when encrypting is kept at most.
pub const PLAIN_COPY_DAYS: i64 = 7;
const PLAIN_COPY_PREFIX: &str = "journal-plain-before-encryption-";
const STAMP_FORMAT: &str = "%Y%m%dT%H%M%SZ";

/// The steps of a migration, reported as each one completes (tests stop the process there).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Exported,
    Verified,
    PlainCopyKept,
    KeyFileWritten,
    Swapped,
    KeyFileRemoved,
}

/// What encrypting did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncryptReport {
    /// The plain copy kept until the person confirms (or [`PLAIN_COPY_DAYS`]).
    pub plain_copy: PathBuf,
    pub fingerprint: Fingerprint,
}

/// Encrypts the (closed) plain journal at `journal` with `key`; `key_file` says how the key is
/// kept and is written just before the swap. See the module docs for the steps.
pub fn encrypt(
    journal: &Path,
    key: &DbKey,
    key_file: &KeyFile,
    now: DateTime<Utc>,
    mut after: impl FnMut(Step),
) -> Result<EncryptReport> {
    if file_kind(journal)? != FileKind::Plain {
        return Err(Error::invalid("journal", Message::new("error-journal-already-encrypted")));
    }
    let temp = sibling(journal, ENCRYPTING);
    let source = take_alone(journal, None)?;
    let fingerprint = fingerprint(&source)?;
    export(&source, &temp, Some(key))?;
    after(Step::Exported);
    check_copy(&temp, Some(key), &fingerprint).inspect_err(|_| remove_quietly(&temp))?;
    after(Step::Verified);
    let plain_copy = keep_plain_copy(journal, now).inspect_err(|_| remove_quietly(&temp))?;
    after(Step::PlainCopyKept);
    key_file.write(journal).inspect_err(|_| remove_quietly(&temp))?;
    after(Step::KeyFileWritten);
    drop(source);
    swap(&temp, journal)?;
    after(Step::Swapped);
    Ok(EncryptReport { plain_copy, fingerprint })
}

/// Decrypts the (closed) encrypted journal at `journal`, which opens with `key`, and removes its
/// key file. Returns the fingerprint the plain journal was checked against.
pub fn decrypt(journal: &Path, key: &DbKey, mut after: impl FnMut(Step)) -> Result<Fingerprint> {
    if file_kind(journal)? != FileKind::Encrypted {
        return Err(Error::invalid("journal", Message::new("error-journal-not-encrypted")));
    }
    let temp = sibling(journal, DECRYPTING);
    let source = take_alone(journal, Some(key))?;
    let fingerprint = fingerprint(&source)?;
    export(&source, &temp, None)?;
    after(Step::Exported);
    check_copy(&temp, None, &fingerprint).inspect_err(|_| remove_quietly(&temp))?;
    after(Step::Verified);
    drop(source);
    swap(&temp, journal)?;
    after(Step::Swapped);
    KeyFile::remove(journal)?;
    after(Step::KeyFileRemoved);
    Ok(fingerprint)
}

/// Brings every backup of the journal at `journal` (the backups folder and the copies made before
/// updates) to the journal's new state after encrypting (`to` = the key) or decrypting (`to` =
/// `None`; `from` = the old key): each one that is not yet so is exported into a new file, checked
/// row by row, and renamed over it. The plain copy kept after encrypting is left alone. Returns how
/// many were converted and the ones that could not be (left as they were).
pub fn convert_backups(
    journal: &Path,
    from: Option<&DbKey>,
    to: Option<&DbKey>,
) -> Result<(usize, Vec<(PathBuf, Error)>)> {
    let want = if to.is_some() { FileKind::Encrypted } else { FileKind::Plain };
    let mut candidates: Vec<PathBuf> = Vec::new();
    let folder = backup_folder(journal);
    if folder.is_dir() {
        for entry in fs::read_dir(&folder)? {
            let path = entry?.path();
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            if path.is_file() && name.ends_with(".db") && !name.starts_with(PLAIN_COPY_PREFIX) && !name.starts_with('.')
            {
                candidates.push(path);
            }
        }
    }
    if let (Some(dir), Some(name)) = (journal.parent(), journal.file_name()) {
        let prefix = format!("{}.v", name.to_string_lossy());
        for entry in fs::read_dir(dir)? {
            let path = entry?.path();
            let file = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            if file.starts_with(&prefix) && file.ends_with(".bak") {
                candidates.push(path);
            }
        }
    }
    let (mut converted, mut failed) = (0, Vec::new());
    for backup in candidates {
        let kind = file_kind(&backup)?;
        if kind == want || kind == FileKind::Other {
            continue;
        }
        let temp = sibling(&backup, ".converting");
        let done = (|| {
            let (source, _) = open_connection(&backup, OpenFlags::SQLITE_OPEN_READ_WRITE, from)?;
            export_checked(&source, &temp, to)?;
            drop(source);
            fs::rename(&temp, &backup)?;
            Ok::<_, Error>(())
        })();
        match done {
            Ok(()) => converted += 1,
            Err(err) => {
                remove_quietly(&temp);
                failed.push((backup, err));
            }
        }
    }
    if converted > 0 {
        sync_folder(&folder);
    }
    Ok((converted, failed))
}

/// The plain copy kept after encrypting the journal at `journal`, and when it goes, if any.
pub fn plain_copy(journal: &Path) -> Result<Option<(PathBuf, DateTime<Utc>)>> {
    Ok(plain_copies(journal)?.into_iter().max_by_key(|(_, made)| *made).map(|(p, made)| (p, made + keep_for())))
}

/// Overwrites and removes every plain copy of the journal at `journal` (the person confirmed the
/// encrypted journal works). Returns how many went.
pub fn forget_plain_copies(journal: &Path) -> Result<usize> {
    let copies = plain_copies(journal)?;
    for (path, _) in &copies {
        shred(path)?;
    }
    Ok(copies.len())
}

/// Removes plain copies older than [`PLAIN_COPY_DAYS`] (run with the daily backup).
pub fn expire_plain_copies(journal: &Path, now: DateTime<Utc>) -> Result<usize> {
    let old: Vec<_> = plain_copies(journal)?.into_iter().filter(|(_, made)| *made + keep_for() <= now).collect();
    for (path, _) in &old {
        shred(path)?;
    }
    Ok(old.len())
}

fn keep_for() -> Duration {
    Duration::days(PLAIN_COPY_DAYS)
}

fn plain_copies(journal: &Path) -> Result<Vec<(PathBuf, DateTime<Utc>)>> {
    let folder = backup_folder(journal);
    let mut found = Vec::new();
    if !folder.is_dir() {
        return Ok(found);
    }
    for entry in fs::read_dir(&folder)? {
        let entry = entry?;
        let Ok(name) = entry.file_name().into_string() else { continue };
        let stamp = name.strip_prefix(PLAIN_COPY_PREFIX).and_then(|rest| rest.strip_suffix(".db"));
        if let Some(made) = stamp.and_then(|s| NaiveDateTime::parse_from_str(s, STAMP_FORMAT).ok()) {
            found.push((entry.path(), made.and_utc()));
        }
    }
    Ok(found)
}

/// Opens the journal for this connection alone: rollback journal (so the file is whole without a
/// `-wal`) and an exclusive lock held until the connection closes. Another process that has the
/// journal open makes this fail with [`Error::Busy`].
fn take_alone(journal: &Path, key: Option<&DbKey>) -> Result<Connection> {
    let (conn, _) = open_connection(journal, OpenFlags::SQLITE_OPEN_READ_WRITE, key)?;
    conn.busy_timeout(std::time::Duration::from_secs(2))?;
    let mode: String = conn.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("delete") {
        return Err(Error::Busy);
    }
    conn.pragma_update(None, "locking_mode", "EXCLUSIVE")?;
    conn.execute_batch("BEGIN EXCLUSIVE; COMMIT;")?;
    Ok(conn)
}

/// Copies the plain journal file (whole: it is in rollback mode and locked) into the backups
/// folder under a name with the time, flushed to disk.
fn keep_plain_copy(journal: &Path, now: DateTime<Utc>) -> Result<PathBuf> {
    let folder = backup_folder(journal);
    ensure_private_dir(&folder)?;
    let stamp = now.format(STAMP_FORMAT);
    let mut target = folder.join(format!("{PLAIN_COPY_PREFIX}{stamp}.db"));
    let mut attempt = 1;
    while !create_private_file_if_missing(&target)? {
        attempt += 1;
        target = folder.join(format!("{PLAIN_COPY_PREFIX}{stamp}-{attempt}.db"));
    }
    let copied = (|| {
        let mut from = fs::File::open(journal)?;
        let mut to = fs::OpenOptions::new().write(true).truncate(true).open(&target)?;
        std::io::copy(&mut from, &mut to)?;
        to.sync_all()?;
        sync_folder(&folder);
        Ok(())
    })();
    if copied.is_err() {
        remove_quietly(&target);
    }
    copied.map(|()| target)
}

/// Renames the checked copy over the journal and makes the rename durable. A `-journal` left by
/// the closed source is gone already (rollback journals are deleted when a transaction ends).
fn swap(temp: &Path, journal: &Path) -> Result<()> {
    for stale in ["-wal", "-shm"] {
        let path = sibling(journal, stale);
        if path.exists() {
            // Another process opened the journal after it was checked: stop rather than let
            // its log meet the new file.
            remove_quietly(temp);
            return Err(Error::Busy);
        }
    }
    fs::rename(temp, journal)?;
    if let Some(folder) = journal.parent() {
        sync_folder(folder);
    }
    Ok(())
}

/// Overwrites a file with zeros, flushes, then removes it. (On SSDs and copy-on-write file
/// systems the old blocks may survive elsewhere; this is the best an app can do.)
fn shred(path: &Path) -> Result<()> {
    use std::io::Write;
    let size = fs::metadata(path)?.len();
    {
        let mut file = fs::OpenOptions::new().write(true).open(path)?;
        let zeros = vec![0u8; 64 * 1024];
        let mut left = size;
        while left > 0 {
            let n = left.min(zeros.len() as u64) as usize;
            file.write_all(&zeros[..n])?;
            left -= n as u64;
        }
        file.sync_all()?;
    }
    fs::remove_file(path)?;
    Ok(())
}

#[cfg(test)]
#[path = "migrate_tests.rs"]
mod tests;
