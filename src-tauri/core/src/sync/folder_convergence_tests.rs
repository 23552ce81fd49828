//! Convergence through the sync folder: two or three computers, each with its own journal and its
//! own copy of the sync folder, save, edit, delete and restore entries and run passes in random
//! order, while a sync client carries files between the folder copies late, in part, half-written
//! or twice under a conflict copy's name. Once every file has arrived everywhere and the passes
//! have come to rest, every journal holds the same entries.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, TimeZone, Utc};
use proptest::prelude::*;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::engine::PassReport;
use super::test_support::{current, dump, local_now, session_draft, today, two_computers, Computer, JOURNAL_ID};
use crate::model::check_in::CheckInDraft;
use crate::model::massage_session::MassageSessionDraft;
use crate::portability::json::{self, ExportOptions};
use crate::portability::{commit_import, ConflictPolicy, ImportSource};
use crate::store::sync_state::{self, Dirty};
use crate::store::transfer::live_sessions;
use crate::{BodyArea, Journal, MassageKind, SessionStatus};

const MAX_COMPUTERS: usize = 3;
const WORDS: [&str; 4] = ["calm", "tired", "walk", "rain"];
const TAGS: [&str; 4] = ["work", "yoga", "friends", "travel"];
const AREAS: [BodyArea; 3] = [BodyArea::Neck, BodyArea::LowerBack, BodyArea::Feet];
const KINDS: [MassageKind; 3] = [MassageKind::Swedish, MassageKind::Thai, MassageKind::Sports];
/// The marks sync clients give the copies they make when a file seems to clash.
const CONFLICT_MARKS: [&str; 4] =
    [" (conflicted copy 2026-11-25)", ".sync-conflict-20261125-201500-ABCDEFG", " 2", " (1)"];

/// One step. `c`, `from` and `to` pick a computer (modulo how many there are).
#[derive(Debug, Clone)]
enum Op {
    CheckIn {
        c: usize,
        day: u32,
        stress: Option<i32>,
        quarters: Option<u8>,
        mood: Option<i32>,
    },
    Field {
        c: usize,
        day: u32,
        field: u8,
        value: Option<i32>,
    },
    Note {
        c: usize,
        day: u32,
        word: usize,
        at_end: bool,
    },
    Tag {
        c: usize,
        day: u32,
        tag: usize,
        add: bool,
    },
    Area {
        c: usize,
        day: u32,
        area: usize,
        add: bool,
    },
    Delete {
        c: usize,
        day: u32,
    },
    Restore {
        c: usize,
        day: u32,
    },
    Session {
        c: usize,
        pick: Option<usize>,
        kind: usize,
        stress_after: Option<i32>,
        word: usize,
    },
    DeleteSession {
        c: usize,
        pick: usize,
    },
    RestoreSession {
        c: usize,
        pick: usize,
    },
    Pass {
        c: usize,
    },
    /// The sync client copies some of the files `to` lacks, in some order, some twice.
    Copy {
        from: usize,
        to: usize,
        seed: u64,
    },
    /// The sync client has written only the start of one file so far.
    HalfCopy {
        from: usize,
        to: usize,
        pick: usize,
        cut: usize,
    },
}

