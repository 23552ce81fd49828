use chrono::{NaiveDate, TimeZone};

use super::*;
use crate::encryption::{KdfParams, KeyMethod};
use crate::file::settle;
use crate::{demo, CheckInDraft, Journal};

const MARKER: &str = "MARKER-quokka-4711-private-note";

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 6, 20, 0, 0).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 6).unwrap()
}

/// A journal with three months of demo data and a check-in carrying [`MARKER`], closed.
fn journal_with_data(dir: &Path) -> PathBuf {
    let path = dir.join("journal.db");
    let (mut journal, _) = Journal::open(&path, now()).unwrap();
    demo::fill_days(&mut journal, demo::SEED, today() - chrono::Days::new(2), 90, now()).unwrap();
    let draft = CheckInDraft { day: "2026-12-06".into(), stress: Some(3), notes: MARKER.into(), ..Default::default() };
    journal.save_check_in(&draft, today(), now()).unwrap();
    path
}

fn fingerprint_of(path: &Path, key: Option<&DbKey>) -> Fingerprint {
    let (conn, _) = open_connection(path, OpenFlags::SQLITE_OPEN_READ_ONLY, key).unwrap();
    fingerprint(&conn).unwrap()
}

fn contains(path: &Path, needle: &str) -> bool {
    let bytes = fs::read(path).unwrap_or_default();
    bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn plain_to_encrypted_to_plain_keeps_every_row() {
    let dir = tempfile::tempdir().unwrap();
    let path = journal_with_data(dir.path());
    let before = fingerprint_of(&path, None);
    assert!(before.rows.iter().any(|(t, n)| t == "check_in" && *n > 60), "{:?}", before.rows);
    let key = DbKey::generate();

    let report = encrypt(&path, &key, &KeyFile::keychain(&key), now(), |_| {}).unwrap();
    assert_eq!(report.fingerprint, before);
    assert_eq!(file_kind(&path).unwrap(), FileKind::Encrypted);
    assert_eq!(fingerprint_of(&path, Some(&key)), before, "the encrypted journal holds the same rows");
    assert!(!contains(&path, MARKER));
    assert_eq!(KeyFile::read(&path).unwrap(), Some(KeyFile::keychain(&key)));

    decrypt(&path, &key, |_| {}).unwrap();
    assert_eq!(file_kind(&path).unwrap(), FileKind::Plain);
    assert_eq!(fingerprint_of(&path, None), before, "and back again");
    assert_eq!(KeyFile::read(&path).unwrap(), None, "the key file goes with the encryption");
    let (journal, _) = Journal::open(&path, now()).unwrap();
    assert!(!journal.is_encrypted());
    assert_eq!(journal.check_in("2026-12-06").unwrap().unwrap().notes, MARKER);
}

#[test]
fn an_encrypted_journal_and_its_log_hold_none_of_the_notes_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let path = journal_with_data(dir.path());
    let key = DbKey::generate();
    encrypt(&path, &key, &KeyFile::keychain(&key), now(), |_| {}).unwrap();

    let (mut journal, _) = Journal::open_with_key(&path, Some(&key), now()).unwrap();
    assert!(journal.is_encrypted());
    let draft = CheckInDraft { day: "2026-12-05".into(), stress: Some(4), notes: MARKER.into(), ..Default::default() };
    journal.save_check_in(&draft, today(), now()).unwrap();
    let wal = sibling(&path, "-wal");
    assert!(fs::metadata(&wal).unwrap().len() > 0, "the new entry is in the log");
    assert!(!contains(&path, MARKER) && !contains(&wal, MARKER));
    assert_eq!(journal.check_in("2026-12-05").unwrap().unwrap().notes, MARKER);
    let hits = journal.search(&crate::model::search::JournalQuery { text: "quokka".into(), ..Default::default() });
    assert_eq!(hits.unwrap().len(), 2, "full-text search works on the encrypted journal");
}

#[test]
fn without_its_key_an_encrypted_journal_does_not_open_and_is_not_touched() {
    let dir = tempfile::tempdir().unwrap();
    let path = journal_with_data(dir.path());
    let key = DbKey::generate();
    encrypt(&path, &key, &KeyFile::keychain(&key), now(), |_| {}).unwrap();
    let bytes = fs::read(&path).unwrap();

    assert!(matches!(Journal::open(&path, now()), Err(Error::Locked { .. })));
    let wrong = DbKey::generate();
    assert!(matches!(Journal::open_with_key(&path, Some(&wrong), now()), Err(Error::WrongKey { .. })));
    assert_eq!(fs::read(&path).unwrap(), bytes, "byte for byte as it was");
    assert!(!sibling(&path, "-wal").exists());
    let (journal, _) = Journal::open_with_key(&path, Some(&key), now()).unwrap();
    assert!(journal.check_in("2026-12-06").unwrap().is_some());
}

