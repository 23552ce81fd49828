//! A journal file that cannot be opened is never written, overwritten or deleted: it is moved
//! aside — with its write-ahead log and shared-memory files — under a name that says when, so a
//! new or restored journal can take its place and the old one stays for whoever can rescue it.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use super::disk::sibling;
use crate::Result;

/// The files SQLite keeps beside a database in WAL mode.
const SIDECARS: [&str; 2] = ["-wal", "-shm"];

/// Moves the journal at `path` (and its `-wal`/`-shm` files, when present) aside as
/// `journal.db.damaged-<UTC stamp>`; returns the new path of the main file. Nothing is
/// overwritten: an existing name gets a counter.
pub fn move_aside(path: &Path, now: DateTime<Utc>) -> Result<PathBuf> {
    let target = free_name(path, &format!("damaged-{}", now.format("%Y%m%dT%H%M%SZ")));
    for sidecar in SIDECARS {
        let from = sibling(path, sidecar);
        if from.exists() {
            fs::rename(&from, sibling(&target, sidecar))?;
        }
    }
    if path.exists() {
        fs::rename(path, &target)?;
    }
    Ok(target)
}

/// Where the journal at `path` is missing but a `-wal` or `-shm` file of an earlier one is still
/// there, moves those aside (`journal.db-wal.stray-<stamp>`) so a new journal can never pick up or
/// reset another file's log. Returns what was moved.
pub fn set_aside_stray_sidecars(path: &Path, now: DateTime<Utc>) -> Result<Vec<PathBuf>> {
    let mut moved = Vec::new();
    if path.exists() {
        return Ok(moved);
    }
    for sidecar in SIDECARS {
        let from = sibling(path, sidecar);
        if from.exists() {
            let to = free_name(&from, &format!("stray-{}", now.format("%Y%m%dT%H%M%SZ")));
            fs::rename(&from, &to)?;
            moved.push(to);
        }
    }
    Ok(moved)
}

/// `path.<tag>`, or `path.<tag>-2`, `-3` … when taken (with its sidecars).
fn free_name(path: &Path, tag: &str) -> PathBuf {
    let taken = |p: &Path| p.exists() || SIDECARS.iter().any(|s| sibling(p, s).exists());
    let first = sibling(path, &format!(".{tag}"));
    if !taken(&first) {
        return first;
    }
    (2..).map(|n| sibling(path, &format!(".{tag}-{n}"))).find(|p| !taken(p)).expect("a free name")
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 25, 20, 15, 0).unwrap()
    }

    #[test]
    fn a_damaged_journal_and_its_log_move_aside_unchanged_and_never_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.db");
        fs::write(&path, b"garbage").unwrap();
        fs::write(sibling(&path, "-wal"), b"log").unwrap();
        let moved = move_aside(&path, now()).unwrap();
        assert_eq!(moved, dir.path().join("journal.db.damaged-20261125T201500Z"));
        assert_eq!(fs::read(&moved).unwrap(), b"garbage");
        assert_eq!(fs::read(sibling(&moved, "-wal")).unwrap(), b"log");
        assert!(!path.exists() && !sibling(&path, "-wal").exists());

        fs::write(&path, b"more garbage").unwrap();
        let second = move_aside(&path, now()).unwrap();
        assert_eq!(second, dir.path().join("journal.db.damaged-20261125T201500Z-2"));
        assert_eq!(fs::read(&moved).unwrap(), b"garbage", "the first stays as it was");
        assert_eq!(fs::read(&second).unwrap(), b"more garbage");
    }

    #[test]
    fn stray_sidecars_of_a_missing_journal_are_set_aside_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.db");
        fs::write(sibling(&path, "-wal"), b"someone's log").unwrap();
        let moved = set_aside_stray_sidecars(&path, now()).unwrap();
        assert_eq!(moved, [dir.path().join("journal.db-wal.stray-20261125T201500Z")]);
        assert_eq!(fs::read(&moved[0]).unwrap(), b"someone's log");
        fs::write(&path, b"").unwrap();
        fs::write(sibling(&path, "-wal"), b"live log").unwrap();
        assert!(set_aside_stray_sidecars(&path, now()).unwrap().is_empty(), "a live journal's log is left alone");
    }
}
