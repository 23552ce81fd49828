//! Two writers on one journal file — the app and, say, an import running beside it: a writer that
//! finds the file locked waits (busy timeout) instead of failing, and an edit based on a version
//! another writer has replaced is refused, never silently overwritten.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::{NaiveDate, Utc};
use resilience_core::{CheckInDraft, Error, Journal};

const HOLDER_ENV: &str = "TWO_WRITERS_HOLD";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

/// In the child process: takes the write lock, says so, and holds it for a second.
#[test]
fn holder() {
    let Some(path) = std::env::var_os(HOLDER_ENV) else { return };
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch("BEGIN IMMEDIATE; UPDATE check_in SET notes = 'held' WHERE day = '2026-11-24';").unwrap();
    println!("LOCKED");
    std::thread::sleep(Duration::from_millis(1000));
    conn.execute_batch("COMMIT").unwrap();
}

#[test]
fn a_writer_waits_for_another_process_to_finish_rather_than_failing() {
    if std::env::var_os(HOLDER_ENV).is_some() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let (mut journal, _) = Journal::open(&path, Utc::now()).unwrap();
    let yesterday = CheckInDraft { day: "2026-11-24".into(), stress: Some(4), ..Default::default() };
    journal.save_check_in(&yesterday, today(), Utc::now()).unwrap();

    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "holder", "--nocapture", "--test-threads=1"])
        .env(HOLDER_ENV, &path)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    while !line.contains("LOCKED") {
        line.clear();
        assert!(std::io::BufRead::read_line(&mut stdout, &mut line).unwrap() > 0, "the holder never locked");
    }
    let started = Instant::now();
    let draft = CheckInDraft { day: "2026-11-25".into(), stress: Some(6), ..Default::default() };
    let saved = journal.save_check_in(&draft, today(), Utc::now()).expect("waited for the lock, then saved");
    assert!(started.elapsed() >= Duration::from_millis(500), "it did wait: {:?}", started.elapsed());
    assert!(child.wait().unwrap().success());
    assert_eq!(saved.stress, Some(6));
    let held = journal.check_in("2026-11-24").unwrap().unwrap();
    assert_eq!(held.notes, "held", "the other writer's change is there too");
}

#[test]
fn an_edit_based_on_a_replaced_version_is_refused() {
    if std::env::var_os(HOLDER_ENV).is_some() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let (mut app, _) = Journal::open(&path, Utc::now()).unwrap();
    let (mut other, _) = Journal::open(&path, Utc::now()).unwrap();
    let first = app
        .save_check_in(
            &CheckInDraft { day: "2026-11-25".into(), stress: Some(5), ..Default::default() },
            today(),
            Utc::now(),
        )
        .unwrap();
    // The other writer edits the same day from the version it read.
    let theirs =
        CheckInDraft { day: "2026-11-25".into(), stress: Some(8), version: Some(first.version), ..Default::default() };
    other.save_check_in(&theirs, today(), Utc::now()).unwrap();
    // The app's edit is based on the version it showed, which is no longer the live one.
    let mine =
        CheckInDraft { day: "2026-11-25".into(), stress: Some(2), version: Some(first.version), ..Default::default() };
    let err = app.save_check_in(&mine, today(), Utc::now()).unwrap_err();
    assert!(matches!(err, Error::StaleVersion { .. }), "{err:?}");
    assert_eq!(err.message().id, "error-stale-version");
    assert_eq!(app.check_in("2026-11-25").unwrap().unwrap().stress, Some(8), "their edit stands");
}