#[test]
fn the_plain_copy_is_kept_for_seven_days_or_until_forgotten() {
    let dir = tempfile::tempdir().unwrap();
    let path = journal_with_data(dir.path());
    let key = DbKey::generate();
    let report = encrypt(&path, &key, &KeyFile::keychain(&key), now(), |_| {}).unwrap();
    assert!(report.plain_copy.starts_with(dir.path().join("backups")));
    assert_eq!(file_kind(&report.plain_copy).unwrap(), FileKind::Plain);
    assert!(contains(&report.plain_copy, MARKER));
    assert_eq!(plain_copy(&path).unwrap(), Some((report.plain_copy.clone(), now() + Duration::days(7))));

    assert_eq!(expire_plain_copies(&path, now() + Duration::days(6)).unwrap(), 0);
    assert!(report.plain_copy.exists());
    assert_eq!(expire_plain_copies(&path, now() + Duration::days(7)).unwrap(), 1);
    assert!(!report.plain_copy.exists());
    assert_eq!(plain_copy(&path).unwrap(), None);
}

#[test]
fn forgetting_the_plain_copy_overwrites_and_removes_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = journal_with_data(dir.path());
    let key = DbKey::generate();
    let report = encrypt(&path, &key, &KeyFile::keychain(&key), now(), |_| {}).unwrap();
    // A second link to the same file shows what the overwrite left in its blocks.
    let witness = dir.path().join("witness");
    fs::hard_link(&report.plain_copy, &witness).unwrap();
    assert_eq!(forget_plain_copies(&path).unwrap(), 1);
    assert!(!report.plain_copy.exists());
    let left = fs::read(&witness).unwrap();
    assert!(!left.is_empty() && left.iter().all(|&b| b == 0), "the copy was overwritten with zeros first");
}

#[test]
fn a_passphrase_key_file_unseals_the_key_that_opens_the_journal() {
    let dir = tempfile::tempdir().unwrap();
    let path = journal_with_data(dir.path());
    let key = DbKey::generate();
    let fast = KdfParams { memory_kib: 256, iterations: 1, parallelism: 1 };
    let file = KeyFile::passphrase(&key, "lantern orchid gravel kettle", fast).unwrap();
    encrypt(&path, &key, &file, now(), |_| {}).unwrap();
    let stored = KeyFile::read(&path).unwrap().unwrap();
    assert!(matches!(stored.method, KeyMethod::Passphrase { .. }));
    let unsealed = stored.unseal("lantern orchid gravel kettle").unwrap();
    let marker = |key: &DbKey| {
        let (journal, _) = Journal::open_with_key(&path, Some(key), now()).unwrap();
        journal.check_in("2026-12-06").unwrap().map(|c| c.notes)
    };
    assert_eq!(unsealed.bytes(), key.bytes(), "the passphrase unseals the journal's key");
    assert_eq!(marker(&unsealed).as_deref(), Some(MARKER));
    let recovered = DbKey::from_recovery_key(&key.recovery_key()).unwrap();
    assert_eq!(marker(&recovered).as_deref(), Some(MARKER), "the recovery key opens it too");
}

#[test]
fn a_journal_open_in_another_connection_is_not_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let path = journal_with_data(dir.path());
    let before = fs::read(&path).unwrap();
    let (other, _) = Journal::open(&path, now()).unwrap();
    let key = DbKey::generate();
    let err = encrypt(&path, &key, &KeyFile::keychain(&key), now(), |_| {}).unwrap_err();
    assert_eq!(err.code(), "busy", "{err}");
    assert_eq!(file_kind(&path).unwrap(), FileKind::Plain);
    assert!(!sibling(&path, ".encrypting").exists());
    assert_eq!(KeyFile::read(&path).unwrap(), None);
    drop(other);
    assert!(fs::read(&path).unwrap() == before, "the refused encryption left the journal's bytes as they were");
    assert!(Journal::open(&path, now()).unwrap().0.check_in("2026-12-06").unwrap().is_some());
}

#[test]
fn settling_tidies_what_an_interrupted_migration_left() {
    let dir = tempfile::tempdir().unwrap();
    let path = journal_with_data(dir.path());
    let key = DbKey::generate();
    fs::write(sibling(&path, ".encrypting"), b"half a copy").unwrap();
    fs::write(sibling(&path, ".decrypting-journal"), b"its journal").unwrap();
    KeyFile::keychain(&key).write(&path).unwrap();
    settle(&path).unwrap();
    assert!(!sibling(&path, ".encrypting").exists() && !sibling(&path, ".decrypting-journal").exists());
    assert_eq!(KeyFile::read(&path).unwrap(), None, "a key file beside a plain journal is stale");

    encrypt(&path, &key, &KeyFile::keychain(&key), now(), |_| {}).unwrap();
    settle(&path).unwrap();
    assert!(KeyFile::read(&path).unwrap().is_some(), "beside an encrypted journal it stays");
}