fn op() -> impl Strategy<Value = Op> {
    let c = 0..MAX_COMPUTERS;
    let day = 20..24_u32;
    let rating = proptest::option::of(0..=10_i32);
    prop_oneof![
        1 => (c.clone(), day.clone(), rating.clone(), proptest::option::of(0..=48_u8), rating.clone())
            .prop_map(|(c, day, stress, quarters, mood)| Op::CheckIn { c, day, stress, quarters, mood }),
        1 => (c.clone(), day.clone(), 0..3_u8, rating.clone())
            .prop_map(|(c, day, field, value)| Op::Field { c, day, field, value }),
        1 => (c.clone(), day.clone(), 0..WORDS.len(), any::<bool>())
            .prop_map(|(c, day, word, at_end)| Op::Note { c, day, word, at_end }),
        1 => (c.clone(), day.clone(), 0..TAGS.len(), any::<bool>()).prop_map(|(c, day, tag, add)| Op::Tag {
            c,
            day,
            tag,
            add
        }),
        1 => (c.clone(), day.clone(), 0..AREAS.len(), any::<bool>()).prop_map(|(c, day, area, add)| Op::Area {
            c,
            day,
            area,
            add
        }),
        1 => (c.clone(), day.clone()).prop_map(|(c, day)| Op::Delete { c, day }),
        1 => (c.clone(), day).prop_map(|(c, day)| Op::Restore { c, day }),
        1 => (c.clone(), proptest::option::of(0..4_usize), 0..KINDS.len(), rating, 0..WORDS.len())
            .prop_map(|(c, pick, kind, stress_after, word)| Op::Session { c, pick, kind, stress_after, word }),
        1 => (c.clone(), 0..4_usize).prop_map(|(c, pick)| Op::DeleteSession { c, pick }),
        1 => (c.clone(), 0..4_usize).prop_map(|(c, pick)| Op::RestoreSession { c, pick }),
        3 => c.clone().prop_map(|c| Op::Pass { c }),
        3 => (c.clone(), c.clone(), any::<u64>()).prop_map(|(from, to, seed)| Op::Copy { from, to, seed }),
        1 => (c.clone(), c, any::<usize>(), any::<usize>())
            .prop_map(|(from, to, pick, cut)| Op::HalfCopy { from, to, pick, cut }),
    ]
}

fn iso(day: u32) -> String {
    format!("2026-11-{day:02}")
}

/// Every file below `dir`, by its path from `base`.
fn files_below(dir: &Path, base: &Path, found: &mut BTreeMap<PathBuf, Vec<u8>>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_below(&path, base, found);
        } else {
            found.insert(path.strip_prefix(base).unwrap().to_path_buf(), fs::read(&path).unwrap());
        }
    }
}

/// A computer and its own copy of the sync folder.
struct Node {
    computer: Computer,
    folder: PathBuf,
    peer_id: u64,
}

impl Node {
    /// The files of the journal in this computer's copy of the folder, by path from it.
    fn files(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut found = BTreeMap::new();
        files_below(&self.folder.join(JOURNAL_ID), &self.folder, &mut found);
        found
    }

    /// Whether `path` (from the folder) is in this computer's own peer folder.
    fn owns(&self, path: &Path) -> bool {
        path.starts_with(Path::new(JOURNAL_ID).join(super::folder::peer_folder_name(self.peer_id)))
    }

    /// Writes `bytes` at `path` (from the folder), as a sync client would.
    fn put(&self, path: &Path, bytes: &[u8]) {
        let full = self.folder.join(path);
        fs::create_dir_all(full.parent().unwrap()).unwrap();
        fs::write(full, bytes).unwrap();
    }

    fn pass(&mut self, now: DateTime<Utc>) -> PassReport {
        self.computer.pass_at(now)
    }
}

struct World {
    _dir: tempfile::TempDir,
    nodes: Vec<Node>,
}

impl World {
    /// `count` computers: the first turns sync on, each other one joins from its copy of the
    /// folder once the first one's files are in it. Each starts with a check-in of its own.
    fn new(count: usize, now: DateTime<Utc>) -> World {
        let dir = tempfile::tempdir().unwrap();
        let mut nodes: Vec<Node> = Vec::new();
        for (i, word) in WORDS.iter().enumerate().take(count) {
            let folder = dir.path().join(format!("sync {i}"));
            fs::create_dir(&folder).unwrap();
            let mut journal = Journal::open_in_memory().unwrap();
            let own = CheckInDraft {
                day: iso(20 + i as u32),
                stress: Some(i as i32 + 2),
                notes: word.to_string(),
                ..Default::default()
            };
            journal.save_check_in(&own, today(), now).unwrap();
            let peer_id = i as u64 + 1;
            let name = format!("Computer {peer_id}");
            let computer = if i == 0 {
                Computer::first(journal, &folder, peer_id, &name)
            } else {
                // The sync client has brought the first computer's files.
                for (path, bytes) in nodes[0].files() {
                    fs::create_dir_all(folder.join(path.parent().unwrap())).unwrap();
                    fs::write(folder.join(&path), &bytes).unwrap();
                }
                Computer::join(journal, &folder, peer_id, &name)
            };
            let mut node = Node { computer, folder, peer_id };
            node.pass(now);
            nodes.push(node);
        }
        World { _dir: dir, nodes }
    }

