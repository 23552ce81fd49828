//! What the app keeps while running: the open journal (or why it could not be opened), which file
//! that is (the real journal or the demo), the day boundary, and the clock.

use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, RwLock};

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use resilience_core::encryption::{file_kind, DbKey, FileKind, KeyFile, KeyMethod, KeyStore};
use resilience_core::store::{ensure_private_dir, recovery, JOURNAL_FILE_NAME};
use resilience_core::{demo, journal_day, Journal, DEFAULT_DAY_BOUNDARY};

use serde::{Deserialize, Serialize};
use tokio::sync::Notify;
use ts_rs::TS;

use crate::clock::Clock;
use crate::AppError;

/// How long a failing keychain's answer is kept before the keychain is asked again.
pub const KEYCHAIN_RECHECK: std::time::Duration = std::time::Duration::from_secs(120);

/// The file name of the separate demo journal, beside the real one.
pub const DEMO_FILE_NAME: &str = "demo-journal.db";

/// The journal file in use and the result of opening it.
struct Slot {
    journal: Result<Journal, AppError>,
    path: PathBuf,
    demo: bool,
    /// Where a journal that could not be opened was moved (the recovery screen offers a backup,
    /// another file or a new journal in its place).
    moved_aside: Option<PathBuf>,
    /// The key of the open encrypted journal (in memory while the app runs).
    key: Option<DbKey>,
    /// Set while an encrypted journal waits for its key.
    locked: Option<LockedJournal>,
}

/// How the journal can be unlocked, while it waits for its key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct LockedJournal {
    /// How the key is kept; `None` when the key file is missing or unreadable (recovery key only).
    pub method: Option<EncryptionMethod>,
    /// Why the key could not be had without asking (the keychain's answer), if that is the reason.
    pub problem: Option<String>,
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

/// Shared app state, managed by Tauri.
pub struct AppState {
    slot: Mutex<Slot>,
    /// Kept apart from the journal's lock so reading it never waits for a long write.
    day_boundary: RwLock<NaiveTime>,
    /// The folder holding the journal.
    pub data_dir: PathBuf,
    clock: Arc<dyn Clock>,
    /// Wakes the reminder scheduler to plan again after the journal or the settings changed.
    reminders_changed: Arc<Notify>,
    /// How reminders reach the person on this computer.
    delivery: RwLock<Delivery>,
    /// Where keys of encrypted journals are kept (the system keychain; a fake in tests).
    keystore: Arc<dyn KeyStore>,
    /// The real journal's key while the demo is open.
    real_key: Mutex<Option<DbKey>>,
    /// A new key made for encrypting, whose recovery key has been shown but not yet confirmed.
    pending_key: Mutex<Option<DbKey>>,
    /// The keychain's last answer to the check and when it was asked: `None` until asked.
    keychain_problem: Mutex<Option<(std::time::Instant, Option<String>)>>,
}

/// How reminders can reach the person here, found out at start.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct Delivery {
    /// A desktop notification service answered; without one, reminders show only in the app.
    pub notifications: bool,
    /// The tray icon is shown, so the app can keep running with its window closed.
    pub tray: bool,
    /// Whether the app starts with the computer; `None` where that cannot be set.
    pub start_with_computer: Option<bool>,
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

impl AppState {
    /// Opens the journal in `data_dir` (the demo journal when `demo`). A failure is kept, not
    /// raised, so the window can still open and explain what happened.
    pub fn open(data_dir: PathBuf, demo: bool, clock: Arc<dyn Clock>, keystore: Arc<dyn KeyStore>) -> Self {
        let state = AppState {
            slot: Mutex::new(Slot {
                journal: Err(AppError::new("journal_unavailable", "Not opened yet.")),
                path: PathBuf::new(),
                demo,
                moved_aside: None,
                key: None,
                locked: None,
            }),
            day_boundary: RwLock::new(DEFAULT_DAY_BOUNDARY),
            data_dir,
            clock,
            reminders_changed: Arc::new(Notify::new()),
            delivery: RwLock::new(Delivery::default()),
            keystore,
            real_key: Mutex::new(None),
            pending_key: Mutex::new(None),
            keychain_problem: Mutex::new(None),
        };
        let slot = state.open_slot(demo, None);
        *state.lock_slot() = slot;
        state
    }

