//! The JSON export format, version 1 (described for people in `docs/export-format.md`).
//!
//! These records are the file's contract, kept apart from the IPC types so that the app can change
//! without changing the format. Every object refuses fields it does not know; a later version that
//! needs new fields raises [`FORMAT_VERSION`], and this version refuses its files.

use serde::{Deserialize, Serialize};

use crate::model::body_area::BodyArea;
use crate::model::check_in::CheckIn;
use crate::model::massage_session::{MassageKind, MassageSession, Pressure, SessionStatus, STARTS_AT_FORMAT};
use crate::model::reminder_settings::ReminderSettings;
use crate::model::settings::Settings;
use crate::store::transfer::TagRow;

/// The `format` of every export.
pub const FORMAT_NAME: &str = "resilience-journal";
/// The format version this build writes and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;

/// A whole export file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExportDocument {
    pub format: String,
    pub version: u32,
    /// When the export was made (RFC 3339, UTC).
    pub exported_at: String,
    /// The journal days exported, or `None` for the whole journal.
    pub range: Option<DayRange>,
    pub check_ins: Vec<CheckInRecord>,
    pub sessions: Vec<SessionRecord>,
    pub tags: Vec<TagRecord>,
    pub settings: SettingsRecord,
}

/// An inclusive range of ISO days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DayRange {
    pub from: String,
    pub to: String,
}

/// One day's check-in. Ratings are whole numbers 0–10; they are read as wider integers so that a
/// wrong value gets the journal's own message rather than a parser's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CheckInRecord {
    pub day: String,
    pub stress: Option<i32>,
    pub sleep_hours: Option<f64>,
    pub sleep_quality: Option<i32>,
    pub pain: Option<i32>,
    pub self_esteem: Option<i32>,
    pub mood: Option<i32>,
    pub anxiety: Option<i32>,
    pub body_awareness: Option<i32>,
    pub pain_areas: Vec<BodyArea>,
    pub tags: Vec<String>,
    pub notes: String,
    pub created_at: String,
    pub updated_at: String,
    pub version: i64,
}

/// One massage session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SessionRecord {
    pub id: String,
    pub starts_at: String,
    pub status: SessionStatus,
    pub kind: MassageKind,
    pub kind_other: Option<String>,
    pub duration_min: Option<i32>,
    pub therapist: String,
    pub place: String,
    pub pressure: Option<Pressure>,
    pub focus_areas: Vec<BodyArea>,
    pub cost_cents: Option<i64>,
    pub notes: String,
    pub stress_before: Option<i32>,
    pub stress_after: Option<i32>,
    pub pain_before: Option<i32>,
    pub pain_after: Option<i32>,
    pub created_at: String,
    pub updated_at: String,
    pub version: i64,
}

/// A tag with its identity, so that an imported journal keeps the same tags.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TagRecord {
    pub id: String,
    pub name: String,
    pub created_at: String,
}

/// The person's settings, as the app reads them (defaults for anything never saved).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SettingsRecord {
    pub general: Settings,
    pub reminders: ReminderSettings,
    /// When a setting was last saved; `None` when none ever was.
    pub updated_at: Option<String>,
}

impl From<CheckIn> for CheckInRecord {
    fn from(c: CheckIn) -> Self {
        CheckInRecord {
            day: c.day.to_string(),
            stress: c.stress.map(i32::from),
            sleep_hours: c.sleep_hours,
            sleep_quality: c.sleep_quality.map(i32::from),
            pain: c.pain.map(i32::from),
            self_esteem: c.self_esteem.map(i32::from),
            mood: c.mood.map(i32::from),
            anxiety: c.anxiety.map(i32::from),
            body_awareness: c.body_awareness.map(i32::from),
            pain_areas: c.pain_areas,
            tags: c.tags,
            notes: c.notes,
            created_at: c.created_at,
            updated_at: c.updated_at,
            version: c.version,
        }
    }
}

impl From<MassageSession> for SessionRecord {
    fn from(s: MassageSession) -> Self {
        SessionRecord {
            id: s.id,
            starts_at: s.starts_at.format(STARTS_AT_FORMAT).to_string(),
            status: s.status,
            kind: s.kind,
            kind_other: s.kind_other,
            duration_min: s.duration_min.map(i32::from),
            therapist: s.therapist,
            place: s.place,
            pressure: s.pressure,
            focus_areas: s.focus_areas,
            cost_cents: s.cost_cents,
            notes: s.notes,
            stress_before: s.stress_before.map(i32::from),
            stress_after: s.stress_after.map(i32::from),
            pain_before: s.pain_before.map(i32::from),
            pain_after: s.pain_after.map(i32::from),
            created_at: s.created_at,
            updated_at: s.updated_at,
            version: s.version,
        }
    }
}

impl From<TagRow> for TagRecord {
    fn from(t: TagRow) -> Self {
        TagRecord { id: t.id, name: t.name, created_at: t.created_at }
    }
}
