use chrono::{Duration, TimeZone};

use super::*;
use crate::encryption::migrate;
use crate::portability::test_support::{content_hash, today};
use crate::{demo, Journal};

fn at(days_ago: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 3, 0, 0).unwrap() - Duration::days(days_ago)
}

/// A journal file with `days` days of demo data, closed again.
fn journal_file(dir: &Path, days: u32) -> PathBuf {
    let path = dir.join("journal.db");
    let (mut journal, _) = Journal::open(&path, at(0)).unwrap();
    demo::fill_days(&mut journal, demo::SEED, today(), days, at(0)).unwrap();
    path
}

fn live_days(path: &Path) -> usize {
    let (journal, _) = Journal::open(path, at(0)).unwrap();
    journal.check_ins("1900-01-01", "2026-12-31").unwrap().len()
}

fn names(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        fs::read_dir(folder).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

#[test]
fn a_daily_backup_is_made_once_a_day_whole_and_alone() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal_file(dir.path(), 30);
    let (open, _) = Journal::open(&journal, at(0)).unwrap();
    let made = backup_if_due(&journal, None, at(0)).unwrap().expect("the first backup is due");
    drop(open);
    assert_eq!(made.kind, BackupKind::Daily);
    assert_eq!(made.file_name, "journal-daily-20261125T030000Z.db");
    assert_eq!(made.days, Some(live_days(&journal) as u32));
    assert!(made.sessions.unwrap() >= 1 && made.problem.is_none());
    assert_eq!(backup_if_due(&journal, None, at(0) + Duration::hours(20)).unwrap(), None, "at most once a day");
    assert_eq!(names(&backup_folder(&journal)), ["journal-daily-20261125T030000Z.db"], "no temp, -wal or -shm left");
    assert!(backup_if_due(&journal, None, at(-1)).unwrap().is_some(), "the next day is due again");
}

/// The journal days of a person `hours` east of UTC whose day begins at 04:00.
fn days_in(hours: i32) -> impl Fn(DateTime<Utc>) -> chrono::NaiveDate {
    let zone = chrono::FixedOffset::east_opt(hours * 3600).unwrap();
    let boundary = chrono::NaiveTime::from_hms_opt(4, 0, 0).unwrap();
    move |at| crate::journal_day(at.with_timezone(&zone).naive_local(), boundary)
}

#[test]
fn a_daily_backup_is_made_once_per_journal_day_in_the_local_zone() {
    // UTC+10: the UTC date of every pass below is Nov 25; UTC-8: Nov 26; UTC: 23:30 is Nov 25 and
    // 02:00 is Nov 26 — the journal day (boundary 04:00) decides in each.
    for hours in [10, -8, 0] {
        let dir = tempfile::tempdir().unwrap();
        let journal = journal_file(dir.path(), 3);
        let zone = chrono::FixedOffset::east_opt(hours * 3600).unwrap();
        let local = |day: u32, h: u32, m: u32| zone.with_ymd_and_hms(2026, 11, day, h, m, 0).unwrap().to_utc();
        let pass = |at| daily_backup_if_due(&journal, None, at, days_in(hours)).unwrap();
        assert!(pass(local(25, 23, 30)).is_some(), "UTC{hours:+}: the first backup is due");
        assert_eq!(pass(local(26, 2, 0)), None, "UTC{hours:+}: 02:00 is still the same journal day");
        assert!(pass(local(26, 4, 30)).is_some(), "UTC{hours:+}: 04:30 begins a new journal day");
        assert_eq!(pass(local(26, 23, 59)), None, "UTC{hours:+}: once per journal day");
        assert_eq!(names(&backup_folder(&journal)).len(), 2, "UTC{hours:+}");
    }
}

