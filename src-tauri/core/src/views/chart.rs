//! The chart the Trends screen asks for: one read of the check-ins and one of the sessions, then
//! the pure series computation of [`crate::charts`].

use chrono::{Days, NaiveTime};

use crate::charts::{check_span, series, ChartData, ChartQuery, WEEKLY_ROLLING_DAYS};
use crate::model::day::{journal_day, EARLIEST_DAY};
use crate::store::check_in;
use crate::{Journal, Result};

impl Journal {
    /// The chart for `query` (see [`series`]), with sessions on journal days that start at
    /// `day_boundary`. One read of the check-ins (from four weeks before the range, for the
    /// rolling mean) and one of the sessions.
    pub fn chart_series(&self, query: &ChartQuery, day_boundary: NaiveTime) -> Result<ChartData> {
        let query = query.validate()?;
        let lead = Days::new(u64::from(WEEKLY_ROLLING_DAYS - 1));
        let read_from = query.from.map_or(EARLIEST_DAY, |from| from.checked_sub_days(lead).unwrap_or(EARLIEST_DAY));
        let check_ins = check_in::list_without_links(self.conn(), read_from, query.to)?;
        let sessions_from = query.from.unwrap_or(EARLIEST_DAY);
        let sessions = self.sessions(&sessions_from.to_string(), &query.to.to_string(), day_boundary)?;
        let from = match query.from {
            Some(from) => from,
            None => {
                let first_session = sessions.first().map(|s| journal_day(s.starts_at, day_boundary));
                let first = check_ins.first().map(|c| c.day).into_iter().chain(first_session).min();
                let from = first.unwrap_or(query.to).min(query.to);
                check_span(from, query.to)?;
                from
            }
        };
        let resolution = query.resolution.resolve((query.to - from).num_days() + 1);
        Ok(series(&check_ins, &sessions, from, query.to, &query.metrics, resolution, day_boundary))
    }
}