#[test]
fn encrypting_twice_or_decrypting_a_plain_journal_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = journal_with_data(dir.path());
    let key = DbKey::generate();
    assert_eq!(decrypt(&path, &key, |_| {}).unwrap_err().code(), "invalid_input");
    encrypt(&path, &key, &KeyFile::keychain(&key), now(), |_| {}).unwrap();
    assert_eq!(encrypt(&path, &key, &KeyFile::keychain(&key), now(), |_| {}).unwrap_err().code(), "invalid_input");
    assert!(matches!(decrypt(&path, &DbKey::generate(), |_| {}), Err(Error::WrongKey { .. })));
    assert_eq!(file_kind(&path).unwrap(), FileKind::Encrypted);
}

#[test]
fn every_step_is_reported_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = journal_with_data(dir.path());
    let key = DbKey::generate();
    let mut steps = Vec::new();
    encrypt(&path, &key, &KeyFile::keychain(&key), now(), |s| steps.push(s)).unwrap();
    decrypt(&path, &key, |s| steps.push(s)).unwrap();
    use Step::*;
    assert_eq!(
        steps,
        [Exported, Verified, PlainCopyKept, KeyFileWritten, Swapped, Exported, Verified, Swapped, KeyFileRemoved]
    );
}

#[test]
fn backups_follow_the_journal_into_encryption_and_out_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = journal_with_data(dir.path());
    let daily = crate::portability::backup_if_due(&path, None, now()).unwrap().unwrap();
    let daily = PathBuf::from(daily.path);
    let before_update = dir.path().join("journal.db.v7-20261101T000000Z.bak");
    fs::copy(&daily, &before_update).unwrap();
    let stranger = backup_folder(&path).join("notes.db");
    fs::write(&stranger, b"not a backup of ours").unwrap();
    let expected = fingerprint_of(&daily, None);
    let key = DbKey::generate();
    let report = encrypt(&path, &key, &KeyFile::keychain(&key), now(), |_| {}).unwrap();

    let (converted, failed) = convert_backups(&path, None, Some(&key)).unwrap();
    assert_eq!((converted, failed.len()), (2, 0), "{failed:?}");
    for backup in [&daily, &before_update] {
        assert_eq!(file_kind(backup).unwrap(), FileKind::Encrypted);
        assert!(!contains(backup, MARKER));
        assert_eq!(fingerprint_of(backup, Some(&key)), expected);
    }
    assert_eq!(file_kind(&report.plain_copy).unwrap(), FileKind::Plain, "the plain copy is left for the person");
    assert_eq!(fs::read(&stranger).unwrap(), b"not a backup of ours");
    assert_eq!(convert_backups(&path, None, Some(&key)).unwrap().0, 0, "nothing left to do");

    decrypt(&path, &key, |_| {}).unwrap();
    let (converted, _) = convert_backups(&path, Some(&key), None).unwrap();
    assert_eq!(converted, 2);
    assert_eq!(fingerprint_of(&daily, None), expected);
    assert!(contains(&daily, MARKER));
}

#[test]
fn two_connections_with_the_key_share_the_encrypted_journal() {
    let dir = tempfile::tempdir().unwrap();
    let path = journal_with_data(dir.path());
    let key = DbKey::generate();
    encrypt(&path, &key, &KeyFile::keychain(&key), now(), |_| {}).unwrap();
    let (mut first, _) = Journal::open_with_key(&path, Some(&key), now()).unwrap();
    let (mut second, _) = Journal::open_with_key(&path, Some(&key), now()).unwrap();
    let draft = CheckInDraft {
        day: "2026-12-05".into(),
        stress: Some(6),
        notes: "from the first".into(),
        ..Default::default()
    };
    first.save_check_in(&draft, today(), now()).unwrap();
    assert_eq!(second.check_in("2026-12-05").unwrap().unwrap().notes, "from the first");
    let mut edit = CheckInDraft { notes: "from the second".into(), ..draft };
    edit.version = second.check_in("2026-12-05").unwrap().map(|c| c.version);
    second.save_check_in(&edit, today(), now()).unwrap();
    assert_eq!(first.check_in("2026-12-05").unwrap().unwrap().notes, "from the second");
    assert!(!contains(&sibling(&path, "-wal"), "from the"), "both write encrypted pages to the log");
}
