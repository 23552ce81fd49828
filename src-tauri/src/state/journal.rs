//! The journal slot: which file is open (the real journal or the demo), the result of opening it,
//! its key, and what happens to a file that cannot be opened (a damaged one is moved aside; an
//! encrypted one without its key waits, locked).

use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use resilience_core::encryption::{DbKey, KeyFile, KeyMethod, KeyStore};
use resilience_core::file::{ensure_private_dir, file_kind, recovery, FileKind, JOURNAL_FILE_NAME};
use resilience_core::{demo, journal_day, Journal, DEFAULT_DAY_BOUNDARY};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::time::JournalTime;
use crate::error::LockReason;
use crate::AppError;
use resilience_core::error::Message;

/// The file name of the separate demo journal, beside the real one.
pub const DEMO_FILE_NAME: &str = "demo-journal.db";

/// How the journal can be unlocked, while it waits for its key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct LockedJournal {
    /// How the key is kept; `None` when the key file is missing or unreadable (recovery key only).
    pub method: Option<EncryptionMethod>,
    /// Why the key could not be had without asking (the keychain's answer), if that is the reason.
    pub problem: Option<Message>,
}

impl LockedJournal {
    fn new(method: Option<EncryptionMethod>, reason: Option<LockReason>) -> Self {
        LockedJournal { method, problem: reason.map(|r| r.message()) }
    }
}

/// How an encrypted journal's key is kept between starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum EncryptionMethod {
    Keychain,
    Passphrase,
}

impl EncryptionMethod {
    /// The method a key file describes.
    pub fn of(file: &KeyFile) -> Self {
        match file.method {
            KeyMethod::Keychain { .. } => EncryptionMethod::Keychain,
            KeyMethod::Passphrase { .. } => EncryptionMethod::Passphrase,
        }
    }
}

/// The journal file in use and the result of opening it.
pub(super) struct Slot {
    pub(super) journal: Result<Journal, AppError>,
    pub(super) path: PathBuf,
    pub(super) demo: bool,
    /// Where a journal that could not be opened was moved (the recovery screen offers a backup,
    /// another file or a new journal in its place).
    moved_aside: Option<PathBuf>,
    /// The key of the open encrypted journal (in memory while the app runs).
    pub(super) key: Option<DbKey>,
    /// Set while an encrypted journal waits for its key.
    pub(super) locked: Option<LockedJournal>,
}

/// The open journal (or why it is not open) in the data folder.
pub struct JournalSlot {
    slot: Mutex<Slot>,
    /// The folder holding the journal.
    data_dir: PathBuf,
}

/// The open journal, locked for one command.
pub struct JournalGuard<'a>(MutexGuard<'a, Slot>);

impl Deref for JournalGuard<'_> {
    type Target = Journal;
    fn deref(&self) -> &Journal {
        match &self.0.journal {
            Ok(journal) => journal,
            Err(_) => unreachable!("a JournalGuard is only made for an open journal"),
        }
    }
}

impl DerefMut for JournalGuard<'_> {
    fn deref_mut(&mut self) -> &mut Journal {
        match &mut self.0.journal {
            Ok(journal) => journal,
            Err(_) => unreachable!("a JournalGuard is only made for an open journal"),
        }
    }
}

impl JournalSlot {
    /// A slot in `data_dir` with nothing opened yet.
    pub(super) fn new(data_dir: PathBuf, demo: bool) -> Self {
        let slot = Slot {
            journal: Err(AppError::journal_closed(Message::new("error-journal-not-opened-yet"))),
            path: PathBuf::new(),
            demo,
            moved_aside: None,
            key: None,
            locked: None,
        };
        JournalSlot { slot: Mutex::new(slot), data_dir }
    }

