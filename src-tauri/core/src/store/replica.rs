//! Whole rows, live or deleted, for sync: what a day or session holds with its deletion time, and
//! marking one deleted at a given time. Writing values with given stamps is [`super::transfer`]'s.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

use super::check_in::{self, day_column};
use super::massage_session;
use crate::model::body_area::BodyArea;
use crate::model::check_in::CheckIn;
use crate::model::massage_session::{parse_starts_at, MassageSession};
use crate::Result;

/// The row of `day`, live or deleted, with its pain areas (head to feet) and tag names (sorted
/// ignoring case), and when it was deleted.
pub fn check_in_row(conn: &Connection, day: NaiveDate) -> Result<Option<(CheckIn, Option<String>)>> {
    let sql = format!("SELECT {}, deleted_at FROM check_in WHERE day = ?1", check_in::COLUMNS);
    let row = conn
        .query_row(&sql, [day], |r| {
            let check_in = CheckIn {
                day: day_column(r, 0)?,
                stress: r.get(1)?,
                sleep_hours: r.get(2)?,
                sleep_quality: r.get(3)?,
                pain: r.get(4)?,
                self_esteem: r.get(5)?,
                mood: r.get(6)?,
                anxiety: r.get(7)?,
                body_awareness: r.get(8)?,
                pain_areas: Vec::new(),
                tags: Vec::new(),
                notes: r.get(9)?,
                created_at: r.get(10)?,
                updated_at: r.get(11)?,
                version: r.get(12)?,
            };
            Ok((check_in, r.get::<_, Option<String>>(13)?))
        })
        .optional()?;
    let Some((mut check_in, deleted_at)) = row else { return Ok(None) };
    let mut stmt = conn.prepare_cached(
        "SELECT p.body_area_id FROM check_in_pain_area p JOIN body_area b ON b.id = p.body_area_id
         WHERE p.day = ?1 ORDER BY b.sort_order",
    )?;
    let areas = stmt.query_map([day], |r| r.get::<_, String>(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
    check_in.pain_areas = areas.iter().map(|a| a.parse()).collect::<Result<Vec<BodyArea>>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT t.name FROM check_in_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.day = ?1
         ORDER BY t.name COLLATE NOCASE",
    )?;
    check_in.tags = stmt.query_map([day], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(Some((check_in, deleted_at)))
}

/// The session `id`, live or deleted, with its focus areas (head to feet), and when it was
/// deleted.
pub fn session_row(conn: &Connection, id: &str) -> Result<Option<(MassageSession, Option<String>)>> {
    let sql = format!("SELECT {}, deleted_at FROM massage_session WHERE id = ?1", massage_session::COLUMNS);
    let row = conn
        .query_row(&sql, [id], |r| {
            let starts_at: String = r.get(1)?;
            let starts_at = parse_starts_at(&starts_at)
                .map_err(|e| rusqlite::Error::FromSqlConversionFailure(1, rusqlite::types::Type::Text, Box::new(e)))?;
            let session = MassageSession {
                id: r.get(0)?,
                starts_at,
                status: r.get(2)?,
                kind: r.get(3)?,
                kind_other: r.get(4)?,
                duration_min: r.get(5)?,
                therapist: r.get(6)?,
                place: r.get(7)?,
                pressure: r.get(8)?,
                focus_areas: Vec::new(),
                cost_cents: r.get(9)?,
                notes: r.get(10)?,
                stress_before: r.get(11)?,
                stress_after: r.get(12)?,
                pain_before: r.get(13)?,
                pain_after: r.get(14)?,
                created_at: r.get(15)?,
                updated_at: r.get(16)?,
                version: r.get(17)?,
            };
            Ok((session, r.get::<_, Option<String>>(18)?))
        })
        .optional()?;
    let Some((mut session, deleted_at)) = row else { return Ok(None) };
    let mut stmt = conn.prepare_cached("SELECT body_area_id FROM massage_session_focus_area WHERE session_id = ?1")?;
    let mut areas: Vec<BodyArea> = stmt.query_map([id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    areas.sort_unstable();
    session.focus_areas = areas;
    Ok(Some((session, deleted_at)))
}

/// Marks the row of `day` deleted at `deleted_at` (live or already deleted), at `version`.
/// Returns whether the day has a row.
pub fn set_check_in_deleted(conn: &Connection, day: NaiveDate, deleted_at: &str, version: i64) -> Result<bool> {
    let changed = conn.execute(
        "UPDATE check_in SET deleted_at = ?2, version = ?3 WHERE day = ?1",
        params![day, deleted_at, version],
    )?;
    Ok(changed > 0)
}

/// Marks the session `id` deleted at `deleted_at` (live or already deleted), at `version`.
/// Returns whether the session has a row.
pub fn set_session_deleted(conn: &Connection, id: &str, deleted_at: &str, version: i64) -> Result<bool> {
    let changed = conn.execute(
        "UPDATE massage_session SET deleted_at = ?2, version = ?3 WHERE id = ?1",
        params![id, deleted_at, version],
    )?;
    Ok(changed > 0)
}
