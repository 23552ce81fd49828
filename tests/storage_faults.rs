//! Storage faults: a full disk (SQLite's `max_page_count` stands in for it) and a journal that
//! cannot be written (`query_only`, as on read-only media) give a clear error, leave no partial
//! write, and the journal stays readable.

use chrono::{NaiveDate, Utc};
use resilience_core::{CheckInDraft, Error, Journal, MassageKind, MassageSessionDraft, SessionStatus};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

/// Everything the journal holds, as text: equal before and after means nothing changed.
fn content(journal: &Journal) -> String {
    let mut out = String::new();
    for table in ["check_in", "check_in_tag", "tag", "check_in_pain_area", "massage_session", "settings"] {
        let mut stmt = journal.conn().prepare(&format!("SELECT * FROM {table} ORDER BY 1, 2")).unwrap();
        let columns = stmt.column_count();
        let rows = stmt
            .query_map([], |row| {
                (0..columns)
                    .map(|i| row.get::<_, rusqlite::types::Value>(i).map(|v| format!("{v:?}")))
                    .collect::<Result<Vec<_>, _>>()
            })
            .unwrap();
        for row in rows {
            out.push_str(&format!("{table}: {}\n", row.unwrap().join("|")));
        }
    }
    out
}

fn big_day(day: &str) -> CheckInDraft {
    CheckInDraft {
        day: day.into(),
        stress: Some(7),
        notes: "a long evening note about the day ".repeat(500),
        tags: vec!["work".into(), "a brand new tag".into()],
        ..Default::default()
    }
}

fn session() -> MassageSessionDraft {
    MassageSessionDraft {
        duration_min: Some(60),
        notes: "n".repeat(15_000),
        ..MassageSessionDraft::new("2026-11-20T18:00", SessionStatus::Done, MassageKind::Thai)
    }
}

#[test]
fn a_full_disk_refuses_the_write_whole_and_the_journal_stays_readable() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _) = Journal::open(&dir.path().join("journal.db"), Utc::now()).unwrap();
    journal
        .save_check_in(
            &CheckInDraft { day: "2026-11-01".into(), stress: Some(3), ..Default::default() },
            today(),
            Utc::now(),
        )
        .unwrap();
    let pages: i64 = journal.conn().query_row("PRAGMA page_count", [], |r| r.get(0)).unwrap();
    journal.conn().pragma_update(None, "max_page_count", pages).unwrap();
    let before = content(&journal);

    let err = journal.save_check_in(&big_day("2026-11-02"), today(), Utc::now()).unwrap_err();
    assert!(matches!(err, Error::DiskFull), "{err:?}");
    assert_eq!(err.code(), "disk_full");
    assert_eq!(err.message().id, "error-disk-full");
    let err = journal.save_session(&session(), &Utc, today().and_hms_opt(21, 0, 0).unwrap(), Utc::now()).unwrap_err();
    assert_eq!(err.code(), "disk_full");
    assert_eq!(content(&journal), before, "no partial write: no tag, no day, no session");
    assert_eq!(journal.check_in("2026-11-01").unwrap().unwrap().stress, Some(3), "reading still works");

    journal.conn().pragma_update(None, "max_page_count", 1_000_000).unwrap();
    journal.save_check_in(&big_day("2026-11-02"), today(), Utc::now()).expect("with space again, it saves");
}

#[test]
fn a_journal_that_cannot_be_written_says_so_and_stays_readable() {
    let dir = tempfile::tempdir().unwrap();
    let (mut journal, _) = Journal::open(&dir.path().join("journal.db"), Utc::now()).unwrap();
    journal
        .save_check_in(
            &CheckInDraft { day: "2026-11-01".into(), stress: Some(3), ..Default::default() },
            today(),
            Utc::now(),
        )
        .unwrap();
    journal.conn().pragma_update(None, "query_only", true).unwrap();
    let before = content(&journal);
    let err = journal.save_check_in(&big_day("2026-11-02"), today(), Utc::now()).unwrap_err();
    assert_eq!(err.code(), "read_only", "{err:?}");
    assert_eq!(err.message().id, "error-read-only");
    assert_eq!(content(&journal), before);
    assert_eq!(journal.check_ins("2026-11-01", "2026-11-30").unwrap().len(), 1);
}
