//! Body areas: where pain is felt on a day, and where a massage focused.

/// The areas are a fixed list with stable ids; labels live in the UI.
pub(super) const MIGRATION_1: &str = "
CREATE TABLE body_area (
    id          TEXT PRIMARY KEY NOT NULL,
    sort_order  INTEGER NOT NULL
) STRICT;
INSERT INTO body_area (id, sort_order) VALUES
    ('head', 1), ('jaw', 2), ('neck', 3), ('shoulders', 4), ('upper_back', 5), ('lower_back', 6),
    ('chest', 7), ('abdomen', 8), ('arms', 9), ('hands', 10), ('hips', 11), ('legs', 12),
    ('knees', 13), ('feet', 14);
CREATE TABLE check_in_pain_area (
    day           TEXT NOT NULL REFERENCES check_in (day) ON DELETE CASCADE,
    body_area_id  TEXT NOT NULL REFERENCES body_area (id),
    PRIMARY KEY (day, body_area_id)
) STRICT, WITHOUT ROWID;
";

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{params, Connection};

use super::check_in::{day_column, LinkDays};
use crate::model::body_area::BodyArea;
use crate::Result;

/// Makes `areas` the pain areas of `day` (inside the caller's transaction).
pub(super) fn replace_pain_areas(conn: &Connection, day: NaiveDate, areas: &[BodyArea]) -> Result<()> {
    conn.prepare_cached("DELETE FROM check_in_pain_area WHERE day = ?1")?.execute([day])?;
    for area in areas {
        conn.prepare_cached("INSERT INTO check_in_pain_area (day, body_area_id) VALUES (?1, ?2)")?
            .execute(params![day, area.as_str()])?;
    }
    Ok(())
}

/// Pain areas per day for `days`, head to feet.
pub(super) fn pain_areas_by_day(conn: &Connection, days: &LinkDays<'_>) -> Result<HashMap<NaiveDate, Vec<BodyArea>>> {
    let sql = format!(
        "SELECT p.day, p.body_area_id FROM check_in_pain_area p JOIN body_area b ON b.id = p.body_area_id
         WHERE {} ORDER BY p.day, b.sort_order",
        days.condition("p.day")
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut by_day: HashMap<NaiveDate, Vec<BodyArea>> = HashMap::new();
    let rows = days.query(&mut stmt, |r| Ok((day_column(r, 0)?, r.get::<_, String>(1)?)))?;
    for row in rows {
        let (day, id) = row?;
        by_day.entry(day).or_default().push(id.parse()?);
    }
    Ok(by_day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_match_the_body_area_table_in_order() {
        let journal = crate::Journal::open_in_memory().unwrap();
        let mut stmt = journal.conn().prepare("SELECT id FROM body_area ORDER BY sort_order").unwrap();
        let ids: Vec<String> = stmt.query_map([], |r| r.get(0)).unwrap().collect::<rusqlite::Result<_>>().unwrap();
        let ours: Vec<&str> = BodyArea::ALL.iter().map(|a| a.as_str()).collect();
        assert_eq!(ids, ours);
    }
}
