use std::path::Path;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};

use super::*;
use crate::model::check_in::CheckInDraft;
use crate::store::sync_state::{self, SyncRow};
use crate::sync::join;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 20, 15, 0).unwrap()
}

fn draft(day: &str, stress: i32) -> CheckInDraft {
    CheckInDraft { day: day.into(), stress: Some(stress), notes: "Walk.".into(), ..Default::default() }
}

fn row(folder: &Path, peer_id: u64, name: &str) -> SyncRow {
    SyncRow::new("j0123456789abcdef".into(), peer_id, folder.display().to_string(), name.into(), None)
}

struct Computer {
    journal: Journal,
    engine: Engine,
}

impl Computer {
    fn pass(&mut self, key: &SyncKey) -> PassReport {
        self.engine.pass(&mut self.journal, key, now()).unwrap()
    }

    fn stress(&self, day: &str) -> Option<u8> {
        self.journal.check_in(day).unwrap().and_then(|c| c.stress)
    }
}

/// The first computer turns sync on with its journal; the second finds it with the key and joins.
fn two_computers(dir: &Path, key: &SyncKey) -> (Computer, Computer) {
    let folder = dir.join("sync");
    std::fs::create_dir(&folder).unwrap();
    let mut a = Journal::open(&dir.join("a.db"), now()).unwrap().0;
    a.save_check_in(&draft("2026-11-20", 3), today(), now()).unwrap();
    let engine = Engine::start(&mut a, row(&folder, 1, "Desk"), SyncDoc::new(1).unwrap(), false).unwrap();
    let mut a = Computer { journal: a, engine };
    a.pass(key);

    let mut b = Journal::open(&dir.join("b.db"), now()).unwrap().0;
    b.save_check_in(&draft("2026-11-21", 6), today(), now()).unwrap();
    let found = join::find(&folder, key, 2).unwrap();
    assert_eq!(found.computers, vec!["Desk".to_string()]);
    let engine =
        Engine::start(&mut b, SyncRow { journal_id: found.journal_id, ..row(&folder, 2, "Laptop") }, found.doc, true)
            .unwrap();
    let mut b = Computer { journal: b, engine };
    b.pass(key);
    a.pass(key);
    (a, b)
}

#[test]
fn a_joining_computer_merges_both_journals_and_changes_travel_both_ways() {
    let dir = tempfile::tempdir().unwrap();
    let key = SyncKey::generate();
    let (mut a, mut b) = two_computers(dir.path(), &key);
    for computer in [&a, &b] {
        assert_eq!(computer.stress("2026-11-20"), Some(3));
        assert_eq!(computer.stress("2026-11-21"), Some(6));
    }

    b.journal.save_check_in(&draft("2026-11-24", 8), today(), now()).unwrap();
    let sent = b.pass(&key);
    assert_eq!(sent.recorded, 1);
    assert!(sent.written.is_some());
    let got = a.pass(&key);
    assert_eq!((got.applied.days, got.files_applied), (1, 1));
    assert_eq!(a.stress("2026-11-24"), Some(8));
    assert_eq!(a.pass(&key).applied, Applied::default(), "a file is applied once");

    a.journal.delete_check_in("2026-11-24", now()).unwrap();
    a.pass(&key);
    b.pass(&key);
    assert_eq!(b.journal.check_in("2026-11-24").unwrap(), None, "a delete travels");

    let names: Vec<String> = a.engine.computers().into_iter().map(|(_, name, _)| name).collect();
    assert_eq!(names, ["Desk", "Laptop"], "this computer first, then the others");
}

#[test]
fn concurrent_edits_of_different_fields_of_one_day_both_survive() {
    let dir = tempfile::tempdir().unwrap();
    let key = SyncKey::generate();
    let (mut a, mut b) = two_computers(dir.path(), &key);
    let base = a.journal.check_in("2026-11-20").unwrap().unwrap();
    let later = now() + Duration::minutes(5);
    let mut on_a = draft("2026-11-20", 9);
    on_a.version = Some(base.version);
    a.journal.save_check_in(&on_a, today(), later).unwrap();
    let base_b = b.journal.check_in("2026-11-20").unwrap().unwrap();
    let mut on_b = draft("2026-11-20", 3);
    on_b.version = Some(base_b.version);
    on_b.sleep_hours = Some(7.5);
    b.journal.save_check_in(&on_b, today(), later).unwrap();
    a.pass(&key);
    b.pass(&key);
    a.pass(&key);
    for computer in [&a, &b] {
        let day = computer.journal.check_in("2026-11-20").unwrap().unwrap();
        assert_eq!((day.stress, day.sleep_hours), (Some(9), Some(7.5)));
    }
}

