//! The sync folder as a transport: files written whole, other peers' files read back in order,
//! and what sync clients leave behind (half-written files, conflict copies, a missing folder)
//! handled without applying anything in part.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use super::folder::{
    peer_folder_name, read_updates, scan, update_file_name, write_update, FolderError, ReadOutcome, Scan, ScannedFile,
    SkipReason, UpdateId,
};
use super::seal::{self, FileLabel, OpenError, SyncKey, KEY_LEN};

const JOURNAL: &str = "0190f5b2-7c1e-7000-8000-000000000001";
const ME: u64 = 0x1111;
const LAPTOP: u64 = 0xa1b2_c3d4_e5f6_0718;
const PHONE: u64 = 0x2222;

fn key() -> SyncKey {
    SyncKey::from_bytes([7; KEY_LEN])
}

fn peer_dir(folder: &Path, peer: u64) -> PathBuf {
    folder.join(JOURNAL).join(peer_folder_name(peer))
}

fn found(folder: &Path) -> Scan {
    scan(folder, JOURNAL, ME).unwrap()
}

fn read(folder: &Path, applied: &BTreeSet<UpdateId>) -> ReadOutcome {
    read_updates(&found(folder), &key(), applied)
}

fn contents(outcome: &ReadOutcome) -> Vec<(u64, u64, Vec<u8>)> {
    outcome.updates.iter().map(|u| (u.id.peer_id, u.id.sequence, u.bytes.clone())).collect()
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    names
}

/// A sealed file of `peer` and `sequence`, as another computer would have written it.
fn sealed(peer: u64, sequence: u64, bytes: &[u8]) -> Vec<u8> {
    seal::seal(&key(), &FileLabel { journal_id: JOURNAL, peer_id: peer, sequence }, bytes)
}

#[test]
fn updates_written_by_one_peer_are_read_by_another() {
    let dir = tempfile::tempdir().unwrap();
    let first = write_update(dir.path(), JOURNAL, LAPTOP, 1, &key(), b"first update").unwrap();
    write_update(dir.path(), JOURNAL, LAPTOP, 2, &key(), b"second update").unwrap();
    write_update(dir.path(), JOURNAL, PHONE, 1, &key(), b"from the phone").unwrap();
    assert_eq!(first, peer_dir(dir.path(), LAPTOP).join("00000000000000000001.rjsync"));
    assert_eq!(names(&peer_dir(dir.path(), LAPTOP)), ["00000000000000000001.rjsync", "00000000000000000002.rjsync"]);

    let outcome = read(dir.path(), &BTreeSet::new());
    assert!(outcome.skipped.is_empty(), "{:?}", outcome.skipped);
    assert_eq!(
        contents(&outcome),
        [
            (PHONE, 1, b"from the phone".to_vec()),
            (LAPTOP, 1, b"first update".to_vec()),
            (LAPTOP, 2, b"second update".to_vec()),
        ]
    );
    assert_eq!(outcome.updates[1].path, first);

    // Once applied, the same files give nothing; a new one gives only itself.
    let applied: BTreeSet<UpdateId> = outcome.updates.iter().map(|u| u.id).collect();
    assert_eq!(read(dir.path(), &applied), ReadOutcome::default());
    write_update(dir.path(), JOURNAL, LAPTOP, 3, &key(), b"third").unwrap();
    assert_eq!(contents(&read(dir.path(), &applied)), [(LAPTOP, 3, b"third".to_vec())]);
}

#[test]
fn an_existing_file_is_never_replaced_and_no_temporary_file_is_left() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_update(dir.path(), JOURNAL, LAPTOP, 4, &key(), b"the original").unwrap();
    let before = fs::read(&path).unwrap();
    let again = write_update(dir.path(), JOURNAL, LAPTOP, 4, &key(), b"something else");
    assert!(matches!(again, Err(FolderError::AlreadyWritten(p)) if p == path));
    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(names(&peer_dir(dir.path(), LAPTOP)), ["00000000000000000004.rjsync"]);
}

