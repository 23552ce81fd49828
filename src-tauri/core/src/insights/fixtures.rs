//! Small builders of fixture rows for the insights tests.

use chrono::{NaiveDate, NaiveTime};

use crate::model::massage_session::{MassageKind, MassageSession, SessionStatus};
use crate::CheckIn;

/// An ISO day.
pub fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// A check-in on `text` with no values; fill what a test needs with struct update syntax.
pub fn blank(text: &str) -> CheckIn {
    CheckIn {
        day: day(text),
        stress: None,
        sleep_hours: None,
        sleep_quality: None,
        pain: None,
        self_esteem: None,
        mood: None,
        anxiety: None,
        body_awareness: None,
        pain_areas: Vec::new(),
        tags: Vec::new(),
        notes: String::new(),
        created_at: "2026-01-01T00:00:00Z".into(),
        updated_at: "2026-01-01T00:00:00Z".into(),
        version: 1,
    }
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
    MassageSession {
        id: format!("{text}-{hour}-{minute}"),
        starts_at: day(text).and_time(NaiveTime::from_hms_opt(hour, minute, 0).unwrap()),
        status,
        kind: MassageKind::Swedish,
        kind_other: None,
        duration_min: Some(60),
        therapist: String::new(),
        place: String::new(),
        pressure: None,
        focus_areas: Vec::new(),
        cost_cents: None,
        notes: String::new(),
        stress_before: None,
        stress_after: None,
        pain_before: None,
        pain_after: None,
        created_at: "2026-01-01T00:00:00Z".into(),
        updated_at: "2026-01-01T00:00:00Z".into(),
        version: 1,
    }
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
            CheckIn {
                day: v.day,
                stress: v.stress,
                sleep_hours: v.sleep_hours,
                sleep_quality: v.sleep_quality,
                pain: v.pain,
                self_esteem: v.self_esteem,
                mood: v.mood,
                anxiety: v.anxiety,
                body_awareness: v.body_awareness,
                pain_areas: v.pain_areas,
                tags: v.tags,
                notes: v.notes,
                created_at: stamp.clone(),
                updated_at: stamp.clone(),
                version: 1,
            }
        })
        .collect();
    let noon = today.and_hms_opt(12, 0, 0).unwrap();
    let sessions = data
        .sessions
        .iter()
        .enumerate()
        .map(|(i, draft)| {
            let v = draft.validate(&chrono::Utc, noon).unwrap();
            MassageSession {
                id: format!("demo-{i}"),
                starts_at: v.starts_at,
                status: v.status,
                kind: v.kind,
                kind_other: v.kind_other,
                duration_min: v.duration_min,
                therapist: v.therapist,
                place: v.place,
                pressure: v.pressure,
                focus_areas: v.focus_areas,
                cost_cents: v.cost_cents,
                notes: v.notes,
                stress_before: v.stress_before,
                stress_after: v.stress_after,
                pain_before: v.pain_before,
                pain_after: v.pain_after,
                created_at: stamp.clone(),
                updated_at: stamp.clone(),
                version: 1,
            }
        })
        .collect();
    (check_ins, sessions)
}
