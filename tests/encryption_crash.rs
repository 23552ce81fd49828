//! Encrypting and decrypting survive `kill -9` at every step, and a write failing half-way (the
//! file-size limit stands in for a full disk): afterwards the journal opens — plain or encrypted,
//! never half of each — with every row it had, and no copy is left in its place.
//!
//! The migrating process is this test binary itself, started again with `MIGRATE_JOURNAL` set: it
//! runs only the `migrator` test, which kills itself with SIGKILL when the step named in
//! `MIGRATE_KILL_AT` is done.

#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{NaiveDate, TimeZone, Utc};
use resilience_core::encryption::migrate::{self, Step};
use resilience_core::encryption::{DbKey, KeyFile};
use resilience_core::file::{file_kind, open_connection, FileKind, Fingerprint, OpenFlags};
use resilience_core::{demo, Journal};

const JOURNAL_ENV: &str = "MIGRATE_JOURNAL";
const KEY_ENV: &str = "MIGRATE_KEY";
const MODE_ENV: &str = "MIGRATE_MODE";
const KILL_ENV: &str = "MIGRATE_KILL_AT";
const LIMIT_ENV: &str = "MIGRATE_FILE_SIZE_LIMIT";

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 6, 21, 0, 0).unwrap()
}

/// In the child: encrypts or decrypts the journal, killing itself after the step asked for.
#[test]
fn migrator() {
    let Some(path) = std::env::var_os(JOURNAL_ENV) else { return };
    let key = DbKey::from_hex(&std::env::var(KEY_ENV).unwrap()).unwrap();
    let kill_at = std::env::var(KILL_ENV).unwrap_or_default();
    if let Ok(limit) = std::env::var(LIMIT_ENV) {
        let limit: libc::rlim_t = limit.parse().unwrap();
        // Writes past the limit fail (EFBIG) instead of raising SIGXFSZ.
        unsafe {
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            assert_eq!(libc::setrlimit(libc::RLIMIT_FSIZE, &libc::rlimit { rlim_cur: limit, rlim_max: limit }), 0);
        }
    }
    let die_after = |step: Step| {
        if format!("{step:?}") == kill_at {
            unsafe { libc::kill(libc::getpid(), libc::SIGKILL) };
        }
    };
    let path = PathBuf::from(path);
    let result = match std::env::var(MODE_ENV).unwrap().as_str() {
        "encrypt" => migrate::encrypt(&path, &key, &KeyFile::keychain(&key), now(), die_after).map(|_| ()),
        _ => migrate::decrypt(&path, &key, die_after).map(|_| ()),
    };
    match result {
        Ok(()) => println!("MIGRATED"),
        Err(err) => println!("FAILED {}", err.code()),
    }
}

/// Runs the migrator on `path`; returns whether SIGKILL ended it and what it printed.
fn run_child(path: &Path, key: &DbKey, mode: &str, kill_at: Option<Step>, limit: Option<u64>) -> (bool, String) {
    let mut command = Command::new(std::env::current_exe().unwrap());
    command
        .args(["--exact", "migrator", "--nocapture", "--test-threads=1"])
        .env(JOURNAL_ENV, path)
        .env(KEY_ENV, key.to_hex().as_str())
        .env(MODE_ENV, mode)
        .env(KILL_ENV, kill_at.map(|s| format!("{s:?}")).unwrap_or_default());
    if let Some(limit) = limit {
        command.env(LIMIT_ENV, limit.to_string());
    }
    let output = command.output().unwrap();
    use std::os::unix::process::ExitStatusExt;
    (output.status.signal() == Some(libc::SIGKILL), String::from_utf8_lossy(&output.stdout).into_owned())
}

/// A closed journal with two months of demo data, its fingerprint, and a key.
fn journal(dir: &Path) -> (PathBuf, Fingerprint, DbKey) {
    let path = dir.join("journal.db");
    let (mut journal, _) = Journal::open(&path, now()).unwrap();
    demo::fill_days(&mut journal, demo::SEED, NaiveDate::from_ymd_opt(2026, 12, 6).unwrap(), 60, now()).unwrap();
    drop(journal);
    let fingerprint = fingerprint(&path, None);
    (path, fingerprint, DbKey::generate())
}

