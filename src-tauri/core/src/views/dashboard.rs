//! Reading what the Insights screen needs: the check-ins' measures and tags and the sessions of
//! the window the insights engine asks for, then the pure computation.

use chrono::{NaiveDate, NaiveTime};

use crate::insights::{dashboard_with_day_boundary, data_window, Dashboard, DayRange};
use crate::model::day::{parse_day, EARLIEST_DAY};
use crate::store::check_in;
use crate::{Error, Journal, Result};

impl Journal {
    /// The Insights dashboard for the ISO days `from` … `to` as of `today`, with journal days
    /// starting at `day_boundary`.
    pub fn dashboard(&self, from: &str, to: &str, today: NaiveDate, day_boundary: NaiveTime) -> Result<Dashboard> {
        let (from, to) = (parse_day("from", from)?, parse_day("to", to)?);
        if from > to {
            return Err(Error::invalid("to", format!("The range ends ({to}) before it starts ({from}).")));
        }
        let window = data_window(today, DayRange::new(from, to));
        // The window reaches back before the range (the period before it, baselines); nothing is
        // stored before the journal's earliest day, so "All" (which starts there) reads from there.
        let read_from = window.from.max(EARLIEST_DAY);
        let check_ins = check_in::list_for_insights(self.conn(), read_from, window.to)?;
        let sessions = self.sessions(&read_from.to_string(), &window.to.to_string(), day_boundary)?;
        Ok(dashboard_with_day_boundary(&check_ins, &sessions, today, (from, to), day_boundary))
    }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use super::*;
    use crate::model::day::DEFAULT_DAY_BOUNDARY;
    use crate::{demo, insights};

    #[test]
    fn the_stored_dashboard_equals_the_pure_computation_over_the_same_data() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let now = Utc.with_ymd_and_hms(2026, 11, 25, 20, 0, 0).unwrap();
        let mut journal = Journal::open_in_memory().unwrap();
        demo::fill_days(&mut journal, demo::SEED, today, 400, now).unwrap();
        let stored = journal.dashboard("2026-05-01", "2026-11-25", today, DEFAULT_DAY_BOUNDARY).unwrap();
        let all = journal.check_ins("2025-01-01", "2026-11-25").unwrap();
        let sessions = journal.sessions("2025-01-01", "2026-11-25", DEFAULT_DAY_BOUNDARY).unwrap();
        let range = (NaiveDate::from_ymd_opt(2026, 5, 1).unwrap(), today);
        assert_eq!(stored, insights::dashboard(&all, &sessions, today, range));
        assert!(stored.massage.sessions > 5, "the demo has sessions in the range");
    }

    #[test]
    fn all_from_the_earliest_day_covers_the_whole_journal() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let now = Utc.with_ymd_and_hms(2026, 11, 25, 20, 0, 0).unwrap();
        let mut journal = Journal::open_in_memory().unwrap();
        demo::fill_days(&mut journal, demo::SEED, today, 400, now).unwrap();
        let all = journal.dashboard("1900-01-01", "2026-11-25", today, DEFAULT_DAY_BOUNDARY).unwrap();
        let since_first = journal.dashboard("2025-10-22", "2026-11-25", today, DEFAULT_DAY_BOUNDARY).unwrap();
        assert_eq!(all.massage.sessions, since_first.massage.sessions);
        assert!(all.massage.sessions > 10);
    }

    #[test]
    fn a_reversed_range_is_refused() {
        let journal = Journal::open_in_memory().unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let err = journal.dashboard("2026-11-25", "2026-11-01", today, DEFAULT_DAY_BOUNDARY).unwrap_err();
        assert_eq!(err.field(), Some("to"));
    }
}
