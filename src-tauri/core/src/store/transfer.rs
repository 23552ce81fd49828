//! Whole rows with their stored timestamps and versions, for export and import. Everything else
//! in the store stamps `now` and counts versions itself; an import must keep what the file says.

use std::sync::LazyLock;

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

use super::{body_area, check_in, massage_session, reminder_log, settings, sql, tag};
use crate::model::check_in::CheckInValues;
use crate::model::massage_session::{MassageSession, MassageSessionValues, STARTS_AT_FORMAT};
use crate::model::reminder_settings::ReminderSettings;
use crate::model::settings::Settings;
use crate::{Error, Result};

/// The latest day the text column orders correctly (four-digit years).
pub const LAST_DAY: NaiveDate = match NaiveDate::from_ymd_opt(9999, 12, 31) {
    Some(day) => day,
    None => panic!("9999-12-31 is a valid date"),
};

/// A whole check-in row as the file has it, over any row of that day (live or deleted).
static PUT_CHECK_IN: LazyLock<String> = LazyLock::new(|| {
    format!(
        "INSERT INTO check_in ({}) VALUES ({})
         ON CONFLICT (day) DO UPDATE SET {}, deleted_at = NULL",
        check_in::COLUMNS,
        sql::placeholders(1, 13),
        sql::set_excluded(check_in::COLUMNS, &["day"]),
    )
});

/// A whole session row as the file has it, over any row with that id (live or deleted).
static PUT_SESSION: LazyLock<String> = LazyLock::new(|| {
    format!(
        "INSERT INTO massage_session ({}) VALUES ({})
         ON CONFLICT (id) DO UPDATE SET {}, deleted_at = NULL",
        massage_session::COLUMNS,
        sql::placeholders(1, 18),
        sql::set_excluded(massage_session::COLUMNS, &["id"]),
    )
});

/// A live tag with its identity and creation time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagRow {
    pub id: String,
    pub name: String,
    pub created_at: String,
}

/// A row's metadata as an import writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowStamps {
    pub created_at: String,
    pub updated_at: String,
    pub version: i64,
}

/// Every live tag, by name ignoring case, then id.
pub fn live_tags(conn: &Connection) -> Result<Vec<TagRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, created_at FROM tag WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id",
    )?;
    let rows = stmt.query_map([], |r| Ok(TagRow { id: r.get(0)?, name: r.get(1)?, created_at: r.get(2)? }))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Adds the tag unless a live tag of that name (ignoring case) exists. The given `id` is kept
/// unless another row already has it; then the tag gets a fresh UUIDv7. Returns whether a tag
/// was added.
pub fn ensure_tag(conn: &Connection, id: &str, name: &str, created_at: &str) -> Result<bool> {
    let named: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM tag WHERE name = ?1 COLLATE NOCASE AND deleted_at IS NULL)",
        [name],
        |r| r.get(0),
    )?;
    if named {
        return Ok(false);
    }
    let taken: bool = conn.query_row("SELECT EXISTS (SELECT 1 FROM tag WHERE id = ?1)", [id], |r| r.get(0))?;
    let id = if taken { uuid::Uuid::now_v7().hyphenated().to_string() } else { id.to_string() };
    conn.execute(tag::INSERT, params![id, name, created_at])?;
    Ok(true)
}

/// The stored version of `day` and whether it is a tombstone, if the day has a row at all.
pub fn check_in_row_version(conn: &Connection, day: NaiveDate) -> Result<Option<(i64, bool)>> {
    Ok(conn
        .query_row("SELECT version, deleted_at IS NOT NULL FROM check_in WHERE day = ?1", [day], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?)
}

/// Writes a whole check-in with the given stamps, over any row of that day (live or deleted),
/// replacing its pain areas and tags. New tag names are created with `tag_stamp`.
pub fn put_check_in(conn: &Connection, values: &CheckInValues, stamps: &RowStamps, tag_stamp: &str) -> Result<()> {
    let v = values;
    conn.execute(
        &PUT_CHECK_IN,
        params![
            v.day,
            v.stress,
            v.sleep_hours,
            v.sleep_quality,
            v.pain,
            v.self_esteem,
            v.mood,
            v.anxiety,
            v.body_awareness,
            v.notes,
            stamps.created_at,
            stamps.updated_at,
            stamps.version
        ],
    )?;
    body_area::replace_pain_areas(conn, v.day, &v.pain_areas)?;
    tag::replace_for_day(conn, v.day, &v.tags, tag_stamp)?;
    Ok(())
}

/// The stored version of session `id` and whether it is a tombstone, if it has a row at all.
pub fn session_row_version(conn: &Connection, id: &str) -> Result<Option<(i64, bool)>> {
    Ok(conn
        .query_row("SELECT version, deleted_at IS NOT NULL FROM massage_session WHERE id = ?1", [id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?)
}

/// Writes a whole session with the given id and stamps, over any row with that id (live or
/// deleted), replacing its focus areas.
pub fn put_session(conn: &Connection, id: &str, values: &MassageSessionValues, stamps: &RowStamps) -> Result<()> {
    let v = values;
    conn.execute(
        &PUT_SESSION,
        params![
            id,
            v.starts_at.format(STARTS_AT_FORMAT).to_string(),
            v.status,
            v.kind,
            v.kind_other,
            v.duration_min,
            v.therapist,
            v.place,
            v.pressure,
            v.cost_cents,
            v.notes,
            v.stress_before,
            v.stress_after,
            v.pain_before,
            v.pain_after,
            stamps.created_at,
            stamps.updated_at,
            stamps.version
        ],
    )?;
    conn.execute("DELETE FROM massage_session_focus_area WHERE session_id = ?1", [id])?;
    for area in &v.focus_areas {
        conn.execute(massage_session::INSERT_FOCUS_AREA, params![id, area])?;
    }
    Ok(())
}

/// Every live session, by start then id.
pub fn live_sessions(conn: &Connection) -> Result<Vec<MassageSession>> {
    massage_session::list_all(conn)
}

/// The general settings and the reminder settings as the app reads them.
pub fn all_settings(conn: &Connection) -> Result<(Settings, ReminderSettings)> {
    Ok((settings::get(conn)?, reminder_log::settings(conn)?))
}

/// When any setting was last saved; `None` when the journal has never saved one.
pub fn settings_updated_at(conn: &Connection) -> Result<Option<String>> {
    Ok(conn.query_row("SELECT max(updated_at) FROM settings", [], |r| r.get(0))?)
}

/// Stores every general setting and the reminder settings, all stamped `updated_at`.
pub fn put_settings(
    conn: &Connection,
    general: &Settings,
    reminders: &ReminderSettings,
    updated_at: &str,
) -> Result<()> {
    let serde_failed = |e: serde_json::Error| Error::Database(e.to_string());
    let serde_json::Value::Object(mut fields) = serde_json::to_value(general).map_err(serde_failed)? else {
        return Err(Error::Database("settings did not serialise to an object".into()));
    };
    fields
        .insert(reminder_log::SETTINGS_KEY.into(), serde_json::to_value(reminders.normalized()).map_err(serde_failed)?);
    for (key, value) in fields {
        conn.execute(settings::UPSERT, params![key, value.to_string(), updated_at])?;
    }
    Ok(())
}