fn fingerprint(path: &Path, key: Option<&DbKey>) -> Fingerprint {
    let (conn, _) = open_connection(path, OpenFlags::SQLITE_OPEN_READ_ONLY, key).unwrap();
    resilience_core::file::fingerprint(&conn).unwrap()
}

/// What the next start finds: the journal opens with the key where it is encrypted (and only
/// then), holds every row, and nothing of the migration is left beside it.
fn assert_whole(path: &Path, key: &DbKey, expected: &Fingerprint, what: &str) -> FileKind {
    let kind = file_kind(path).unwrap();
    let key_for_open = (kind == FileKind::Encrypted).then_some(key);
    assert!(matches!(kind, FileKind::Plain | FileKind::Encrypted), "{what}: {kind:?}");
    let (journal, _) = Journal::open_with_key(path, key_for_open, now()).unwrap_or_else(|e| panic!("{what}: {e}"));
    assert_eq!(journal.is_encrypted(), kind == FileKind::Encrypted, "{what}");
    drop(journal);
    let mut found = fingerprint(path, key_for_open);
    // Opening sets the journal back to WAL; the rows are what matter.
    found.user_version = expected.user_version;
    assert_eq!(&found, expected, "{what}: every row is there");
    for leftover in [".encrypting", ".decrypting", ".encrypting-journal", ".decrypting-journal"] {
        let mut name = path.as_os_str().to_os_string();
        name.push(leftover);
        assert!(!Path::new(&name).exists(), "{what}: {leftover} was tidied");
    }
    let key_file = KeyFile::read(path).unwrap();
    assert_eq!(
        key_file.is_some(),
        kind == FileKind::Encrypted,
        "{what}: a key file exactly beside an encrypted journal"
    );
    kind
}

#[test]
fn kill_9_after_each_step_of_encrypting_leaves_a_journal_that_opens() {
    if std::env::var_os(JOURNAL_ENV).is_some() {
        return;
    }
    use Step::*;
    for (step, expect) in [
        (Exported, FileKind::Plain),
        (Verified, FileKind::Plain),
        (PlainCopyKept, FileKind::Plain),
        (KeyFileWritten, FileKind::Plain),
        (Swapped, FileKind::Encrypted),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (path, before, key) = journal(dir.path());
        let (killed, out) = run_child(&path, &key, "encrypt", Some(step), None);
        assert!(killed, "{step:?}: the migrator was killed there ({out})");
        assert_eq!(assert_whole(&path, &key, &before, &format!("encrypt, killed after {step:?}")), expect);
    }
}

#[test]
fn kill_9_after_each_step_of_decrypting_leaves_a_journal_that_opens() {
    if std::env::var_os(JOURNAL_ENV).is_some() {
        return;
    }
    use Step::*;
    for (step, expect) in [
        (Exported, FileKind::Encrypted),
        (Verified, FileKind::Encrypted),
        (Swapped, FileKind::Plain),
        (KeyFileRemoved, FileKind::Plain),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (path, before, key) = journal(dir.path());
        migrate::encrypt(&path, &key, &KeyFile::keychain(&key), now(), |_| {}).unwrap();
        let (killed, out) = run_child(&path, &key, "decrypt", Some(step), None);
        assert!(killed, "{step:?}: the migrator was killed there ({out})");
        assert_eq!(assert_whole(&path, &key, &before, &format!("decrypt, killed after {step:?}")), expect);
    }
}

#[test]
fn a_write_failing_half_way_leaves_the_journal_as_it_was() {
    if std::env::var_os(JOURNAL_ENV).is_some() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (path, before, key) = journal(dir.path());
    let bytes = std::fs::read(&path).unwrap();
    // Room for half a copy of the journal.
    let limit = bytes.len() as u64 / 2;
    let (killed, out) = run_child(&path, &key, "encrypt", None, Some(limit));
    assert!(!killed);
    assert!(out.contains("FAILED"), "the migration reports the failure: {out}");
    assert_eq!(assert_whole(&path, &key, &before, "encrypting on a full disk"), FileKind::Plain);

    migrate::encrypt(&path, &key, &KeyFile::keychain(&key), now(), |_| {}).unwrap();
    let (_, out) = run_child(&path, &key, "decrypt", None, Some(limit));
    assert!(out.contains("FAILED"), "{out}");
    assert_eq!(assert_whole(&path, &key, &before, "decrypting on a full disk"), FileKind::Encrypted);
}
