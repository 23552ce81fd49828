//! The daily check-in: one per journal day, every metric optional but at least one value present.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::body_area::BodyArea;
use super::day::{not_in_future, parse_day};
use super::text::check_text;
use crate::error::Message;
use crate::{Error, Result};

/// The longest note a check-in can hold, in characters.
pub const MAX_NOTES_CHARS: usize = 20_000;
/// The longest tag name, in characters.
pub const MAX_TAG_CHARS: usize = 40;
/// The most tags one day can carry.
pub const MAX_TAGS_PER_DAY: usize = 20;

/// A check-in as the UI sends it, before validation.
///
/// `version` is `None` for a day that has no entry yet, otherwise the version the edit is based
/// on; a stale version is refused rather than merged silently.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(rename_all = "camelCase")]
pub struct CheckInDraft {
    pub day: String,
    pub stress: Option<i32>,
    pub sleep_hours: Option<f64>,
    pub sleep_quality: Option<i32>,
    pub pain: Option<i32>,
    pub self_esteem: Option<i32>,
    pub mood: Option<i32>,
    pub anxiety: Option<i32>,
    pub body_awareness: Option<i32>,
    /// Where it hurts (may be empty).
    #[serde(default)]
    pub pain_areas: Vec<BodyArea>,
    /// Tag names; a name not used before creates the tag.
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub notes: String,
    #[ts(type = "number | null")]
    pub version: Option<i64>,
}

/// The values of one day's check-in, validated. Metrics are 0–10, sleep hours 0–24.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CheckInValues {
    pub day: NaiveDate,
    pub stress: Option<u8>,
    pub sleep_hours: Option<f64>,
    pub sleep_quality: Option<u8>,
    pub pain: Option<u8>,
    pub self_esteem: Option<u8>,
    pub mood: Option<u8>,
    pub anxiety: Option<u8>,
    pub body_awareness: Option<u8>,
    /// Distinct, in head-to-feet order.
    pub pain_areas: Vec<BodyArea>,
    /// Trimmed, distinct ignoring case, in the order given.
    pub tags: Vec<String>,
    pub notes: String,
}

/// A stored check-in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct CheckIn {
    #[ts(type = "string")]
    pub day: NaiveDate,
    pub stress: Option<u8>,
    pub sleep_hours: Option<f64>,
    pub sleep_quality: Option<u8>,
    pub pain: Option<u8>,
    pub self_esteem: Option<u8>,
    pub mood: Option<u8>,
    pub anxiety: Option<u8>,
    pub body_awareness: Option<u8>,
    /// Where it hurt, head to feet.
    pub pain_areas: Vec<BodyArea>,
    /// Tag names, sorted ignoring case.
    pub tags: Vec<String>,
    pub notes: String,
    /// When the entry was first written (RFC 3339, UTC).
    pub created_at: String,
    /// When the entry was last changed (RFC 3339, UTC).
    pub updated_at: String,
    /// Increases by one on every change.
    #[ts(type = "number")]
    pub version: i64,
}

impl CheckInDraft {
    /// Validates every field; the first problem found is returned, naming its field.
    /// `today` is the current journal day: check-ins for later days are refused.
    pub fn validate(&self, today: NaiveDate) -> Result<CheckInValues> {
        let day = parse_day("day", &self.day)?;
        not_in_future("day", day, today)?;
        let values = CheckInValues {
            day,
            stress: rating("stress", self.stress)?,
            sleep_hours: sleep_hours(self.sleep_hours)?,
            sleep_quality: rating("sleepQuality", self.sleep_quality)?,
            pain: rating("pain", self.pain)?,
            self_esteem: rating("selfEsteem", self.self_esteem)?,
            mood: rating("mood", self.mood)?,
            anxiety: rating("anxiety", self.anxiety)?,
            body_awareness: rating("bodyAwareness", self.body_awareness)?,
            pain_areas: distinct_areas(&self.pain_areas),
            tags: tag_names(&self.tags)?,
            notes: self.notes.clone(),
        };
        check_text("notes", Message::new("error-label-notes"), &values.notes, MAX_NOTES_CHARS)?;
        if !values.has_content() {
            return Err(Error::invalid("day", Message::new("error-check-in-empty")));
        }
        if let Some(version) = self.version {
            if version < 1 {
                return Err(Error::invalid("version", Message::new("error-entry-version")));
            }
        }
        Ok(values)
    }
}

