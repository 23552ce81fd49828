//! Hostile and damaged files in the sync folder — cut short, garbage, another key, moved to
//! another sequence or computer, replayed, too large, of a newer format, opening but holding no
//! update — are each skipped and reported, and leave the journal as it was; mangled real files
//! never apply in part. And nothing in the sync folder, contents or names, holds a journal's text
//! or numbers in the clear.

use std::fs;
use std::path::{Path, PathBuf};

use proptest::prelude::*;

use super::apply::Applied;
use super::engine::PassReport;
use super::folder::{self, peer_folder_name, update_file_name, Scan, MAX_FILE_LEN};
use super::seal::{self, FileLabel, SyncKey, FORMAT_VERSION, KEY_LEN, MAGIC};
use super::test_support::*;
use crate::model::check_in::CheckInDraft;
use crate::model::massage_session::MassageSessionDraft;
use crate::store::sync_state;
use crate::{BodyArea, Journal, MassageKind, Pressure, SessionStatus};

const DESK: u64 = 1;
const LAPTOP: u64 = 2;
/// A computer that never synced this journal.
const STRANGER: u64 = 0x0bad_cafe;

fn label(peer_id: u64, sequence: u64) -> FileLabel<'static> {
    FileLabel { journal_id: JOURNAL_ID, peer_id, sequence }
}

/// Bytes that look random, the same on every run.
fn noise(len: usize, seed: u32) -> Vec<u8> {
    let mut state = seed.wrapping_mul(2_654_435_761).wrapping_add(1);
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state as u8
        })
        .collect()
}

struct Fixture {
    dir: tempfile::TempDir,
    desk: Computer,
    laptop: Computer,
}

impl Fixture {
    /// The desk and the laptop, in step.
    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("sync");
        fs::create_dir(&folder).unwrap();
        let (desk, laptop) = two_computers(&folder);
        Fixture { dir, desk, laptop }
    }

    fn folder(&self) -> PathBuf {
        self.dir.path().join("sync")
    }

    fn peer_dir(&self, peer_id: u64) -> PathBuf {
        let dir = self.folder().join(JOURNAL_ID).join(peer_folder_name(peer_id));
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    /// The laptop sets the stress of the 21st and writes it: its file and sequence.
    fn laptop_writes(&mut self, stress: i32) -> (PathBuf, u64) {
        let mut draft = current(&self.laptop.journal, "2026-11-21").unwrap();
        draft.stress = Some(stress);
        draft.notes = format!("Stress {stress} on the laptop.");
        self.laptop.journal.save_check_in(&draft, today(), now()).unwrap();
        let path = self.laptop.pass().written.expect("the laptop writes its change");
        (path, self.laptop.engine.row().next_sequence - 1)
    }

    /// The laptop saves a check-in of the 22nd and a session and writes them: its file.
    fn laptop_writes_more(&mut self) -> PathBuf {
        let draft = CheckInDraft {
            day: "2026-11-22".into(),
            stress: Some(4),
            mood: Some(7),
            tags: vec!["rain".into(), "walk".into()],
            pain_areas: vec![BodyArea::Neck],
            notes: "A long day.".into(),
            ..Default::default()
        };
        self.laptop.journal.save_check_in(&draft, today(), now()).unwrap();
        let session = MassageSessionDraft {
            therapist: "Jonas".into(),
            focus_areas: vec![BodyArea::Shoulders],
            stress_after: Some(2),
            ..MassageSessionDraft::new("2026-11-22T18:00", SessionStatus::Done, MassageKind::Thai)
        };
        self.laptop.journal.save_session(&session, &chrono::Utc, local_now(), now()).unwrap();
        self.laptop.pass().written.expect("the laptop writes its changes")
    }

    fn desk_stress(&self, day: &str) -> Option<u8> {
        self.desk.journal.check_in(day).unwrap().and_then(|c| c.stress)
    }

    /// A pass on the desk that must leave its journal, its document and its list of applied files
    /// as they were.
    fn desk_pass_unchanged(&mut self) -> PassReport {
        let before = snapshot(&self.desk);
        let report = self.desk.pass();
        assert_eq!((report.applied, report.files_applied), (Applied::default(), 0), "{report:?}");
        assert!(snapshot(&self.desk) == before, "the desk's journal changed: {report:?}");
        report
    }
}

/// What a hostile file must not change: the entries, the document, the files applied.
#[derive(PartialEq)]
struct Snapshot {
    entries: Vec<String>,
    doc: loro::VersionVector,
    applied: Vec<(u64, u64, [u8; 32])>,
}