#[test]
fn saves_mark_their_entry_only_while_sync_is_on() {
    let mut journal = Journal::open_in_memory().unwrap();
    journal.save_check_in(&draft("2026-11-20", 3), today(), now()).unwrap();
    assert_eq!(sync_state::dirty(journal.conn()).unwrap(), vec![]);
    let dir = tempfile::tempdir().unwrap();
    Engine::start(&mut journal, row(dir.path(), 1, "Desk"), SyncDoc::new(1).unwrap(), false).unwrap();
    journal.save_check_in(&draft("2026-11-22", 3), today(), now()).unwrap();
    journal.delete_check_in("2026-11-20", now()).unwrap();
    assert_eq!(
        sync_state::dirty(journal.conn()).unwrap(),
        vec![Dirty::Day("2026-11-20".into()), Dirty::Day("2026-11-22".into())]
    );

    // Turned off, the journal is as before sync: no triggers, no marks.
    sync_state::turn_off(journal.conn_mut()).unwrap();
    let triggers: i64 = journal
        .conn()
        .query_row("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync%'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(triggers, 0);
    journal.save_check_in(&draft("2026-11-23", 3), today(), now()).unwrap();
    assert_eq!(sync_state::dirty(journal.conn()).unwrap(), vec![]);
}

#[test]
fn a_change_saved_just_before_a_crash_is_recorded_by_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let key = SyncKey::generate();
    let (a, mut b) = two_computers(dir.path(), &key);
    let path = dir.path().join("a.db");
    let mut journal = a.journal;
    drop(a.engine);
    journal.save_check_in(&draft("2026-11-23", 2), today(), now()).unwrap();
    drop(journal); // the app stops before any pass

    let mut journal = Journal::open(&path, now()).unwrap().0;
    let mut engine = Engine::load(&journal).unwrap().unwrap();
    assert_eq!(engine.pass(&mut journal, &key, now()).unwrap().recorded, 1);
    b.pass(&key);
    assert_eq!(b.stress("2026-11-23"), Some(2));
}

#[test]
fn the_document_lives_in_the_journal_and_loads_back_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let key = SyncKey::generate();
    let (a, _b) = two_computers(dir.path(), &key);
    let state = a.engine.doc().state();
    let version = a.engine.doc().version();
    drop(a.engine);
    let loaded = Engine::load(&a.journal).unwrap().unwrap();
    assert_eq!(loaded.doc().state(), state);
    assert_eq!(loaded.doc().version(), version);
    assert_eq!(loaded.row().next_sequence, sync_state::read(a.journal.conn()).unwrap().unwrap().next_sequence);
}

#[test]
fn a_missing_folder_is_waited_out_and_changes_are_written_once_it_is_back() {
    let dir = tempfile::tempdir().unwrap();
    let key = SyncKey::generate();
    let (mut a, mut b) = two_computers(dir.path(), &key);
    let folder = dir.path().join("sync");
    let away = dir.path().join("unplugged");
    std::fs::rename(&folder, &away).unwrap();
    a.journal.save_check_in(&draft("2026-11-23", 1), today(), now()).unwrap();
    let report = a.pass(&key);
    assert!(report.folder_missing);
    assert!(!folder.exists(), "a missing sync folder is never made on the local disk");
    std::fs::rename(&away, &folder).unwrap();
    assert!(a.pass(&key).written.is_some());
    b.pass(&key);
    assert_eq!(b.stress("2026-11-23"), Some(1));
}

#[test]
fn a_wrong_key_or_an_empty_folder_is_refused_when_joining() {
    let dir = tempfile::tempdir().unwrap();
    let key = SyncKey::generate();
    let _ = two_computers(dir.path(), &key);
    let Err(Error::Invalid { field, message }) = join::find(&dir.path().join("sync"), &SyncKey::generate(), 3) else {
        panic!("a wrong key joins")
    };
    assert_eq!((field, message.id.as_str()), ("code", "error-sync-code-wrong"));
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let Err(Error::Invalid { message, .. }) = join::find(&empty, &key, 3) else { panic!() };
    assert_eq!(message.id, "error-sync-no-journal");
    let Err(Error::Invalid { message, .. }) = join::find(&dir.path().join("nowhere"), &key, 3) else { panic!() };
    assert_eq!(message.id, "error-sync-folder-missing");
}

#[test]
fn many_files_of_one_computer_are_replaced_by_one() {
    let dir = tempfile::tempdir().unwrap();
    let key = SyncKey::generate();
    let (mut a, mut b) = two_computers(dir.path(), &key);
    for i in 0..(COMPACT_FILES_AFTER as i32 + 2) {
        let existing = a.journal.check_in("2026-11-22").unwrap().map(|c| c.version);
        let mut d = draft("2026-11-22", i % 11);
        d.version = existing;
        a.journal.save_check_in(&d, today(), now()).unwrap();
        a.pass(&key);
    }
    let own = own_files(&dir.path().join("sync"), a.engine.row());
    assert!(own.len() < COMPACT_FILES_AFTER, "{} files left", own.len());
    b.pass(&key);
    assert_eq!(b.stress("2026-11-22"), a.stress("2026-11-22"));
    // A computer that joins now reads everything from the compacted files.
    let found = join::find(&dir.path().join("sync"), &key, 9).unwrap();
    assert_eq!(join::live_counts(&found.doc.state()), (3, 0));
}