    fn run(&mut self, op: Op, now: DateTime<Utc>) {
        let count = self.nodes.len();
        match op {
            Op::CheckIn { c, day, stress, quarters, mood } => {
                let journal = &mut self.nodes[c % count].computer.journal;
                let version = current(journal, &iso(day)).and_then(|d| d.version);
                let sleep_hours = quarters.map(|q| f64::from(q) / 4.0);
                let draft = CheckInDraft { day: iso(day), stress, sleep_hours, mood, version, ..Default::default() };
                // A draft with nothing in it is refused, as in the app.
                let _ = journal.save_check_in(&draft, today(), now);
            }
            Op::Field { c, day, field, value } => self.edit(c, day, now, |d| match field {
                0 => d.stress = value,
                1 => d.mood = value,
                _ => d.sleep_hours = value.map(|v| f64::from(v) * 2.0),
            }),
            Op::Note { c, day, word, at_end } => self.edit(c, day, now, |d| {
                d.notes =
                    if at_end { format!("{} {}", d.notes, WORDS[word]) } else { format!("{} {}", WORDS[word], d.notes) }
            }),
            Op::Tag { c, day, tag, add } => self.edit(c, day, now, |d| {
                d.tags.retain(|t| t != TAGS[tag]);
                if add {
                    d.tags.push(TAGS[tag].into());
                }
            }),
            Op::Area { c, day, area, add } => self.edit(c, day, now, |d| {
                d.pain_areas.retain(|a| *a != AREAS[area]);
                if add {
                    d.pain_areas.push(AREAS[area]);
                }
            }),
            Op::Delete { c, day } => {
                // Nothing to delete is refused, as in the app.
                let _ = self.nodes[c % count].computer.journal.delete_check_in(&iso(day), now);
            }
            Op::Restore { c, day } => {
                let _ = self.nodes[c % count].computer.journal.restore_check_in(&iso(day), now);
            }
            Op::Session { c, pick, kind, stress_after, word } => {
                let journal = &mut self.nodes[c % count].computer.journal;
                let sessions = live_sessions(journal.conn()).unwrap();
                let draft = match pick.filter(|_| !sessions.is_empty()) {
                    Some(p) => {
                        let s = &sessions[p % sessions.len()];
                        MassageSessionDraft {
                            stress_after,
                            notes: format!("{} {}", s.notes, WORDS[word]),
                            ..session_draft(s)
                        }
                    }
                    None => MassageSessionDraft {
                        stress_after,
                        notes: WORDS[word].into(),
                        ..MassageSessionDraft::new(format!("2026-11-2{word}T18:00"), SessionStatus::Done, KINDS[kind])
                    },
                };
                journal.save_session(&draft, &Utc, local_now(), now).unwrap();
            }
            Op::DeleteSession { c, pick } => {
                let journal = &self.nodes[c % count].computer.journal;
                let sessions = live_sessions(journal.conn()).unwrap();
                if !sessions.is_empty() {
                    journal.delete_session(&sessions[pick % sessions.len()].id, now).unwrap();
                }
            }
            Op::RestoreSession { c, pick } => {
                let journal = &self.nodes[c % count].computer.journal;
                let mut stmt = journal
                    .conn()
                    .prepare("SELECT id FROM massage_session WHERE deleted_at IS NOT NULL ORDER BY id")
                    .unwrap();
                let deleted: Vec<String> = stmt.query_map([], |r| r.get(0)).unwrap().map(|id| id.unwrap()).collect();
                if !deleted.is_empty() {
                    journal.restore_session(&deleted[pick % deleted.len()], now).unwrap();
                }
            }
            Op::Pass { c } => {
                self.nodes[c % count].pass(now);
            }
            Op::Copy { from, to, seed } => self.copy(from % count, to % count, seed),
            Op::HalfCopy { from, to, pick, cut } => {
                let (from, to) = (&self.nodes[from % count], &self.nodes[to % count]);
                let present = to.files();
                let missing: Vec<(PathBuf, Vec<u8>)> = from
                    .files()
                    .into_iter()
                    .filter(|(path, bytes)| !to.owns(path) && !present.contains_key(path) && !bytes.is_empty())
                    .collect();
                if !missing.is_empty() {
                    let (path, bytes) = &missing[pick % missing.len()];
                    to.put(path, &bytes[..cut % bytes.len()]);
                }
            }
        }
    }

