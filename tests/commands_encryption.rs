//! Encryption at rest through the commands, as the Settings card and the unlock screen use them,
//! on real files with an in-memory keychain shared across restarts.

mod support;

use std::path::Path;
use std::sync::Arc;

use chrono::NaiveDate;
use resilience_core::encryption::{KeyStore, KeyStoreError, MemoryKeyStore};
use resilience_core::file::{file_kind, FileKind};
use resilience_journal_lib::clock;
use serde_json::{json, Value};
use support::{harness_with_keystore, Harness};

const MARKER: &str = "MARKER-wombat-2208";
const PASSPHRASE: &str = "lantern orchid gravel kettle 1987";

fn start(dir: tempfile::TempDir, keystore: &Arc<MemoryKeyStore>) -> Harness {
    let now = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap().and_hms_opt(21, 0, 0).unwrap();
    harness_with_keystore(dir, clock::fixed(now), keystore.clone())
}

fn with_entry(keystore: &Arc<MemoryKeyStore>) -> Harness {
    let h = start(tempfile::tempdir().unwrap(), keystore);
    let check_in = json!({ "day": "2026-11-25", "stress": 4, "notes": MARKER });
    h.invoke("save_check_in", json!({ "checkIn": check_in })).unwrap();
    h
}

fn journal(h: &Harness) -> std::path::PathBuf {
    h.dir.path().join("journal.db")
}

fn encrypt(h: &Harness, method: &str, passphrase: Option<&str>) -> Result<Value, Value> {
    let prepared = h.invoke("prepare_encryption", json!({})).unwrap();
    let recovery_key = prepared["recoveryKey"].as_str().unwrap().to_string();
    let request = json!({ "method": method, "passphrase": passphrase, "recoveryKey": recovery_key });
    h.invoke("encrypt_journal", json!({ "request": request }))
        .map(|status| json!({ "status": status, "recoveryKey": recovery_key }))
}

fn notes(h: &Harness) -> Value {
    h.invoke("get_check_in", json!({ "day": "2026-11-25" })).unwrap()["notes"].clone()
}