#[test]
fn rotation_keeps_seven_days_and_four_weeks_and_never_touches_other_files() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal_file(dir.path(), 3);
    let folder = backup_folder(&journal);
    fs::create_dir_all(&folder).unwrap();
    let strangers = ["notes.txt", "journal-daily-garbage.db", "journal-daily-20251101T030000Z.db.old"];
    for name in strangers {
        fs::write(folder.join(name), b"not ours").unwrap();
    }
    for days_ago in (0..60).rev() {
        backup_if_due(&journal, None, at(days_ago)).unwrap();
    }
    let left = names(&folder);
    for name in strangers {
        assert!(left.contains(&name.to_string()), "{name} was removed");
    }
    let dailies: Vec<&String> = left.iter().filter(|n| n.ends_with("T030000Z.db")).collect();
    assert_eq!(
        dailies,
        [
            "journal-daily-20261101T030000Z.db",
            "journal-daily-20261108T030000Z.db",
            "journal-daily-20261115T030000Z.db",
            "journal-daily-20261118T030000Z.db",
            "journal-daily-20261119T030000Z.db",
            "journal-daily-20261120T030000Z.db",
            "journal-daily-20261121T030000Z.db",
            "journal-daily-20261122T030000Z.db",
            "journal-daily-20261123T030000Z.db",
            "journal-daily-20261124T030000Z.db",
            "journal-daily-20261125T030000Z.db",
        ]
    );
}

#[test]
fn back_up_now_writes_into_the_chosen_folder() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal_file(dir.path(), 10);
    let chosen = dir.path().join("usb");
    fs::create_dir(&chosen).unwrap();
    let first = backup_to(&journal, None, &chosen, at(0)).unwrap();
    let second = backup_to(&journal, None, &chosen, at(0)).unwrap();
    assert_eq!(first.file_name, "resilience-journal-20261125T030000Z.db");
    assert_eq!(second.file_name, "resilience-journal-20261125T030000Z-2.db", "never overwrites");
    assert_eq!((first.kind, first.days), (BackupKind::Manual, Some(live_days(&journal) as u32)));
    assert_eq!(backup_to(&journal, None, &chosen.join("missing"), at(0)).unwrap_err().field(), Some("folder"));
    assert_eq!(backup_to(&dir.path().join("none.db"), None, &chosen, at(0)).unwrap_err().code(), "not_found");
}

#[test]
fn restore_moves_the_journal_aside_and_can_be_undone() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal_file(dir.path(), 10);
    let before = live_days(&journal);
    let backup = backup_if_due(&journal, None, at(1)).unwrap().unwrap();
    {
        let (mut open, _) = Journal::open(&journal, at(0)).unwrap();
        demo::fill_days(&mut open, 7, today() - Duration::days(40), 20, at(0)).unwrap();
    }
    let grown = live_days(&journal);
    assert!(grown > before);

    let report = restore_backup(&journal, None, Path::new(&backup.path), at(0)).unwrap();
    assert_eq!(live_days(&journal), before);
    let moved = report.moved_aside.unwrap();
    assert!(moved.ends_with("backups/journal-replaced-20261125T030000Z.db"), "{moved}");
    let listed = list_backups(&journal, None).unwrap();
    let replaced = listed.iter().find(|b| b.kind == BackupKind::Replaced).unwrap();
    assert_eq!((replaced.path.as_str(), replaced.days), (moved.as_str(), Some(grown as u32)));

    restore_backup(&journal, None, Path::new(&moved), at(0) + Duration::minutes(1)).unwrap();
    assert_eq!(live_days(&journal), grown, "undo brings the replaced journal back");
    assert_eq!(list_backups(&journal, None).unwrap().iter().filter(|b| b.kind == BackupKind::Replaced).count(), 2);
}

#[test]
fn a_journal_left_with_a_write_ahead_log_is_moved_aside_whole() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal_file(dir.path(), 5);
    let backup = backup_if_due(&journal, None, at(0)).unwrap().unwrap();
    let (mut open, _) = Journal::open(&journal, at(0)).unwrap();
    demo::fill_days(&mut open, 7, today() - Duration::days(40), 20, at(0)).unwrap();
    let expected = open.check_ins("1900-01-01", "2026-12-31").unwrap().len();
    // As after a crash: the connection is never closed, so its log is never folded in.
    std::mem::forget(open);
    let report = restore_backup(&journal, None, Path::new(&backup.path), at(0)).unwrap();
    let moved = PathBuf::from(report.moved_aside.unwrap());
    assert_eq!(live_days(&moved), expected);
}