#[test]
fn a_restored_journal_is_an_ordinary_change_for_the_other_computers() {
    let dir = tempfile::tempdir().unwrap();
    let key = SyncKey::generate();
    let (mut a, mut b) = two_computers(dir.path(), &key);
    // The backup: the journal as it is now (days 20 and 21).
    let backup = dir.path().join("backup.db");
    a.journal.conn().execute("VACUUM INTO ?1", [backup.to_string_lossy()]).unwrap();
    // Later: day 22 is added on b, day 20 edited on a.
    b.journal.save_check_in(&draft("2026-11-22", 5), today(), now()).unwrap();
    b.pass(&key);
    a.pass(&key);
    let mut edit = draft("2026-11-20", 10);
    edit.version = a.journal.check_in("2026-11-20").unwrap().map(|c| c.version);
    a.journal.save_check_in(&edit, today(), now()).unwrap();
    a.pass(&key);

    // Restoring the backup on a carries a's sync into it, marked restored.
    let path = dir.path().join("a.db");
    drop(a);
    crate::portability::backup::restore_backup(&path, None, &backup, now()).unwrap();
    let mut journal = Journal::open(&path, now()).unwrap().0;
    let mut engine = Engine::load(&journal).unwrap().unwrap();
    assert!(engine.row().restored);
    engine.pass(&mut journal, &key, now() + Duration::minutes(1)).unwrap();
    let mut a = Computer { journal, engine };
    b.pass(&key);
    for computer in [&a, &b] {
        assert_eq!(computer.stress("2026-11-20"), Some(3), "the restored value");
        assert_eq!(computer.stress("2026-11-22"), None, "not in the backup: deleted by the restore");
    }
    assert!(!a.engine.row().restored);
    assert_eq!(a.pass(&key).recorded, 0);
}

#[test]
fn settings_and_reminder_settings_travel_key_by_key() {
    use crate::model::reminder_settings::ReminderSettings;
    use crate::model::settings::{Settings, Theme};
    let dir = tempfile::tempdir().unwrap();
    let key = SyncKey::generate();
    let (mut a, mut b) = two_computers(dir.path(), &key);
    let later = now() + Duration::minutes(3);
    let on_a = Settings { theme: Theme::Dark, ..a.journal.settings().unwrap() };
    a.journal.save_settings(&on_a, later).unwrap();
    let on_b = Settings { currency: "CHF".into(), ..b.journal.settings().unwrap() };
    b.journal.save_settings(&on_b, later).unwrap();
    let mut reminders = ReminderSettings::default();
    reminders.check_in.enabled = !reminders.check_in.enabled;
    b.journal.save_reminder_settings(&reminders, later).unwrap();
    a.pass(&key);
    let got = b.pass(&key);
    assert_eq!(got.applied.settings, 1, "only the changed key arrives: {:?}", b.engine.doc().state().settings);
    a.pass(&key);
    for computer in [&a, &b] {
        let settings = computer.journal.settings().unwrap();
        assert_eq!((settings.theme, settings.currency.as_str()), (Theme::Dark, "CHF"));
        assert_eq!(computer.journal.reminder_settings().unwrap(), reminders);
    }
    assert_eq!(a.pass(&key).recorded, 0, "applied settings are not recorded back");
}

#[test]
fn a_damaged_file_is_reported_until_it_opens_but_a_damaged_conflict_copy_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let key = SyncKey::generate();
    let (mut a, mut b) = two_computers(dir.path(), &key);
    b.journal.save_check_in(&draft("2026-11-23", 4), today(), now()).unwrap();
    let written = b.pass(&key).written.unwrap();
    let name = written.file_name().unwrap().to_string_lossy().into_owned();
    let copy = written.with_file_name(name.replace(".rjsync", " (conflicted copy 2026-11-25).rjsync"));
    std::fs::write(&copy, &std::fs::read(&written).unwrap()[..40]).unwrap();
    let report = a.pass(&key);
    assert_eq!((report.unreadable, report.files_applied), (0, 1), "the original is read, the copy is no problem");

    let sequence = b.engine.row().next_sequence;
    let broken = written.with_file_name(folder::update_file_name(sequence + 5));
    std::fs::write(&broken, b"RJSYNC\x01 cut short").unwrap();
    assert_eq!(a.pass(&key).unreadable, 1, "a damaged file of its own is reported");
    assert_eq!(a.stress("2026-11-23"), Some(4));
}
