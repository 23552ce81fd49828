//! Applying the document's state (entries and settings) to the journal's SQLite, in one
//! transaction.
//!
//! A day or session is written only where SQLite differs from the document (values, links,
//! stamps, deletion), so applying the same state twice changes nothing the second time. Each
//! written row counts its own version up by one: versions stay each journal's own and keep
//! refusing an edit based on a row that changed underneath it. Rows the document does not know
//! (written before sync was on) are left alone.

use rusqlite::TransactionBehavior;

use super::doc::{DocDay, DocSession, DocState};
use crate::model::check_in::{CheckIn, CheckInValues};
use crate::model::massage_session::{MassageSession, MassageSessionValues};
use crate::store::replica::{check_in_row, session_row, set_check_in_deleted, set_session_deleted};
use crate::store::sync_state::{put_setting, setting_row};
use crate::store::transfer::{put_check_in, put_session, RowStamps};
use crate::{Journal, Result};

/// How many rows applying wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Applied {
    pub days: usize,
    pub sessions: usize,
    pub settings: usize,
}

/// Makes the journal's check-ins and sessions what `state` says, in one transaction: all of it
/// or, on an error, none of it.
pub fn apply(journal: &mut Journal, state: &DocState) -> Result<Applied> {
    let tx = journal.conn_mut().transaction_with_behavior(TransactionBehavior::Immediate)?;
    let applied = apply_within(&tx, state)?;
    tx.commit()?;
    Ok(applied)
}

/// [`apply`] inside a transaction the caller holds (and commits with its own writes).
pub fn apply_within(conn: &rusqlite::Connection, state: &DocState) -> Result<Applied> {
    let mut applied = Applied::default();
    for entry in state.days.values() {
        if apply_day(conn, entry)? {
            applied.days += 1;
        }
    }
    for entry in state.sessions.values() {
        if apply_session(conn, entry)? {
            applied.sessions += 1;
        }
    }
    for (key, (value, updated_at)) in &state.settings {
        if setting_row(conn, key)?.is_none_or(|(stored, _)| !same_json(&stored, value)) {
            put_setting(conn, key, value, updated_at)?;
            applied.settings += 1;
        }
    }
    Ok(applied)
}

/// Writes one day where it differs; returns whether it did.
fn apply_day(conn: &rusqlite::Connection, entry: &DocDay) -> Result<bool> {
    let wanted = &entry.check_in;
    let stored = check_in_row(conn, wanted.day)?;
    if wanted.created_at.is_empty() {
        // Deleted before it was ever recorded: only a live row can follow.
        return match (stored, &entry.deleted_at) {
            (Some((row, None)), Some(deleted_at)) => set_check_in_deleted(conn, row.day, deleted_at, row.version + 1),
            _ => Ok(false),
        };
    }
    if let Some((row, deleted_at)) = &stored {
        if same_check_in(row, wanted) && *deleted_at == entry.deleted_at {
            return Ok(false);
        }
    }
    let version = stored.map_or(1, |(row, _)| row.version + 1);
    let stamps = RowStamps { created_at: wanted.created_at.clone(), updated_at: wanted.updated_at.clone(), version };
    put_check_in(conn, &check_in_values(wanted), &stamps, &wanted.updated_at)?;
    if let Some(deleted_at) = &entry.deleted_at {
        set_check_in_deleted(conn, wanted.day, deleted_at, version)?;
    }
    Ok(true)
}

/// Writes one session where it differs; returns whether it did.
fn apply_session(conn: &rusqlite::Connection, entry: &DocSession) -> Result<bool> {
    let wanted = &entry.session;
    let stored = session_row(conn, &wanted.id)?;
    if let Some((row, deleted_at)) = &stored {
        if (MassageSession { version: 0, ..row.clone() }) == *wanted && *deleted_at == entry.deleted_at {
            return Ok(false);
        }
    }
    let version = stored.map_or(1, |(row, _)| row.version + 1);
    let stamps = RowStamps { created_at: wanted.created_at.clone(), updated_at: wanted.updated_at.clone(), version };
    put_session(conn, &wanted.id, &session_values(wanted), &stamps)?;
    if let Some(deleted_at) = &entry.deleted_at {
        set_session_deleted(conn, &wanted.id, deleted_at, version)?;
    }
    Ok(true)
}

/// The same entry, versions aside; tag names compared ignoring case (the journal's tag table
/// keeps one spelling per name).
fn same_check_in(stored: &CheckIn, wanted: &CheckIn) -> bool {
    let folded = |tags: &[String]| {
        let mut tags: Vec<String> = tags.iter().map(|t| t.to_lowercase()).collect();
        tags.sort();
        tags
    };
    let bare = |c: &CheckIn| CheckIn { version: 0, tags: Vec::new(), ..c.clone() };
    bare(stored) == bare(wanted) && folded(&stored.tags) == folded(&wanted.tags)
}

/// The same JSON value, however its text is laid out (key order, spaces).
pub(super) fn same_json(a: &str, b: &str) -> bool {
    match (serde_json::from_str::<serde_json::Value>(a), serde_json::from_str::<serde_json::Value>(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

fn check_in_values(c: &CheckIn) -> CheckInValues {
    CheckInValues {
        day: c.day,
        stress: c.stress,
        sleep_hours: c.sleep_hours,
        sleep_quality: c.sleep_quality,
        pain: c.pain,
        self_esteem: c.self_esteem,
        mood: c.mood,
        anxiety: c.anxiety,
        body_awareness: c.body_awareness,
        pain_areas: c.pain_areas.clone(),
        tags: c.tags.clone(),
        notes: c.notes.clone(),
    }
}

fn session_values(s: &MassageSession) -> MassageSessionValues {
    MassageSessionValues {
        starts_at: s.starts_at,
        status: s.status,
        kind: s.kind,
        kind_other: s.kind_other.clone(),
        duration_min: s.duration_min,
        therapist: s.therapist.clone(),
        place: s.place.clone(),
        pressure: s.pressure,
        focus_areas: s.focus_areas.clone(),
        cost_cents: s.cost_cents,
        notes: s.notes.clone(),
        stress_before: s.stress_before,
        stress_after: s.stress_after,
        pain_before: s.pain_before,
        pain_after: s.pain_after,
    }
}

#[cfg(test)]
#[path = "apply_tests.rs"]
mod tests;
