//! Massage sessions, done or planned, with optional before/after ratings.

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, SecondsFormat, TimeZone, Utc};
use rusqlite::types::Type;
use rusqlite::{params, Connection, OptionalExtension, Row, ToSql, TransactionBehavior};
use uuid::Uuid;

use super::{sql, Journal};
use crate::error::Message;
use crate::model::body_area::BodyArea;
use crate::model::day::parse_day;
use crate::model::massage_session::{
    parse_session_id, parse_starts_at, MassageSession, MassageSessionDraft, MassageSessionValues, STARTS_AT_FORMAT,
};
use crate::model::session_overview::SessionOverview;
use crate::{Error, Result};

/// `starts_at` is a local date-time (`YYYY-MM-DDTHH:MM`); ids are UUIDv7; deletion is a tombstone.
pub(super) const MIGRATION_1: &str = "
CREATE TABLE massage_session (
    id             TEXT PRIMARY KEY NOT NULL,
    starts_at      TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('planned', 'done', 'cancelled')),
    kind           TEXT NOT NULL CHECK (kind IN ('swedish', 'deep_tissue', 'sports', 'shiatsu',
                                                 'thai', 'reflexology', 'self_massage', 'other')),
    kind_other     TEXT,
    duration_min   INTEGER CHECK (duration_min BETWEEN 1 AND 600),
    therapist      TEXT NOT NULL DEFAULT '',
    place          TEXT NOT NULL DEFAULT '',
    pressure       TEXT CHECK (pressure IN ('light', 'medium', 'firm')),
    cost_cents     INTEGER CHECK (cost_cents >= 0),
    notes          TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
    stress_before  INTEGER CHECK (stress_before BETWEEN 0 AND 10),
    stress_after   INTEGER CHECK (stress_after BETWEEN 0 AND 10),
    pain_before    INTEGER CHECK (pain_before BETWEEN 0 AND 10),
    pain_after     INTEGER CHECK (pain_after BETWEEN 0 AND 10),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1,
    deleted_at     TEXT
) STRICT;
CREATE INDEX massage_session_by_start ON massage_session (starts_at) WHERE deleted_at IS NULL;
CREATE TABLE massage_session_focus_area (
    session_id    TEXT NOT NULL REFERENCES massage_session (id) ON DELETE CASCADE,
    body_area_id  TEXT NOT NULL REFERENCES body_area (id),
    PRIMARY KEY (session_id, body_area_id)
) STRICT, WITHOUT ROWID;
";

/// A session row's columns: what every read selects and every insert writes, in this order.
pub(super) const COLUMNS: &str = "id, starts_at, status, kind, kind_other, duration_min, therapist, place, pressure, \
                       cost_cents, notes, stress_before, stress_after, pain_before, pain_after, \
                       created_at, updated_at, version";

/// Saves a new or changed session: what was entered (`?1` … `?15`) stamped `?16`; a change keeps
/// its creation time and counts its version up.
static SAVE: LazyLock<String> = LazyLock::new(|| {
    format!(
        "INSERT INTO massage_session ({COLUMNS}) VALUES ({}, ?16, ?16, 1)
         ON CONFLICT (id) DO UPDATE SET {}, updated_at = excluded.updated_at, version = version + 1",
        sql::placeholders(1, 15),
        sql::set_excluded(COLUMNS, &["id", "created_at", "updated_at", "version"]),
    )
});

/// Links a session to one focus area.
pub(super) const INSERT_FOCUS_AREA: &str =
    "INSERT INTO massage_session_focus_area (session_id, body_area_id) VALUES (?1, ?2)";

/// The latest start the text column can order correctly (four-digit years).
const LAST_START: &str = "9999-12-31T23:59";

/// A session row without its focus areas, which [`load`] adds.
fn from_row(row: &Row<'_>) -> rusqlite::Result<MassageSession> {
    let starts_at: String = row.get(1)?;
    let starts_at = parse_starts_at(&starts_at)
        .map_err(|err| rusqlite::Error::FromSqlConversionFailure(1, Type::Text, Box::new(err)))?;
    Ok(MassageSession {
        id: row.get(0)?,
        starts_at,
        status: row.get(2)?,
        kind: row.get(3)?,
        kind_other: row.get(4)?,
        duration_min: row.get(5)?,
        therapist: row.get(6)?,
        place: row.get(7)?,
        pressure: row.get(8)?,
        focus_areas: Vec::new(),
        cost_cents: row.get(9)?,
        notes: row.get(10)?,
        stress_before: row.get(11)?,
        stress_after: row.get(12)?,
        pain_before: row.get(13)?,
        pain_after: row.get(14)?,
        created_at: row.get(15)?,
        updated_at: row.get(16)?,
        version: row.get(17)?,
    })
}