#[test]
fn writing_needs_the_sync_folder_and_a_plain_journal_id() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("unplugged stick");
    let written = write_update(&missing, JOURNAL, LAPTOP, 1, &key(), b"x");
    assert!(matches!(written, Err(FolderError::FolderMissing)), "{written:?}");
    assert!(!missing.exists(), "the sync folder itself is never created");

    let file = dir.path().join("a file");
    fs::write(&file, b"").unwrap();
    assert!(matches!(write_update(&file, JOURNAL, LAPTOP, 1, &key(), b"x"), Err(FolderError::NotAFolder)));
    assert!(matches!(scan(&file, JOURNAL, ME), Err(FolderError::NotAFolder)));

    for journal in ["", "..", "a/b", "a\\b", ".hidden", "with space", &"x".repeat(65)] {
        let written = write_update(dir.path(), journal, LAPTOP, 1, &key(), b"x");
        assert!(matches!(written, Err(FolderError::InvalidJournalId)), "{journal:?}: {written:?}");
        assert!(matches!(scan(dir.path(), journal, ME), Err(FolderError::InvalidJournalId)), "{journal:?}");
    }
    assert_eq!(names(dir.path()), ["a file"]);
}

#[test]
fn a_half_written_file_is_skipped_then_read_once_complete() {
    let dir = tempfile::tempdir().unwrap();
    let whole = sealed(LAPTOP, 5, b"an update that arrives slowly");
    fs::create_dir_all(peer_dir(dir.path(), LAPTOP)).unwrap();
    let path = peer_dir(dir.path(), LAPTOP).join(update_file_name(5));
    let applied = BTreeSet::new();

    // A sync client that writes in place: empty, a few bytes, most of the file.
    for cut in [0, 3, 20, whole.len() - 1] {
        fs::write(&path, &whole[..cut]).unwrap();
        let outcome = read(dir.path(), &applied);
        assert!(outcome.updates.is_empty(), "cut at {cut}");
        assert_eq!(outcome.skipped.len(), 1, "cut at {cut}");
        assert_eq!(outcome.skipped[0].file.path, path);
        let expected = if cut < 47 { OpenError::Truncated } else { OpenError::Unreadable };
        assert_eq!(outcome.skipped[0].reason, SkipReason::Open(expected), "cut at {cut}");
    }

    fs::write(&path, &whole).unwrap();
    let outcome = read(dir.path(), &applied);
    assert!(outcome.skipped.is_empty());
    assert_eq!(contents(&outcome), [(LAPTOP, 5, b"an update that arrives slowly".to_vec())]);
}

#[test]
fn files_that_do_not_open_are_reported_with_their_reason_and_the_rest_is_read() {
    let dir = tempfile::tempdir().unwrap();
    write_update(dir.path(), JOURNAL, LAPTOP, 1, &key(), b"good").unwrap();
    let laptop = peer_dir(dir.path(), LAPTOP);
    fs::write(laptop.join(update_file_name(2)), b"garbage that is no sync file at all").unwrap();
    let other_key = SyncKey::from_bytes([9; KEY_LEN]);
    let wrong = seal::seal(&other_key, &FileLabel { journal_id: JOURNAL, peer_id: LAPTOP, sequence: 3 }, b"x");
    fs::write(laptop.join(update_file_name(3)), wrong).unwrap();
    let mut newer = sealed(LAPTOP, 4, b"from a newer app");
    newer[6] = seal::FORMAT_VERSION + 1;
    fs::write(laptop.join(update_file_name(4)), newer).unwrap();
    // A file moved to another sequence number does not open there.
    fs::write(laptop.join(update_file_name(6)), sealed(LAPTOP, 5, b"moved")).unwrap();

    let outcome = read(dir.path(), &BTreeSet::new());
    assert_eq!(contents(&outcome), [(LAPTOP, 1, b"good".to_vec())]);
    let reasons: Vec<(u64, SkipReason)> = outcome.skipped.iter().map(|s| (s.file.sequence, s.reason.clone())).collect();
    assert_eq!(
        reasons,
        [
            (2, SkipReason::Open(OpenError::NotASyncFile)),
            (3, SkipReason::Open(OpenError::Unreadable)),
            (4, SkipReason::Open(OpenError::NewerFormat { found: 2, supported: 1 })),
            (6, SkipReason::Open(OpenError::Unreadable)),
        ]
    );
    // Not remembered: the next read reports them again.
    assert_eq!(read(dir.path(), &BTreeSet::new()).skipped.len(), 4);
}

