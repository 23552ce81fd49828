//! What the app keeps while running, by job, managed by Tauri as one [`AppState`] made of parts:
//! - [`JournalSlot`] (journal.rs): the open journal or why it is not open, the real or the demo
//!   file, and what happens to a damaged or locked one;
//! - [`Keys`] (keys.rs): the keychain, the keys held in memory and the keychain's last answer;
//! - [`JournalTime`] (time.rs): the clock and the day boundary;
//! - [`ReminderSignal`] (reminders.rs): the scheduler's wake-up and how reminders are delivered;
//! - [`crate::i18n::Language`]: the language of the texts Rust shows itself.
//!
//! `AppState` itself only does what needs several parts: opening, unlocking, switching and
//! replacing the journal (which need the keys and the clock, and wake the scheduler).

mod journal;
mod keys;
mod reminders;
pub mod sync;
mod time;

use resilience_core::error::Message;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use resilience_core::encryption::steps::{check_key_fits, KeySource};
use resilience_core::encryption::{DbKey, KeyStore};

pub use journal::{EncryptionMethod, JournalGuard, JournalSlot, LockedJournal, DEMO_FILE_NAME};
pub use keys::{Keys, KEYCHAIN_RECHECK};
pub use reminders::{Delivery, ReminderSignal};
pub use sync::SyncSlot;
pub use time::JournalTime;

use crate::clock::Clock;
use crate::AppError;

/// Shared app state, managed by Tauri.
pub struct AppState {
    /// The open journal.
    pub slot: JournalSlot,
    /// Keys and the keychain.
    pub keys: Keys,
    /// The clock and the day boundary.
    pub time: JournalTime,
    /// The reminder scheduler's wake-up and delivery.
    pub reminders: ReminderSignal,
    /// The language of the texts Rust shows (tray, notifications, window title, calendar).
    pub language: crate::i18n::Language,
    /// Sync's engine, key and findings, and the sync job's wake-up.
    pub sync: SyncSlot,
}

impl AppState {
    /// Opens the journal in `data_dir` (the demo journal when `demo`). A failure is kept, not
    /// raised, so the window can still open and explain what happened.
    pub fn open(data_dir: PathBuf, demo: bool, clock: Arc<dyn Clock>, keystore: Arc<dyn KeyStore>) -> Self {
        let state = AppState {
            slot: JournalSlot::new(data_dir, demo),
            keys: Keys::new(keystore),
            time: JournalTime::new(clock),
            reminders: ReminderSignal::default(),
            language: crate::i18n::Language::new(crate::i18n::system_locale(), None),
            sync: SyncSlot::default(),
        };
        let opened = state.slot.open(demo, None, state.keys.store(), &state.time);
        *state.slot.lock() = opened;
        state
    }

