//! Journal days: a local calendar day that, by default, starts at 04:00 so that an entry written
//! at 00:30 still belongs to the evening before.

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};

use crate::error::Message;
use crate::{Error, Result};

/// The default hour at which a new journal day begins.
pub const DEFAULT_DAY_BOUNDARY: NaiveTime = match NaiveTime::from_hms_opt(4, 0, 0) {
    Some(t) => t,
    None => panic!("04:00 is a valid time"),
};

/// The earliest day the journal accepts; anything before is surely a typing mistake.
pub const EARLIEST_DAY: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(d) => d,
    None => panic!("1900-01-01 is a valid date"),
};

/// The journal day that the local date-time `now` belongs to, given the day `boundary`.
pub fn journal_day(now: NaiveDateTime, boundary: NaiveTime) -> NaiveDate {
    let since_midnight = boundary - NaiveTime::MIN;
    (now - since_midnight).date()
}

/// Parses an ISO `YYYY-MM-DD` day strictly (no missing zero padding, no time part).
pub fn parse_day(field: &'static str, text: &str) -> Result<NaiveDate> {
    let well_formed = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !well_formed {
        return Err(Error::invalid(field, Message::new("error-date-form").arg("text", truncate(text))));
    }
    let day = NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| Error::invalid(field, Message::new("error-date-not-in-calendar").arg("text", text)))?;
    if day < EARLIEST_DAY {
        return Err(Error::invalid(field, Message::new("error-date-too-early").arg("day", text)));
    }
    Ok(day)
}

/// Checks that `day` is not after `today`: the journal records what happened, not the future.
pub fn not_in_future(field: &'static str, day: NaiveDate, today: NaiveDate) -> Result<()> {
    if day > today {
        return Err(Error::invalid(field, Message::new("error-date-in-future").arg("day", day.to_string())));
    }
    Ok(())
}

/// The inclusive number of days from `from` to `to` (0 when `to` is before `from`).
pub fn days_inclusive(from: NaiveDate, to: NaiveDate) -> i64 {
    ((to - from) + Duration::days(1)).num_days().max(0)
}

fn truncate(text: &str) -> String {
    text.chars().take(40).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, min, 0).unwrap()
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn half_past_midnight_belongs_to_the_evening_before() {
        assert_eq!(journal_day(at(2026, 3, 1, 0, 30), DEFAULT_DAY_BOUNDARY), date(2026, 2, 28));
    }

    #[test]
    fn the_boundary_itself_starts_the_new_day() {
        assert_eq!(journal_day(at(2026, 3, 1, 4, 0), DEFAULT_DAY_BOUNDARY), date(2026, 3, 1));
        assert_eq!(journal_day(at(2026, 3, 1, 3, 59), DEFAULT_DAY_BOUNDARY), date(2026, 2, 28));
    }

    #[test]
    fn a_midnight_boundary_is_the_calendar_day() {
        assert_eq!(journal_day(at(2026, 1, 1, 0, 0), NaiveTime::MIN), date(2026, 1, 1));
    }

    #[test]
    fn days_must_be_strict_iso_dates() {
        assert_eq!(parse_day("day", "2024-02-29").unwrap(), date(2024, 2, 29));
        for bad in ["2025-02-30", "2025-2-3", "2025-13-01", "", "yesterday", "2025-02-03T00:00", "1899-12-31"] {
            let err = parse_day("day", bad).unwrap_err();
            assert_eq!(err.field(), Some("day"), "{bad}");
        }
    }

    #[test]
    fn future_days_are_refused() {
        let today = date(2026, 11, 25);
        assert!(not_in_future("day", today, today).is_ok());
        assert!(not_in_future("day", date(2026, 11, 26), today).is_err());
    }

    #[test]
    fn inclusive_day_counts() {
        assert_eq!(days_inclusive(date(2026, 1, 1), date(2026, 1, 7)), 7);
        assert_eq!(days_inclusive(date(2026, 1, 2), date(2026, 1, 1)), 0);
    }
}
