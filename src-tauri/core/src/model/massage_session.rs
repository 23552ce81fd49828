//! Massage sessions: planned, done or cancelled, with optional before/after ratings.

use chrono::{MappedLocalTime, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::body_area::BodyArea;
use super::day::parse_day;
use super::text::check_text;
use super::text_enum::text_enum;
use crate::error::Message;
use crate::{Error, Result};

/// The longest note a session can hold, in characters.
pub const MAX_NOTES_CHARS: usize = 20_000;
/// The longest therapist or place name, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// The longest name of a kind "other", in characters.
pub const MAX_KIND_OTHER_CHARS: usize = 60;
/// The longest session, in minutes (ten hours).
pub const MAX_DURATION_MIN: i32 = 600;
/// The highest cost, in cents (one million in the currency).
pub const MAX_COST_CENTS: i64 = 100_000_000;

/// The text form of a session's local start, as stored and sent over IPC.
pub const STARTS_AT_FORMAT: &str = "%Y-%m-%dT%H:%M";

text_enum! {
    /// Whether a session is still ahead, happened, or was called off.
    pub enum SessionStatus {
        Planned = "planned",
        Done = "done",
        Cancelled = "cancelled",
    }
}

text_enum! {
    /// The kind of massage; `Other` carries its own name in `kind_other`.
    pub enum MassageKind {
        Swedish = "swedish",
        DeepTissue = "deep_tissue",
        Sports = "sports",
        Shiatsu = "shiatsu",
        Thai = "thai",
        Reflexology = "reflexology",
        SelfMassage = "self_massage",
        Other = "other",
    }
}

text_enum! {
    /// How firm the massage was.
    pub enum Pressure {
        Light = "light",
        Medium = "medium",
        Firm = "firm",
    }
}

/// A session as the UI sends it, before validation.
///
/// `id` is `None` for a new session (the journal gives it a UUIDv7), otherwise the session being
/// edited, and then `version` is the version the edit is based on: a stale one is refused.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(rename_all = "camelCase")]
pub struct MassageSessionDraft {
    pub id: Option<String>,
    /// Local start, `YYYY-MM-DDTHH:MM`.
    pub starts_at: String,
    pub status: SessionStatus,
    pub kind: MassageKind,
    pub kind_other: Option<String>,
    pub duration_min: Option<i32>,
    pub therapist: String,
    pub place: String,
    pub pressure: Option<Pressure>,
    pub focus_areas: Vec<BodyArea>,
    #[ts(type = "number | null")]
    pub cost_cents: Option<i64>,
    pub notes: String,
    pub stress_before: Option<i32>,
    pub stress_after: Option<i32>,
    pub pain_before: Option<i32>,
    pub pain_after: Option<i32>,
    #[ts(type = "number | null")]
    pub version: Option<i64>,
}

/// The values of a session, validated. Names are trimmed; focus areas are sorted head to feet
/// without repeats.
#[derive(Debug, Clone, PartialEq)]
pub struct MassageSessionValues {
    pub starts_at: NaiveDateTime,
    pub status: SessionStatus,
    pub kind: MassageKind,
    pub kind_other: Option<String>,
    pub duration_min: Option<u16>,
    pub therapist: String,
    pub place: String,
    pub pressure: Option<Pressure>,
    pub focus_areas: Vec<BodyArea>,
    pub cost_cents: Option<i64>,
    pub notes: String,
    pub stress_before: Option<u8>,
    pub stress_after: Option<u8>,
    pub pain_before: Option<u8>,
    pub pain_after: Option<u8>,
}

/// A stored session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct MassageSession {
    /// A UUIDv7.
    pub id: String,
    /// Local start, `YYYY-MM-DDTHH:MM`.
    #[serde(with = "starts_at_text")]
    #[ts(type = "string")]
    pub starts_at: NaiveDateTime,
    pub status: SessionStatus,
    pub kind: MassageKind,
    pub kind_other: Option<String>,
    pub duration_min: Option<u16>,
    pub therapist: String,
    pub place: String,
    pub pressure: Option<Pressure>,
    pub focus_areas: Vec<BodyArea>,
    #[ts(type = "number | null")]
    pub cost_cents: Option<i64>,
    pub notes: String,
    pub stress_before: Option<u8>,
    pub stress_after: Option<u8>,
    pub pain_before: Option<u8>,
    pub pain_after: Option<u8>,
    /// When the session was first written (RFC 3339, UTC).
    pub created_at: String,
    /// When the session was last changed (RFC 3339, UTC).
    pub updated_at: String,
    /// Increases by one on every change.
    #[ts(type = "number")]
    pub version: i64,
}

impl MassageSessionDraft {
    /// A new session starting at `starts_at` (local `YYYY-MM-DDTHH:MM`) with nothing else filled
    /// in; set the rest with struct update syntax.
    pub fn new(starts_at: impl Into<String>, status: SessionStatus, kind: MassageKind) -> Self {
        MassageSessionDraft {
            id: None,
            starts_at: starts_at.into(),
            status,
            kind,
            kind_other: None,
            duration_min: None,
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
            version: None,
        }
    }

