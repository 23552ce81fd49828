//! A real full disk, not a simulated one: a small tmpfs is mounted (root only, as `make test` runs
//! in CI), a filler file takes nearly all of it, and check-ins, backups, exports and an encryption
//! are written until the file system answers ENOSPC. Each failure must be the core's
//! `Error::DiskFull` with its message; every save confirmed before it must still be there; nothing
//! may be half-written (no temporary file of the app's left, the journal passes `quick_check`,
//! each backup and export is whole or absent); and once the filler is removed the journal opens,
//! saves and encrypts again.
//!
//! Without root the test fails and says why, unless `RESILIENCE_SKIP_REAL_DISK_FULL=1` is set
//! (CI never sets it); then it prints that it was skipped.

use std::fs;
use std::io::Write;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use resilience_core::encryption::migrate::encrypt;
use resilience_core::encryption::{DbKey, KeyFile};
use resilience_core::file::key_file::key_file_path;
use resilience_core::file::{file_kind, open_connection, write_atomically, FileKind, OpenFlags};
use resilience_core::portability::json::{self, ExportOptions};
use resilience_core::portability::{backup_to, BackupInfo};
use resilience_core::{CheckInDraft, Error, Journal};

const SKIP_VARIABLE: &str = "RESILIENCE_SKIP_REAL_DISK_FULL";
/// The size of the file system, in MiB.
const DISK_MIB: u32 = 4;
/// What the filler leaves free once the journal has its first days.
const LEFT_FREE: u64 = 1024 * 1024;
const DISK_FULL_MESSAGE: &str = "error-disk-full";

/// A tmpfs mounted on a fresh folder, unmounted (and the folder removed) when dropped.
struct Tmpfs {
    mount: PathBuf,
    // Dropped after `drop` below has unmounted the file system.
    _parent: tempfile::TempDir,
}

impl Tmpfs {
    fn mount(mib: u32) -> Result<Tmpfs, String> {
        let parent = tempfile::tempdir().map_err(|e| format!("no temporary folder: {e}"))?;
        let mount = parent.path().join("disk");
        fs::create_dir(&mount).map_err(|e| format!("no mount point: {e}"))?;
        let output = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={mib}m,mode=0700"), "tmpfs"])
            .arg(&mount)
            .output()
            .map_err(|e| format!("`mount` could not be run: {e}"))?;
        if !output.status.success() {
            return Err(format!("`mount -t tmpfs` failed: {}", String::from_utf8_lossy(&output.stderr).trim()));
        }
        Ok(Tmpfs { mount, _parent: parent })
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let unmounted = Command::new("umount").arg(&self.mount).status().is_ok_and(|s| s.success());
        if !unmounted {
            // Busy (a file still open after a failed assertion): detach it so the folder can go.
            let _ = Command::new("umount").arg("-l").arg(&self.mount).status();
        }
    }
}

/// True when the test should run; false (after saying so) when it is skipped on purpose.
fn runs_here() -> bool {
    let uid = fs::metadata("/proc/self").map(|m| m.uid()).unwrap_or(u32::MAX);
    if uid == 0 {
        return true;
    }
    if std::env::var(SKIP_VARIABLE).as_deref() == Ok("1") {
        println!("full_disk: skipped — not running as root (uid {uid}), and {SKIP_VARIABLE}=1 is set");
        return false;
    }
    panic!(
        "this test mounts a tmpfs to fill a real disk and needs root (uid is {uid}); run it as root \
         (as `make test` does in CI), or set {SKIP_VARIABLE}=1 to skip it on this machine"
    );
}

fn now(second: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 7, 20, 0, 0).unwrap() + Duration::seconds(second)
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
}

/// Day `n` of the journal (oldest first), as ISO text.
fn day(n: u32) -> String {
    (NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + chrono::Days::new(u64::from(n))).to_string()
}

/// A note long enough that the disk fills after a few dozen saves.
fn note(n: u32) -> String {
    format!("day {n}: {}", "a long walk by the sea, then a quiet evening. ".repeat(40))
}

fn draft(n: u32) -> CheckInDraft {
    CheckInDraft { day: day(n), stress: Some((n % 11) as i32), notes: note(n), ..Default::default() }
}

fn assert_disk_full(err: &Error, what: &str) {
    assert!(matches!(err, Error::DiskFull), "{what}: expected Error::DiskFull, got {err:?}");
    assert_eq!(err.code(), "disk_full", "{what}");
    assert_eq!(err.to_string(), DISK_FULL_MESSAGE, "{what}");
}

/// Every file below `dir`, recursively.
fn files_below(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(files_below(&path));
        } else {
            found.push(path);
        }
    }
    found
}

/// Files named like the app's temporary files: the atomic writes' `.resilience-export-*.tmp`, a
/// backup's `.<name>.db.tmp`, an encrypt's or decrypt's copy (`.encrypting`, `.decrypting`), a
/// backup being converted (`.converting`), and a rollback journal left beside any of them.
fn leftovers(dir: &Path) -> Vec<PathBuf> {
    files_below(dir)
        .into_iter()
        .filter(|path| {
            let name = path.file_name().unwrap().to_string_lossy();
            name.ends_with(".tmp")
                || name.starts_with(".resilience-export-")
                || [".encrypting", ".decrypting", ".converting"].iter().any(|s| name.contains(s))
                || name.ends_with("-journal")
        })
        .collect()
}