impl CheckInValues {
    /// True when at least one metric or a non-blank note is present.
    pub fn has_content(&self) -> bool {
        let metrics = [
            self.stress,
            self.sleep_quality,
            self.pain,
            self.self_esteem,
            self.mood,
            self.anxiety,
            self.body_awareness,
        ];
        metrics.iter().any(Option::is_some) || self.sleep_hours.is_some() || !self.notes.trim().is_empty()
    }
}

/// "Stress must be a whole number from 0 to 10 (got 11).": the measure named by its field.
pub(crate) fn rating_message(field: &str, value: i32) -> Message {
    let label = Message::new("error-measure").arg("measure", field);
    Message::new("error-rating").arg("label", label).arg("value", value.to_string())
}

fn rating(field: &'static str, value: Option<i32>) -> Result<Option<u8>> {
    match value {
        None => Ok(None),
        Some(v) => u8::try_from(v)
            .ok()
            .filter(|v| *v <= 10)
            .map(Some)
            .ok_or_else(|| Error::invalid(field, rating_message(field, v))),
    }
}

fn distinct_areas(areas: &[BodyArea]) -> Vec<BodyArea> {
    let mut areas = areas.to_vec();
    areas.sort();
    areas.dedup();
    areas
}

/// Trims tag names and drops repeats that differ only in case, keeping the first spelling.
pub(crate) fn tag_names(names: &[String]) -> Result<Vec<String>> {
    let mut tags: Vec<String> = Vec::new();
    for name in names {
        let name = name.trim();
        if name.is_empty() {
            return Err(Error::invalid("tags", Message::new("error-tag-empty")));
        }
        let label = Message::new("error-label-tag").arg("name", name.chars().take(20).collect::<String>());
        check_text("tags", label, name, MAX_TAG_CHARS)?;
        if !tags.iter().any(|t| t.to_lowercase() == name.to_lowercase()) {
            tags.push(name.to_string());
        }
    }
    if tags.len() > MAX_TAGS_PER_DAY {
        return Err(Error::invalid("tags", Message::new("error-too-many-tags").arg("max", MAX_TAGS_PER_DAY)));
    }
    Ok(tags)
}

