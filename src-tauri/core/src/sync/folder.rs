//! The sync folder as a transport: a folder that Syncthing, Nextcloud, Dropbox, OneDrive, iCloud
//! Drive or a USB stick keeps in step between a person's computers.
//!
//! # Layout
//!
//! `<folder>/<journal id>/<peer id>/<sequence>.rjsync`: the peer id as 16 lowercase hex digits,
//! the sequence as 20 zero-padded decimal digits, so names sort in sequence order and carry no
//! personal data. Each computer writes only into its own peer folder and reads the others'.
//!
//! # Writing
//!
//! [`write_update`] seals an update ([`super::seal`]) and writes it whole or not at all: to a
//! hidden temporary file in the peer folder, flushed to disk, then renamed to its name, never over
//! an existing file. The sync folder itself is never created: a missing folder (an unplugged
//! drive) must not turn into a folder on the local disk.
//!
//! # Reading
//!
//! [`scan`] lists the other peers' files, in (peer, sequence) order. It skips this computer's own
//! folder, hidden and temporary files and names that are not updates, and counts sync clients'
//! conflict copies (`3 (conflicted copy 2026-12-07).rjsync`,
//! `3.sync-conflict-20261207-120000-ABCDEFG.rjsync`, `3 (1).rjsync`, `3 2.rjsync`,
//! `3-LAPTOP.rjsync`) as updates of that peer and sequence: the seal binds a file to its peer and
//! sequence, so a name read wrongly only makes the file fail to open.
//!
//! [`read_updates`] opens each file. A file that does not open (half-written, damaged, another
//! key, a newer format) is listed in [`ReadOutcome::skipped`] with its reason and read again on
//! the next call; nothing of it is returned. A file is known by its [`UpdateId`] (peer, sequence
//! and a SHA-256 of its bytes): files already applied are passed over, and the same file found
//! twice (a copy beside the original) is returned once.

use std::collections::{BTreeSet, HashSet};
use std::fs;
use std::io::{ErrorKind, Read, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::seal::{self, FileLabel, OpenError, SyncKey};

/// The extension of every update file.
pub const EXTENSION: &str = "rjsync";
/// The digits of a sequence number in a file name (enough for every `u64`).
pub const SEQUENCE_DIGITS: usize = 20;
/// The largest file read; anything bigger is skipped rather than read into memory.
pub const MAX_FILE_LEN: u64 = 256 * 1024 * 1024;

const PEER_DIGITS: usize = 16;
const TEMP_PREFIX: &str = ".rjsync-";
const TEMP_SUFFIX: &str = ".tmp";
const MAX_JOURNAL_ID_LEN: usize = 64;

/// What went wrong with the sync folder.
#[derive(Debug, thiserror::Error)]
pub enum FolderError {
    /// The sync folder is not there (an unplugged drive, a sync client not set up yet).
    #[error("the sync folder is missing")]
    FolderMissing,
    /// The sync folder's path names a file, not a folder.
    #[error("the sync folder's path is not a folder")]
    NotAFolder,
    /// The journal id cannot be used as a folder name.
    #[error("the journal id cannot name a folder")]
    InvalidJournalId,
    /// A file of this peer and sequence is already in the folder; it is left as it is.
    #[error("the update file {} is already in the sync folder", .0.display())]
    AlreadyWritten(PathBuf),
    /// Reading or writing the folder failed.
    #[error("the sync folder could not be read or written: {0}")]
    Io(#[from] std::io::Error),
}

/// An update file of another peer, found by [`scan`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScannedFile {
    pub path: PathBuf,
    pub peer_id: u64,
    pub sequence: u64,
    /// A sync client's copy of the file (its name has a conflict or duplicate mark).
    pub conflict_copy: bool,
}

/// What [`scan`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scan {
    /// The sync folder is not there; nothing to read now, look again later.
    FolderMissing,
    /// The other peers' files of the journal, ordered by peer, then sequence, originals before
    /// conflict copies.
    Found { journal_id: String, files: Vec<ScannedFile> },
}

impl Scan {
    /// The files found (none when the folder is missing).
    pub fn files(&self) -> &[ScannedFile] {
        match self {
            Scan::FolderMissing => &[],
            Scan::Found { files, .. } => files,
        }
    }
}

/// Which file an update came from: its peer, its sequence and the SHA-256 of its bytes. Kept by
/// the caller for every update it applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UpdateId {
    pub peer_id: u64,
    pub sequence: u64,
    pub fingerprint: [u8; 32],
}

/// An update read from the folder: the whole opened content of one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Update {
    pub id: UpdateId,
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// Why a file was skipped; it is read again on the next call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    /// The file was read but does not open: cut short, not a sync file, a newer format, or it
    /// does not open with this key.
    Open(OpenError),
    /// The file is larger than [`MAX_FILE_LEN`].
    TooLarge { len: u64 },
    /// The file could not be read (gone since the scan, locked by a sync client …).
    Io(ErrorKind),
}