fn quick_check(path: &Path, key: Option<&DbKey>) -> String {
    let (conn, _) = open_connection(path, OpenFlags::SQLITE_OPEN_READ_WRITE, key).unwrap();
    conn.query_row("PRAGMA quick_check", [], |r| r.get(0)).unwrap()
}

/// Every day in `days` is stored with its note.
fn assert_days_kept(journal: &Journal, days: &[u32], what: &str) {
    for n in days {
        let stored = journal.check_in(&day(*n)).unwrap().unwrap_or_else(|| panic!("{what}: day {n} was lost"));
        assert_eq!(stored.notes, note(*n), "{what}: day {n}");
    }
}

/// A backup that was confirmed is whole: read as it is (read-only, so nothing is added beside
/// it), it passes `quick_check` and holds `days` with their notes.
fn assert_backup_whole(backup: &BackupInfo, days: &[u32]) {
    let path = Path::new(&backup.path);
    let (copy, _) = open_connection(path, OpenFlags::SQLITE_OPEN_READ_ONLY, None).unwrap();
    let verdict: String = copy.query_row("PRAGMA quick_check", [], |r| r.get(0)).unwrap();
    assert_eq!(verdict, "ok", "{}", path.display());
    for n in days {
        let notes: String = copy
            .query_row("SELECT notes FROM check_in WHERE day = ?1 AND deleted_at IS NULL", [day(*n)], |r| r.get(0))
            .unwrap_or_else(|e| panic!("backup {}: day {n}: {e}", path.display()));
        assert_eq!(notes, note(*n), "backup {}: day {n}", path.display());
    }
}

/// Fills the file system that holds `dir` with a new filler file, then gives `free` bytes back.
fn fill_leaving(dir: &Path, free: u64) -> PathBuf {
    let filler = (1..).map(|i| dir.join(format!("filler-{i}"))).find(|p| !p.exists()).unwrap();
    let mut file = fs::File::create(&filler).unwrap();
    let block = vec![0xa5u8; 64 * 1024];
    let err = loop {
        if let Err(err) = file.write_all(&block) {
            break err;
        }
    };
    assert_eq!(err.raw_os_error(), Some(28), "the filler stops at ENOSPC: {err}");
    let written = fs::metadata(&filler).unwrap().len();
    file.set_len(written.saturating_sub(free)).unwrap();
    file.sync_all().unwrap();
    filler
}