/// The live sessions matching `filter` (an SQL condition on `massage_session` using `args`), by
/// start, with their focus areas: one query for the sessions and one for all their areas.
fn load(conn: &Connection, filter: &str, args: &[&dyn ToSql]) -> Result<Vec<MassageSession>> {
    let sql =
        format!("SELECT {COLUMNS} FROM massage_session WHERE deleted_at IS NULL AND ({filter}) ORDER BY starts_at, id");
    let mut sessions: Vec<MassageSession> =
        conn.prepare_cached(&sql)?.query_map(args, from_row)?.collect::<rusqlite::Result<_>>()?;
    if sessions.is_empty() {
        return Ok(sessions);
    }
    let sql = format!(
        "SELECT session_id, body_area_id FROM massage_session_focus_area
         WHERE session_id IN (SELECT id FROM massage_session WHERE deleted_at IS NULL AND ({filter}))"
    );
    let mut areas: HashMap<String, Vec<BodyArea>> = HashMap::new();
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query(args)?;
    while let Some(row) = rows.next()? {
        areas.entry(row.get(0)?).or_default().push(row.get(1)?);
    }
    for session in &mut sessions {
        if let Some(mut found) = areas.remove(&session.id) {
            found.sort_unstable();
            session.focus_areas = found;
        }
    }
    Ok(sessions)
}

/// The live session with `id`, if any.
pub fn get(conn: &Connection, id: &str) -> Result<Option<MassageSession>> {
    Ok(load(conn, "id = ?1", &[&id])?.pop())
}

/// Live sessions starting from `from` up to and including `last` (local times), by start.
pub fn list(conn: &Connection, from: NaiveDateTime, last: NaiveDateTime) -> Result<Vec<MassageSession>> {
    let from = from.format(STARTS_AT_FORMAT).to_string();
    let last = last.format(STARTS_AT_FORMAT).to_string();
    // Text order is time order only for four-digit years.
    let last = if last.len() > LAST_START.len() { LAST_START.to_string() } else { last };
    load(conn, "starts_at BETWEEN ?1 AND ?2", &[&from, &last])
}

/// Every live session.
pub fn list_all(conn: &Connection) -> Result<Vec<MassageSession>> {
    load(conn, "TRUE", &[])
}

/// Writes `values` as a new session (`id` `None`, given a fresh UUIDv7) or over the live session
/// `id` ([`Error::NotFound`] if there is none), whose version must be `expected_version`; otherwise
/// the write is refused with [`Error::StaleVersion`] and nothing changes. Focus areas are replaced
/// in the same transaction.
pub fn save(
    conn: &mut Connection,
    values: &MassageSessionValues,
    id: Option<&str>,
    expected_version: Option<i64>,
    now: DateTime<Utc>,
) -> Result<MassageSession> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let id = match id {
        None => Uuid::now_v7().hyphenated().to_string(),
        Some(id) => {
            let live_version: Option<i64> = tx
                .query_row("SELECT version FROM massage_session WHERE id = ?1 AND deleted_at IS NULL", [id], |r| {
                    r.get(0)
                })
                .optional()?;
            if live_version.is_none() {
                return Err(Error::NotFound(Message::new("error-session-gone")));
            }
            if live_version != expected_version {
                return Err(Error::StaleVersion { expected: expected_version, found: live_version });
            }
            id.to_string()
        }
    };
    let v = values;
    tx.execute(
        &SAVE,
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
            timestamp(now)
        ],
    )?;
    tx.execute("DELETE FROM massage_session_focus_area WHERE session_id = ?1", [&id])?;
    for area in &v.focus_areas {
        tx.execute(INSERT_FOCUS_AREA, params![id, area])?;
    }
    let saved = get(&tx, &id)?.ok_or_else(|| Error::Database("the saved session vanished".into()))?;
    tx.commit()?;
    Ok(saved)
}

/// Marks the live session `id` deleted (a tombstone; [`restore`] brings it back).
pub fn delete(conn: &Connection, id: &str, now: DateTime<Utc>) -> Result<()> {
    let changed = conn.execute(
        "UPDATE massage_session SET deleted_at = ?2, version = version + 1 WHERE id = ?1 AND deleted_at IS NULL",
        params![id, timestamp(now)],
    )?;
    if changed == 0 {
        return Err(Error::NotFound(Message::new("error-no-session-to-delete")));
    }
    Ok(())
}