#[test]
fn list_shows_every_kind_newest_first_and_flags_damaged_files() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal_file(dir.path(), 5);
    let daily = backup_if_due(&journal, None, at(2)).unwrap().unwrap();
    fs::copy(&daily.path, dir.path().join("journal.db.v3-20261120T100000Z.bak")).unwrap();
    fs::write(backup_folder(&journal).join("journal-daily-20261124T030000Z.db"), b"garbage").unwrap();
    fs::write(dir.path().join("journal.db.vX-20261120T100000Z.bak"), b"not ours").unwrap();
    let listed = list_backups(&journal, None).unwrap();
    let summary: Vec<(&str, BackupKind, bool)> =
        listed.iter().map(|b| (b.created_at.as_str(), b.kind, b.problem.is_none())).collect();
    assert_eq!(
        summary,
        [
            ("2026-11-24T03:00:00Z", BackupKind::Daily, false),
            ("2026-11-23T03:00:00Z", BackupKind::Daily, true),
            ("2026-11-20T10:00:00Z", BackupKind::BeforeUpdate, true),
        ]
    );
}

fn file_hash(path: &Path) -> u64 {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let mut hasher = DefaultHasher::new();
    fs::read(path).unwrap().hash(&mut hasher);
    hasher.finish()
}

#[test]
fn a_bad_backup_is_refused_and_the_journal_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal_file(dir.path(), 5);
    let good = PathBuf::from(backup_if_due(&journal, None, at(0)).unwrap().unwrap().path);
    let garbage = dir.path().join("garbage.db");
    fs::write(&garbage, b"SQLite format 3\0 but then nothing sensible at all").unwrap();
    let newer = dir.path().join("newer.db");
    fs::copy(&good, &newer).unwrap();
    Connection::open(&newer).unwrap().pragma_update(None, "user_version", 99).unwrap();
    let stranger = dir.path().join("stranger.db");
    Connection::open(&stranger).unwrap().execute_batch("CREATE TABLE t (x); PRAGMA user_version = 1;").unwrap();
    let before = file_hash(&journal);
    for (backup, code) in
        [(&garbage, "damaged"), (&newer, "newer_schema"), (&stranger, "damaged"), (&journal, "invalid_input")]
    {
        let err = restore_backup(&journal, None, backup, at(0)).unwrap_err();
        assert_eq!(err.code(), code, "{}: {err}", backup.display());
    }
    assert_eq!(restore_backup(&journal, None, &dir.path().join("missing.db"), at(0)).unwrap_err().code(), "not_found");
    assert_eq!(file_hash(&journal), before);
    assert_eq!(names(&backup_folder(&journal)).len(), 1, "nothing was moved aside");
    let (open, _) = Journal::open(&journal, at(0)).unwrap();
    assert_ne!(content_hash(open.conn()), 0);
}

#[cfg(unix)]
#[test]
fn backups_and_the_restored_journal_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let journal = journal_file(dir.path(), 3);
    let backup = backup_if_due(&journal, None, at(0)).unwrap().unwrap();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(Path::new(&backup.path)), 0o600);
    assert_eq!(mode(&backup_folder(&journal)), 0o700);
    restore_backup(&journal, None, Path::new(&backup.path), at(0)).unwrap();
    assert_eq!(mode(&journal), 0o600);
}

/// Encrypts the journal at `path` with a new key (keychain method) and returns the key.
fn encrypted(path: &Path) -> DbKey {
    let key = DbKey::generate();
    let file = crate::encryption::KeyFile::keychain(&key);
    migrate::encrypt(path, &key, &file, at(0), |_| {}).unwrap();
    key
}

