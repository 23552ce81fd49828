//! Reading the document's deep values back as model values, checked as SQLite checks them (see
//! "Values read back" in the module docs).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use loro::LoroValue;

use super::doc::{DocDay, DocSession};
use crate::model::body_area::BodyArea;
use crate::model::check_in::{CheckIn, MAX_NOTES_CHARS, MAX_TAG_CHARS};
use crate::model::massage_session::{
    parse_session_id, parse_starts_at, MassageKind, MassageSession, MAX_COST_CENTS, MAX_DURATION_MIN,
    MAX_KIND_OTHER_CHARS, MAX_NAME_CHARS,
};

type Fields = BTreeMap<String, LoroValue>;

/// The entries of a root map, each a map of fields; anything else is skipped.
fn entries(root: &LoroValue) -> impl Iterator<Item = (&String, Fields)> {
    let map = match root {
        LoroValue::Map(map) => Some(map),
        _ => None,
    };
    map.into_iter().flat_map(|map| map.iter()).filter_map(|(key, value)| match value {
        LoroValue::Map(fields) => Some((key, fields.iter().map(|(k, v)| (k.clone(), v.clone())).collect())),
        _ => None,
    })
}

fn text<'a>(fields: &'a Fields, name: &str) -> Option<&'a str> {
    match fields.get(name) {
        Some(LoroValue::String(s)) => Some(s.as_str()),
        _ => None,
    }
}

/// A text no longer than `max` characters.
fn text_within(fields: &Fields, name: &str, max: usize) -> String {
    text(fields, name).unwrap_or_default().chars().take(max).collect()
}

/// A whole number from 0 to 10.
fn rating(fields: &Fields, name: &str) -> Option<u8> {
    match fields.get(name) {
        Some(LoroValue::I64(n)) => u8::try_from(*n).ok().filter(|n| *n <= 10),
        _ => None,
    }
}

/// The names of a set (a map name → true), sorted.
fn names(fields: &Fields, name: &str) -> Vec<String> {
    let mut names: Vec<String> = match fields.get(name) {
        Some(LoroValue::Map(set)) => {
            set.iter().filter(|(_, v)| matches!(v, LoroValue::Bool(true))).map(|(k, _)| k.clone()).collect()
        }
        _ => Vec::new(),
    };
    names.sort();
    names
}

/// The body areas of a set, head to feet; unknown ids are dropped.
fn areas(fields: &Fields, name: &str) -> Vec<BodyArea> {
    let mut areas: Vec<BodyArea> = names(fields, name).iter().filter_map(|n| n.parse().ok()).collect();
    areas.sort();
    areas
}

/// Tag names sorted ignoring case, one spelling per name (the first in that order); names a tag
/// could not have are dropped.
fn tags(fields: &Fields) -> Vec<String> {
    let mut tags: Vec<String> = names(fields, "tags")
        .into_iter()
        .filter(|t| {
            !t.is_empty() && t.trim() == t && t.chars().count() <= MAX_TAG_CHARS && !t.chars().any(char::is_control)
        })
        .collect();
    tags.sort_by_cached_key(|t| (t.to_lowercase(), t.clone()));
    tags.dedup_by(|b, a| a.to_lowercase() == b.to_lowercase());
    tags
}

/// The day of an ISO key written as the store writes days (four-digit years).
fn day_key(key: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(key, "%Y-%m-%d").ok().filter(|d| d.format("%Y-%m-%d").to_string() == key)
}

/// Every day of the `days` root map.
pub(super) fn days(root: &LoroValue) -> BTreeMap<NaiveDate, DocDay> {
    let mut days = BTreeMap::new();
    for (key, f) in entries(root) {
        let Some(day) = day_key(key) else { continue };
        let sleep_hours = match f.get("sleep_hours") {
            Some(LoroValue::Double(h)) if (0.0..=24.0).contains(h) => Some(*h),
            _ => None,
        };
        let check_in = CheckIn {
            day,
            stress: rating(&f, "stress"),
            sleep_hours,
            sleep_quality: rating(&f, "sleep_quality"),
            pain: rating(&f, "pain"),
            self_esteem: rating(&f, "self_esteem"),
            mood: rating(&f, "mood"),
            anxiety: rating(&f, "anxiety"),
            body_awareness: rating(&f, "body_awareness"),
            pain_areas: areas(&f, "pain_areas"),
            tags: tags(&f),
            notes: text_within(&f, "notes", MAX_NOTES_CHARS),
            created_at: text_within(&f, "created_at", 64),
            updated_at: text_within(&f, "updated_at", 64),
            version: 0,
        };
        days.insert(day, DocDay { check_in, deleted_at: text(&f, "deleted_at").map(str::to_string) });
    }
    days
}