fn snapshot(computer: &Computer) -> Snapshot {
    let mut applied = sync_state::applied(computer.journal.conn()).unwrap();
    applied.sort();
    Snapshot { entries: dump(&computer.journal), doc: computer.engine.doc().version(), applied }
}

#[test]
fn a_file_cut_short_is_skipped_until_it_arrives_whole() {
    let mut f = Fixture::new();
    let (file, _) = f.laptop_writes(1);
    let whole = fs::read(&file).unwrap();
    for len in [0, 1, 5, 6, 7, 30, 31, 46, 47, whole.len() / 2, whole.len() - 1] {
        fs::write(&file, &whole[..len]).unwrap();
        let report = f.desk_pass_unchanged();
        assert_eq!((report.unreadable, report.newer_version), (1, 0), "{len} bytes");
    }
    fs::write(&file, &whole).unwrap();
    let report = f.desk.pass();
    assert_eq!((report.files_applied, report.unreadable), (1, 0));
    assert_eq!(f.desk_stress("2026-11-21"), Some(1));
}

#[test]
fn garbage_under_update_names_is_skipped_on_every_pass_and_holds_nothing_back() {
    let mut f = Fixture::new();
    let laptop = f.peer_dir(LAPTOP);
    let stranger = f.peer_dir(STRANGER);
    let mut sqlite = b"SQLite format 3\0".to_vec();
    sqlite.extend(noise(4080, 3));
    let mut lookalike = MAGIC.to_vec();
    lookalike.push(FORMAT_VERSION);
    lookalike.extend(noise(200, 4));
    let files = [
        (laptop.join(update_file_name(40)), b"not a sync file at all\n".to_vec()),
        (laptop.join(format!("{:020} (conflicted copy 2026-11-25).rjsync", 41)), noise(4096, 1)),
        (stranger.join(update_file_name(1)), sqlite),
        (stranger.join(update_file_name(2)), lookalike),
        (stranger.join(update_file_name(3)), vec![0; 64]),
    ];
    for (path, bytes) in &files {
        fs::write(path, bytes).unwrap();
    }
    for _ in 0..2 {
        let report = f.desk_pass_unchanged();
        assert_eq!((report.unreadable, report.newer_version), (files.len(), 0));
    }
    f.laptop_writes(2);
    let report = f.desk.pass();
    assert_eq!((report.files_applied, report.unreadable), (1, files.len()));
    assert_eq!(f.desk_stress("2026-11-21"), Some(2));
}

#[test]
fn a_file_sealed_with_another_key_or_for_another_journal_is_skipped() {
    let mut f = Fixture::new();
    let (file, sequence) = f.laptop_writes(1);
    let whole = fs::read(&file).unwrap();
    let plain = seal::open(&key(), &label(LAPTOP, sequence), &whole).unwrap();
    let other_key = SyncKey::from_bytes([8; KEY_LEN]);
    let other_journal = FileLabel { journal_id: "another-journal", ..label(LAPTOP, sequence) };
    for sealed in [seal::seal(&other_key, &label(LAPTOP, sequence), &plain), seal::seal(&key(), &other_journal, &plain)]
    {
        fs::write(&file, sealed).unwrap();
        assert_eq!(f.desk_pass_unchanged().unreadable, 1);
    }
    fs::write(&file, &whole).unwrap();
    assert_eq!(f.desk.pass().files_applied, 1);
    assert_eq!(f.desk_stress("2026-11-21"), Some(1));
}

#[test]
fn a_file_moved_to_another_sequence_or_computer_does_not_open() {
    let mut f = Fixture::new();
    let (file, sequence) = f.laptop_writes(1);
    let moved_to = [
        f.peer_dir(LAPTOP).join(update_file_name(sequence + 1)),
        f.peer_dir(LAPTOP).join(format!("{:020} (1).rjsync", sequence + 5)),
        f.peer_dir(STRANGER).join(update_file_name(sequence)),
    ];
    for place in &moved_to {
        fs::rename(&file, place).unwrap();
        let report = f.desk_pass_unchanged();
        assert_eq!((report.unreadable, report.newer_version), (1, 0), "{}", place.display());
        fs::rename(place, &file).unwrap();
    }
    // Into the desk's own folder or another journal's: not read at all.
    let other_journal = f.folder().join("another-journal").join(peer_folder_name(LAPTOP));
    fs::create_dir_all(&other_journal).unwrap();
    for place in [f.peer_dir(DESK).join(update_file_name(90)), other_journal.join(update_file_name(sequence))] {
        fs::rename(&file, &place).unwrap();
        assert_eq!(f.desk_pass_unchanged(), PassReport::default(), "{}", place.display());
        fs::rename(&place, &file).unwrap();
    }
    assert_eq!(f.desk.pass().files_applied, 1);
    assert_eq!(f.desk_stress("2026-11-21"), Some(1));
}