/// Undoes [`delete`]: the session becomes live again with its values and focus areas as they were.
pub fn restore(conn: &Connection, id: &str, now: DateTime<Utc>) -> Result<MassageSession> {
    let changed = conn.execute(
        "UPDATE massage_session SET deleted_at = NULL, updated_at = ?2, version = version + 1
         WHERE id = ?1 AND deleted_at IS NOT NULL",
        params![id, timestamp(now)],
    )?;
    if changed == 0 {
        return Err(Error::NotFound(Message::new("error-no-session-to-restore")));
    }
    get(conn, id)?.ok_or_else(|| Error::NotFound(Message::new("error-no-session")))
}

fn timestamp(now: DateTime<Utc>) -> String {
    now.to_rfc3339_opts(SecondsFormat::Secs, true)
}

impl Journal {
    /// Validates `draft` in the time zone `tz` at the local time `now_local` and saves it (see
    /// [`save`]); `now` stamps the change.
    pub fn save_session<Tz: TimeZone>(
        &mut self,
        draft: &MassageSessionDraft,
        tz: &Tz,
        now_local: NaiveDateTime,
        now: DateTime<Utc>,
    ) -> Result<MassageSession> {
        let values = draft.validate(tz, now_local)?;
        save(self.conn_mut(), &values, draft.id.as_deref(), draft.version, now)
    }

    /// The done session that started last, at the local time `now` or before.
    pub fn last_done_session(&self, now: NaiveDateTime) -> Result<Option<MassageSession>> {
        let id: Option<String> = self
            .conn()
            .query_row(
                "SELECT id FROM massage_session WHERE status = 'done' AND deleted_at IS NULL AND starts_at <= ?1
                 ORDER BY starts_at DESC, id DESC LIMIT 1",
                [now.format(STARTS_AT_FORMAT).to_string()],
                |r| r.get(0),
            )
            .optional()?;
        match id {
            Some(id) => get(self.conn(), &id),
            None => Ok(None),
        }
    }

    /// Live sessions starting at the local times `from` … `last` (inclusive), by start.
    pub fn sessions_between(&self, from: NaiveDateTime, last: NaiveDateTime) -> Result<Vec<MassageSession>> {
        list(self.conn(), from, last)
    }

    /// The live session `id`, if any.
    pub fn session(&self, id: &str) -> Result<Option<MassageSession>> {
        parse_session_id(id)?;
        get(self.conn(), id)
    }

    /// Live sessions starting on the journal days `from` … `to` (ISO days, inclusive; each day
    /// starts at `day_boundary`), by start. `from` after `to` is refused.
    pub fn sessions(&self, from: &str, to: &str, day_boundary: NaiveTime) -> Result<Vec<MassageSession>> {
        let (from, to) = (parse_day("from", from)?, parse_day("to", to)?);
        if from > to {
            return Err(Error::invalid(
                "to",
                Message::new("error-range-reversed").arg("from", from.to_string()).arg("to", to.to_string()),
            ));
        }
        let first = from.and_time(day_boundary);
        let last = next_day(to).and_time(day_boundary) - Duration::minutes(1);
        list(self.conn(), first, last)
    }

    /// Deletes the session `id` (undo with [`Journal::restore_session`]).
    pub fn delete_session(&self, id: &str, now: DateTime<Utc>) -> Result<()> {
        parse_session_id(id)?;
        delete(self.conn(), id, now)
    }

    /// Brings back a deleted session.
    pub fn restore_session(&self, id: &str, now: DateTime<Utc>) -> Result<MassageSession> {
        parse_session_id(id)?;
        restore(self.conn(), id, now)
    }

    /// The sessions screen at the local time `now_local`, in journal days starting at
    /// `day_boundary` (see [`SessionOverview::from_sessions`]).
    pub fn session_overview(&self, now_local: NaiveDateTime, day_boundary: NaiveTime) -> Result<SessionOverview> {
        Ok(SessionOverview::from_sessions(list_all(self.conn())?, now_local, day_boundary))
    }
}

fn next_day(day: NaiveDate) -> NaiveDate {
    day.succ_opt().unwrap_or(NaiveDate::MAX)
}

#[cfg(test)]
#[path = "massage_session_tests.rs"]
mod tests;
