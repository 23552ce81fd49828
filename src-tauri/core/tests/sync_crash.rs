//! Sync stopped dead at every step of a pass: the test binary runs itself again as a child that
//! opens a computer's journal, saves a change and starts a pass; a crash point set in the engine
//! kills the child with SIGKILL at the step under test (no destructor, no flush, no commit). The
//! parent then opens the journal again, loads its sync, runs passes on both computers and checks
//! the guarantees of `sync::engine`: nothing lost (the saved change reaches the other computer),
//! nothing applied twice (each row's version went up once, one session where one was saved) and
//! both journals end with the same entries.

#![cfg(unix)]

use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc};
use resilience_core::store::sync_state::SyncRow;
use resilience_core::sync::doc::SyncDoc;
use resilience_core::sync::engine::{self, Engine, PassReport, COMPACT_FILES_AFTER};
use resilience_core::sync::fixtures::dump;
use resilience_core::sync::folder::peer_folder_name;
use resilience_core::sync::join;
use resilience_core::sync::seal::{SyncKey, KEY_LEN};
use resilience_core::{CheckInDraft, Journal, MassageKind, MassageSessionDraft, SessionStatus};

/// The step at which the child stops; set only for the child.
const STEP_VARIABLE: &str = "RESILIENCE_SYNC_CRASH_STEP";
/// The folder holding both journals and the sync folder; set only for the child.
const DIR_VARIABLE: &str = "RESILIENCE_SYNC_CRASH_DIR";
/// The test the child runs: [`crash_child`].
const CHILD_TEST: &str = "crash_child";

const JOURNAL_ID: &str = "j0123456789abcdef";
const DESK: u64 = 1;
const LAPTOP: u64 = 2;
/// The day the crashing computer edits, and the day the other one edits.
const DESK_DAY: &str = "2026-11-20";
const LAPTOP_DAY: &str = "2026-11-21";
const DESK_NOTE: &str = "Saved on the desk just before it stopped.";
const LAPTOP_NOTE: &str = "Saved on the laptop.";
const DESK_THERAPIST: &str = "Mara";
const LAPTOP_THERAPIST: &str = "Jonas";

fn key() -> SyncKey {
    SyncKey::from_bytes([7; KEY_LEN])
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

/// The set-up runs at hour 0, the child at hour 1, the passes after the crash at hour 2.
fn at(hour: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 25, 8, 0, 0).unwrap() + Duration::hours(hour)
}

fn local(hour: i64) -> NaiveDateTime {
    at(hour).naive_utc()
}

fn row(folder: &Path, peer_id: u64, name: &str) -> SyncRow {
    SyncRow::new(JOURNAL_ID.into(), peer_id, folder.display().to_string(), name.into(), None)
}

struct Computer {
    journal: Journal,
    engine: Engine,
}

impl Computer {
    /// The journal at `path` opened again, its sync loaded from it.
    fn open(path: &Path, hour: i64) -> Computer {
        let journal = Journal::open(path, at(hour)).unwrap().0;
        let engine = Engine::load(&journal).unwrap().expect("sync is on");
        Computer { journal, engine }
    }

    fn pass(&mut self, hour: i64) -> PassReport {
        self.engine.pass(&mut self.journal, &key(), at(hour)).unwrap()
    }

    /// Edits `day` (its stress and note) and saves a new session with `therapist`.
    fn save(&mut self, day: &str, stress: i32, note: &str, therapist: &str, hour: i64) {
        let version = self.journal.check_in(day).unwrap().map(|c| c.version);
        let draft = CheckInDraft {
            day: day.into(),
            stress: Some(stress),
            notes: note.into(),
            tags: vec!["crash".into()],
            version,
            ..Default::default()
        };
        self.journal.save_check_in(&draft, today(), at(hour)).unwrap();
        let session = MassageSessionDraft {
            therapist: therapist.into(),
            cost_cents: Some(6500),
            ..MassageSessionDraft::new("2026-11-24T18:00", SessionStatus::Done, MassageKind::Swedish)
        };
        self.journal.save_session(&session, &Utc, local(hour), at(hour)).unwrap();
    }

    /// The live check-in of `day`: stress, note, version.
    fn day(&self, day: &str) -> (Option<u8>, String, i64) {
        let c = self.journal.check_in(day).unwrap().unwrap_or_else(|| panic!("{day} is missing"));
        (c.stress, c.notes, c.version)
    }

    fn sessions_with(&self, therapist: &str) -> usize {
        self.journal
            .conn()
            .query_row("SELECT count(*) FROM massage_session WHERE therapist = ?1", [therapist], |r| r.get::<_, i64>(0))
            .unwrap() as usize
    }
}

struct Paths {
    folder: PathBuf,
    desk: PathBuf,
    laptop: PathBuf,
}

impl Paths {
    fn in_dir(dir: &Path) -> Paths {
        Paths { folder: dir.join("sync"), desk: dir.join("desk.db"), laptop: dir.join("laptop.db") }
    }