#[test]
fn a_replayed_old_file_changes_nothing() {
    let mut f = Fixture::new();
    let (first, first_sequence) = f.laptop_writes(1);
    assert_eq!(f.desk.pass().files_applied, 1);
    let (_, second_sequence) = f.laptop_writes(2);
    assert_eq!(f.desk.pass().files_applied, 1);
    assert_eq!(f.desk_stress("2026-11-21"), Some(2));

    // An old file under a new number does not open; under its own number (a sync client's copy)
    // it is the file already applied.
    let renumbered = f.peer_dir(LAPTOP).join(update_file_name(second_sequence + 1));
    fs::copy(&first, &renumbered).unwrap();
    let copy = f.peer_dir(LAPTOP).join(format!("{first_sequence:020} (conflicted copy 2026-11-25).rjsync"));
    fs::copy(&first, copy).unwrap();
    let report = f.desk_pass_unchanged();
    assert_eq!((report.unreadable, report.newer_version), (1, 0));
    fs::remove_file(renumbered).unwrap();

    // Even read again in full (the desk forgot which files it applied), the old changes are
    // known: nothing is written, the newer value stays.
    f.desk.journal.conn().execute("DELETE FROM sync_applied", []).unwrap();
    let entries = dump(&f.desk.journal);
    let report = f.desk.pass();
    assert_eq!((report.applied, report.unreadable), (Applied::default(), 0));
    assert_eq!(dump(&f.desk.journal), entries);
    assert_eq!(f.desk_stress("2026-11-21"), Some(2));
}

#[test]
fn a_file_too_large_is_skipped_without_being_read() {
    let mut f = Fixture::new();
    let path = f.peer_dir(LAPTOP).join(update_file_name(50));
    let file = fs::File::create(&path).unwrap();
    // Sparse: the length is there, the bytes are not.
    file.set_len(MAX_FILE_LEN + 1).unwrap();
    drop(file);
    let report = f.desk_pass_unchanged();
    assert_eq!((report.unreadable, report.newer_version), (1, 0));
    f.laptop_writes(3);
    assert_eq!(f.desk.pass().files_applied, 1);
    assert_eq!(f.desk_stress("2026-11-21"), Some(3));
}

#[test]
fn a_file_of_a_newer_format_waits_for_a_newer_version() {
    let mut f = Fixture::new();
    let (file, _) = f.laptop_writes(1);
    let whole = fs::read(&file).unwrap();
    for version in [FORMAT_VERSION + 1, u8::MAX] {
        let mut newer = whole.clone();
        newer[MAGIC.len()] = version;
        fs::write(&file, newer).unwrap();
        let report = f.desk_pass_unchanged();
        assert_eq!((report.unreadable, report.newer_version), (0, 1), "format {version}");
    }
    fs::write(&file, &whole).unwrap();
    assert_eq!(f.desk.pass().files_applied, 1);
}

