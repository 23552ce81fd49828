//! The journal store on real files in temp folders.

use std::path::Path;

use chrono::{NaiveDate, TimeZone, Utc};
use resilience_core::store::{LATEST_SCHEMA_VERSION, MIGRATIONS};
use resilience_core::{CheckInDraft, Journal};
use rusqlite::Connection;
use sha2::{Digest, Sha256};

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 20, 0, 0).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn hash(path: &Path) -> Vec<u8> {
    Sha256::digest(std::fs::read(path).unwrap()).to_vec()
}

fn draft(stress: i32) -> CheckInDraft {
    CheckInDraft {
        day: "2026-11-25".into(),
        stress: Some(stress),
        notes: "שלום — calm 😌".into(),
        ..Default::default()
    }
}

#[test]
fn migrations_validate() {
    MIGRATIONS.validate().unwrap();
}

#[test]
fn reopening_keeps_the_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let (mut journal, report) = Journal::open(&path, now()).unwrap();
    assert!(report.created);
    assert_eq!(report.backup, None);
    let saved = journal.save_check_in(&draft(3), today(), now()).unwrap();
    drop(journal);

    let (journal, report) = Journal::open(&path, now()).unwrap();
    assert!(!report.created);
    assert_eq!(report.from_version, LATEST_SCHEMA_VERSION);
    assert_eq!(report.backup, None, "no migration ran, so no backup");
    assert_eq!(journal.check_in("2026-11-25").unwrap(), Some(saved));
}

#[test]
fn every_open_sets_wal_and_the_schema_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let (journal, _) = Journal::open(&path, now()).unwrap();
    let mode: String = journal.conn().query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    let version: i64 = journal.conn().query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!((mode.as_str(), version), ("wal", LATEST_SCHEMA_VERSION as i64));
}

#[test]
fn a_newer_schema_is_refused_and_the_file_is_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE future_thing (x); INSERT INTO future_thing VALUES (1);").unwrap();
        conn.pragma_update(None, "user_version", LATEST_SCHEMA_VERSION as i64 + 1).unwrap();
    }
    let before = hash(&path);
    let err = Journal::open(&path, now()).unwrap_err();
    assert_eq!(err.code(), "newer_schema");
    assert_eq!(err.message().id, "error-newer-schema", "{err}");
    assert_eq!(hash(&path), before);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(leftovers, ["journal.db"], "no backup, WAL or other file was made");
}

#[test]
fn a_damaged_file_is_refused_and_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    for content in [b"definitely not SQLite".repeat(300), Vec::new()] {
        std::fs::write(&path, &content).unwrap();
        let err = Journal::open(&path, now()).unwrap_err();
        assert_eq!(err.code(), "damaged", "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), content);
    }
}

#[test]
fn an_old_file_is_backed_up_before_migrating() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    {
        // A v1 journal: only the first migration step, with a check-in in it.
        let mut conn = Connection::open(&path).unwrap();
        MIGRATIONS.to_version(&mut conn, 1).unwrap();
        conn.execute(
            "INSERT INTO check_in (day, stress, created_at, updated_at) VALUES ('2026-11-01', 5, 'x', 'x')",
            [],
        )
        .unwrap();
    }
    let (journal, report) = Journal::open(&path, now()).unwrap();
    assert_eq!(report.from_version, 1);
    let backup = report.backup.expect("a backup is made before migrating");
    assert_eq!(backup.file_name().unwrap(), "journal.db.v1-20261125T200000Z.bak");
    assert_eq!(journal.check_in("2026-11-01").unwrap().unwrap().stress, Some(5));

    let copy = Connection::open(&backup).unwrap();
    let version: i64 = copy.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    let stress: i64 = copy.query_row("SELECT stress FROM check_in", [], |r| r.get(0)).unwrap();
    assert_eq!((version, stress), (1, 5));
}