fn contains(path: &Path, needle: &str) -> bool {
    std::fs::read(path).unwrap_or_default().windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn a_plain_journal_reports_its_state() {
    let keystore = Arc::new(MemoryKeyStore::new());
    let h = start(tempfile::tempdir().unwrap(), &keystore);
    let status = h.invoke("encryption_status", json!({})).unwrap();
    assert_eq!(
        status,
        json!({ "encrypted": false, "method": null, "demo": false, "keychainProblem": null, "plainCopy": null })
    );
    keystore.fail_with(Some(KeyStoreError::Unavailable("no session bus".into())));
    let h = start(h.quit(), &keystore);
    let status = h.invoke("encryption_status", json!({})).unwrap();
    assert_eq!(status["keychainProblem"]["id"], "error-keychain-unavailable", "{status}");
    assert!(status["keychainProblem"]["args"]["detail"].as_str().unwrap().contains("no session bus"), "{status}");
    // The check (a round trip that may bring up the keychain's unlock prompt) is not repeated on
    // every visit to Settings.
    let asked = keystore.checks();
    h.invoke("encryption_status", json!({})).unwrap();
    assert_eq!(keystore.checks(), asked);
}

#[test]
fn an_encrypted_journal_does_not_ask_the_keychain_for_its_status() {
    let keystore = Arc::new(MemoryKeyStore::new());
    let h = with_entry(&keystore);
    encrypt(&h, "passphrase", Some(PASSPHRASE)).unwrap();
    let h = start(h.quit(), &keystore);
    h.invoke("unlock_journal", json!({ "secret": { "kind": "passphrase", "passphrase": PASSPHRASE } })).unwrap();
    let asked = keystore.checks();
    let status = h.invoke("encryption_status", json!({})).unwrap();
    assert_eq!((status["encrypted"].as_bool(), status["keychainProblem"].clone()), (Some(true), Value::Null));
    assert_eq!(keystore.checks(), asked);
}

#[test]
fn keychain_encryption_is_confirmed_by_the_recovery_key_and_opens_by_itself_after_a_restart() {
    let keystore = Arc::new(MemoryKeyStore::new());
    let h = with_entry(&keystore);
    let prepared = h.invoke("prepare_encryption", json!({})).unwrap();
    let recovery_key = prepared["recoveryKey"].as_str().unwrap();
    assert_eq!(recovery_key.len(), 65, "55 characters in 11 groups");

    // A key other than the one shown, or one with a typo, is refused and changes nothing.
    let other = resilience_core::encryption::DbKey::generate().recovery_key().to_string();
    for typed in [
        other.as_str(),
        &recovery_key.replacen(&recovery_key[..1], if &recovery_key[..1] == "A" { "B" } else { "A" }, 1),
    ] {
        let request = json!({ "method": "keychain", "passphrase": null, "recoveryKey": typed });
        let err = h.invoke("encrypt_journal", json!({ "request": request })).unwrap_err();
        assert_eq!(
            (err["code"].as_str(), err["field"].as_str()),
            (Some("invalid_input"), Some("recoveryKey")),
            "{err}"
        );
    }
    assert_eq!(file_kind(&journal(&h)).unwrap(), FileKind::Plain);
    assert!(keystore.is_empty());

    // Pasted with other spacing and lower case, it is accepted.
    let typed = recovery_key.to_lowercase().replace('-', " ");
    let request = json!({ "method": "keychain", "passphrase": null, "recoveryKey": typed });
    let status = h.invoke("encrypt_journal", json!({ "request": request })).unwrap();
    assert_eq!((status["encrypted"].as_bool(), status["method"].as_str()), (Some(true), Some("keychain")));
    assert!(status["plainCopy"]["keptUntil"].as_str().unwrap().starts_with("2026-12-02"), "{status}");
    assert_eq!(file_kind(&journal(&h)).unwrap(), FileKind::Encrypted);
    assert!(!contains(&journal(&h), MARKER));
    assert_eq!(notes(&h), MARKER, "the journal stays open and readable");
    assert_eq!(keystore.len(), 1);

    // New entries go into the encrypted journal and its log.
    h.invoke("save_check_in", json!({ "checkIn": { "day": "2026-11-24", "stress": 2, "notes": MARKER } })).unwrap();
    assert!(!contains(&journal(&h), MARKER) && !contains(&h.dir.path().join("journal.db-wal"), MARKER));

    // A restart opens it with the keychain's key, asking nothing.
    let h = start(h.quit(), &keystore);
    let info = h.invoke("app_info", json!({})).unwrap();
    assert_eq!((info["startupError"].clone(), info["locked"].clone()), (Value::Null, Value::Null), "{info}");
    assert_eq!(notes(&h), MARKER);
}

#[test]
fn without_the_keychains_key_the_journal_waits_for_its_recovery_key() {
    let keystore = Arc::new(MemoryKeyStore::new());
    let h = with_entry(&keystore);
    let encrypted = encrypt(&h, "keychain", None).unwrap();
    let recovery_key = encrypted["recoveryKey"].as_str().unwrap().to_string();
    let dir = h.quit();
    let bytes = std::fs::read(dir.path().join("journal.db")).unwrap();

    // The keychain lost the key (another computer, a reset keychain).
    let empty = Arc::new(MemoryKeyStore::new());
    let h = start(dir, &empty);
    let info = h.invoke("app_info", json!({})).unwrap();
    assert_eq!(info["startupError"]["code"], "locked", "{info}");
    assert_eq!(info["locked"]["method"], "keychain");
    assert_eq!(info["locked"]["problem"]["id"], "error-lock-not-in-keychain", "{info}");
    assert_eq!(h.invoke("get_check_in", json!({ "day": "2026-11-25" })).unwrap_err()["code"], "journal_unavailable");

    let err = h.invoke("unlock_journal", json!({ "secret": { "kind": "keychain" } })).unwrap_err();
    assert_eq!(err["code"], "keychain", "{err}");
    let stranger = resilience_core::encryption::DbKey::generate().recovery_key().to_string();
    let err = h
        .invoke("unlock_journal", json!({ "secret": { "kind": "recovery_key", "recoveryKey": stranger } }))
        .unwrap_err();
    assert_eq!(
        (err["code"].as_str(), err["field"].as_str()),
        (Some("wrong_recovery_key"), Some("recoveryKey")),
        "{err}"
    );
    let err = h
        .invoke("unlock_journal", json!({ "secret": { "kind": "recovery_key", "recoveryKey": "ABCDE" } }))
        .unwrap_err();
    assert_eq!((err["code"].as_str(), err["field"].as_str()), (Some("invalid_input"), Some("recoveryKey")), "{err}");
    assert_eq!(std::fs::read(h.dir.path().join("journal.db")).unwrap(), bytes, "wrong keys change nothing");

    let info = h
        .invoke("unlock_journal", json!({ "secret": { "kind": "recovery_key", "recoveryKey": recovery_key } }))
        .unwrap();
    assert_eq!((info["startupError"].clone(), info["locked"].clone()), (Value::Null, Value::Null), "{info}");
    assert_eq!(notes(&h), MARKER);
    let err = h.invoke("unlock_journal", json!({ "secret": { "kind": "keychain" } })).unwrap_err();
    assert_eq!(err["code"], "journal_open");

    // This computer's keychain now keeps the key: the next start asks for nothing.
    assert_eq!(empty.len(), 1);
    let h = start(h.quit(), &empty);
    let info = h.invoke("app_info", json!({})).unwrap();
    assert_eq!(info["locked"], Value::Null, "{info}");
    assert_eq!(notes(&h), MARKER);
}

#[test]
fn on_a_new_computer_the_recovery_key_alone_opens_the_journal() {
    let keystore = Arc::new(MemoryKeyStore::new());
    let h = with_entry(&keystore);
    let encrypted = encrypt(&h, "keychain", None).unwrap();
    let recovery_key = encrypted["recoveryKey"].as_str().unwrap().to_string();
    let dir = h.quit();
    // Only journal.db is carried over: no key file, another keychain.
    let elsewhere = tempfile::tempdir().unwrap();
    std::fs::copy(dir.path().join("journal.db"), elsewhere.path().join("journal.db")).unwrap();
    let other_keychain = Arc::new(MemoryKeyStore::new());
    let h = start(elsewhere, &other_keychain);
    let info = h.invoke("app_info", json!({})).unwrap();
    assert_eq!(
        (info["startupError"]["code"].as_str(), info["locked"]["method"].clone()),
        (Some("locked"), Value::Null),
        "{info}"
    );
    h.invoke("unlock_journal", json!({ "secret": { "kind": "recovery_key", "recoveryKey": recovery_key } })).unwrap();
    assert_eq!(notes(&h), MARKER);
    let status = h.invoke("encryption_status", json!({})).unwrap();
    assert_eq!((status["encrypted"].as_bool(), status["method"].as_str()), (Some(true), Some("keychain")), "{status}");
    let h = start(h.quit(), &other_keychain);
    assert_eq!(notes(&h), MARKER, "opens by itself from now on");
}

#[test]
fn a_passphrase_journal_asks_at_every_start_and_a_wrong_one_changes_nothing() {
    let keystore = Arc::new(MemoryKeyStore::new());
    let h = with_entry(&keystore);
    let err = encrypt(&h, "passphrase", Some("password123")).unwrap_err();
    assert_eq!((err["code"].as_str(), err["field"].as_str()), (Some("invalid_input"), Some("passphrase")), "{err}");
    assert_eq!(file_kind(&journal(&h)).unwrap(), FileKind::Plain);

    let encrypted = encrypt(&h, "passphrase", Some(PASSPHRASE)).unwrap();
    assert_eq!(encrypted["status"]["method"], "passphrase");
    assert!(keystore.is_empty(), "nothing goes to the keychain");
    let key_file = std::fs::read_to_string(h.dir.path().join("journal.db.key")).unwrap();
    assert!(!key_file.contains(PASSPHRASE));

    let h = start(h.quit(), &keystore);
    let info = h.invoke("app_info", json!({})).unwrap();
    assert_eq!(
        (info["startupError"]["code"].as_str(), info["locked"]["method"].as_str()),
        (Some("locked"), Some("passphrase"))
    );
    let bytes = std::fs::read(journal(&h)).unwrap();
    for wrong in ["", "lantern orchid gravel kettle 1988"] {
        let err =
            h.invoke("unlock_journal", json!({ "secret": { "kind": "passphrase", "passphrase": wrong } })).unwrap_err();
        assert_eq!(
            (err["code"].as_str(), err["field"].as_str()),
            (Some("wrong_passphrase"), Some("passphrase")),
            "{err}"
        );
    }
    assert_eq!(std::fs::read(journal(&h)).unwrap(), bytes);
    let info =
        h.invoke("unlock_journal", json!({ "secret": { "kind": "passphrase", "passphrase": PASSPHRASE } })).unwrap();
    assert_eq!(info["startupError"], Value::Null, "{info}");
    assert_eq!(notes(&h), MARKER);
}

#[test]
fn turning_encryption_off_gives_back_a_plain_journal_and_forgets_the_key() {
    let keystore = Arc::new(MemoryKeyStore::new());
    let h = with_entry(&keystore);
    let made = h.invoke("back_up_now", json!({ "folder": null })).unwrap();
    let backup = std::path::PathBuf::from(made["path"].as_str().unwrap());
    assert!(contains(&backup, MARKER));
    encrypt(&h, "keychain", None).unwrap();
    assert_eq!(file_kind(&backup).unwrap(), FileKind::Encrypted, "backups made before are encrypted too");
    assert!(!contains(&backup, MARKER));
    let status = h.invoke("decrypt_journal", json!({})).unwrap();
    assert_eq!((status["encrypted"].as_bool(), status["method"].clone()), (Some(false), Value::Null));
    assert_eq!(file_kind(&journal(&h)).unwrap(), FileKind::Plain);
    assert!(contains(&journal(&h), MARKER) || contains(&h.dir.path().join("journal.db-wal"), MARKER));
    assert!(!h.dir.path().join("journal.db.key").exists());
    assert!(keystore.is_empty(), "the keychain entry is removed");
    assert_eq!(notes(&h), MARKER);
    assert_eq!(file_kind(&backup).unwrap(), FileKind::Plain, "and plain again after");
    assert_eq!(h.invoke("decrypt_journal", json!({})).unwrap_err()["code"], "not_encrypted");
}

#[test]
fn the_plain_copy_can_be_forgotten_at_once() {
    let keystore = Arc::new(MemoryKeyStore::new());
    let h = with_entry(&keystore);
    let encrypted = encrypt(&h, "keychain", None).unwrap();
    let copy = std::path::PathBuf::from(encrypted["status"]["plainCopy"]["path"].as_str().unwrap());
    assert!(contains(&copy, MARKER), "the copy is the plain journal");
    let status = h.invoke("forget_plain_copy", json!({})).unwrap();
    assert_eq!(status["plainCopy"], Value::Null);
    assert!(!copy.exists());
    // The backups made from now on are encrypted.
    let backup = h.invoke("back_up_now", json!({ "folder": null })).unwrap();
    let path = std::path::PathBuf::from(backup["path"].as_str().unwrap());
    assert_eq!(file_kind(&path).unwrap(), FileKind::Encrypted);
    assert!(!contains(&path, MARKER));
    let overview = h.invoke("backup_overview", json!({})).unwrap();
    let listed = overview["backups"].as_array().unwrap().iter().find(|b| b["path"] == backup["path"]).unwrap().clone();
    assert_eq!(listed["days"], 1, "listed with the journal's key: {listed}");
}

#[test]
fn a_failing_keychain_leaves_the_journal_plain() {
    let keystore = Arc::new(MemoryKeyStore::new());
    let h = with_entry(&keystore);
    keystore.fail_with(Some(KeyStoreError::Locked));
    let err = encrypt(&h, "keychain", None).unwrap_err();
    assert_eq!(err["code"], "keychain");
    assert_eq!(err["message"]["id"], "error-keychain-locked", "{err}");
    assert_eq!(file_kind(&journal(&h)).unwrap(), FileKind::Plain);
    assert!(!h.dir.path().join("journal.db.key").exists());
    assert_eq!(notes(&h), MARKER);
}

#[test]
fn the_demo_journal_is_never_encrypted_and_the_real_key_survives_a_visit_to_it() {
    let keystore = Arc::new(MemoryKeyStore::new());
    let h = with_entry(&keystore);
    encrypt(&h, "passphrase", Some(PASSPHRASE)).unwrap();
    h.invoke("open_demo", json!({})).unwrap();
    let status = h.invoke("encryption_status", json!({})).unwrap();
    assert_eq!((status["demo"].as_bool(), status["encrypted"].as_bool()), (Some(true), Some(false)));
    assert_eq!(h.invoke("prepare_encryption", json!({})).unwrap_err()["code"], "demo");
    assert_eq!(file_kind(&h.dir.path().join("demo-journal.db")).unwrap(), FileKind::Plain);
    let info = h.invoke("close_demo", json!({})).unwrap();
    assert_eq!(info["startupError"], Value::Null, "back to the real journal without asking again: {info}");
    assert_eq!(notes(&h), MARKER);
}

#[test]
fn requests_of_the_wrong_shape_are_refused_by_name() {
    let keystore = Arc::new(MemoryKeyStore::new());
    let h = with_entry(&keystore);
    let err = h
        .invoke(
            "encrypt_journal",
            json!({ "request": { "method": "keychain", "passphrase": null, "recoveryKey": "x" } }),
        )
        .unwrap_err();
    assert_eq!(err["code"], "no_recovery_key", "nothing was prepared: {err}");
    h.invoke("prepare_encryption", json!({})).unwrap();
    for request in [
        json!({ "method": "usb", "passphrase": null, "recoveryKey": "x" }),
        json!({ "method": "keychain" }),
        json!("keychain"),
    ] {
        let err = h.invoke("encrypt_journal", json!({ "request": request })).unwrap_err();
        assert_eq!(err["code"], "invalid_payload", "{err}");
    }
    let err = h.invoke("unlock_journal", json!({ "secret": { "kind": "guess" } })).unwrap_err();
    assert_eq!(err["code"], "invalid_payload");
    let err = h.invoke("save_recovery_key", json!({ "path": "relative.txt" })).unwrap_err();
    assert_eq!(err["field"], "path");
    let sheet = h.dir.path().join("recovery");
    h.invoke("save_recovery_key", json!({ "path": sheet.to_string_lossy() })).unwrap();
    assert!(std::fs::read_to_string(h.dir.path().join("recovery.txt"))
        .unwrap()
        .contains("Resilience Journal — recovery key"));
    assert_eq!(file_kind(&journal(&h)).unwrap(), FileKind::Plain);
    let _ = keystore.get("x");
}
