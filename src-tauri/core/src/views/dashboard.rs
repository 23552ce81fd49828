//! Reading what the Insights screen needs: the check-ins' measures and tags and the sessions of
//! the window the insights engine asks for, then the pure computation.

use chrono::{NaiveDate, NaiveTime};

use crate::error::Message;
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
            return Err(Error::invalid(
                "to",
                Message::new("error-range-reversed").arg("from", from.to_string()).arg("to", to.to_string()),
            ));
        }
        let window = data_window(today, DayRange::new(from, to));
        // The window reaches back to the journal's earliest day (bounce-back follows every
        // episode of the whole history, so an episode reads the same for every range); nothing is
        // stored before it.
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
    fn an_episode_reads_the_same_from_the_journal_for_every_range_that_includes_it() {
        // 02-01 … 02-28 stress 6, 03-01 … 03-20 stress 2, 03-21 9, 03-22 … 03-30 stress 4, 03-31 9,
        // 04-01 … 04-10 stress 3 (the history of `insights::bounce_back`'s test of the same name).
        // The 03-21 episode's baseline (88/28) needs days before 03-01; read from 03-01 only, its
        // baseline would be 2.0, it would not recover before 04-01, and the 03-31 spike would be
        // swallowed by it for a range from 03-29.
        let today = NaiveDate::from_ymd_opt(2026, 4, 10).unwrap();
        let now = Utc.with_ymd_and_hms(2026, 4, 10, 20, 0, 0).unwrap();
        let mut journal = Journal::open_in_memory().unwrap();
        let mut save = |from: NaiveDate, days: u64, stress: i32| {
            for i in 0..days {
                let day = (from + chrono::Days::new(i)).to_string();
                let draft = crate::CheckInDraft { day, stress: Some(stress), ..Default::default() };
                journal.save_check_in(&draft, today, now).unwrap();
            }
        };
        let d = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
        save(d(2, 1), 28, 6);
        save(d(3, 1), 20, 2);
        save(d(3, 21), 1, 9);
        save(d(3, 22), 9, 4);
        save(d(3, 31), 1, 9);
        save(d(4, 1), 10, 3);
        let spike = |from: &str, to: &str| {
            let dashboard = journal.dashboard(from, to, today, DEFAULT_DAY_BOUNDARY).unwrap();
            dashboard.bounce_back.episodes.into_iter().find(|e| e.spike_day == d(3, 31))
        };
        let all = spike("2026-02-01", "2026-04-10").expect("the 03-31 spike is an episode");
        assert_eq!((all.baseline, all.recovery_days), (Some(81.0 / 28.0), Some(1)));
        for (from, to) in [("2026-03-16", "2026-04-10"), ("2026-03-29", "2026-04-10"), ("2026-03-31", "2026-03-31")] {
            assert_eq!(spike(from, to), Some(all), "range {from} … {to}");
        }
    }

    #[test]
    fn a_reversed_range_is_refused() {
        let journal = Journal::open_in_memory().unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let err = journal.dashboard("2026-11-25", "2026-11-01", today, DEFAULT_DAY_BOUNDARY).unwrap_err();
        assert_eq!(err.field(), Some("to"));
    }
}