#[test]
fn a_file_that_opens_but_holds_no_update_is_skipped_and_never_noted_as_applied() {
    let mut f = Fixture::new();
    let (file, sequence) = f.laptop_writes(1);
    let whole = fs::read(&file).unwrap();
    let plain = seal::open(&key(), &label(LAPTOP, sequence), &whole).unwrap();
    let mut flipped = plain.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x20;
    let contents = [
        Vec::new(),
        b"not an update".to_vec(),
        noise(300, 9),
        plain[..plain.len() / 2].to_vec(),
        plain[..plain.len() - 1].to_vec(),
        flipped,
    ];
    for content in contents {
        // Sealed as the laptop would have: a computer with the key, but a faulty one.
        fs::write(&file, seal::seal(&key(), &label(LAPTOP, sequence), &content)).unwrap();
        for _ in 0..2 {
            let report = f.desk_pass_unchanged();
            assert_eq!((report.unreadable, report.newer_version), (1, 0), "{} bytes", content.len());
        }
    }
    fs::write(&file, &whole).unwrap();
    assert_eq!(f.desk.pass().files_applied, 1);
    assert_eq!(f.desk_stress("2026-11-21"), Some(1));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn a_real_file_flipped_cut_or_lengthened_never_applies_in_part(
        change in 0..3_u8,
        at in any::<prop::sample::Index>(),
        mask in 1..=u8::MAX,
        extra in proptest::collection::vec(any::<u8>(), 1..40),
    ) {
        let mut f = Fixture::new();
        let file = f.laptop_writes_more();
        let whole = fs::read(&file).unwrap();
        let mangled = match change {
            0 => {
                let mut bytes = whole.clone();
                bytes[at.index(whole.len())] ^= mask;
                bytes
            }
            1 => whole[..at.index(whole.len())].to_vec(),
            _ => [whole.as_slice(), &extra].concat(),
        };
        fs::write(&file, &mangled).unwrap();
        let report = f.desk_pass_unchanged();
        prop_assert_eq!(report.unreadable + report.newer_version, 1);
        prop_assert_eq!(f.desk.journal.check_in("2026-11-22").unwrap(), None);

        fs::write(&file, &whole).unwrap();
        prop_assert_eq!(f.desk.pass().files_applied, 1);
        prop_assert_eq!(dump(&f.desk.journal), dump(&f.laptop.journal));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// A computer with the key that writes a damaged update: refused whole or taken whole.
    #[test]
    fn a_damaged_update_sealed_with_the_key_is_taken_whole_or_not_at_all(
        change in 0..3_u8,
        at in any::<prop::sample::Index>(),
        mask in 1..=u8::MAX,
        extra in proptest::collection::vec(any::<u8>(), 1..40),
    ) {
        let mut f = Fixture::new();
        let file = f.laptop_writes_more();
        let sequence = f.laptop.engine.row().next_sequence - 1;
        let whole = fs::read(&file).unwrap();
        let plain = seal::open(&key(), &label(LAPTOP, sequence), &whole).unwrap();
        let damaged = match change {
            0 => {
                let mut bytes = plain.clone();
                bytes[at.index(plain.len())] ^= mask;
                bytes
            }
            1 => plain[..at.index(plain.len())].to_vec(),
            _ => [plain.as_slice(), &extra].concat(),
        };
        fs::write(&file, seal::seal(&key(), &label(LAPTOP, sequence), &damaged)).unwrap();
        let before = snapshot(&f.desk);
        let report = f.desk.pass();
        if report.unreadable == 1 {
            prop_assert_eq!(report.files_applied, 0);
            prop_assert!(snapshot(&f.desk) == before, "a refused update changed the journal");
        } else {
            prop_assert_eq!(report.files_applied, 1);
            prop_assert_eq!(dump(&f.desk.journal), dump(&f.laptop.journal));
        }
    }
}

/// Every file below `dir`: its path from `dir` and its bytes.
fn files_below(dir: &Path, base: &Path) -> Vec<(String, Vec<u8>)> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(files_below(&path, base));
        } else {
            let name = path.strip_prefix(base).unwrap().display().to_string();
            found.push((name, fs::read(&path).unwrap()));
        }
    }
    found
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// `text` as the bytes it could be written as: UTF-8, UTF-16 in both byte orders, as typed and
/// in lower case.
fn encodings(text: &str) -> Vec<Vec<u8>> {
    let mut forms = Vec::new();
    for text in [text.to_string(), text.to_lowercase()] {
        let units: Vec<u16> = text.encode_utf16().collect();
        forms.push(units.iter().flat_map(|u| u.to_le_bytes()).collect());
        forms.push(units.iter().flat_map(|u| u.to_be_bytes()).collect());
        forms.push(text.into_bytes());
    }
    forms
}

