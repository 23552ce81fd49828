//! The `check_in` table: one row per journal day, with optimistic versioning and tombstones.

use std::sync::LazyLock;

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use rusqlite::types::Type;
use rusqlite::{params, Connection, OptionalExtension, Row, TransactionBehavior};

use super::{body_area, sql, tag, Journal};
use crate::error::Message;
use crate::model::check_in::{CheckIn, CheckInDraft, CheckInValues};
use crate::model::day::parse_day;
use crate::{Error, Result};

pub(super) const MIGRATION_1: &str = "
CREATE TABLE check_in (
    day             TEXT PRIMARY KEY NOT NULL
                    CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    stress          INTEGER CHECK (stress BETWEEN 0 AND 10),
    sleep_hours     REAL    CHECK (sleep_hours BETWEEN 0 AND 24),
    sleep_quality   INTEGER CHECK (sleep_quality BETWEEN 0 AND 10),
    pain            INTEGER CHECK (pain BETWEEN 0 AND 10),
    self_esteem     INTEGER CHECK (self_esteem BETWEEN 0 AND 10),
    mood            INTEGER CHECK (mood BETWEEN 0 AND 10),
    anxiety         INTEGER CHECK (anxiety BETWEEN 0 AND 10),
    body_awareness  INTEGER CHECK (body_awareness BETWEEN 0 AND 10),
    notes           TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted_at      TEXT
) STRICT, WITHOUT ROWID;
";

/// A check-in row's columns: what every read selects first and every insert writes, in this order.
pub(super) const COLUMNS: &str = "day, stress, sleep_hours, sleep_quality, pain, self_esteem, mood, anxiety, \
                       body_awareness, notes, created_at, updated_at, version";

/// A new day's row: what was entered, created and updated now, version 1.
static INSERT: LazyLock<String> =
    LazyLock::new(|| format!("INSERT INTO check_in ({COLUMNS}) VALUES ({}, ?11, ?11, 1)", sql::placeholders(1, 10)));

/// The ISO day in column `idx`. Days are read by the thousand when a screen shows years, so this
/// reads the `YYYY-MM-DD` digits directly rather than through chrono's general format parser.
pub(super) fn day_column(row: &Row<'_>, idx: usize) -> rusqlite::Result<NaiveDate> {
    let failed =
        |e: Box<dyn std::error::Error + Send + Sync>| rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, e);
    let text = row.get_ref(idx)?.as_str().map_err(|e| failed(Box::new(e)))?;
    let b = text.as_bytes();
    let number =
        |digits: &[u8]| digits.iter().try_fold(0_u32, |n, d| d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0')));
    let day = match b {
        [y @ .., b'-', _, _, b'-', _, _] if y.len() == 4 => {
            match (number(&b[0..4]), number(&b[5..7]), number(&b[8..10])) {
                (Some(y), Some(m), Some(d)) => NaiveDate::from_ymd_opt(y as i32, m, d),
                _ => None,
            }
        }
        _ => None,
    };
    day.ok_or_else(|| failed(format!("“{text}” is not a day (YYYY-MM-DD)").into()))
}

/// The measures of a row whose first columns are `day` and the eight measures; the notes, stamps
/// and links are left empty (version 0).
fn measures_from_row(row: &Row<'_>) -> rusqlite::Result<CheckIn> {
    Ok(CheckIn {
        day: day_column(row, 0)?,
        stress: row.get(1)?,
        sleep_hours: row.get(2)?,
        sleep_quality: row.get(3)?,
        pain: row.get(4)?,
        self_esteem: row.get(5)?,
        mood: row.get(6)?,
        anxiety: row.get(7)?,
        body_awareness: row.get(8)?,
        pain_areas: Vec::new(),
        tags: Vec::new(),
        notes: String::new(),
        created_at: String::new(),
        updated_at: String::new(),
        version: 0,
    })
}

/// A row of [`COLUMNS`] without its links.
fn from_row(row: &Row<'_>) -> rusqlite::Result<CheckIn> {
    Ok(CheckIn {
        notes: row.get(9)?,
        created_at: row.get(10)?,
        updated_at: row.get(11)?,
        version: row.get(12)?,
        ..measures_from_row(row)?
    })
}

/// The live check-in of `day`, if any.
pub fn get(conn: &Connection, day: NaiveDate) -> Result<Option<CheckIn>> {
    let sql = format!("SELECT {COLUMNS} FROM check_in WHERE day = ?1 AND deleted_at IS NULL");
    let found = conn.query_row(&sql, [day], from_row).optional()?;
    Ok(with_links(conn, found.into_iter().collect())?.pop())
}

