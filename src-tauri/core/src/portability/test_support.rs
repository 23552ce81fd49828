//! Fixtures shared by the portability tests.

use std::hash::{DefaultHasher, Hash, Hasher};

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use rusqlite::types::Value;
use rusqlite::Connection;

use crate::{CheckInDraft, Journal};

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 20, 0, 0).unwrap()
}

pub fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap()
}

/// A journal with a few days of demo data.
pub fn demo_journal(days: u32) -> Journal {
    let mut journal = Journal::open_in_memory().unwrap();
    crate::demo::fill_days(&mut journal, crate::demo::SEED, today(), days, now()).unwrap();
    journal
}

pub fn save(journal: &mut Journal, draft: CheckInDraft, when: DateTime<Utc>) {
    journal.save_check_in(&draft, today(), when).unwrap();
}

pub fn day(day: &str, stress: i32) -> CheckInDraft {
    CheckInDraft { day: day.into(), stress: Some(stress), ..Default::default() }
}

/// A hash of every row of every table: equal hashes mean nothing was written.
pub fn content_hash(conn: &Connection) -> u64 {
    let mut hasher = DefaultHasher::new();
    let mut tables = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").unwrap();
    let names: Vec<String> = tables.query_map([], |r| r.get(0)).unwrap().map(|n| n.unwrap()).collect();
    for name in names {
        name.hash(&mut hasher);
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{name}\" ORDER BY 1")).unwrap();
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            for i in 0..columns {
                match row.get::<_, Value>(i).unwrap() {
                    Value::Null => 0u8.hash(&mut hasher),
                    Value::Integer(n) => n.hash(&mut hasher),
                    Value::Real(x) => x.to_bits().hash(&mut hasher),
                    Value::Text(t) => t.hash(&mut hasher),
                    Value::Blob(b) => b.hash(&mut hasher),
                }
            }
        }
    }
    hasher.finish()
}