#[test]
fn conflict_copies_are_updates_of_their_peer_and_sequence() {
    let dir = tempfile::tempdir().unwrap();
    let laptop = peer_dir(dir.path(), LAPTOP);
    fs::create_dir_all(&laptop).unwrap();
    let copies = [
        "3 (conflicted copy 2026-12-07).rjsync",
        "3.sync-conflict-20261207-120000-ABCDEFG.rjsync",
        "3 (1).rjsync",
        "3 (Sam's conflicted copy 2026-12-07).rjsync",
        "3 2.rjsync",
        "3-DESKTOP-4F2K.rjsync",
    ];
    for (n, name) in copies.iter().enumerate() {
        let text = format!("version {n}");
        fs::write(laptop.join(name), sealed(LAPTOP, 3, text.as_bytes())).unwrap();
    }
    let original = write_update(dir.path(), JOURNAL, LAPTOP, 3, &key(), b"the original").unwrap();

    let scanned = found(dir.path());
    let files = scanned.files();
    assert_eq!(files.len(), copies.len() + 1);
    assert!(files.iter().all(|f| f.peer_id == LAPTOP && f.sequence == 3));
    assert_eq!(files[0], ScannedFile { path: original, peer_id: LAPTOP, sequence: 3, conflict_copy: false });
    assert!(files[1..].iter().all(|f| f.conflict_copy));

    let outcome = read_updates(&scanned, &key(), &BTreeSet::new());
    assert!(outcome.skipped.is_empty(), "{:?}", outcome.skipped);
    let mut texts: Vec<Vec<u8>> = outcome.updates.iter().map(|u| u.bytes.clone()).collect();
    texts.sort();
    let mut expected: Vec<Vec<u8>> = (0..copies.len()).map(|n| format!("version {n}").into_bytes()).collect();
    expected.push(b"the original".to_vec());
    expected.sort();
    assert_eq!(texts, expected);
}

#[test]
fn the_same_file_found_twice_is_returned_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_update(dir.path(), JOURNAL, LAPTOP, 8, &key(), b"only once").unwrap();
    let laptop = peer_dir(dir.path(), LAPTOP);
    fs::copy(&path, laptop.join("8 (1).rjsync")).unwrap();
    fs::copy(&path, laptop.join("8.sync-conflict-20261207-120000-ABCDEFG.rjsync")).unwrap();
    // The same name without padding is the same update too.
    fs::copy(&path, laptop.join("8.rjsync")).unwrap();

    let outcome = read(dir.path(), &BTreeSet::new());
    assert!(outcome.skipped.is_empty());
    assert_eq!(contents(&outcome), [(LAPTOP, 8, b"only once".to_vec())]);
    assert_eq!(outcome.updates[0].path, path, "the original is the one returned");
    let applied: BTreeSet<UpdateId> = [outcome.updates[0].id].into();
    assert!(read(dir.path(), &applied).updates.is_empty());
}

#[test]
fn our_own_files_temporary_files_and_other_names_are_ignored() {
    let dir = tempfile::tempdir().unwrap();
    write_update(dir.path(), JOURNAL, ME, 1, &key(), b"mine").unwrap();
    write_update(dir.path(), JOURNAL, LAPTOP, 1, &key(), b"theirs").unwrap();
    let laptop = peer_dir(dir.path(), LAPTOP);
    let whole = sealed(LAPTOP, 2, b"not a name we read");
    for name in [
        ".rjsync-abc123.tmp",
        ".00000000000000000002.rjsync",
        ".syncthing.00000000000000000002.rjsync.tmp",
        "00000000000000000002.rjsync.tmp",
        "00000000000000000002.rjsync.partial",
        "00000000000000000002.rjsync.~1f2e",
        "00000000000000000002.RJSYNC.txt",
        "2x.rjsync",
        "two.rjsync",
        ".rjsync",
        "123456789012345678901.rjsync",
        "99999999999999999999.rjsync",
        "desktop.ini",
        ".DS_Store",
    ] {
        fs::write(laptop.join(name), &whole).unwrap();
    }
    fs::create_dir(laptop.join("00000000000000000002.rjsync")).unwrap();
    fs::create_dir(laptop.join("7.rjsync")).unwrap();
    // Folders that are not peers, and a file where a peer folder would be.
    fs::create_dir_all(dir.path().join(JOURNAL).join("not-a-peer")).unwrap();
    fs::create_dir_all(dir.path().join(JOURNAL).join(".stversions")).unwrap();
    fs::write(dir.path().join(JOURNAL).join(peer_folder_name(PHONE)), b"a file").unwrap();
    // Another journal's files are not this journal's.
    write_update(dir.path(), "another-journal", LAPTOP, 9, &key(), b"elsewhere").unwrap();

    let scanned = found(dir.path());
    let sequences: Vec<(u64, u64)> = scanned.files().iter().map(|f| (f.peer_id, f.sequence)).collect();
    assert_eq!(sequences, [(LAPTOP, 1)]);
    let outcome = read_updates(&scanned, &key(), &BTreeSet::new());
    assert_eq!(contents(&outcome), [(LAPTOP, 1, b"theirs".to_vec())]);

    // Seen from the laptop, our files are the other peer's.
    let from_laptop = scan(dir.path(), JOURNAL, LAPTOP).unwrap();
    assert_eq!(from_laptop.files().iter().map(|f| f.peer_id).collect::<Vec<_>>(), [ME]);
}

