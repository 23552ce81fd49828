//! Tags a person attaches to days ("work", "yoga" …), and the link to check-ins.

/// Tags are identified by a UUIDv7 so that journals on two computers can be merged later.
pub(super) const MIGRATION_1: &str = "
CREATE TABLE tag (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    created_at  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;
CREATE UNIQUE INDEX tag_live_name ON tag (name COLLATE NOCASE) WHERE deleted_at IS NULL;
CREATE TABLE check_in_tag (
    day     TEXT NOT NULL REFERENCES check_in (day) ON DELETE CASCADE,
    tag_id  TEXT NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (day, tag_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX check_in_tag_by_tag ON check_in_tag (tag_id);
";

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;

use super::check_in::{day_column, LinkDays};
use crate::Result;

/// A new tag: id, name, creation time.
pub(super) const INSERT: &str = "INSERT INTO tag (id, name, created_at) VALUES (?1, ?2, ?3)";

/// A tag with the number of live days that carry it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Tag {
    pub id: String,
    pub name: String,
    pub uses: u32,
}

/// Every live tag, sorted by name ignoring case.
pub fn list(conn: &Connection) -> Result<Vec<Tag>> {
    let mut stmt = conn.prepare_cached(
        "SELECT t.id, t.name, count(c.day)
         FROM tag t
         LEFT JOIN check_in_tag ct ON ct.tag_id = t.id
         LEFT JOIN check_in c ON c.day = ct.day AND c.deleted_at IS NULL
         WHERE t.deleted_at IS NULL
         GROUP BY t.id
         ORDER BY t.name COLLATE NOCASE",
    )?;
    let rows = stmt.query_map([], |r| Ok(Tag { id: r.get(0)?, name: r.get(1)?, uses: r.get(2)? }))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The id of the live tag called `name` (ignoring case), creating it if there is none.
fn find_or_create(conn: &Connection, name: &str, stamp: &str) -> Result<String> {
    let existing: Option<String> = conn
        .query_row("SELECT id FROM tag WHERE name = ?1 COLLATE NOCASE AND deleted_at IS NULL", [name], |r| r.get(0))
        .optional()?;
    if let Some(id) = existing {
        return Ok(id);
    }
    let id = uuid::Uuid::now_v7().to_string();
    conn.execute(INSERT, params![id, name, stamp])?;
    Ok(id)
}

/// Makes `names` the tags of `day` (inside the caller's transaction).
pub(super) fn replace_for_day(conn: &Connection, day: NaiveDate, names: &[String], stamp: &str) -> Result<()> {
    conn.prepare_cached("DELETE FROM check_in_tag WHERE day = ?1")?.execute([day])?;
    for name in names {
        let id = find_or_create(conn, name, stamp)?;
        conn.prepare_cached("INSERT INTO check_in_tag (day, tag_id) VALUES (?1, ?2)")?.execute(params![day, id])?;
    }
    Ok(())
}

/// Tag names per day for `days`, each list sorted ignoring case.
pub(super) fn names_by_day(conn: &Connection, days: &LinkDays<'_>) -> Result<HashMap<NaiveDate, Vec<String>>> {
    let sql = format!(
        "SELECT ct.day, t.name FROM check_in_tag ct JOIN tag t ON t.id = ct.tag_id
         WHERE {} ORDER BY ct.day, t.name COLLATE NOCASE",
        days.condition("ct.day")
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut by_day: HashMap<NaiveDate, Vec<String>> = HashMap::new();
    let rows = days.query(&mut stmt, |r| Ok((day_column(r, 0)?, r.get::<_, String>(1)?)))?;
    for row in rows {
        let (day, name) = row?;
        by_day.entry(day).or_default().push(name);
    }
    Ok(by_day)
}
