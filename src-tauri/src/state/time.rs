//! The clock and the day boundary: what "today" and "now" are for the journal.

use std::sync::{Arc, PoisonError, RwLock};

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use resilience_core::{journal_day, DEFAULT_DAY_BOUNDARY};

use crate::clock::Clock;

/// The clock (the system's, or a fixed or manual one in tests) and the time a journal day begins.
pub struct JournalTime {
    clock: Arc<dyn Clock>,
    /// Kept apart from the journal's lock so reading it never waits for a long write.
    day_boundary: RwLock<NaiveTime>,
}

impl JournalTime {
    /// `clock` with the default day boundary (the journal's settings replace it once open).
    pub fn new(clock: Arc<dyn Clock>) -> Self {
        JournalTime { clock, day_boundary: RwLock::new(DEFAULT_DAY_BOUNDARY) }
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

    /// The journal day (the local time zone and the day boundary applied) of the instant `at`.
    pub fn journal_day_of(&self, at: DateTime<Utc>) -> NaiveDate {
        journal_day(self.clock.local_at(at), self.day_boundary())
    }

    /// The current local wall-clock time.
    pub fn local_now(&self) -> NaiveDateTime {
        self.clock.now_local()
    }

    /// The current instant.
    pub fn now_utc(&self) -> DateTime<Utc> {
        self.clock.now_utc()
    }
}