    pub(super) fn lock(&self) -> MutexGuard<'_, Slot> {
        // A panic while holding the lock aborts the process in release builds (panic = "abort");
        // the data stays consistent either way because every write is one transaction.
        self.slot.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Opens the real or the demo journal. An encrypted one opens with `key` (the one in memory,
    /// or just unlocked), else with the key from `keystore`; without a key it waits, locked.
    pub(super) fn open(&self, demo: bool, key: Option<DbKey>, keystore: &dyn KeyStore, time: &JournalTime) -> Slot {
        let path = self.data_dir.join(if demo { DEMO_FILE_NAME } else { JOURNAL_FILE_NAME });
        let now = time.now_utc();
        let key = match key_for(&path, demo, key, keystore) {
            Ok(key) => key,
            Err(locked) => {
                let journal = Err(AppError::locked(&locked));
                return Slot { journal, path, demo, moved_aside: None, key: None, locked: Some(locked) };
            }
        };
        let opened = ensure_private_dir(&self.data_dir).and_then(|()| {
            let (mut journal, report) = Journal::open_with_key(&path, key.as_ref(), now)?;
            if demo && report.created {
                let today = journal_day(time.local_now(), DEFAULT_DAY_BOUNDARY);
                demo::fill(&mut journal, demo::SEED, today, now)?;
            }
            Ok(journal)
        });
        let mut moved_aside = None;
        let mut locked = None;
        let journal = match opened {
            Ok(journal) => {
                let boundary = journal.settings().ok().and_then(|s| s.day_boundary_time().ok());
                time.set_day_boundary(boundary.unwrap_or(DEFAULT_DAY_BOUNDARY));
                Ok(journal)
            }
            // A damaged file is moved aside, unchanged, so that nothing ever writes to it and a
            // backup, another file or a new journal can take its place.
            Err(err @ resilience_core::Error::Damaged { .. }) => {
                log::error!("the journal could not be opened: {err}");
                let moved = recovery::move_aside(&path, now);
                let error = AppError::damaged(&err, moved.as_deref());
                moved_aside = moved.ok();
                Err(error)
            }
            // The key in hand does not fit (a keychain entry of another journal): ask for one.
            Err(resilience_core::Error::WrongKey { .. } | resilience_core::Error::Locked { .. }) => {
                let method = KeyFile::read(&path).ok().flatten().map(|f| EncryptionMethod::of(&f));
                let passphrase = method.filter(|m| *m == EncryptionMethod::Passphrase);
                let waiting = LockedJournal::new(passphrase, Some(LockReason::KeyDoesNotFit));
                let err = AppError::locked(&waiting);
                locked = Some(waiting);
                Err(err)
            }
            Err(err) => {
                log::error!("the journal could not be opened: {err}");
                Err(AppError::from(err))
            }
        };
        let key = if journal.as_ref().is_ok_and(Journal::is_encrypted) { key } else { None };
        Slot { journal, path, demo, moved_aside, key, locked }
    }

    /// The open journal, or the reason it is unavailable.
    pub fn journal(&self) -> Result<JournalGuard<'_>, AppError> {
        let slot = self.lock();
        match &slot.journal {
            Ok(_) => Ok(JournalGuard(slot)),
            Err(err) => Err(AppError::journal_unavailable(err)),
        }
    }

    /// The key of the open journal, if it is encrypted.
    pub fn key(&self) -> Option<DbKey> {
        self.lock().key.clone()
    }

    /// How the journal can be unlocked, while it is locked.
    pub fn locked(&self) -> Option<LockedJournal> {
        self.lock().locked.clone()
    }

    /// Where the damaged journal was moved at start, while no journal is open in its place.
    pub fn moved_aside(&self) -> Option<PathBuf> {
        let slot = self.lock();
        if slot.journal.is_ok() {
            return None;
        }
        slot.moved_aside.clone()
    }

    /// Why the journal could not be opened, if it could not.
    pub fn startup_error(&self) -> Option<AppError> {
        self.lock().journal.as_ref().err().cloned()
    }

    /// The journal file in use and whether it is the demo.
    pub fn database(&self) -> (PathBuf, bool) {
        let slot = self.lock();
        (slot.path.clone(), slot.demo)
    }

    /// The data folder.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }
}

/// The key to open the journal at `path` with: none for a plain (or missing) file or the demo;
/// `known` when given; else the keychain's. `Err` says how to unlock it.
fn key_for(
    path: &Path,
    demo: bool,
    known: Option<DbKey>,
    keystore: &dyn KeyStore,
) -> Result<Option<DbKey>, LockedJournal> {
    if demo || !matches!(file_kind(path), Ok(FileKind::Encrypted)) {
        return Ok(None);
    }
    if known.is_some() {
        return Ok(known);
    }
    let file = match KeyFile::read(path) {
        Ok(Some(file)) => file,
        Ok(None) => return Err(LockedJournal::new(None, Some(LockReason::NoKeyFile))),
        Err(err) => return Err(LockedJournal::new(None, Some(LockReason::UnreadableKeyFile(err.message())))),
    };
    match &file.method {
        KeyMethod::Passphrase { .. } => Err(LockedJournal::new(Some(EncryptionMethod::Passphrase), None)),
        KeyMethod::Keychain { account } => {
            let reason = match keystore.get(account) {
                Ok(Some(hex)) => match DbKey::from_hex(&hex) {
                    Some(key) => return Ok(Some(key)),
                    None => LockReason::KeychainHoldsOther,
                },
                Ok(None) => LockReason::NotInKeychain,
                Err(err) => LockReason::Keychain(err),
            };
            log::warn!("the journal's key could not be read from the keychain");
            Err(LockedJournal::new(Some(EncryptionMethod::Keychain), Some(reason)))
        }
    }
}