#[test]
fn backups_of_an_encrypted_journal_are_encrypted_with_its_key() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal_file(dir.path(), 30);
    let key = encrypted(&journal);
    let (open, _) = Journal::open_with_key(&journal, Some(&key), at(0)).unwrap();
    let daily = backup_if_due(&journal, Some(&key), at(-1)).unwrap().unwrap();
    drop(open);
    let path = PathBuf::from(&daily.path);
    assert_eq!(daily.days, Some(live_days_with(&journal, &key) as u32));
    assert_eq!(crate::file::file_kind(&path).unwrap(), crate::file::FileKind::Encrypted);
    assert!(matches!(Journal::open(&path, at(0)), Err(Error::Locked { .. })), "no key, no backup");
    assert!(matches!(Journal::open_with_key(&path, Some(&DbKey::generate()), at(0)), Err(Error::WrongKey { .. })));
    let (conn, _) = open_connection(&path, OpenFlags::SQLITE_OPEN_READ_ONLY, Some(&key)).unwrap();
    let problems: Vec<String> = conn
        .prepare("PRAGMA cipher_integrity_check")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    assert!(problems.is_empty(), "{problems:?}");

    let listed = list_backups(&journal, None).unwrap();
    let without_key = listed.iter().find(|b| b.path == daily.path).unwrap();
    assert_eq!(without_key.days, None);
    assert_eq!(without_key.problem.as_ref().unwrap().id, "error-backup-encrypted-journal-not");
    let with_key = list_backups(&journal, Some(&key)).unwrap();
    assert_eq!(with_key.iter().find(|b| b.path == daily.path).unwrap().days, daily.days);
}

fn live_days_with(path: &Path, key: &DbKey) -> usize {
    let (journal, _) = Journal::open_with_key(path, Some(key), at(0)).unwrap();
    journal.check_ins("1900-01-01", "2026-12-31").unwrap().len()
}

#[test]
fn restoring_into_an_encrypted_journal_keeps_it_encrypted() {
    let dir = tempfile::tempdir().unwrap();
    let journal = journal_file(dir.path(), 20);
    // A plain backup made before encrypting…
    let plain_backup = backup_if_due(&journal, None, at(1)).unwrap().unwrap();
    let plain_hash = content_hash(
        &open_connection(Path::new(&plain_backup.path), OpenFlags::SQLITE_OPEN_READ_ONLY, None).unwrap().0,
    );
    let key = encrypted(&journal);
    // …restored into the encrypted journal: encrypted on the way in, same content.
    restore_backup(&journal, Some(&key), Path::new(&plain_backup.path), at(0)).unwrap();
    assert_eq!(crate::file::file_kind(&journal).unwrap(), crate::file::FileKind::Encrypted);
    let (reopened, _) = Journal::open_with_key(&journal, Some(&key), at(0)).unwrap();
    assert_eq!(content_hash(reopened.conn()), plain_hash);
    drop(reopened);

    // An encrypted backup made with another key is refused, and the journal stays as it was.
    let other_dir = tempfile::tempdir().unwrap();
    let other = journal_file(other_dir.path(), 5);
    let other_days = live_days(&other);
    let other_key = encrypted(&other);
    let before = fs::read(&journal).unwrap();
    let err = restore_backup(&journal, Some(&key), &other, at(0)).unwrap_err();
    assert_eq!(err.field(), Some("backup"), "{err}");
    let err = restore_backup(&journal, None, &other, at(0)).unwrap_err();
    assert_eq!(err.field(), Some("backup"), "{err}");
    assert_eq!(fs::read(&journal).unwrap(), before);
    // The refused backup itself is sound: with its own key it opens and holds its days.
    let (other_journal, _) = Journal::open_with_key(&other, Some(&other_key), at(0)).unwrap();
    assert!(other_days > 0);
    assert_eq!(other_journal.check_ins("1900-01-01", "2026-12-31").unwrap().len(), other_days);
}