    fn desk_files(&self) -> usize {
        let dir = self.folder.join(JOURNAL_ID).join(peer_folder_name(DESK));
        std::fs::read_dir(dir).unwrap().count()
    }
}

/// The desk turns sync on with its journal, the laptop joins with its own; both see both days.
fn two_computers(paths: &Paths) -> (Computer, Computer) {
    std::fs::create_dir(&paths.folder).unwrap();
    let mut journal = Journal::open(&paths.desk, at(0)).unwrap().0;
    let first = CheckInDraft { day: DESK_DAY.into(), stress: Some(3), notes: "Walk.".into(), ..Default::default() };
    journal.save_check_in(&first, today(), at(0)).unwrap();
    let engine =
        Engine::start(&mut journal, row(&paths.folder, DESK, "Desk"), SyncDoc::new(DESK).unwrap(), false).unwrap();
    let mut desk = Computer { journal, engine };
    desk.pass(0);

    let mut journal = Journal::open(&paths.laptop, at(0)).unwrap().0;
    let second = CheckInDraft { day: LAPTOP_DAY.into(), stress: Some(6), ..Default::default() };
    journal.save_check_in(&second, today(), at(0)).unwrap();
    let found = join::find(&paths.folder, &key(), LAPTOP).unwrap();
    let joined = SyncRow { journal_id: found.journal_id, ..row(&paths.folder, LAPTOP, "Laptop") };
    let engine = Engine::start(&mut journal, joined, found.doc, true).unwrap();
    let mut laptop = Computer { journal, engine };
    laptop.pass(0);
    desk.pass(0);
    (desk, laptop)
}

/// Runs passes on both computers until neither writes or applies anything.
fn until_quiet(desk: &mut Computer, laptop: &mut Computer, hour: i64) {
    for _ in 0..6 {
        let reports = [desk.pass(hour), laptop.pass(hour)];
        for report in &reports {
            assert_eq!((report.unreadable, report.newer_version), (0, 0), "{report:?}");
        }
        if reports.iter().all(|r| r.written.is_none() && r.files_applied == 0 && r.recorded == 0) {
            return;
        }
    }
    panic!("the passes never came to rest");
}

/// The crash hook: stops the process, as a power cut or a killed app would, at the child's step.
fn stop_here(step: &'static str) {
    if std::env::var(STEP_VARIABLE).as_deref() == Ok(step) {
        let _ = Command::new("kill").args(["-9", &std::process::id().to_string()]).status();
        loop {
            std::thread::sleep(std::time::Duration::from_secs(1));
        }
    }
}

/// The child's side: the desk saves a change and starts a pass that stops at the step named by
/// the environment. Run without it (an ordinary test run), it does nothing.
#[test]
fn crash_child() {
    let (Ok(step), Ok(dir)) = (std::env::var(STEP_VARIABLE), std::env::var(DIR_VARIABLE)) else { return };
    let paths = Paths::in_dir(Path::new(&dir));
    engine::set_crash_point(stop_here);
    let mut desk = Computer::open(&paths.desk, 1);
    desk.save(DESK_DAY, 9, DESK_NOTE, DESK_THERAPIST, 1);
    desk.pass(1);
    panic!("the pass ended without reaching the step {step}");
}