/// What an update does: the journal of every earlier version opens in this one with its entries
/// and settings; settings the earlier version never had take their defaults, and a setting this
/// version no longer knows is ignored.
#[test]
fn a_journal_from_every_earlier_version_opens_with_its_entries_and_settings() {
    let mut versions_with_settings = 0;
    for version in 1..LATEST_SCHEMA_VERSION {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.db");
        let settings_saved = {
            let mut conn = Connection::open(&path).unwrap();
            MIGRATIONS.to_version(&mut conn, version).unwrap();
            conn.execute(
                "INSERT INTO check_in (day, stress, created_at, updated_at) VALUES ('2026-11-01', 6, 'x', 'x')",
                [],
            )
            .unwrap();
            let has_settings = had_settings(&conn);
            if has_settings {
                conn.execute_batch(
                    "INSERT INTO settings (key, value, updated_at) VALUES
                       ('theme', '\"dark\"', 'x'), ('weekStart', '\"sunday\"', 'x'), ('retiredSetting', 'true', 'x');",
                )
                .unwrap();
            }
            has_settings
        };
        let (journal, report) = Journal::open(&path, now()).unwrap();
        assert_eq!(report.from_version, version);
        assert!(report.backup.is_some(), "v{version}: a copy is kept before migrating");
        assert_eq!(journal.check_in("2026-11-01").unwrap().unwrap().stress, Some(6), "v{version}");
        let settings = serde_json::to_value(journal.settings().unwrap()).unwrap();
        if settings_saved {
            versions_with_settings += 1;
            assert_eq!((&settings["theme"], &settings["weekStart"]), (&"dark".into(), &"sunday".into()), "v{version}");
        }
        assert_eq!(settings["currency"], "EUR", "v{version}: a setting it never had takes its default");
    }
    assert!(versions_with_settings > 0, "some earlier version already stored settings");
}

fn had_settings(conn: &Connection) -> bool {
    conn.query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'settings'", [], |r| {
        r.get::<_, i64>(0)
    })
    .unwrap()
        == 1
}

#[test]
fn a_v0_file_is_backed_up_before_its_first_migration() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "CREATE TABLE notes_from_elsewhere (text); INSERT INTO notes_from_elsewhere VALUES ('kept');",
        )
        .unwrap();
    }
    let (_journal, report) = Journal::open(&path, now()).unwrap();
    assert_eq!(report.from_version, 0);
    let copy = Connection::open(report.backup.unwrap()).unwrap();
    let text: String = copy.query_row("SELECT text FROM notes_from_elsewhere", [], |r| r.get(0)).unwrap();
    assert_eq!(text, "kept");
}

#[test]
fn two_backups_in_the_same_second_do_not_overwrite_each_other() {
    let dir = tempfile::tempdir().unwrap();
    let mut backups = Vec::new();
    for name in ["a.db", "b.db"] {
        let path = dir.path().join("journal.db");
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(&format!("CREATE TABLE t (x); INSERT INTO t VALUES ('{name}');")).unwrap();
        drop(conn);
        let (_j, report) = Journal::open(&path, now()).unwrap();
        backups.push(report.backup.unwrap());
        std::fs::remove_file(&path).unwrap();
        let _ = std::fs::remove_file(dir.path().join("journal.db-wal"));
        let _ = std::fs::remove_file(dir.path().join("journal.db-shm"));
    }
    assert_ne!(backups[0], backups[1]);
    assert!(backups.iter().all(|b| b.exists()));
}

// File modes exist on Linux and macOS; on Windows the per-user app-data folder is private already.
#[cfg(unix)]
#[test]
fn the_data_folder_and_journal_are_private() {
    use resilience_core::file::ensure_private_dir;
    use std::os::unix::fs::PermissionsExt;
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("Resilience Journal");
    ensure_private_dir(&dir).unwrap();
    let path = dir.join("journal.db");
    Journal::open(&path, now()).unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&path), 0o600);
}

/// SQLite 3.51.3 fixed a bug in which a WAL reset could corrupt the database; the bundled copy
/// must be at least that.
#[test]
fn the_bundled_sqlite_has_the_wal_reset_fix() {
    let (major, minor, patch) = {
        let n = rusqlite::version_number();
        (n / 1_000_000, n / 1000 % 1000, n % 1000)
    };
    assert!((major, minor, patch) >= (3, 51, 3), "bundled SQLite {} is older than 3.51.3", rusqlite::version());
    let journal = resilience_core::Journal::open_in_memory().unwrap();
    let in_use: String = journal.conn().query_row("SELECT sqlite_version()", [], |r| r.get(0)).unwrap();
    assert_eq!(in_use, rusqlite::version(), "the journal runs on the bundled library");
}

/// A new journal is made in a temporary file and renamed into place when whole: what a creation
/// cut short leaves behind is the temporary file, which the next start makes again.
#[test]
fn a_new_journal_appears_only_whole_and_a_cut_short_creation_is_redone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    std::fs::write(dir.path().join("journal.db.creating"), b"half a journal").unwrap();
    let (journal, report) = Journal::open(&path, now()).unwrap();
    assert!(report.created);
    assert_eq!(report.from_version, 0);
    let version: i64 = journal.conn().query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version as usize, LATEST_SCHEMA_VERSION);
    drop(journal);
    let names: Vec<String> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(!names.iter().any(|n| n.contains("creating")), "{names:?}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "only the journal: {names:?}");
}