    /// Opens the real or the demo journal. An encrypted one opens with `key` (the one in memory,
    /// or just unlocked), else with the key from the keychain; without a key it waits, locked.
    fn open_slot(&self, demo: bool, key: Option<DbKey>) -> Slot {
        let path = self.data_dir.join(if demo { DEMO_FILE_NAME } else { JOURNAL_FILE_NAME });
        let now = self.clock.now_utc();
        let key = match self.key_for(&path, demo, key) {
            Ok(key) => key,
            Err(locked) => {
                let journal = Err(AppError::new("locked", Self::locked_message(&locked)));
                return Slot { journal, path, demo, moved_aside: None, key: None, locked: Some(locked) };
            }
        };
        let opened = ensure_private_dir(&self.data_dir).and_then(|()| {
            let (mut journal, report) = Journal::open_with_key(&path, key.as_ref(), now)?;
            if demo && report.created {
                let today = journal_day(self.clock.now_local(), DEFAULT_DAY_BOUNDARY);
                demo::fill(&mut journal, demo::SEED, today, now)?;
            }
            Ok(journal)
        });
        let mut moved_aside = None;
        let mut locked = None;
        let journal = match opened {
            Ok(journal) => {
                let boundary = journal.settings().ok().and_then(|s| s.day_boundary_time().ok());
                self.set_day_boundary(boundary.unwrap_or(DEFAULT_DAY_BOUNDARY));
                Ok(journal)
            }
            // A damaged file is moved aside, unchanged, so that nothing ever writes to it and a
            // backup, another file or a new journal can take its place.
            Err(err @ resilience_core::Error::Damaged { .. }) => {
                log::error!("the journal could not be opened: {err}");
                match recovery::move_aside(&path, now) {
                    Ok(to) => {
                        let message = format!(
                            "{err} It was moved aside, unchanged, to {}. Nothing has been deleted.",
                            to.display()
                        );
                        moved_aside = Some(to);
                        Err(AppError::new("damaged", message))
                    }
                    Err(move_err) => {
                        Err(AppError::new("damaged", format!("{err} (It could not be moved aside: {move_err}.)")))
                    }
                }
            }
            // The key in hand does not fit (a keychain entry of another journal): ask for one.
            Err(resilience_core::Error::WrongKey { .. } | resilience_core::Error::Locked { .. }) => {
                let method = KeyFile::read(&path).ok().flatten().map(|f| EncryptionMethod::of(&f));
                let problem = "The key kept for this journal does not open it. Use your recovery key.";
                let waiting = LockedJournal {
                    method: method.filter(|m| *m == EncryptionMethod::Passphrase),
                    problem: Some(problem.into()),
                };
                let err = AppError::new("locked", Self::locked_message(&waiting));
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

    /// The key to open the journal at `path` with: none for a plain (or missing) file or the demo;
    /// `known` when given; else the keychain's. `Err` says how to unlock it.
    fn key_for(&self, path: &Path, demo: bool, known: Option<DbKey>) -> Result<Option<DbKey>, LockedJournal> {
        if demo || !matches!(file_kind(path), Ok(FileKind::Encrypted)) {
            return Ok(None);
        }
        if known.is_some() {
            return Ok(known);
        }
        let file = match KeyFile::read(path) {
            Ok(Some(file)) => file,
            Ok(None) => {
                let problem = "The file that says how this journal's key is kept is missing (for example after \
                               moving the journal to another computer).";
                return Err(LockedJournal { method: None, problem: Some(problem.into()) });
            }
            Err(err) => return Err(LockedJournal { method: None, problem: Some(err.to_string()) }),
        };
        match &file.method {
            KeyMethod::Passphrase { .. } => {
                Err(LockedJournal { method: Some(EncryptionMethod::Passphrase), problem: None })
            }
            KeyMethod::Keychain { account } => {
                let problem = match self.keystore.get(account) {
                    Ok(Some(hex)) => match DbKey::from_hex(&hex) {
                        Some(key) => return Ok(Some(key)),
                        None => "The system keychain holds something else than this journal's key.".to_string(),
                    },
                    Ok(None) => "This journal's key is not in the system keychain (any more).".to_string(),
                    Err(err) => err.to_string(),
                };
                log::warn!("the journal's key could not be read from the keychain");
                Err(LockedJournal { method: Some(EncryptionMethod::Keychain), problem: Some(problem) })
            }
        }
    }

    fn locked_message(locked: &LockedJournal) -> String {
        let ask = match locked.method {
            Some(EncryptionMethod::Passphrase) => "Enter its passphrase or recovery key to open it.",
            _ => "Enter its recovery key to open it.",
        };
        match &locked.problem {
            Some(problem) => format!("Your journal is encrypted. {problem} {ask}"),
            None => format!("Your journal is encrypted. {ask}"),
        }
    }

    /// Opens the locked journal with `key` (unsealed from the passphrase, read from a recovery key
    /// or `None` to ask the keychain again). A key that does not fit changes nothing.
    pub fn unlock(&self, key: Option<DbKey>) -> Result<(), AppError> {
        let mut slot = self.lock_slot();
        if slot.locked.is_none() {
            return Err(AppError::new("journal_open", "The journal is not locked."));
        }
        if let Some(key) = &key {
            let flags = resilience_core::store::OpenFlags::SQLITE_OPEN_READ_ONLY;
            let fits = resilience_core::store::open_connection(&slot.path, flags, Some(key));
            if let Err(err) = fits {
                return Err(match err {
                    resilience_core::Error::WrongKey { .. } => AppError::new(
                        "wrong_key",
                        "This key does not open the journal. Check it and try again; nothing was changed.",
                    ),
                    other => other.into(),
                });
            }
        }
        let demo = slot.demo;
        *slot = self.open_slot(demo, key);
        let result = match (&slot.journal, &slot.locked) {
            (Ok(_), _) => Ok(()),
            (Err(err), Some(_)) => Err(AppError::new("keychain", err.message.clone())),
            (Err(err), None) => Err(err.clone()),
        };
        drop(slot);
        self.reminders_changed();
        result
    }

    /// The key of the open journal, if it is encrypted.
    pub fn key(&self) -> Option<DbKey> {
        self.lock_slot().key.clone()
    }

    /// How the journal can be unlocked, while it is locked.
    pub fn locked(&self) -> Option<LockedJournal> {
        self.lock_slot().locked.clone()
    }

    /// Where keys are kept.
    pub fn keystore(&self) -> &dyn KeyStore {
        self.keystore.as_ref()
    }

    /// The key made for encrypting and not yet used.
    pub fn pending_key(&self) -> MutexGuard<'_, Option<DbKey>> {
        self.pending_key.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Why the keychain cannot keep a key here (`None`: it can). The check is a round trip
    /// through the keychain (which may show the system's unlock prompt), so its answer is kept:
    /// a working keychain for the whole run, a failing one for [`KEYCHAIN_RECHECK`].
    pub fn keychain_problem(&self) -> Option<String> {
        let mut cached = self.keychain_problem.lock().unwrap_or_else(PoisonError::into_inner);
        let now = std::time::Instant::now();
        if let Some((asked, answer)) = cached.as_ref() {
            if answer.is_none() || now.duration_since(*asked) < KEYCHAIN_RECHECK {
                return answer.clone();
            }
        }
        let answer = self.keystore.check().err().map(|e| e.to_string());
        *cached = Some((now, answer.clone()));
        answer
    }

    fn lock_slot(&self) -> MutexGuard<'_, Slot> {
        // A panic while holding the lock aborts the process in release builds (panic = "abort");
        // the data stays consistent either way because every write is one transaction.
        self.slot.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The open journal, or the reason it is unavailable.
    pub fn journal(&self) -> Result<JournalGuard<'_>, AppError> {
        let slot = self.lock_slot();
        match &slot.journal {
            Ok(_) => Ok(JournalGuard(slot)),
            Err(err) => Err(AppError::new("journal_unavailable", format!("The journal is not open: {}", err.message))),
        }
    }

    /// Switches between the real journal and the demo one (created with sample data on first use).
    /// The journal that was open is closed; the real one is never written by the demo.
    pub fn switch(&self, demo: bool) -> Result<(), AppError> {
        let mut slot = self.lock_slot();
        if slot.demo == demo && slot.journal.is_ok() {
            return Ok(());
        }
        // Close the current file before opening the other (the real journal's key stays known
        // while the app runs, so coming back from the demo asks for nothing).
        let mut real_key = self.real_key.lock().unwrap_or_else(PoisonError::into_inner);
        if !slot.demo {
            *real_key = slot.key.take();
        }
        slot.journal = Err(AppError::new("journal_unavailable", "Switching journals."));
        *slot = self.open_slot(demo, if demo { None } else { real_key.take() });
        self.reminders_changed();
        slot.journal.as_ref().map(|_| ()).map_err(Clone::clone)
    }

    /// Closes the journal, runs `change` on its file (a restore), and opens it again, whatever
    /// `change` returned — except while recovering from a damaged journal (no journal file, none
    /// open), when a failed `change` leaves everything as it was. Commands wait meanwhile.
    /// `change` is given the journal's path and key (if it is encrypted).
    pub fn with_journal_closed<T>(
        &self,
        change: impl FnOnce(&Path, Option<&DbKey>) -> Result<T, AppError>,
    ) -> Result<T, AppError> {
        self.replace_journal(|path, key| {
            let kept = key.cloned();
            change(path, key).map(|value| (value, kept))
        })
    }

    /// Like [`AppState::with_journal_closed`], for a change that also changes the key (encrypting
    /// or decrypting): `change` returns the key to open the journal with afterwards. On failure it
    /// opens with the key it had.
    pub fn replace_journal<T>(
        &self,
        change: impl FnOnce(&Path, Option<&DbKey>) -> Result<(T, Option<DbKey>), AppError>,
    ) -> Result<T, AppError> {
        let mut slot = self.lock_slot();
        let (path, demo, old_key) = (slot.path.clone(), slot.demo, slot.key.clone());
        let closing = Err(AppError::new("journal_unavailable", "The journal is being replaced."));
        // The open journal is closed first: its connection must not hold the file meanwhile.
        let previous = std::mem::replace(&mut slot.journal, closing).map(drop);
        let result = change(&path, old_key.as_ref());
        match (&result, previous) {
            // Recovering and the choice failed: stay as we were rather than make a new journal.
            (Err(_), Err(previous)) if !path.exists() => slot.journal = Err(previous),
            _ => {
                let key = match &result {
                    Ok((_, key)) => key.clone(),
                    Err(_) => old_key,
                };
                *slot = self.open_slot(demo, key);
            }
        }
        drop(slot);
        self.reminders_changed();
        result.map(|(value, _)| value)
    }

    /// Where the damaged journal was moved at start, while no journal is open in its place.
    pub fn moved_aside(&self) -> Option<PathBuf> {
        let slot = self.lock_slot();
        if slot.journal.is_ok() {
            return None;
        }
        slot.moved_aside.clone()
    }

    /// Why the journal could not be opened, if it could not.
    pub fn startup_error(&self) -> Option<AppError> {
        self.lock_slot().journal.as_ref().err().cloned()
    }

    /// The journal file in use and whether it is the demo.
    pub fn database(&self) -> (PathBuf, bool) {
        let slot = self.lock_slot();
        (slot.path.clone(), slot.demo)
    }

    /// The data folder.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Applies a new day boundary (after the settings changed).
    pub fn set_day_boundary(&self, boundary: NaiveTime) {
        *self.day_boundary.write().unwrap_or_else(PoisonError::into_inner) = boundary;
    }

    /// The time at which a journal day begins.
    pub fn day_boundary(&self) -> NaiveTime {
        *self.day_boundary.read().unwrap_or_else(PoisonError::into_inner)
    }

    /// The current journal day (the day boundary applied) and instant.
    pub fn today_and_now(&self) -> (NaiveDate, DateTime<Utc>) {
        (journal_day(self.clock.now_local(), self.day_boundary()), self.clock.now_utc())
    }

    /// The current local wall-clock time.
    pub fn local_now(&self) -> NaiveDateTime {
        self.clock.now_local()
    }

    /// The current instant.
    pub fn now_utc(&self) -> DateTime<Utc> {
        self.clock.now_utc()
    }

    /// Tells the reminder scheduler that the journal or the settings changed. A change while it
    /// is busy is kept, so it plans once more afterwards.
    pub fn reminders_changed(&self) {
        self.reminders_changed.notify_one();
    }

    /// What the scheduler waits on between passes.
    pub fn reminder_wake(&self) -> Arc<Notify> {
        Arc::clone(&self.reminders_changed)
    }

    /// How reminders reach the person here.
    pub fn delivery(&self) -> Delivery {
        self.delivery.read().unwrap_or_else(PoisonError::into_inner).clone()
    }

    /// Updates how reminders reach the person here.
    pub fn set_delivery(&self, change: impl FnOnce(&mut Delivery)) {
        change(&mut self.delivery.write().unwrap_or_else(PoisonError::into_inner));
    }
}