/// Runs [`crash_child`] on the journals in `dir`, stopping at `step`; it must die of SIGKILL.
fn crash_at(step: &str, dir: &Path) {
    let output = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", CHILD_TEST, "--nocapture", "--test-threads=1"])
        .env(STEP_VARIABLE, step)
        .env(DIR_VARIABLE, dir)
        .output()
        .unwrap();
    assert_eq!(
        output.status.signal(),
        Some(9),
        "the child should have been killed at {step}: {:?}\n{}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// What the computers held before the crash: each day's version on each computer.
struct Before {
    desk_day_on_desk: i64,
    desk_day_on_laptop: i64,
    laptop_day_on_desk: i64,
    laptop_day_on_laptop: i64,
}

impl Before {
    fn of(desk: &Computer, laptop: &Computer) -> Before {
        Before {
            desk_day_on_desk: desk.day(DESK_DAY).2,
            desk_day_on_laptop: laptop.day(DESK_DAY).2,
            laptop_day_on_desk: desk.day(LAPTOP_DAY).2,
            laptop_day_on_laptop: laptop.day(LAPTOP_DAY).2,
        }
    }
}

/// The whole scenario for one step: set up, (the laptop saves a change and writes it when
/// `laptop_writes`), crash the desk at `step`, open it again and sync until quiet. `check_reopened`
/// looks at the desk as it opens after the crash, before any pass.
fn survive(step: &str, laptop_writes: bool, many_files: bool, check_reopened: impl FnOnce(&Computer, &Paths)) {
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::in_dir(dir.path());
    let (mut desk, mut laptop) = two_computers(&paths);
    if many_files {
        // Enough files of the desk that its next write replaces them all by one.
        let mut stress = 0;
        while paths.desk_files() < COMPACT_FILES_AFTER {
            stress = (stress + 1) % 11;
            let version = desk.journal.check_in("2026-11-22").unwrap().map(|c| c.version);
            let draft = CheckInDraft { day: "2026-11-22".into(), stress: Some(stress), version, ..Default::default() };
            desk.journal.save_check_in(&draft, today(), at(0)).unwrap();
            desk.pass(0);
        }
        laptop.pass(0);
    }
    if laptop_writes {
        laptop.save(LAPTOP_DAY, 1, LAPTOP_NOTE, LAPTOP_THERAPIST, 0);
        assert!(laptop.pass(0).written.is_some());
    }
    let before = Before::of(&desk, &laptop);
    drop(desk);

    crash_at(step, dir.path());

    let mut desk = Computer::open(&paths.desk, 2);
    assert_eq!(desk.day(DESK_DAY).0, Some(9), "the change saved before the crash is in the journal");
    check_reopened(&desk, &paths);
    until_quiet(&mut desk, &mut laptop, 2);

    for (name, computer) in [("desk", &desk), ("laptop", &laptop)] {
        let (stress, notes, _) = computer.day(DESK_DAY);
        assert_eq!((stress, notes.as_str()), (Some(9), DESK_NOTE), "{step}: the desk's change on the {name}");
        assert_eq!(computer.sessions_with(DESK_THERAPIST), 1, "{step}: the desk's session on the {name}");
        if laptop_writes {
            let (stress, notes, _) = computer.day(LAPTOP_DAY);
            assert_eq!((stress, notes.as_str()), (Some(1), LAPTOP_NOTE), "{step}: the laptop's change on the {name}");
            assert_eq!(computer.sessions_with(LAPTOP_THERAPIST), 1, "{step}: the laptop's session on the {name}");
        }
    }
    // One save on the desk, one apply on the laptop; the same for the laptop's day.
    assert_eq!(desk.day(DESK_DAY).2, before.desk_day_on_desk + 1, "{step}: the desk's day on the desk");
    assert_eq!(laptop.day(DESK_DAY).2, before.desk_day_on_laptop + 1, "{step}: the desk's day on the laptop");
    let changed = i64::from(laptop_writes);
    assert_eq!(desk.day(LAPTOP_DAY).2, before.laptop_day_on_desk + changed, "{step}: the laptop's day on the desk");
    assert_eq!(laptop.day(LAPTOP_DAY).2, before.laptop_day_on_laptop, "{step}: the laptop's day on the laptop");

    assert_eq!(dump(&desk.journal), dump(&laptop.journal), "{step}: both journals hold the same entries");
    assert_eq!(
        desk.engine.doc().loro().get_deep_value(),
        laptop.engine.doc().loro().get_deep_value(),
        "{step}: both documents hold the same"
    );

    if many_files {
        // The next change replaces the files left behind by the crash as well.
        desk.save(DESK_DAY, 4, DESK_NOTE, "Ines", 3);
        assert!(desk.pass(3).written.is_some());
        assert_eq!(paths.desk_files(), 1, "{step}: one file of the desk is left");
        laptop.pass(3);
        assert_eq!(laptop.day(DESK_DAY).0, Some(4));
        assert_eq!(dump(&desk.journal), dump(&laptop.journal));
    }
}

#[test]
fn a_crash_before_the_local_changes_are_committed_records_them_on_the_next_pass() {
    survive("record-local", false, false, |desk, _| {
        assert_eq!(desk.engine.doc().state().days[&DESK_DAY.parse().unwrap()].check_in.stress, Some(3));
    });
}

#[test]
fn a_crash_before_the_received_changes_are_committed_leaves_nothing_of_them() {
    survive("receive-imported", true, false, |desk, _| {
        assert_eq!(desk.day(LAPTOP_DAY).0, Some(6), "nothing of the laptop's change yet");
        assert_eq!(desk.sessions_with(LAPTOP_THERAPIST), 0);
    });
}

#[test]
fn a_crash_after_the_received_changes_are_committed_applies_them_once() {
    survive("receive-committed", true, false, |desk, _| {
        assert_eq!(desk.day(LAPTOP_DAY).0, Some(1), "the laptop's change is in");
        assert_eq!(desk.sessions_with(LAPTOP_THERAPIST), 1);
    });
}

#[test]
fn a_crash_between_writing_a_file_and_storing_its_sequence_writes_the_changes_again() {
    survive("send-written", false, false, |desk, paths| {
        // Two files of the desk so far: the first pass and the one written before the crash.
        assert_eq!(paths.desk_files(), 2);
        assert_eq!(desk.engine.row().next_sequence, 2, "the sequence was not stored");
    });
}

#[test]
fn a_crash_between_compacting_and_deleting_the_older_files_loses_nothing() {
    survive("compact-written", false, true, |_, paths| {
        assert_eq!(paths.desk_files(), COMPACT_FILES_AFTER + 1, "the older files are still there");
    });
}
