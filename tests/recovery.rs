//! A damaged journal at start: whatever the damage (truncated, overwritten bytes, not a database,
//! empty), the file is never written or deleted — it is moved aside unchanged — and the app offers
//! a backup, another file or a new journal in its place.

mod support;

use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde_json::{json, Value};
use support::{harness_in, Harness};

fn log(h: &Harness, day: &str, stress: i64) {
    let check_in = json!({ "day": day, "stress": stress, "sleepHours": null, "sleepQuality": null, "pain": null,
        "selfEsteem": null, "mood": null, "anxiety": null, "bodyAwareness": null, "notes": "kept", "version": null });
    h.invoke("save_check_in", json!({ "checkIn": check_in })).unwrap();
}

fn days(h: &Harness) -> usize {
    h.invoke("list_check_ins", json!({ "from": "2026-01-01", "to": "2026-11-25" })).unwrap().as_array().unwrap().len()
}

/// A journal with two days and a backup holding one of them; closed.
fn journal_with_backup() -> tempfile::TempDir {
    let h = harness_in(tempfile::tempdir().unwrap());
    log(&h, "2026-11-20", 4);
    h.invoke("back_up_now", json!({ "folder": null })).unwrap();
    log(&h, "2026-11-21", 5);
    // Fold the write-ahead log into the file, as a clean quit does.
    let conn = rusqlite::Connection::open(h.dir.path().join("journal.db")).unwrap();
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).unwrap();
    drop(conn);
    let Harness { dir, .. } = h;
    dir
}

fn damage(path: &Path, how: &str) {
    match how {
        "truncated" => {
            let len = std::fs::metadata(path).unwrap().len();
            std::fs::OpenOptions::new().write(true).open(path).unwrap().set_len(len / 2 + 100).unwrap();
        }
        "overwritten" => {
            let mut file = std::fs::OpenOptions::new().write(true).open(path).unwrap();
            file.seek(SeekFrom::Start(0)).unwrap();
            file.write_all(&[0x5a; 4096]).unwrap();
        }
        "not a database" => std::fs::write(path, "Dear diary, today I …".repeat(200)).unwrap(),
        "empty" => std::fs::write(path, b"").unwrap(),
        _ => unreachable!(),
    }
}

fn moved_aside(info: &Value) -> PathBuf {
    PathBuf::from(info["movedAside"].as_str().expect("the damaged file was moved aside"))
}

#[test]
fn every_kind_of_damage_is_moved_aside_unchanged_and_a_backup_restores() {
    for how in ["truncated", "overwritten", "not a database", "empty"] {
        let dir = journal_with_backup();
        let path = dir.path().join("journal.db");
        damage(&path, how);
        let damaged = std::fs::read(&path).unwrap();

        let h = harness_in(dir);
        let info = h.invoke("app_info", json!({})).unwrap();
        assert_eq!(info["startupError"]["code"], "damaged", "{how}: {info}");
        let aside = moved_aside(&info);
        assert_eq!(std::fs::read(&aside).unwrap(), damaged, "{how}: moved unchanged");
        assert!(!path.exists(), "{how}: nothing is left in its place until the person chooses");
        assert_eq!(info["startupError"]["message"]["id"], "error-damaged-moved-aside", "{info}");
        let refused = h.invoke("save_check_in", json!({ "checkIn": { "day": "2026-11-25", "stress": 3 } }));
        assert_eq!(refused.unwrap_err()["code"], "journal_unavailable", "{how}");

        let backups = h.invoke("backup_overview", json!({})).unwrap();
        let usable: Vec<&Value> =
            backups["backups"].as_array().unwrap().iter().filter(|b| b["problem"].is_null()).collect();
        assert_eq!(usable.len(), 1, "{how}: {backups}");
        let info =
            h.invoke("recover_journal", json!({ "choice": { "kind": "restore", "path": usable[0]["path"] } })).unwrap();
        assert_eq!(info["startupError"], Value::Null);
        assert_eq!(days(&h), 1, "{how}: the backup's day is back");
        assert_eq!(std::fs::read(&aside).unwrap(), damaged, "{how}: the damaged file is still kept");
    }
}

#[test]
fn a_new_empty_journal_or_a_bad_choice() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("journal.db"), b"\x00\x01garbage").unwrap();
    let h = harness_in(dir);
    let info = h.invoke("app_info", json!({})).unwrap();
    let aside = moved_aside(&info);
    let not_a_journal = h.dir.path().join("photo.jpg");
    std::fs::write(&not_a_journal, b"\xff\xd8\xff").unwrap();
    let err =
        h.invoke("recover_journal", json!({ "choice": { "kind": "restore", "path": not_a_journal } })).unwrap_err();
    assert!(err["message"]["id"].as_str().is_some_and(|id| id.starts_with("error-")), "{err}");
    assert_eq!(h.invoke("app_info", json!({})).unwrap()["movedAside"], info["movedAside"], "still recovering");
    let bad = h.invoke("recover_journal", json!({ "choice": { "kind": "format" } })).unwrap_err();
    assert_eq!(bad["code"], "invalid_payload");

    let info = h.invoke("recover_journal", json!({ "choice": { "kind": "empty" } })).unwrap();
    assert_eq!((info["startupError"].clone(), info["movedAside"].clone()), (Value::Null, Value::Null));
    log(&h, "2026-11-25", 3);
    assert_eq!(days(&h), 1);
    assert_eq!(std::fs::read(&aside).unwrap(), b"\x00\x01garbage");
    let again = h.invoke("recover_journal", json!({ "choice": { "kind": "empty" } })).unwrap_err();
    assert_eq!(again["code"], "journal_open", "an open journal is not replaced this way");
}

#[test]
fn a_stray_log_beside_a_missing_journal_is_kept_aside_not_used() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("journal.db-wal"), b"a log from another life").unwrap();
    let h = harness_in(dir);
    assert_eq!(h.invoke("app_info", json!({})).unwrap()["startupError"], Value::Null);
    let kept: Vec<String> = std::fs::read_dir(h.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("journal.db-wal.stray-"))
        .collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(std::fs::read(h.dir.path().join(&kept[0])).unwrap(), b"a log from another life");
}
