//! The only place that reads the system clock; everything else is handed the time.

use std::sync::Arc;

use chrono::{DateTime, Local, NaiveDateTime, Utc};

/// Where "now" comes from, so commands can be tested on fixed dates.
pub trait Clock: Send + Sync {
    /// The current instant.
    fn now_utc(&self) -> DateTime<Utc>;
    /// The current local wall-clock time.
    fn now_local(&self) -> NaiveDateTime;
    /// The local wall-clock time at the instant `at` (by default with the current offset between
    /// local time and UTC).
    fn local_at(&self, at: DateTime<Utc>) -> NaiveDateTime {
        at.naive_utc() + (self.now_local() - self.now_utc().naive_utc())
    }
}

struct SystemClock;

impl Clock for SystemClock {
    fn now_utc(&self) -> DateTime<Utc> {
        Utc::now()
    }

    fn now_local(&self) -> NaiveDateTime {
        Local::now().naive_local()
    }

    fn local_at(&self, at: DateTime<Utc>) -> NaiveDateTime {
        at.with_timezone(&Local).naive_local()
    }
}

/// The computer's clock.
pub fn system() -> Arc<dyn Clock> {
    Arc::new(SystemClock)
}

/// A clock that always reads `local` (and that wall-clock time taken as UTC), for tests.
pub fn fixed(local: NaiveDateTime) -> Arc<dyn Clock> {
    struct Fixed(NaiveDateTime);
    impl Clock for Fixed {
        fn now_utc(&self) -> DateTime<Utc> {
            self.0.and_utc()
        }
        fn now_local(&self) -> NaiveDateTime {
            self.0
        }
    }
    Arc::new(Fixed(local))
}

/// A clock that reads what it was last set to (local time, taken as UTC unless made with
/// [`ManualClock::in_zone`]), for tests that move time forward.
pub struct ManualClock(std::sync::Mutex<NaiveDateTime>, chrono::FixedOffset);

impl ManualClock {
    /// A clock reading `local`.
    pub fn new(local: NaiveDateTime) -> Arc<Self> {
        Arc::new(ManualClock(std::sync::Mutex::new(local), chrono::Offset::fix(&Utc)))
    }

    /// A clock reading `local` in a time zone `utc_offset` away from UTC.
    pub fn in_zone(local: NaiveDateTime, utc_offset: chrono::FixedOffset) -> Arc<Self> {
        Arc::new(ManualClock(std::sync::Mutex::new(local), utc_offset))
    }

    /// Sets the time.
    pub fn set(&self, local: NaiveDateTime) {
        *self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = local;
    }

    /// Moves the time forward by `by`.
    pub fn advance(&self, by: chrono::Duration) {
        let mut now = self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        *now += by;
    }
}

impl Clock for ManualClock {
    fn now_utc(&self) -> DateTime<Utc> {
        (self.now_local() - chrono::TimeDelta::seconds(self.1.local_minus_utc().into())).and_utc()
    }
    fn now_local(&self) -> NaiveDateTime {
        *self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}
