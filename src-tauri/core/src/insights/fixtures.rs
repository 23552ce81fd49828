//! Small builders of fixture rows for the insights tests.

use chrono::{NaiveDate, NaiveTime};

use crate::model::massage_session::{MassageSession, SessionStatus};
use crate::CheckIn;

/// An ISO day.
pub fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// A check-in on `text` with no values; fill what a test needs with struct update syntax.
pub fn blank(text: &str) -> CheckIn {
    CheckIn::fixture(day(text))
}

/// A check-in on `text` with only stress.
pub fn stress(text: &str, value: u8) -> CheckIn {
    CheckIn { stress: Some(value), ..blank(text) }
}

/// Consecutive days from `first`, one per value (`None` = a day not logged), with stress only.
pub fn stress_days(first: &str, values: &[Option<u8>]) -> Vec<CheckIn> {
    let first = day(first);
    values
        .iter()
        .enumerate()
        .filter_map(|(i, v)| {
            v.map(|v| CheckIn { stress: Some(v), ..blank(&(first + chrono::Days::new(i as u64)).to_string()) })
        })
        .collect()
}

/// A done session on `text` at 10:00.
pub fn session(text: &str) -> MassageSession {
    session_at(text, 10, 0, SessionStatus::Done)
}

/// A session on `text` at `hour`:`minute` with `status`.
pub fn session_at(text: &str, hour: u32, minute: u32, status: SessionStatus) -> MassageSession {
    let starts_at = day(text).and_time(NaiveTime::from_hms_opt(hour, minute, 0).unwrap());
    MassageSession::fixture(format!("{text}-{hour}-{minute}"), starts_at, status)
}

/// Asserts that `actual` is within 0.0005 of `expected` (three decimals).
#[track_caller]
pub fn close(actual: f64, expected: f64) {
    assert!((actual - expected).abs() < 5e-4, "{actual} is not {expected} to three decimals");
}

/// The demo generator's journal of `days` days ending `today`, validated and held in memory.
pub fn demo(today: NaiveDate, days: u32) -> (Vec<CheckIn>, Vec<MassageSession>) {
    let data = crate::demo::generate(crate::demo::SEED, today, days);
    let stamp = "2026-01-01T00:00:00Z".to_string();
    let check_ins = data
        .check_ins
        .iter()
        .map(|draft| {
            let v = draft.validate(today).unwrap();
            CheckIn::fixture_from(v, &stamp)
        })
        .collect();
    let noon = today.and_hms_opt(12, 0, 0).unwrap();
    let sessions = data
        .sessions
        .iter()
        .enumerate()
        .map(|(i, draft)| {
            let v = draft.validate(&chrono::Utc, noon).unwrap();
            MassageSession::fixture_from(format!("demo-{i}"), v, &stamp)
        })
        .collect();
    (check_ins, sessions)
}
