//! What the app keeps while running: the open journal (or why it could not be opened), where it
//! lives, and the clock.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

use chrono::{DateTime, NaiveDate, Utc};
use resilience_core::store::{ensure_private_dir, JOURNAL_FILE_NAME};
use resilience_core::{journal_day, Journal, DEFAULT_DAY_BOUNDARY};

use crate::clock::Clock;
use crate::AppError;

/// The file name of the separate demo journal, beside the real one.
pub const DEMO_FILE_NAME: &str = "demo-journal.db";

/// Shared app state, managed by Tauri.
pub struct AppState {
    journal: Result<Mutex<Journal>, AppError>,
    /// The folder holding the journal.
    pub data_dir: PathBuf,
    /// The journal file.
    pub database_path: PathBuf,
    /// Whether this is the demo journal.
    pub demo: bool,
    clock: Arc<dyn Clock>,
}

impl AppState {
    /// Opens the journal in `data_dir`. A failure is kept, not raised, so the window can still
    /// open and explain what happened.
    pub fn open(data_dir: PathBuf, demo: bool, clock: Arc<dyn Clock>) -> Self {
        let database_path = data_dir.join(if demo { DEMO_FILE_NAME } else { JOURNAL_FILE_NAME });
        let journal = ensure_private_dir(&data_dir)
            .and_then(|()| Journal::open(&database_path, clock.now_utc()))
            .map(|(journal, _report)| Mutex::new(journal))
            .map_err(AppError::from);
        if let Err(err) = &journal {
            eprintln!("Resilience Journal: the journal could not be opened: {err}");
        }
        AppState { journal, data_dir, database_path, demo, clock }
    }

    /// The open journal, or the reason it is unavailable.
    pub fn journal(&self) -> Result<MutexGuard<'_, Journal>, AppError> {
        match &self.journal {
            // A panic while holding the lock aborts the process (panic = "abort" in release);
            // in debug builds the data is still consistent because every write is a transaction.
            Ok(lock) => Ok(lock.lock().unwrap_or_else(|poisoned| poisoned.into_inner())),
            Err(err) => Err(AppError::new("journal_unavailable", format!("The journal is not open: {}", err.message))),
        }
    }

    /// Why the journal could not be opened, if it could not.
    pub fn startup_error(&self) -> Option<AppError> {
        self.journal.as_ref().err().cloned()
    }

    /// The current journal day (the day boundary applied) and instant.
    pub fn today_and_now(&self) -> (NaiveDate, DateTime<Utc>) {
        (journal_day(self.clock.now_local(), DEFAULT_DAY_BOUNDARY), self.clock.now_utc())
    }
}
