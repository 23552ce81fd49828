//! Sync through the commands, as Settings → Sync uses them: two computers (two data folders, one
//! sync folder), the first turning sync on, the second joining with the sync code.

mod support;

use std::sync::Arc;

use chrono::NaiveDate;
use resilience_core::encryption::{KeyStore, MemoryKeyStore};
use resilience_journal_lib::clock;
use serde_json::{json, Value};
use support::{harness_with_keystore, Harness};

fn computer(keystore: &Arc<MemoryKeyStore>) -> Harness {
    let now = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap().and_hms_opt(21, 0, 0).unwrap();
    harness_with_keystore(tempfile::tempdir().unwrap(), clock::fixed(now), keystore.clone())
}

fn save(h: &Harness, day: &str, stress: i64) {
    let current = h.invoke("get_check_in", json!({ "day": day })).unwrap();
    let version = current.get("version").cloned().unwrap_or(Value::Null);
    let check_in = json!({ "day": day, "stress": stress, "notes": "Long walk.", "version": version });
    h.invoke("save_check_in", json!({ "checkIn": check_in })).unwrap();
}

fn stress(h: &Harness, day: &str) -> Value {
    h.invoke("get_check_in", json!({ "day": day })).unwrap()["stress"].clone()
}

fn message_id(err: &Value) -> &str {
    err["message"]["id"].as_str().unwrap_or_default()
}

#[test]
fn a_second_computer_joins_with_the_code_and_check_ins_travel_both_ways() {
    let folder = tempfile::tempdir().unwrap();
    let folder_arg = folder.path().display().to_string();
    let (keys_a, keys_b) = (Arc::new(MemoryKeyStore::new()), Arc::new(MemoryKeyStore::new()));
    let a = computer(&keys_a);
    save(&a, "2026-11-24", 3);
    let on = a.invoke("sync_start", json!({ "folder": folder_arg, "computerName": "Desk" })).unwrap();
    assert_eq!(on["state"], "on");
    assert_eq!(on["computers"][0]["name"], "Desk");
    assert_eq!(on["computers"][0]["thisComputer"], true);
    assert!(on["lastSyncedAt"].is_string(), "{on}");
    assert_eq!(keys_a.len(), 1, "the sync key is in the keychain");
    let code = a.invoke("sync_code", json!({})).unwrap().as_str().unwrap().to_string();
    assert_eq!(code.len(), 65);

    let b = computer(&keys_b);
    save(&b, "2026-11-25", 6);
    let wrong = "00000-00000-00000-00000-00000-00000-00000-00000-00000-00000-00000";
    let err = b.invoke("sync_preview_join", json!({ "folder": folder_arg, "code": wrong })).unwrap_err();
    assert_eq!((err["field"].as_str(), message_id(&err)), (Some("code"), "error-sync-code-typo"));
    let other = resilience_core::sync::code::sync_code(&resilience_core::sync::seal::SyncKey::generate());
    let err =
        b.invoke("sync_join", json!({ "folder": folder_arg, "code": *other, "computerName": "Laptop" })).unwrap_err();
    assert_eq!(message_id(&err), "error-sync-code-wrong");
    assert_eq!(b.invoke("sync_status", json!({})).unwrap()["state"], "off", "a wrong code changes nothing");

    let preview = b.invoke("sync_preview_join", json!({ "folder": folder_arg, "code": code })).unwrap();
    assert_eq!(
        preview,
        json!({ "here": { "days": 1, "sessions": 0 }, "inFolder": { "days": 1, "sessions": 0 }, "computers": ["Desk"] })
    );
    let joined =
        b.invoke("sync_join", json!({ "folder": folder_arg, "code": code, "computerName": "Laptop" })).unwrap();
    assert_eq!(joined["state"], "on");
    assert_eq!(stress(&b, "2026-11-24"), 3, "the first computer's entries are here");
    assert_eq!(b.count("check_in"), 2);
    let backups = std::fs::read_dir(b.dir.path().join("backups")).unwrap().count();
    assert_eq!(backups, 1, "a backup was made before joining");

    a.invoke("sync_now", json!({})).unwrap();
    assert_eq!(stress(&a, "2026-11-25"), 6, "the second computer's entries travel back");
    save(&a, "2026-11-25", 9);
    a.invoke("sync_now", json!({})).unwrap();
    let status = b.invoke("sync_now", json!({})).unwrap();
    assert_eq!(stress(&b, "2026-11-25"), 9);
    let names: Vec<&str> =
        status["computers"].as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Laptop", "Desk"]);
    assert!(status["computers"][1]["lastSeen"].is_string());
}