/// All live check-ins from `from` to `to` inclusive, oldest first (three queries in all).
pub fn list(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<CheckIn>> {
    let sql = format!("SELECT {COLUMNS} FROM check_in WHERE day BETWEEN ?1 AND ?2 AND deleted_at IS NULL ORDER BY day");
    Ok(query_with_links(conn, &sql, &[&from, &to], |_| Ok(()))?.into_iter().map(|(c, ())| c).collect())
}

/// Like [`list`] but in one query, without pain areas and tags (left empty): for charts, which
/// read years of days and need only the measures and notes.
pub fn list_without_links(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<CheckIn>> {
    let sql = format!("SELECT {COLUMNS} FROM check_in WHERE day BETWEEN ?1 AND ?2 AND deleted_at IS NULL ORDER BY day");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([from, to], from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Like [`list`] but with only what the insights engine reads: the measures and the tags. Notes,
/// stamps and pain areas are left empty (version 0), which saves a string or more per day and
/// the pain-area query when the Insights screen reads years of days.
pub fn list_for_insights(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<CheckIn>> {
    let mut stmt = conn.prepare_cached(
        "SELECT day, stress, sleep_hours, sleep_quality, pain, self_esteem, mood, anxiety, body_awareness
         FROM check_in WHERE day BETWEEN ?1 AND ?2 AND deleted_at IS NULL ORDER BY day",
    )?;
    let rows = stmt.query_map([from, to], measures_from_row)?;
    let mut check_ins = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    let (Some(first), Some(last)) = (check_ins.first().map(|c| c.day), check_ins.last().map(|c| c.day)) else {
        return Ok(check_ins);
    };
    let mut tags = tag::names_by_day(conn, &LinkDays::Range(first, last))?;
    for check_in in &mut check_ins {
        check_in.tags = tags.remove(&check_in.day).unwrap_or_default();
    }
    Ok(check_ins)
}

/// Rows from `sql`, which selects [`COLUMNS`] first, with their pain areas and tags; `extra`
/// reads whatever the query selects after those columns.
pub(super) fn query_with_links<T>(
    conn: &Connection,
    sql: &str,
    params: &[&dyn rusqlite::ToSql],
    extra: impl Fn(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<(CheckIn, T)>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(params, |r| Ok((from_row(r)?, extra(r)?)))?;
    let (check_ins, extras): (Vec<CheckIn>, Vec<T>) = rows.collect::<rusqlite::Result<Vec<_>>>()?.into_iter().unzip();
    Ok(with_links(conn, check_ins)?.into_iter().zip(extras).collect())
}

/// The days whose pain areas and tags to read.
pub(super) enum LinkDays<'a> {
    /// Every day from the first to the last, inclusive: one range read.
    Range(NaiveDate, NaiveDate),
    /// Just these days (ISO text as a JSON array): for a few days scattered over years, such as
    /// search hits, where reading the whole range between them would read mostly other days.
    Only(&'a str),
}

/// When the days asked for are fewer than one in this many of the days they span, only those
/// days are read.
const SPARSE: usize = 8;

impl LinkDays<'_> {
    /// The SQL condition on `column` that selects these days (its parameters: see [`Self::query`]).
    pub(super) fn condition(&self, column: &str) -> String {
        match self {
            LinkDays::Range(..) => format!("{column} BETWEEN ?1 AND ?2"),
            LinkDays::Only(_) => format!("{column} IN (SELECT value FROM json_each(?1))"),
        }
    }

    /// Runs `stmt`, prepared with [`Self::condition`], for these days.
    pub(super) fn query<'s, T>(
        &self,
        stmt: &'s mut rusqlite::Statement<'_>,
        row: impl FnMut(&Row<'_>) -> rusqlite::Result<T> + 's,
    ) -> rusqlite::Result<impl Iterator<Item = rusqlite::Result<T>> + 's> {
        let rows = match self {
            LinkDays::Range(from, to) => stmt.query_map(params![from, to], row)?,
            LinkDays::Only(days) => stmt.query_map(params![days], row)?,
        };
        Ok(rows)
    }
}

/// Fills in pain areas and tags with one query each: over the days spanned by `check_ins`, or
/// over just their days when they are few and far between.
fn with_links(conn: &Connection, mut check_ins: Vec<CheckIn>) -> Result<Vec<CheckIn>> {
    let (Some(first), Some(last)) = (check_ins.iter().map(|c| c.day).min(), check_ins.iter().map(|c| c.day).max())
    else {
        return Ok(check_ins);
    };
    let span = usize::try_from((last - first).num_days() + 1).unwrap_or(usize::MAX);
    let listed;
    let days = if check_ins.len().saturating_mul(SPARSE) < span {
        listed = serde_json::to_string(&check_ins.iter().map(|c| c.day.to_string()).collect::<Vec<_>>())
            .map_err(|e| Error::Database(e.to_string()))?;
        LinkDays::Only(&listed)
    } else {
        LinkDays::Range(first, last)
    };
    let mut areas = body_area::pain_areas_by_day(conn, &days)?;
    let mut tags = tag::names_by_day(conn, &days)?;
    for check_in in &mut check_ins {
        check_in.pain_areas = areas.remove(&check_in.day).unwrap_or_default();
        check_in.tags = tags.remove(&check_in.day).unwrap_or_default();
    }
    Ok(check_ins)
}

/// Writes `values` for its day. `expected_version` must match the stored live version (`None`
/// when the day has no live entry); otherwise the write is refused with [`Error::StaleVersion`]
/// and nothing changes.
pub fn save(
    conn: &mut Connection,
    values: &CheckInValues,
    expected_version: Option<i64>,
    now: DateTime<Utc>,
) -> Result<CheckIn> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let stored: Option<(i64, bool)> = tx
        .query_row("SELECT version, deleted_at IS NOT NULL FROM check_in WHERE day = ?1", [values.day], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    let live_version = stored.and_then(|(v, deleted)| (!deleted).then_some(v));
    if live_version != expected_version {
        return Err(Error::StaleVersion { expected: expected_version, found: live_version });
    }
    let stamp = timestamp(now);
    let v = values;
    match stored {
        None => {
            tx.execute(
                &INSERT,
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
                    stamp
                ],
            )?;
        }
        Some((old_version, was_deleted)) => {
            // Reviving a deleted day starts a fresh entry but keeps counting versions, so an edit
            // based on the entry from before the deletion can never match.
            tx.prepare_cached(
                "UPDATE check_in SET stress = ?2, sleep_hours = ?3, sleep_quality = ?4, pain = ?5,
                     self_esteem = ?6, mood = ?7, anxiety = ?8, body_awareness = ?9, notes = ?10,
                     created_at = CASE WHEN ?13 THEN ?11 ELSE created_at END,
                     updated_at = ?11, version = ?12, deleted_at = NULL
                 WHERE day = ?1",
            )?
            .execute(params![
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
                stamp,
                old_version + 1,
                was_deleted
            ])?;
        }
    }
    body_area::replace_pain_areas(&tx, v.day, &v.pain_areas)?;
    tag::replace_for_day(&tx, v.day, &v.tags, &stamp)?;
    let saved = get(&tx, values.day)?.ok_or_else(|| Error::Database("the saved entry vanished".into()))?;
    tx.commit()?;
    Ok(saved)
}

/// Marks the live check-in of `day` deleted (a tombstone; [`restore`] brings it back).
pub fn delete(conn: &Connection, day: NaiveDate, now: DateTime<Utc>) -> Result<()> {
    let changed = conn.execute(
        "UPDATE check_in SET deleted_at = ?2, version = version + 1 WHERE day = ?1 AND deleted_at IS NULL",
        params![day, timestamp(now)],
    )?;
    if changed == 0 {
        return Err(Error::NotFound(Message::new("error-no-entry-to-delete").arg("day", day.to_string())));
    }
    Ok(())
}

/// Undoes [`delete`]: the day's entry becomes live again with its values as they were.
pub fn restore(conn: &Connection, day: NaiveDate, now: DateTime<Utc>) -> Result<CheckIn> {
    let changed = conn.execute(
        "UPDATE check_in SET deleted_at = NULL, updated_at = ?2, version = version + 1
         WHERE day = ?1 AND deleted_at IS NOT NULL",
        params![day, timestamp(now)],
    )?;
    if changed == 0 {
        return Err(Error::NotFound(Message::new("error-no-entry-to-restore").arg("day", day.to_string())));
    }
    get(conn, day)?.ok_or_else(|| Error::NotFound(Message::new("error-no-entry").arg("day", day.to_string())))
}

fn timestamp(now: DateTime<Utc>) -> String {
    now.to_rfc3339_opts(SecondsFormat::Secs, true)
}

impl Journal {
    /// Validates `draft` against `today` and saves it (see [`save`]).
    pub fn save_check_in(&mut self, draft: &CheckInDraft, today: NaiveDate, now: DateTime<Utc>) -> Result<CheckIn> {
        let values = draft.validate(today)?;
        save(self.conn_mut(), &values, draft.version, now)
    }

    /// The live check-in of the ISO day `day`, if any.
    pub fn check_in(&self, day: &str) -> Result<Option<CheckIn>> {
        get(self.conn(), parse_day("day", day)?)
    }

    /// Live check-ins between two ISO days inclusive; `from` after `to` is refused.
    pub fn check_ins(&self, from: &str, to: &str) -> Result<Vec<CheckIn>> {
        let (from, to) = (parse_day("from", from)?, parse_day("to", to)?);
        if from > to {
            return Err(Error::invalid(
                "to",
                Message::new("error-range-reversed").arg("from", from.to_string()).arg("to", to.to_string()),
            ));
        }
        list(self.conn(), from, to)
    }

    /// Deletes the check-in of the ISO day `day` (undo with [`Journal::restore_check_in`]).
    pub fn delete_check_in(&self, day: &str, now: DateTime<Utc>) -> Result<()> {
        delete(self.conn(), parse_day("day", day)?, now)
    }

    /// Brings back a deleted check-in.
    pub fn restore_check_in(&self, day: &str, now: DateTime<Utc>) -> Result<CheckIn> {
        restore(self.conn(), parse_day("day", day)?, now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 25, 20, 15, 0).unwrap()
    }

    fn draft(day: &str, stress: i32, version: Option<i64>) -> CheckInDraft {
        CheckInDraft { day: day.into(), stress: Some(stress), sleep_hours: Some(7.5), version, ..Default::default() }
    }

    #[test]
    fn a_new_day_is_saved_with_version_1() {
        let mut journal = Journal::open_in_memory().unwrap();
        let saved = journal.save_check_in(&draft("2026-11-25", 4, None), today(), now()).unwrap();
        assert_eq!((saved.stress, saved.sleep_hours, saved.version), (Some(4), Some(7.5), 1));
        assert_eq!(saved.created_at, "2026-11-25T20:15:00Z");
        assert_eq!(journal.check_in("2026-11-25").unwrap(), Some(saved));
    }

    #[test]
    fn saving_again_with_the_current_version_updates_the_day() {
        let mut journal = Journal::open_in_memory().unwrap();
        journal.save_check_in(&draft("2026-11-25", 4, None), today(), now()).unwrap();
        let later = now() + chrono::Duration::minutes(5);
        let updated = journal.save_check_in(&draft("2026-11-25", 6, Some(1)), today(), later).unwrap();
        assert_eq!((updated.stress, updated.version), (Some(6), 2));
        assert_eq!(updated.created_at, "2026-11-25T20:15:00Z");
        assert_eq!(updated.updated_at, "2026-11-25T20:20:00Z");
        assert_eq!(journal.check_ins("2026-01-01", "2026-12-31").unwrap().len(), 1);
    }

    #[test]
    fn stale_version_is_refused() {
        let mut journal = Journal::open_in_memory().unwrap();
        journal.save_check_in(&draft("2026-11-25", 4, None), today(), now()).unwrap();
        journal.save_check_in(&draft("2026-11-25", 5, Some(1)), today(), now()).unwrap();
        let err = journal.save_check_in(&draft("2026-11-25", 9, Some(1)), today(), now()).unwrap_err();
        assert!(matches!(err, Error::StaleVersion { expected: Some(1), found: Some(2) }), "{err:?}");
        assert_eq!(journal.check_in("2026-11-25").unwrap().unwrap().stress, Some(5));
    }

    #[test]
    fn a_second_new_entry_for_the_same_day_is_refused() {
        let mut journal = Journal::open_in_memory().unwrap();
        journal.save_check_in(&draft("2026-11-25", 4, None), today(), now()).unwrap();
        let err = journal.save_check_in(&draft("2026-11-25", 8, None), today(), now()).unwrap_err();
        assert_eq!(err.code(), "stale_version");
    }

    #[test]
    fn invalid_input_changes_nothing() {
        let mut journal = Journal::open_in_memory().unwrap();
        journal.save_check_in(&draft("2026-11-25", 4, None), today(), now()).unwrap();
        let err = journal.save_check_in(&draft("2026-11-25", 11, Some(1)), today(), now()).unwrap_err();
        assert_eq!(err.field(), Some("stress"));
        let stored = journal.check_in("2026-11-25").unwrap().unwrap();
        assert_eq!((stored.stress, stored.version), (Some(4), 1));
    }

    #[test]
    fn stored_days_read_back_as_the_same_days() {
        let mut journal = Journal::open_in_memory().unwrap();
        for day in ["1900-01-01", "2024-02-29", "2026-11-25"] {
            journal.save_check_in(&draft(day, 3, None), today(), now()).unwrap();
        }
        let days: Vec<String> =
            journal.check_ins("1900-01-01", "2026-11-25").unwrap().iter().map(|c| c.day.to_string()).collect();
        assert_eq!(days, ["1900-01-01", "2024-02-29", "2026-11-25"]);
        let read = |text: &str| {
            journal.conn().query_row("SELECT ?1", [text], |row| day_column(row, 0)).map_err(|e| e.to_string())
        };
        assert_eq!(read("2024-02-29"), Ok(NaiveDate::from_ymd_opt(2024, 2, 29).unwrap()));
        for bad in ["2023-02-29", "2024-2-29", "20x4-02-29", "2024-02-29T", "2024/02/29", ""] {
            assert!(read(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn list_returns_the_range_in_day_order() {
        let mut journal = Journal::open_in_memory().unwrap();
        for day in ["2026-11-20", "2026-11-01", "2026-10-31", "2026-11-24"] {
            journal.save_check_in(&draft(day, 3, None), today(), now()).unwrap();
        }
        let days: Vec<String> =
            journal.check_ins("2026-11-01", "2026-11-24").unwrap().iter().map(|c| c.day.to_string()).collect();
        assert_eq!(days, ["2026-11-01", "2026-11-20", "2026-11-24"]);
        assert_eq!(journal.check_ins("2026-11-24", "2026-11-01").unwrap_err().field(), Some("to"));
    }

    #[test]
    fn deleting_leaves_a_tombstone_that_restore_brings_back() {
        let mut journal = Journal::open_in_memory().unwrap();
        journal.save_check_in(&draft("2026-11-25", 4, None), today(), now()).unwrap();
        journal.delete_check_in("2026-11-25", now()).unwrap();
        assert_eq!(journal.check_in("2026-11-25").unwrap(), None);
        assert!(journal.check_ins("2026-11-01", "2026-11-30").unwrap().is_empty());
        assert_eq!(journal.delete_check_in("2026-11-25", now()).unwrap_err().code(), "not_found");
        let back = journal.restore_check_in("2026-11-25", now()).unwrap();
        assert_eq!((back.stress, back.version), (Some(4), 3));
    }

    #[test]
    fn pain_areas_and_tags_round_trip_and_are_replaced_on_edit() {
        use crate::BodyArea;
        let mut journal = Journal::open_in_memory().unwrap();
        let first = CheckInDraft {
            pain_areas: vec![BodyArea::LowerBack, BodyArea::Neck],
            tags: vec!["work".into(), "Yoga".into()],
            ..draft("2026-11-24", 6, None)
        };
        let saved = journal.save_check_in(&first, today(), now()).unwrap();
        assert_eq!(saved.pain_areas, [BodyArea::Neck, BodyArea::LowerBack]);
        assert_eq!(saved.tags, ["work", "Yoga"]);
        let second = CheckInDraft {
            pain_areas: vec![BodyArea::Feet],
            tags: vec!["WORK".into()],
            ..draft("2026-11-24", 3, Some(1))
        };
        let edited = journal.save_check_in(&second, today(), now()).unwrap();
        assert_eq!(
            (edited.pain_areas.as_slice(), edited.tags.as_slice()),
            ([BodyArea::Feet].as_slice(), ["work".to_string()].as_slice())
        );
        let tags = tag::list(journal.conn()).unwrap();
        let counts: Vec<(&str, u32)> = tags.iter().map(|t| (t.name.as_str(), t.uses)).collect();
        assert_eq!(counts, [("work", 1), ("Yoga", 0)], "an existing tag is reused whatever its case");
    }

    #[test]
    fn a_listed_range_carries_each_days_links() {
        let mut journal = Journal::open_in_memory().unwrap();
        let tagged = CheckInDraft { tags: vec!["walk".into()], ..draft("2026-11-20", 2, None) };
        journal.save_check_in(&tagged, today(), now()).unwrap();
        journal.save_check_in(&draft("2026-11-21", 2, None), today(), now()).unwrap();
        let listed = journal.check_ins("2026-11-01", "2026-11-30").unwrap();
        assert_eq!(listed[0].tags, ["walk"]);
        assert!(listed[1].tags.is_empty());
    }

    #[test]
    fn a_deleted_day_can_be_checked_in_afresh() {
        let mut journal = Journal::open_in_memory().unwrap();
        journal.save_check_in(&draft("2026-11-25", 4, None), today(), now()).unwrap();
        journal.delete_check_in("2026-11-25", now()).unwrap();
        let fresh = journal.save_check_in(&draft("2026-11-25", 2, None), today(), now()).unwrap();
        assert_eq!((fresh.stress, fresh.version), (Some(2), 3));
    }
}