fn sleep_hours(value: Option<f64>) -> Result<Option<f64>> {
    let Some(hours) = value else { return Ok(None) };
    if !hours.is_finite() || !(0.0..=24.0).contains(&hours) {
        return Err(Error::invalid(
            "sleepHours",
            Message::new("error-sleep-hours-range").arg("value", hours.to_string()),
        ));
    }
    if (hours * 4.0).fract() != 0.0 {
        return Err(Error::invalid(
            "sleepHours",
            Message::new("error-sleep-hours-quarters").arg("value", hours.to_string()),
        ));
    }
    Ok(Some(hours))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    fn draft() -> CheckInDraft {
        CheckInDraft { day: "2026-11-25".into(), stress: Some(4), ..Default::default() }
    }

    fn field_of(draft: CheckInDraft) -> Option<&'static str> {
        draft.validate(today()).err().and_then(|e| e.field())
    }

    #[test]
    fn every_rating_accepts_0_and_10_and_refuses_minus_1_and_11() {
        type Setter = fn(&mut CheckInDraft, Option<i32>);
        let fields: [(&str, Setter); 7] = [
            ("stress", |d, v| d.stress = v),
            ("sleepQuality", |d, v| d.sleep_quality = v),
            ("pain", |d, v| d.pain = v),
            ("selfEsteem", |d, v| d.self_esteem = v),
            ("mood", |d, v| d.mood = v),
            ("anxiety", |d, v| d.anxiety = v),
            ("bodyAwareness", |d, v| d.body_awareness = v),
        ];
        for (name, set) in fields {
            for ok in [0, 10] {
                let mut d = draft();
                set(&mut d, Some(ok));
                assert!(d.validate(today()).is_ok(), "{name}={ok}");
            }
            for bad in [-1, 11, i32::MIN, i32::MAX] {
                let mut d = draft();
                set(&mut d, Some(bad));
                assert_eq!(field_of(d), Some(name), "{name}={bad}");
            }
        }
    }

    #[test]
    fn sleep_hours_are_quarter_hours_from_0_to_24() {
        for ok in [0.0, 7.25, 8.5, 24.0] {
            let d = CheckInDraft { sleep_hours: Some(ok), ..draft() };
            assert_eq!(d.validate(today()).unwrap().sleep_hours, Some(ok));
        }
        for bad in [-0.25, 24.25, 7.3, f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            let d = CheckInDraft { sleep_hours: Some(bad), ..draft() };
            assert_eq!(field_of(d), Some("sleepHours"), "{bad}");
        }
    }

    #[test]
    fn notes_are_limited_to_20000_characters() {
        let d = CheckInDraft { notes: "x".repeat(20_000), ..draft() };
        assert!(d.validate(today()).is_ok());
        let d = CheckInDraft { notes: "x".repeat(20_001), ..draft() };
        assert_eq!(field_of(d), Some("notes"));
    }

    #[test]
    fn a_nul_in_notes_is_refused() {
        let d = CheckInDraft { notes: "before\0after".into(), ..draft() };
        assert_eq!(field_of(d), Some("notes"));
    }

    #[test]
    fn an_empty_check_in_is_refused_but_a_note_alone_is_enough() {
        let empty = CheckInDraft { day: "2026-11-25".into(), notes: "   ".into(), ..Default::default() };
        assert!(empty.validate(today()).is_err());
        let note_only = CheckInDraft { day: "2026-11-25".into(), notes: "Long walk.".into(), ..Default::default() };
        assert!(note_only.validate(today()).is_ok());
        let hours_only = CheckInDraft { day: "2026-11-25".into(), sleep_hours: Some(0.0), ..Default::default() };
        assert!(hours_only.validate(today()).is_ok());
    }

    #[test]
    fn invalid_and_future_days_are_refused() {
        assert_eq!(field_of(CheckInDraft { day: "2025-02-30".into(), ..draft() }), Some("day"));
        assert_eq!(field_of(CheckInDraft { day: "2026-11-26".into(), ..draft() }), Some("day"));
    }

    #[test]
    fn unknown_fields_are_rejected_when_parsing() {
        let json = r#"{"day":"2026-11-25","stress":3,"notes":"","version":null,"cortisol":9}"#;
        let err = serde_json::from_str::<CheckInDraft>(json).unwrap_err();
        assert!(err.to_string().contains("unknown field"), "{err}");
    }

    #[test]
    fn tags_are_trimmed_and_repeats_ignoring_case_dropped() {
        let d = CheckInDraft { tags: vec![" Work ".into(), "yoga".into(), "work".into(), "Yoga".into()], ..draft() };
        assert_eq!(d.validate(today()).unwrap().tags, ["Work", "yoga"]);
    }

    #[test]
    fn bad_tags_are_refused() {
        assert_eq!(field_of(CheckInDraft { tags: vec!["  ".into()], ..draft() }), Some("tags"));
        assert_eq!(field_of(CheckInDraft { tags: vec!["x".repeat(41)], ..draft() }), Some("tags"));
        assert!(CheckInDraft { tags: vec!["é".repeat(40)], ..draft() }.validate(today()).is_ok());
        assert_eq!(field_of(CheckInDraft { tags: vec!["a\u{7}b".into()], ..draft() }), Some("tags"));
        let many: Vec<String> = (0..21).map(|i| format!("tag {i}")).collect();
        assert_eq!(field_of(CheckInDraft { tags: many, ..draft() }), Some("tags"));
    }

    #[test]
    fn pain_areas_are_distinct_in_head_to_feet_order() {
        let d = CheckInDraft { pain_areas: vec![BodyArea::Feet, BodyArea::Neck, BodyArea::Feet], ..draft() };
        assert_eq!(d.validate(today()).unwrap().pain_areas, [BodyArea::Neck, BodyArea::Feet]);
    }

    #[test]
    fn version_zero_is_refused() {
        assert_eq!(field_of(CheckInDraft { version: Some(0), ..draft() }), Some("version"));
    }
}
