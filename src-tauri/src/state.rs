//! What the app keeps while running: the open journal (or why it could not be opened), which file
//! that is (the real journal or the demo), the day boundary, and the clock.

use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, RwLock};

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use resilience_core::store::{ensure_private_dir, recovery, JOURNAL_FILE_NAME};
use resilience_core::{demo, journal_day, Journal, DEFAULT_DAY_BOUNDARY};

use serde::{Deserialize, Serialize};
use tokio::sync::Notify;
use ts_rs::TS;

use crate::clock::Clock;
use crate::AppError;

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
    pub fn open(data_dir: PathBuf, demo: bool, clock: Arc<dyn Clock>) -> Self {
        let state = AppState {
            slot: Mutex::new(Slot {
                journal: Err(AppError::new("journal_unavailable", "Not opened yet.")),
                path: PathBuf::new(),
                demo,
                moved_aside: None,
            }),
            day_boundary: RwLock::new(DEFAULT_DAY_BOUNDARY),
            data_dir,
            clock,
            reminders_changed: Arc::new(Notify::new()),
            delivery: RwLock::new(Delivery::default()),
        };
        let slot = state.open_slot(demo);
        *state.lock_slot() = slot;
        state
    }

    fn open_slot(&self, demo: bool) -> Slot {
        let path = self.data_dir.join(if demo { DEMO_FILE_NAME } else { JOURNAL_FILE_NAME });
        let now = self.clock.now_utc();
        let opened = ensure_private_dir(&self.data_dir).and_then(|()| {
            let (mut journal, report) = Journal::open(&path, now)?;
            if demo && report.created {
                let today = journal_day(self.clock.now_local(), DEFAULT_DAY_BOUNDARY);
                demo::fill(&mut journal, demo::SEED, today, now)?;
            }
            Ok(journal)
        });
        let mut moved_aside = None;
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
            Err(err) => {
                log::error!("the journal could not be opened: {err}");
                Err(AppError::from(err))
            }
        };
        Slot { journal, path, demo, moved_aside }
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
        // Close the current file before opening the other.
        slot.journal = Err(AppError::new("journal_unavailable", "Switching journals."));
        *slot = self.open_slot(demo);
        self.reminders_changed();
        slot.journal.as_ref().map(|_| ()).map_err(Clone::clone)
    }

    /// Closes the journal, runs `change` on its file (a restore), and opens it again, whatever
    /// `change` returned — except while recovering from a damaged journal (no journal file, none
    /// open), when a failed `change` leaves everything as it was. Commands wait meanwhile.
    pub fn with_journal_closed<T>(&self, change: impl FnOnce(&Path) -> Result<T, AppError>) -> Result<T, AppError> {
        let mut slot = self.lock_slot();
        let (path, demo) = (slot.path.clone(), slot.demo);
        let closing = Err(AppError::new("journal_unavailable", "The journal is being replaced."));
        let previous = std::mem::replace(&mut slot.journal, closing);
        let result = change(&path);
        if result.is_err() && previous.is_err() && !path.exists() {
            // Recovering and the choice failed: stay as we were rather than make a new journal.
            slot.journal = previous;
        } else {
            drop(previous);
            *slot = self.open_slot(demo);
        }
        drop(slot);
        self.reminders_changed();
        result
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