    /// Edits the live check-in of `day` on computer `c`, if it has one.
    fn edit(&mut self, c: usize, day: u32, now: DateTime<Utc>, change: impl FnOnce(&mut CheckInDraft)) {
        let count = self.nodes.len();
        let journal = &mut self.nodes[c % count].computer.journal;
        if let Some(mut draft) = current(journal, &iso(day)) {
            change(&mut draft);
            let _ = journal.save_check_in(&draft, today(), now);
        }
    }

    /// A sync client's run from one folder copy to another: the files `to` lacks (or has only
    /// the start of), most of them, in random order, some also under a conflict copy's name.
    fn copy(&self, from: usize, to: usize, seed: u64) {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let (from, to) = (&self.nodes[from], &self.nodes[to]);
        let present = to.files();
        let mut files: Vec<(PathBuf, Vec<u8>)> = from.files().into_iter().collect();
        files.shuffle(&mut rng);
        for (path, bytes) in files {
            if to.owns(&path) || !rng.random_bool(0.7) {
                continue;
            }
            if present.get(&path).is_none_or(|there| there.len() < bytes.len()) {
                to.put(&path, &bytes);
            }
            if rng.random_bool(0.15) {
                let name = path.file_name().unwrap().to_str().unwrap();
                let Some(stem) = name.strip_suffix(".rjsync") else { continue };
                let whole = self.nodes.iter().find(|n| n.owns(&path)).and_then(|n| n.files().remove(&path));
                if let Some(whole) = whole.filter(|_| stem.bytes().all(|b| b.is_ascii_digit())) {
                    // A copy of the whole file: one of a file half there would never be repaired.
                    let mark = CONFLICT_MARKS[rng.random_range(0..CONFLICT_MARKS.len())];
                    let copy = path.with_file_name(format!("{stem}{mark}.rjsync"));
                    if !present.contains_key(&copy) {
                        to.put(&copy, &whole);
                    }
                }
            }
        }
    }