#[test]
fn a_full_disk_loses_no_confirmed_save_and_leaves_nothing_half_written() {
    if !runs_here() {
        return;
    }
    let disk = Tmpfs::mount(DISK_MIB).unwrap_or_else(|reason| {
        panic!("a real full disk needs a tmpfs: {reason} (set {SKIP_VARIABLE}=1 to skip this test here)")
    });
    let root = disk.mount.as_path();
    let path = root.join("journal.db");
    let exports = root.join("exports");
    let backups = root.join("my-backups");
    fs::create_dir(&exports).unwrap();
    fs::create_dir(&backups).unwrap();

    let (mut journal, _) = Journal::open(&path, now(0)).unwrap();
    let mut confirmed = Vec::new();
    for n in 0..5 {
        journal.save_check_in(&draft(n), today(), now(0)).unwrap();
        confirmed.push(n);
    }
    let filler = fill_leaving(root, LEFT_FREE);

    // Check-ins, with a backup and an export every few of them, until each kind has met a full
    // disk. A save that failed frees nothing of the journal's, but a failed backup or export
    // removes its part-written file, so later saves may fit again: each result is checked as it
    // comes.
    let (mut saves_refused, mut backups_refused, mut exports_refused) = (0, 0, 0);
    let (mut backups_made, mut exports_made) = (Vec::new(), Vec::new());
    let mut n = 5;
    while saves_refused < 3 || backups_refused < 1 || exports_refused < 1 {
        assert!(n < 2_000, "the disk never filled up");
        match journal.save_check_in(&draft(n), today(), now(i64::from(n))) {
            Ok(saved) => {
                assert_eq!(saved.notes, note(n));
                confirmed.push(n);
            }
            Err(err) => {
                assert_disk_full(&err, &format!("saving day {n}"));
                saves_refused += 1;
            }
        }
        if n % 4 == 0 {
            match backup_to(&path, None, &backups, now(i64::from(n))) {
                Ok(backup) => {
                    assert_backup_whole(&backup, &confirmed);
                    backups_made.push(backup);
                }
                Err(err) => {
                    assert_disk_full(&err, &format!("the backup after day {n}"));
                    backups_refused += 1;
                }
            }
        }
        if n % 4 == 2 {
            let text = json::export(&journal, &ExportOptions::default(), now(i64::from(n))).unwrap();
            let target = exports.join(format!("export-{n}.json"));
            match write_atomically(&target, text.as_bytes()) {
                Ok(()) => {
                    assert_eq!(fs::read_to_string(&target).unwrap(), text, "the export is whole");
                    exports_made.push((target, text));
                }
                Err(err) => {
                    assert_disk_full(&err, &format!("the export after day {n}"));
                    assert!(!target.exists(), "a refused export leaves no file: {}", target.display());
                    exports_refused += 1;
                }
            }
        }
        assert!(leftovers(root).is_empty(), "after day {n}: {:?}", leftovers(root));
        n += 1;
    }
    assert!(confirmed.len() > 5, "some saves fitted before the disk was full: {confirmed:?}");
    assert!(!backups_made.is_empty() && !exports_made.is_empty(), "some backups and exports fitted too");
    // Nothing confirmed was lost, in this connection and in a new one.
    assert_days_kept(&journal, &confirmed, "after the disk filled up");
    let (second, _) = Journal::open(&path, now(0)).unwrap();
    assert_days_kept(&second, &confirmed, "read by a second connection");
    drop(second);

    // Encrypting needs room for a whole copy of the journal: refused, the journal left plain.
    drop(journal);
    let key = DbKey::generate();
    let refused = encrypt(&path, &key, &KeyFile::keychain(&key), now(5_000), |_| {});
    assert_disk_full(&refused.unwrap_err(), "encrypting");
    assert_eq!(file_kind(&path).unwrap(), FileKind::Plain);
    assert!(!key_file_path(&path).exists(), "no key file for a journal that was not encrypted");

    // Opening the journal again while the disk is full to the last byte (every connection closed,
    // so its write-ahead log and index are made anew): it opens with every confirmed day, or says
    // the disk is full.
    let last_bytes = fill_leaving(root, 0);
    match Journal::open(&path, now(5_001)) {
        Ok((journal, _)) => assert_days_kept(&journal, &confirmed, "reopened on the full disk"),
        Err(err) => assert_disk_full(&err, "reopening on the full disk"),
    }

    // Nothing half-written: no temporary file, the journal is sound, every backup and export
    // made is whole, and no other backup or export exists.
    assert!(leftovers(root).is_empty(), "{:?}", leftovers(root));
    assert_eq!(quick_check(&path, None), "ok");
    let mut backup_files: Vec<PathBuf> = files_below(&backups);
    backup_files.sort();
    let mut made: Vec<PathBuf> = backups_made.iter().map(|b| PathBuf::from(&b.path)).collect();
    made.sort();
    assert_eq!(backup_files, made, "only the confirmed backups are there");
    for backup in &backups_made {
        assert_backup_whole(backup, &[0, 1, 2, 3, 4]);
    }
    let mut export_files = files_below(&exports);
    export_files.sort();
    let mut written: Vec<PathBuf> = exports_made.iter().map(|(p, _)| p.clone()).collect();
    written.sort();
    assert_eq!(export_files, written, "only the confirmed exports are there");
    for (file, text) in &exports_made {
        assert_eq!(&fs::read_to_string(file).unwrap(), text, "{}", file.display());
    }
    println!(
        "full_disk: {} saves confirmed, {saves_refused} refused; {} backups made, {backups_refused} refused; \
         {} exports written, {exports_refused} refused; encrypting refused",
        confirmed.len(),
        made.len(),
        exports_made.len()
    );

    // Space freed: the journal opens with every confirmed day, saves, and encrypts.
    fs::remove_file(&filler).unwrap();
    fs::remove_file(&last_bytes).unwrap();
    let (mut journal, _) = Journal::open(&path, now(6_000)).unwrap();
    assert_days_kept(&journal, &confirmed, "after space was freed");
    journal.save_check_in(&draft(n), today(), now(6_000)).unwrap();
    confirmed.push(n);
    drop(journal);
    let (journal, _) = Journal::open(&path, now(6_001)).unwrap();
    assert_days_kept(&journal, &confirmed, "reopened after saving again");
    drop(journal);
    // Closed cleanly (no write-ahead files left), then the disk fills up before the next start.
    assert!(!root.join("journal.db-wal").exists() && !root.join("journal.db-shm").exists());
    let full_again = fill_leaving(root, 0);
    match Journal::open(&path, now(6_002)) {
        Ok((journal, _)) => assert_days_kept(&journal, &confirmed, "started on a full disk"),
        Err(err) => {
            // Never "damaged": a sound journal on a full disk is not moved aside.
            assert_disk_full(&err, "starting on a full disk");
            println!("full_disk: starting on a full disk refused with {err:?}");
        }
    }
    fs::remove_file(&full_again).unwrap();
    encrypt(&path, &key, &KeyFile::keychain(&key), now(6_002), |_| {}).unwrap();
    let (journal, _) = Journal::open_with_key(&path, Some(&key), now(6_003)).unwrap();
    assert_days_kept(&journal, &confirmed, "encrypted once there was room");
    drop(journal);
    assert_eq!(quick_check(&path, Some(&key)), "ok");
    assert!(leftovers(root).is_empty(), "{:?}", leftovers(root));
}