    /// The open journal, or the reason it is unavailable.
    pub fn journal(&self) -> Result<JournalGuard<'_>, AppError> {
        self.slot.journal()
    }

    /// The journal file in use and whether it is the demo.
    pub fn database(&self) -> (PathBuf, bool) {
        self.slot.database()
    }

    /// The data folder.
    pub fn data_dir(&self) -> &Path {
        self.slot.data_dir()
    }

    /// Opens the locked journal with `key` (unsealed from the passphrase or read from a recovery
    /// key, said by its [`KeySource`]) or, with `None`, the keychain's again. A key that does not
    /// fit changes nothing.
    pub fn unlock(&self, key: Option<(DbKey, KeySource)>) -> Result<(), AppError> {
        let mut slot = self.slot.lock();
        if slot.locked.is_none() {
            return Err(AppError::not_locked());
        }
        if let Some((key, source)) = &key {
            check_key_fits(&slot.path, key, *source)?;
        }
        let demo = slot.demo;
        *slot = self.slot.open(demo, key.map(|(key, _)| key), self.keys.store(), &self.time);
        let result = match (&slot.journal, &slot.locked) {
            (Ok(_), _) => Ok(()),
            (Err(err), Some(_)) => Err(AppError::still_locked(err)),
            (Err(err), None) => Err(err.clone()),
        };
        drop(slot);
        self.sync.reset();
        self.reminders.changed();
        result
    }

    /// Switches between the real journal and the demo one (created with sample data on first use).
    /// The journal that was open is closed; the real one is never written by the demo.
    pub fn switch(&self, demo: bool) -> Result<(), AppError> {
        let mut slot = self.slot.lock();
        if slot.demo == demo && slot.journal.is_ok() {
            return Ok(());
        }
        // Close the current file before opening the other (the real journal's key stays known
        // while the app runs, so coming back from the demo asks for nothing).
        let mut real_key = self.keys.real();
        if !slot.demo {
            *real_key = slot.key.take();
        }
        slot.journal = Err(AppError::journal_closed(Message::new("error-journal-switching")));
        *slot = self.slot.open(demo, if demo { None } else { real_key.take() }, self.keys.store(), &self.time);
        self.sync.reset();
        self.reminders.changed();
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
        let mut slot = self.slot.lock();
        let (path, demo, old_key) = (slot.path.clone(), slot.demo, slot.key.clone());
        let closing = Err(AppError::journal_closed(Message::new("error-journal-being-replaced")));
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
                *slot = self.slot.open(demo, key, self.keys.store(), &self.time);
            }
        }
        drop(slot);
        self.sync.reset();
        self.reminders.changed();
        result.map(|(value, _)| value)
    }
}

/// What a sync pass did, for the job and the "Sync now" button.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyncPass {
    /// Sync is off, paused, or the demo journal is open: nothing was done.
    Idle,
    /// A pass ran; `applied` rows came from other computers (`settings` among them), `retry_soon`
    /// when files did not open yet (a sync client still copying them).
    Ran { applied: usize, settings: bool, retry_soon: bool },
    /// The pass failed; its problem is kept for the status.
    Failed,
}

impl AppState {
    /// Tells the jobs that the journal changed: the reminder scheduler plans again, sync records
    /// and sends the change.
    pub fn journal_changed(&self) {
        self.reminders.changed();
        self.sync.changed();
    }

    /// One sync pass on the open journal (see `resilience_core::sync::engine`). Holds the journal
    /// for its length, so no save interleaves with it.
    pub fn sync_pass(&self) -> SyncPass {
        if self.database().1 {
            return SyncPass::Idle;
        }
        let Ok(mut journal) = self.journal() else { return SyncPass::Idle };
        let mut inner = self.sync.lock();
        let inner = &mut *inner;
        if inner.engine.is_none() {
            match resilience_core::sync::engine::Engine::load(&journal) {
                Ok(engine) => inner.engine = engine,
                Err(err) => {
                    inner.last.problem = Some(AppError::from(err).message);
                    return SyncPass::Failed;
                }
            }
        }
        let Some(engine) = inner.engine.as_mut() else { return SyncPass::Idle };
        if engine.row().paused {
            return SyncPass::Idle;
        }
        if inner.key.is_none() {
            match sync::load_key(self.keys.store(), engine.row()) {
                Ok(key) => inner.key = Some(key),
                Err(problem) => {
                    inner.last.problem = Some(problem);
                    return SyncPass::Failed;
                }
            }
        }
        let Some(key) = inner.key.as_ref() else { return SyncPass::Failed };
        match engine.pass(&mut journal, key, self.time.now_utc()) {
            Ok(report) => {
                inner.last = sync::findings(&report);
                SyncPass::Ran {
                    applied: report.applied.days + report.applied.sessions + report.applied.settings,
                    settings: report.applied.settings > 0,
                    retry_soon: report.unreadable > 0,
                }
            }
            Err(err) => {
                log::warn!("sync pass failed: {err}");
                // The document in memory may be ahead of the stored one: load it again next time.
                inner.engine = None;
                inner.last.problem = Some(AppError::from(err).message);
                SyncPass::Failed
            }
        }
    }
}