#[test]
fn pausing_renaming_and_removing_this_computer() {
    let folder = tempfile::tempdir().unwrap();
    let keys = Arc::new(MemoryKeyStore::new());
    let a = computer(&keys);
    a.invoke("sync_start", json!({ "folder": folder.path().display().to_string(), "computerName": "Desk" })).unwrap();
    let err = a
        .invoke("sync_start", json!({ "folder": folder.path().display().to_string(), "computerName": "Desk" }))
        .unwrap_err();
    assert_eq!(message_id(&err), "error-sync-already-on");

    assert_eq!(a.invoke("sync_pause", json!({ "paused": true })).unwrap()["state"], "paused");
    save(&a, "2026-11-25", 2);
    let files = || walk(folder.path());
    let before = files();
    a.invoke("sync_now", json!({})).unwrap();
    assert_eq!(files(), before, "nothing is written while paused");
    assert_eq!(a.invoke("sync_pause", json!({ "paused": false })).unwrap()["state"], "on");
    a.invoke("sync_now", json!({})).unwrap();
    assert!(files().len() > before.len());

    let renamed = a.invoke("sync_rename", json!({ "computerName": "  Study  " })).unwrap();
    assert_eq!(renamed["computerName"], "Study");
    let err = a.invoke("sync_rename", json!({ "computerName": " " })).unwrap_err();
    assert_eq!((err["field"].as_str(), message_id(&err)), (Some("computerName"), "error-sync-name-empty"));

    let off = a.invoke("sync_leave", json!({})).unwrap();
    assert_eq!(off["state"], "off");
    assert!(keys.is_empty(), "the key is forgotten here");
    assert_eq!(stress(&a, "2026-11-25"), 2, "the journal stays");
    assert!(a.invoke("sync_code", json!({})).is_err());
}

#[test]
fn the_sync_folder_must_be_a_folder_outside_the_data_folder_and_the_demo_never_syncs() {
    let keys = Arc::new(MemoryKeyStore::new());
    let a = computer(&keys);
    let inside = a.dir.path().join("sync");
    std::fs::create_dir(&inside).unwrap();
    let err =
        a.invoke("sync_start", json!({ "folder": inside.display().to_string(), "computerName": "Desk" })).unwrap_err();
    assert_eq!(message_id(&err), "error-sync-journal-folder");
    let missing = tempfile::tempdir().unwrap().path().join("usb");
    let err =
        a.invoke("sync_start", json!({ "folder": missing.display().to_string(), "computerName": "Desk" })).unwrap_err();
    assert_eq!((err["field"].as_str(), message_id(&err)), (Some("folder"), "error-sync-folder-missing"));

    a.invoke("open_demo", json!({})).unwrap();
    assert_eq!(a.invoke("sync_status", json!({})).unwrap()["state"], "unavailable");
    let folder = tempfile::tempdir().unwrap();
    let err = a
        .invoke("sync_start", json!({ "folder": folder.path().display().to_string(), "computerName": "Desk" }))
        .unwrap_err();
    assert_eq!(message_id(&err), "error-sync-demo");
    assert!(keys.get("anything").unwrap().is_none());
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        if entry.path().is_dir() {
            out.extend(walk(&entry.path()));
        } else {
            out.push(entry.path());
        }
    }
    out.sort();
    out
}
