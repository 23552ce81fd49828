//! The only place that reads the system clock; everything else is handed the time.

use std::sync::Arc;

use chrono::{DateTime, Local, NaiveDateTime, Utc};

/// Where "now" comes from, so commands can be tested on fixed dates.
pub trait Clock: Send + Sync {
    /// The current instant.
    fn now_utc(&self) -> DateTime<Utc>;
    /// The current local wall-clock time.
    fn now_local(&self) -> NaiveDateTime;
}

struct SystemClock;

impl Clock for SystemClock {
    fn now_utc(&self) -> DateTime<Utc> {
        Utc::now()
    }

    fn now_local(&self) -> NaiveDateTime {
        Local::now().naive_local()
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