    /// Validates every field; the first problem found is returned, naming its field.
    ///
    /// `tz` is the person's time zone: a start inside a daylight-saving gap does not exist and is
    /// refused, while a start in the repeated hour of autumn is accepted. `now` is the local
    /// wall-clock time: a session starting later cannot be done yet.
    pub fn validate<Tz: TimeZone>(&self, tz: &Tz, now: NaiveDateTime) -> Result<MassageSessionValues> {
        if let Some(id) = &self.id {
            parse_session_id(id)?;
        }
        let starts_at = parse_starts_at(&self.starts_at)?;
        if let MappedLocalTime::None = tz.from_local_datetime(&starts_at) {
            return Err(Error::invalid(
                "startsAt",
                Message::new("error-session-skipped-hour").arg("start", starts_at.format("%Y-%m-%d %H:%M").to_string()),
            ));
        }
        if self.status == SessionStatus::Done && starts_at > now {
            return Err(Error::invalid(
                "status",
                Message::new("error-session-done-in-future")
                    .arg("start", starts_at.format("%Y-%m-%d %H:%M").to_string()),
            ));
        }
        let values = MassageSessionValues {
            starts_at,
            status: self.status,
            kind: self.kind,
            kind_other: kind_other(self.kind, self.kind_other.as_deref())?,
            duration_min: duration(self.duration_min)?,
            therapist: name("therapist", "error-label-therapist", &self.therapist)?,
            place: name("place", "error-label-place", &self.place)?,
            pressure: self.pressure,
            focus_areas: focus_areas(&self.focus_areas),
            cost_cents: cost(self.cost_cents)?,
            notes: self.notes.clone(),
            stress_before: rating("stressBefore", self.stress_before)?,
            stress_after: rating("stressAfter", self.stress_after)?,
            pain_before: rating("painBefore", self.pain_before)?,
            pain_after: rating("painAfter", self.pain_after)?,
        };
        check_text("notes", Message::new("error-label-notes"), &values.notes, MAX_NOTES_CHARS)?;
        match (&self.id, self.version) {
            (None, Some(_)) => return Err(Error::invalid("version", Message::new("error-session-new-with-version"))),
            (_, Some(version)) if version < 1 => {
                return Err(Error::invalid("version", Message::new("error-session-version")))
            }
            _ => {}
        }
        Ok(values)
    }
}

/// Checks a session id: a UUID in its canonical lower-case hyphenated form (the only form the
/// journal stores, so the same session can never be named two ways).
pub fn parse_session_id(text: &str) -> Result<Uuid> {
    match Uuid::try_parse(text) {
        Ok(id) if id.hyphenated().to_string() == text => Ok(id),
        _ => Err(Error::invalid(
            "id",
            Message::new("error-session-id").arg("text", text.chars().take(40).collect::<String>()),
        )),
    }
}

/// Parses a local start `YYYY-MM-DDTHH:MM` strictly (zero-padded, no seconds, no offset).
pub fn parse_starts_at(text: &str) -> Result<NaiveDateTime> {
    let well_formed = text.len() == 16
        && text.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            10 => b == b'T',
            13 => b == b':',
            _ => b.is_ascii_digit(),
        });
    if !well_formed {
        let shown: String = text.chars().take(40).collect();
        return Err(Error::invalid("startsAt", Message::new("error-session-start-form").arg("text", shown)));
    }
    let day: NaiveDate = parse_day("startsAt", &text[..10])?;
    let time = NaiveTime::parse_from_str(&text[11..], "%H:%M")
        .map_err(|_| Error::invalid("startsAt", Message::new("error-session-time").arg("text", &text[11..])))?;
    Ok(day.and_time(time))
}

fn kind_other(kind: MassageKind, text: Option<&str>) -> Result<Option<String>> {
    match (kind, text) {
        (MassageKind::Other, Some(text)) if !text.trim().is_empty() => {
            let text = text.trim();
            check_text("kindOther", Message::new("error-label-kind-other"), text, MAX_KIND_OTHER_CHARS)?;
            Ok(Some(text.to_string()))
        }
        (MassageKind::Other, _) => Err(Error::invalid("kindOther", Message::new("error-kind-other-missing"))),
        (_, None) => Ok(None),
        (_, Some(_)) => Err(Error::invalid("kindOther", Message::new("error-kind-other-not-allowed"))),
    }
}

fn duration(value: Option<i32>) -> Result<Option<u16>> {
    match value {
        None => Ok(None),
        Some(minutes) => u16::try_from(minutes)
            .ok()
            .filter(|m| (1..=MAX_DURATION_MIN).contains(&i32::from(*m)))
            .map(Some)
            .ok_or_else(|| {
                Error::invalid("durationMin", Message::new("error-duration").arg("value", minutes.to_string()))
            }),
    }
}

fn name(field: &'static str, label: &str, text: &str) -> Result<String> {
    let text = text.trim();
    check_text(field, Message::new(label), text, MAX_NAME_CHARS)?;
    Ok(text.to_string())
}

fn focus_areas(areas: &[BodyArea]) -> Vec<BodyArea> {
    let mut areas = areas.to_vec();
    areas.sort_unstable();
    areas.dedup();
    areas
}

fn cost(value: Option<i64>) -> Result<Option<i64>> {
    match value {
        Some(cents) if !(0..=MAX_COST_CENTS).contains(&cents) => {
            Err(Error::invalid("costCents", Message::new("error-cost").arg("cents", cents.to_string())))
        }
        other => Ok(other),
    }
}

fn rating(field: &'static str, value: Option<i32>) -> Result<Option<u8>> {
    match value {
        None => Ok(None),
        Some(v) => u8::try_from(v)
            .ok()
            .filter(|v| *v <= 10)
            .map(Some)
            .ok_or_else(|| Error::invalid(field, super::check_in::rating_message(field, v))),
    }
}

/// Serde for a session's start in the `YYYY-MM-DDTHH:MM` form of the contract.
mod starts_at_text {
    use chrono::NaiveDateTime;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(value: &NaiveDateTime, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&value.format(super::STARTS_AT_FORMAT))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDateTime, D::Error> {
        let text = String::deserialize(deserializer)?;
        super::parse_starts_at(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
#[path = "massage_session_tests.rs"]
mod tests;