#[test]
fn a_missing_folder_is_a_state_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("unplugged stick");
    let scanned = scan(&missing, JOURNAL, ME).unwrap();
    assert_eq!(scanned, Scan::FolderMissing);
    assert!(scanned.files().is_empty());
    assert_eq!(read_updates(&scanned, &key(), &BTreeSet::new()), ReadOutcome::default());

    // A sync folder without this journal yet is simply empty.
    assert_eq!(found(dir.path()), Scan::Found { journal_id: JOURNAL.to_string(), files: Vec::new() });

    // The folder comes back with files in it.
    fs::create_dir(&missing).unwrap();
    write_update(&missing, JOURNAL, LAPTOP, 1, &key(), b"back").unwrap();
    assert_eq!(contents(&read(&missing, &BTreeSet::new())), [(LAPTOP, 1, b"back".to_vec())]);
}

#[test]
fn names_and_files_carry_no_journal_text() {
    let dir = tempfile::tempdir().unwrap();
    let secret = "Panic attack before Grandma's funeral";
    write_update(dir.path(), JOURNAL, LAPTOP, 42, &key(), secret.as_bytes()).unwrap();
    let mut paths = Vec::new();
    let mut stack = vec![dir.path().to_path_buf()];
    while let Some(here) = stack.pop() {
        for entry in fs::read_dir(&here).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path.clone());
            } else {
                let bytes = fs::read(&path).unwrap();
                assert!(!bytes.windows(6).any(|w| w == b"Grandm"), "{} holds journal text", path.display());
            }
            paths.push(path.strip_prefix(dir.path()).unwrap().to_string_lossy().replace('\\', "/"));
        }
    }
    paths.sort();
    let peer = peer_folder_name(LAPTOP);
    assert_eq!(peer, "a1b2c3d4e5f60718");
    assert_eq!(
        paths,
        [JOURNAL.to_string(), format!("{JOURNAL}/{peer}"), format!("{JOURNAL}/{peer}/00000000000000000042.rjsync")]
    );
}

#[test]
fn a_folder_with_five_hundred_files_is_scanned_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let others = [LAPTOP, PHONE, 0x3333, 0x4444, 0x5555];
    // Written newest first, so the order comes from the names, not from the disk.
    for sequence in (1..=100_u64).rev() {
        for peer in others {
            write_update(dir.path(), JOURNAL, peer, sequence, &key(), &sequence.to_be_bytes()).unwrap();
        }
    }
    for sequence in 1..=20 {
        write_update(dir.path(), JOURNAL, ME, sequence, &key(), b"mine").unwrap();
    }
    let scanned = found(dir.path());
    let order: Vec<(u64, u64)> = scanned.files().iter().map(|f| (f.peer_id, f.sequence)).collect();
    let mut expected: Vec<(u64, u64)> = others.into_iter().flat_map(|p| (1..=100).map(move |s| (p, s))).collect();
    expected.sort();
    assert_eq!(order.len(), 500);
    assert_eq!(order, expected);

    let outcome = read_updates(&scanned, &key(), &BTreeSet::new());
    assert!(outcome.skipped.is_empty());
    assert_eq!(outcome.updates.len(), 500);
    assert!(outcome.updates.iter().all(|u| u.bytes == u.id.sequence.to_be_bytes()));
    let applied: BTreeSet<UpdateId> = outcome.updates.iter().map(|u| u.id).collect();
    assert_eq!(read_updates(&found(dir.path()), &key(), &applied), ReadOutcome::default());
}