    /// Every file everywhere: each copy of each file, whole (the longest copy found: a copy is
    /// only ever the start of the file).
    fn copy_everything(&self) {
        let mut whole: BTreeMap<PathBuf, Vec<u8>> = BTreeMap::new();
        for node in &self.nodes {
            for (path, bytes) in node.files() {
                let longest = whole.entry(path).or_default();
                if bytes.len() > longest.len() {
                    *longest = bytes;
                }
            }
        }
        for node in &self.nodes {
            let present = node.files();
            for (path, bytes) in &whole {
                if present.get(path) != Some(bytes) {
                    node.put(path, bytes);
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn computers_syncing_through_their_own_copies_of_the_folder_end_with_the_same_journal(
        count in 2..=MAX_COMPUTERS,
        ops in proptest::collection::vec(op(), 1..50),
    ) {
        let start = Utc.with_ymd_and_hms(2026, 11, 25, 8, 0, 0).unwrap();
        let mut world = World::new(count, start);
        let mut minute = 1;
        for op in ops {
            world.run(op, start + Duration::minutes(minute));
            minute += 1;
        }

        // Every file arrives everywhere; passes run until none writes or applies anything.
        let mut quiet = false;
        for _ in 0..8 {
            world.copy_everything();
            let now = start + Duration::minutes(minute);
            minute += 1;
            let reports: Vec<PassReport> = world.nodes.iter_mut().map(|node| node.pass(now)).collect();
            for report in &reports {
                prop_assert_eq!((report.unreadable, report.newer_version), (0, 0), "{:?}", report);
            }
            if reports.iter().all(|r| r.written.is_none() && r.files_applied == 0 && r.recorded == 0) {
                quiet = true;
                break;
            }
        }
        prop_assert!(quiet, "the passes never came to rest");

        let first = &world.nodes[0].computer;
        for node in &world.nodes[1..] {
            prop_assert_eq!(dump(&node.computer.journal), dump(&first.journal));
            prop_assert_eq!(
                node.computer.engine.doc().loro().get_deep_value(),
                first.engine.doc().loro().get_deep_value()
            );
        }
    }
}

/// The same entries saved again and again between two passes, in every way the app saves them
/// (edits of a check-in and of a session, a delete and its undo, an import over an edited day):
/// each is marked once, and the last of each reaches the other computer.
#[test]
fn entries_saved_many_times_between_passes_arrive_as_saved_last() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("sync");
    fs::create_dir(&folder).unwrap();
    let (mut desk, mut laptop) = two_computers(&folder);
    let now = super::test_support::now();

    let new = MassageSessionDraft::new("2026-11-19T18:00", SessionStatus::Done, MassageKind::Swedish);
    let mut session = desk.journal.save_session(&new, &Utc, local_now(), now).unwrap();
    for therapist in ["Mara", "Jonas"] {
        let draft = MassageSessionDraft { therapist: therapist.into(), ..session_draft(&session) };
        session = desk.journal.save_session(&draft, &Utc, local_now(), now).unwrap();
    }
    for stress in [4, 5] {
        let draft = CheckInDraft { stress: Some(stress), ..current(&desk.journal, "2026-11-20").unwrap() };
        desk.journal.save_check_in(&draft, today(), now).unwrap();
    }
    desk.journal.delete_check_in("2026-11-20", now).unwrap();
    desk.journal.restore_check_in("2026-11-20", now).unwrap();
    let draft = CheckInDraft { stress: Some(1), ..current(&desk.journal, "2026-11-21").unwrap() };
    desk.journal.save_check_in(&draft, today(), now).unwrap();
    let mut other = Journal::open_in_memory().unwrap();
    let imported = CheckInDraft { day: "2026-11-21".into(), stress: Some(9), ..Default::default() };
    other.save_check_in(&imported, today(), now).unwrap();
    let export = json::export(&other, &ExportOptions::default(), now).unwrap();
    commit_import(&mut desk.journal, export.as_bytes(), &ImportSource::Json, ConflictPolicy::TakeTheirs, today(), now)
        .unwrap();
    assert_eq!(
        sync_state::dirty(desk.journal.conn()).unwrap(),
        [Dirty::Day("2026-11-20".into()), Dirty::Day("2026-11-21".into()), Dirty::Session(session.id.clone())]
    );

    assert_eq!(desk.pass().recorded, 3);
    laptop.pass();
    let stress = |day: &str| laptop.journal.check_in(day).unwrap().and_then(|c| c.stress);
    assert_eq!((stress("2026-11-20"), stress("2026-11-21")), (Some(5), Some(9)));
    assert_eq!(laptop.journal.session(&session.id).unwrap().unwrap().therapist, "Jonas");
    assert_eq!(dump(&laptop.journal), dump(&desk.journal));
}