#[test]
fn nothing_in_the_sync_folder_holds_journal_text_or_numbers_in_the_clear() {
    const NOTE: &str = "Rehearsed the Zanzibar speech twice";
    const SECOND_NOTE: &str = "Schlaflos in Überlingen, straße voller Möwen";
    const ADDED: &str = "Quokka sighting at dawn";
    const TAGS: [&str; 2] = ["Gooseberry", "Marzipanwoche"];
    const THERAPIST: &str = "Ottoline Brackenridge";
    const PLACE: &str = "Bellwether Studio";
    const KIND: &str = "Lomi-lomi deluxe";
    const SESSION_NOTE: &str = "Knots below the left scapula";
    const DESK_NAME: &str = "Ottilie's Desk";
    const LAPTOP_NAME: &str = "Wendeline's Laptop";
    const COST: i64 = 987_654;
    const SLEEP: f64 = 7.25;

    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("sync");
    fs::create_dir(&folder).unwrap();
    // An entry from before sync was turned on, recorded when it is.
    let mut journal = Journal::open_in_memory().unwrap();
    let first = CheckInDraft {
        day: "2026-11-18".into(),
        stress: Some(7),
        sleep_hours: Some(SLEEP),
        pain_areas: vec![BodyArea::LowerBack, BodyArea::Jaw],
        tags: TAGS.iter().map(|t| t.to_string()).collect(),
        notes: NOTE.into(),
        ..Default::default()
    };
    journal.save_check_in(&first, today(), now()).unwrap();
    let mut desk = Computer::first(journal, &folder, DESK, DESK_NAME);
    desk.pass();
    let mut laptop = Computer::join(Journal::open_in_memory().unwrap(), &folder, LAPTOP, LAPTOP_NAME);
    laptop.pass();

    // Entries saved while syncing, on both computers; one deleted again.
    let session = MassageSessionDraft {
        kind_other: Some(KIND.into()),
        duration_min: Some(173),
        therapist: THERAPIST.into(),
        place: PLACE.into(),
        pressure: Some(Pressure::Firm),
        focus_areas: vec![BodyArea::UpperBack],
        cost_cents: Some(COST),
        notes: SESSION_NOTE.into(),
        ..MassageSessionDraft::new("2026-11-19T17:30", SessionStatus::Done, MassageKind::Other)
    };
    desk.journal.save_session(&session, &chrono::Utc, local_now(), now()).unwrap();
    let second =
        CheckInDraft { day: "2026-11-19".into(), mood: Some(2), notes: SECOND_NOTE.into(), ..Default::default() };
    desk.journal.save_check_in(&second, today(), now()).unwrap();
    desk.pass();
    laptop.pass();
    let mut edit = current(&laptop.journal, "2026-11-18").unwrap();
    edit.notes = format!("{NOTE}. {ADDED}");
    laptop.journal.save_check_in(&edit, today(), now()).unwrap();
    laptop.pass();
    desk.journal.delete_check_in("2026-11-19", now()).unwrap();
    desk.pass();
    laptop.pass();
    assert_eq!(dump(&desk.journal), dump(&laptop.journal));

    let texts = [
        NOTE,
        SECOND_NOTE,
        "Überlingen",
        "Möwen",
        ADDED,
        TAGS[0],
        TAGS[1],
        THERAPIST,
        PLACE,
        KIND,
        SESSION_NOTE,
        "Ottilie",
        "Wendeline",
        "lower_back",
        "upper_back",
        "2026-11-18",
        "2026-11-19",
        "2026-11-25T20:15",
        "987654",
    ];
    let mut needles: Vec<(String, Vec<u8>)> =
        texts.iter().flat_map(|t| encodings(t).into_iter().map(|form| (t.to_string(), form))).collect();
    let numbers = [
        ("cost", COST.to_le_bytes()),
        ("cost", COST.to_be_bytes()),
        ("sleep", SLEEP.to_le_bytes()),
        ("sleep", SLEEP.to_be_bytes()),
    ];
    needles.extend(numbers.iter().map(|(what, bytes)| (what.to_string(), bytes.to_vec())));
    needles.push(("the sync key".into(), key().bytes().to_vec()));

    let files = files_below(&folder, &folder);
    assert!(files.len() >= 4, "{} files", files.len());
    for (name, bytes) in &files {
        for (what, needle) in &needles {
            assert!(!contains(bytes, needle), "{name} holds {what:?} in the clear");
            assert!(!contains(name.as_bytes(), needle), "the name {name} holds {what:?}");
        }
    }

    // The check would see them: opened, the files hold the texts.
    let scan = folder::scan(&folder, JOURNAL_ID, 0).unwrap();
    assert!(matches!(scan, Scan::Found { .. }));
    let opened = folder::read_updates(&scan, &key(), &Default::default());
    assert!(opened.skipped.is_empty());
    let plain: Vec<u8> = opened.updates.iter().flat_map(|u| u.bytes.clone()).collect();
    for text in [NOTE, SECOND_NOTE, ADDED, TAGS[0], THERAPIST, PLACE, SESSION_NOTE, DESK_NAME, "lower_back"] {
        assert!(contains(&plain, text.as_bytes()), "{text:?} is not in the opened files");
    }
}