/// A file [`read_updates`] did not return, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub file: ScannedFile,
    pub reason: SkipReason,
}

/// What [`read_updates`] read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadOutcome {
    /// Updates not applied before, in the scan's order, each file content once.
    pub updates: Vec<Update>,
    /// Files that did not open this time.
    pub skipped: Vec<Skipped>,
}

/// The name of a peer's folder.
pub fn peer_folder_name(peer_id: u64) -> String {
    format!("{peer_id:0PEER_DIGITS$x}")
}

/// The name of the file of `sequence`.
pub fn update_file_name(sequence: u64) -> String {
    format!("{sequence:0SEQUENCE_DIGITS$}.{EXTENSION}")
}

/// Seals `bytes` as update `sequence` of `peer_id` in `journal_id` and writes it into the sync
/// `folder` (see the module docs). Returns the file's path. Refuses to replace an existing file
/// of that name, and to create the sync folder itself.
pub fn write_update(
    folder: &Path,
    journal_id: &str,
    peer_id: u64,
    sequence: u64,
    key: &SyncKey,
    bytes: &[u8],
) -> Result<PathBuf, FolderError> {
    check_journal_id(journal_id)?;
    check_folder(folder)?;
    let journal_dir = folder.join(journal_id);
    let peer_dir = journal_dir.join(peer_folder_name(peer_id));
    let new_dirs = !peer_dir.is_dir();
    fs::create_dir_all(&peer_dir)?;
    let path = peer_dir.join(update_file_name(sequence));
    if path.symlink_metadata().is_ok() {
        return Err(FolderError::AlreadyWritten(path));
    }

    let sealed = seal::seal(key, &FileLabel { journal_id, peer_id, sequence }, bytes);
    let mut temp = tempfile::Builder::new().prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX).tempfile_in(&peer_dir)?;
    temp.write_all(&sealed)?;
    temp.as_file().sync_all()?;
    match temp.persist_noclobber(&path) {
        Ok(_) => {}
        Err(err) if err.error.kind() == ErrorKind::AlreadyExists => return Err(FolderError::AlreadyWritten(path)),
        Err(err) => {
            // The file system renames without a no-replace flag and has no hard links (FAT on a
            // USB stick, some network drives). Only this computer writes into its peer folder,
            // so checking the name first is enough there.
            if path.symlink_metadata().is_ok() {
                return Err(FolderError::AlreadyWritten(path));
            }
            err.file.persist(&path).map_err(|err| FolderError::Io(err.error))?;
        }
    }
    sync_dir(&peer_dir);
    if new_dirs {
        sync_dir(&journal_dir);
        sync_dir(folder);
    }
    Ok(path)
}

/// Lists the update files of every peer but `own_peer_id` in `journal_id` (see the module docs).
/// A missing sync folder is [`Scan::FolderMissing`]; a journal folder not created yet is an empty
/// [`Scan::Found`].
pub fn scan(folder: &Path, journal_id: &str, own_peer_id: u64) -> Result<Scan, FolderError> {
    check_journal_id(journal_id)?;
    match check_folder(folder) {
        Err(FolderError::FolderMissing) => return Ok(Scan::FolderMissing),
        other => other?,
    }
    let journal_id = journal_id.to_string();
    let mut files = Vec::new();
    let Some(peers) = read_dir_if_present(&folder.join(&journal_id))? else {
        return Ok(Scan::Found { journal_id, files });
    };
    for entry in peers {
        let Some(entry) = present(entry)? else { continue };
        let Some(peer_id) = entry.file_name().to_str().and_then(parse_peer_folder) else { continue };
        if peer_id == own_peer_id || !present(entry.file_type())?.is_some_and(|kind| kind.is_dir()) {
            continue;
        }
        let Some(peer_files) = read_dir_if_present(&entry.path())? else { continue };
        for file in peer_files {
            let Some(file) = present(file)? else { continue };
            let Some((sequence, conflict_copy)) = file.file_name().to_str().and_then(parse_update_name) else {
                continue;
            };
            if !present(file.file_type())?.is_some_and(|kind| kind.is_file()) {
                continue;
            }
            files.push(ScannedFile { path: file.path(), peer_id, sequence, conflict_copy });
        }
    }
    files.sort_by(|a, b| {
        (a.peer_id, a.sequence, a.conflict_copy, &a.path).cmp(&(b.peer_id, b.sequence, b.conflict_copy, &b.path))
    });
    Ok(Scan::Found { journal_id, files })
}