/// Every readable session of the `sessions` root map.
pub(super) fn sessions(root: &LoroValue) -> BTreeMap<String, DocSession> {
    let mut sessions = BTreeMap::new();
    for (id, f) in entries(root) {
        if parse_session_id(id).is_err() {
            continue;
        }
        let Some(session) = session(id, &f) else { continue };
        sessions.insert(id.clone(), DocSession { session, deleted_at: text(&f, "deleted_at").map(str::to_string) });
    }
    sessions
}

fn session(id: &str, f: &Fields) -> Option<MassageSession> {
    let starts_at = parse_starts_at(text(f, "starts_at")?).ok()?;
    let kind: MassageKind = text(f, "kind")?.parse().ok()?;
    let kind_other = match kind {
        MassageKind::Other => Some(text_within(f, "kind_other", MAX_KIND_OTHER_CHARS)).filter(|k| !k.is_empty()),
        _ => None,
    };
    let number = |name: &str| match f.get(name) {
        Some(LoroValue::I64(n)) => Some(*n),
        _ => None,
    };
    Some(MassageSession {
        id: id.to_string(),
        starts_at,
        status: text(f, "status")?.parse().ok()?,
        kind,
        kind_other,
        duration_min: number("duration_min")
            .filter(|m| (1..=i64::from(MAX_DURATION_MIN)).contains(m))
            .and_then(|m| u16::try_from(m).ok()),
        therapist: text_within(f, "therapist", MAX_NAME_CHARS),
        place: text_within(f, "place", MAX_NAME_CHARS),
        pressure: text(f, "pressure").and_then(|p| p.parse().ok()),
        focus_areas: areas(f, "focus_areas"),
        cost_cents: number("cost_cents").filter(|c| (0..=MAX_COST_CENTS).contains(c)),
        notes: text_within(f, "notes", crate::model::massage_session::MAX_NOTES_CHARS),
        stress_before: rating(f, "stress_before"),
        stress_after: rating(f, "stress_after"),
        pain_before: rating(f, "pain_before"),
        pain_after: rating(f, "pain_after"),
        created_at: text_within(f, "created_at", 64),
        updated_at: text_within(f, "updated_at", 64),
        version: 0,
    })
}

/// The longest setting key and value kept (a value longer than that is not one this app wrote).
const MAX_SETTING_KEY: usize = 64;
const MAX_SETTING_VALUE: usize = 64 * 1024;

/// The stored settings of the `settings` root map: key → (JSON text, when it changed); anything
/// else is left out.
pub(super) fn settings(root: &LoroValue) -> BTreeMap<String, (String, String)> {
    let LoroValue::Map(fields) = root else { return BTreeMap::new() };
    fields
        .iter()
        .filter(|(key, _)| !key.is_empty() && key.len() <= MAX_SETTING_KEY)
        .filter_map(|(key, value)| setting(value).map(|entry| (key.clone(), entry)))
        .collect()
}

/// One setting's `{ value, at }`: the value's JSON text and when it changed.
pub(super) fn setting(value: &LoroValue) -> Option<(String, String)> {
    let LoroValue::String(text) = value else { return None };
    if text.len() > MAX_SETTING_VALUE {
        return None;
    }
    let entry: serde_json::Value = serde_json::from_str(text).ok()?;
    let at = entry.get("at")?.as_str()?.chars().take(64).collect();
    Some((entry.get("value")?.to_string(), at))
}

/// The longest computer name kept.
pub const MAX_COMPUTER_NAME_CHARS: usize = 60;

/// The computers of the `computers` root map: peer id (16 hex digits) → (name, last seen).
/// Entries whose key is not a peer id are left out.
pub(super) fn computers(root: &LoroValue) -> BTreeMap<String, (String, Option<String>)> {
    entries(root)
        .filter(|(key, _)| key.len() == 16 && key.bytes().all(|b| b.is_ascii_hexdigit()))
        .map(|(key, f)| {
            let last_seen = text(&f, "last_seen").map(|s| s.chars().take(64).collect());
            (key.clone(), (text_within(&f, "name", MAX_COMPUTER_NAME_CHARS), last_seen))
        })
        .collect()
}
