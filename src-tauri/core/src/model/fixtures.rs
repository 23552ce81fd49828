//! Builders of domain values for tests and benches — compiled for the crate's own tests and with
//! the `fixtures` feature (which the crate's integration tests and benches turn on), never into
//! the app. One place knows every field, so a new field is added here once.

use chrono::{NaiveDate, NaiveDateTime};

use super::check_in::{CheckIn, CheckInValues};
use super::massage_session::{MassageKind, MassageSession, MassageSessionValues, SessionStatus};

/// The time every fixture row was written, unless a test says otherwise.
pub const FIXTURE_STAMP: &str = "2026-01-01T00:00:00Z";

impl CheckIn {
    /// A check-in on `day` with no values, written at [`FIXTURE_STAMP`] (version 1). Fill what a
    /// test needs with `..`.
    pub fn fixture(day: NaiveDate) -> Self {
        CheckIn {
            day,
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
            created_at: FIXTURE_STAMP.into(),
            updated_at: FIXTURE_STAMP.into(),
            version: 1,
        }
    }

    /// The check-in validated `values` describe, as the store would hold it, written at `stamp`
    /// (version 1).
    pub fn fixture_from(values: CheckInValues, stamp: &str) -> Self {
        let v = values;
        CheckIn {
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
            created_at: stamp.into(),
            updated_at: stamp.into(),
            ..CheckIn::fixture(v.day)
        }
    }
}

impl MassageSession {
    /// A 60-minute Swedish session `id` at the local time `starts_at` with `status` and nothing
    /// else filled in, written at [`FIXTURE_STAMP`] (version 1). Change fields with `..`.
    pub fn fixture(id: impl Into<String>, starts_at: NaiveDateTime, status: SessionStatus) -> Self {
        MassageSession {
            id: id.into(),
            starts_at,
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
            created_at: FIXTURE_STAMP.into(),
            updated_at: FIXTURE_STAMP.into(),
            version: 1,
        }
    }

    /// The session validated `values` describe, as the store would hold it under `id`, written at
    /// `stamp` (version 1).
    pub fn fixture_from(id: impl Into<String>, values: MassageSessionValues, stamp: &str) -> Self {
        let v = values;
        MassageSession {
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
            created_at: stamp.into(),
            updated_at: stamp.into(),
            ..MassageSession::fixture(id, v.starts_at, v.status)
        }
    }
}