/// Opens every file of `scan` under `key`, leaving out those in `already_applied` (see the module
/// docs). Nothing here is remembered: the caller adds each returned [`Update::id`] to its set once
/// the update is applied.
pub fn read_updates(scan: &Scan, key: &SyncKey, already_applied: &BTreeSet<UpdateId>) -> ReadOutcome {
    let Scan::Found { journal_id, files } = scan else { return ReadOutcome::default() };
    let mut outcome = ReadOutcome::default();
    let mut seen = HashSet::new();
    for file in files {
        let sealed = match read_limited(&file.path) {
            Ok(sealed) => sealed,
            Err(reason) => {
                outcome.skipped.push(Skipped { file: file.clone(), reason });
                continue;
            }
        };
        let id =
            UpdateId { peer_id: file.peer_id, sequence: file.sequence, fingerprint: Sha256::digest(&sealed).into() };
        if already_applied.contains(&id) || seen.contains(&id) {
            continue;
        }
        let label = FileLabel { journal_id, peer_id: file.peer_id, sequence: file.sequence };
        match seal::open(key, &label, &sealed) {
            Ok(bytes) => {
                seen.insert(id);
                outcome.updates.push(Update { id, path: file.path.clone(), bytes });
            }
            Err(err) => outcome.skipped.push(Skipped { file: file.clone(), reason: SkipReason::Open(err) }),
        }
    }
    outcome
}

/// A journal id names a folder: 1 to 64 ASCII letters, digits, `-` or `_`.
fn check_journal_id(journal_id: &str) -> Result<(), FolderError> {
    let fits = !journal_id.is_empty()
        && journal_id.len() <= MAX_JOURNAL_ID_LEN
        && journal_id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if fits {
        Ok(())
    } else {
        Err(FolderError::InvalidJournalId)
    }
}

/// The sync folder is there and is a folder.
fn check_folder(folder: &Path) -> Result<(), FolderError> {
    match fs::metadata(folder) {
        Ok(meta) if meta.is_dir() => Ok(()),
        Ok(_) => Err(FolderError::NotAFolder),
        Err(err) if err.kind() == ErrorKind::NotFound => Err(FolderError::FolderMissing),
        Err(err) => Err(err.into()),
    }
}

/// The entries of `dir`, or `None` when it is not there.
fn read_dir_if_present(dir: &Path) -> Result<Option<fs::ReadDir>, FolderError> {
    present(fs::read_dir(dir))
}

/// `Ok(None)` for something that vanished between listing and looking (sync clients rename their
/// own temporary files all the time).
fn present<T>(result: std::io::Result<T>) -> Result<Option<T>, FolderError> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(err) if err.kind() == ErrorKind::NotFound => Ok(None),
        Err(err) => Err(err.into()),
    }
}

/// A peer folder's name: exactly 16 hex digits.
fn parse_peer_folder(name: &str) -> Option<u64> {
    if name.len() != PEER_DIGITS || !name.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u64::from_str_radix(name, 16).ok()
}

/// An update file's name: the sequence, then nothing or a sync client's conflict or duplicate
/// mark, then `.rjsync`. Gives the sequence and whether it is a copy. Hidden files (temporary
/// files among them) are not updates.
fn parse_update_name(name: &str) -> Option<(u64, bool)> {
    if name.starts_with('.') {
        return None;
    }
    let stem = name.strip_suffix(EXTENSION)?.strip_suffix('.')?;
    let digits = stem.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > SEQUENCE_DIGITS {
        return None;
    }
    let sequence = stem[..digits].parse().ok()?;
    let mark = &stem[digits..];
    let is_copy_mark = || {
        // Dropbox, Nextcloud, Google Drive, Windows: `3 (conflicted copy …)`, `3 (1)`.
        (mark.starts_with(" (") && mark.ends_with(')'))
            // Syncthing: `3.sync-conflict-20261207-120000-ABCDEFG`.
            || mark.starts_with(".sync-conflict-")
            // iCloud Drive: `3 2`.
            || mark.strip_prefix(' ').is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            // OneDrive: `3-LAPTOP` (the computer's name).
            || mark.strip_prefix('-').is_some_and(|n| !n.is_empty())
    };
    if mark.is_empty() {
        Some((sequence, false))
    } else if is_copy_mark() {
        Some((sequence, true))
    } else {
        None
    }
}

/// The whole file, or why it cannot be read now.
fn read_limited(path: &Path) -> Result<Vec<u8>, SkipReason> {
    let io = |err: std::io::Error| SkipReason::Io(err.kind());
    let file = fs::File::open(path).map_err(io)?;
    let len = file.metadata().map_err(io)?.len();
    if len > MAX_FILE_LEN {
        return Err(SkipReason::TooLarge { len });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    file.take(MAX_FILE_LEN + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > MAX_FILE_LEN {
        return Err(SkipReason::TooLarge { len: bytes.len() as u64 });
    }
    Ok(bytes)
}

/// Makes renames in `dir` durable where the platform can sync a folder; the file itself is
/// already on disk, so a failure here is not reported.
fn sync_dir(dir: &Path) {
    if let Ok(dir) = fs::File::open(dir) {
        let _ = dir.sync_all();
    }
}
