//! The journal key in a real Secret Service. Every test here is ignored by default: they need a
//! session bus with (or deliberately without) gnome-keyring, which `scripts/keychain-test.sh`
//! (`make test-keychain`) sets up headless, in throwaway folders, for each of them:
//!
//! - `keeps_a_key_through_new_instances`: gnome-keyring unlocked; the check passes, a key written
//!   through one `SystemKeyStore` reads back through another and through `secret-tool`, then is
//!   replaced and deleted.
//! - `a_key_survives_a_restart_of_the_keyring`, run twice: `RJ_KEYCHAIN_PHASE=write` keeps a key;
//!   after the bus and the daemon are gone, `RJ_KEYCHAIN_PHASE=read` in a new session (same
//!   folders, same password) reads it back from disk and deletes it.
//! - `a_keychain_that_cannot_keep_the_key_says_why`: no Secret Service, a locked keyring, or a
//!   default collection that lives in memory; `RJ_KEYCHAIN_EXPECT` names the answer expected
//!   (`unavailable`, `locked`, `not-persistent`). The check must give it in bounded time.
//!
//! The tests use their own service name, never the app's, so running them on a desktop session
//! does not touch the app's secrets.

#![cfg(all(unix, not(any(target_os = "macos", target_os = "ios", target_os = "android"))))]

use std::process::Command;
use std::time::{Duration, Instant};

use resilience_core::encryption::{KeyStore, KeyStoreError};
use resilience_journal_lib::keychain::SystemKeyStore;

const SERVICE: &str = "app.resiliencejournal.keychain-test";
const ACCOUNT: &str = "journal-key";
/// A journal key as the app keeps it: 32 bytes as hex.
const KEY: &str = "8c5b0f3e7a19d2c46e0b97f1a3d58c2e4f61b7a09d3c8e25f4a6b1c0d7e9f2a38";
const OTHER_KEY: &str = "0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0";

fn read(store: &SystemKeyStore, account: &str) -> Option<String> {
    store.get(account).unwrap().map(|secret| secret.as_str().to_string())
}

/// What `secret-tool` (libsecret, not this app's code) finds under the attributes the store sets.
fn secret_tool_lookup(account: &str) -> Option<String> {
    let out = Command::new("secret-tool").args(["lookup", "service", SERVICE, "username", account]).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
#[ignore = "needs an unlocked Secret Service: scripts/keychain-test.sh"]
fn keeps_a_key_through_new_instances() {
    let started = Instant::now();
    let writer = SystemKeyStore::with_service(SERVICE);
    writer.check().unwrap();
    writer.set(ACCOUNT, KEY).unwrap();

    let reader = SystemKeyStore::with_service(SERVICE);
    assert_eq!(read(&reader, ACCOUNT).as_deref(), Some(KEY));
    assert_eq!(secret_tool_lookup(ACCOUNT).as_deref(), Some(KEY), "secret-tool finds the same secret");
    reader.check().unwrap();

    writer.set(ACCOUNT, OTHER_KEY).unwrap();
    assert_eq!(read(&SystemKeyStore::with_service(SERVICE), ACCOUNT).as_deref(), Some(OTHER_KEY));

    reader.delete(ACCOUNT).unwrap();
    reader.delete(ACCOUNT).unwrap();
    assert_eq!(read(&writer, ACCOUNT), None);
    assert_eq!(read(&SystemKeyStore::with_service(SERVICE), ACCOUNT), None);
    assert_eq!(secret_tool_lookup(ACCOUNT), None);
    assert_eq!(read(&writer, resilience_journal_lib::keychain::PROBE_ACCOUNT), None, "the check's canary is gone");
    println!("keychain round trip took {:?}", started.elapsed());
}

#[test]
#[ignore = "needs an unlocked Secret Service, twice: scripts/keychain-test.sh"]
fn a_key_survives_a_restart_of_the_keyring() {
    let store = SystemKeyStore::with_service(SERVICE);
    match std::env::var("RJ_KEYCHAIN_PHASE").as_deref() {
        Ok("write") => {
            store.check().unwrap();
            store.set("restart-key", KEY).unwrap();
        }
        Ok("read") => {
            assert_eq!(read(&store, "restart-key").as_deref(), Some(KEY), "the key was lost with the daemon");
            store.delete("restart-key").unwrap();
            assert_eq!(read(&store, "restart-key"), None);
        }
        other => panic!("RJ_KEYCHAIN_PHASE must be write or read, not {other:?} (see scripts/keychain-test.sh)"),
    }
}

#[test]
#[ignore = "needs a session bus without a usable Secret Service: scripts/keychain-test.sh"]
fn a_keychain_that_cannot_keep_the_key_says_why() {
    let started = Instant::now();
    let store = SystemKeyStore::with_service(SERVICE);
    let check = store.check();
    let elapsed = started.elapsed();
    println!("check() answered {check:?} after {elapsed:?}");
    let err = check.expect_err("the check passed on a keychain that cannot keep the key");
    let expected = std::env::var("RJ_KEYCHAIN_EXPECT").unwrap_or_default();
    match expected.as_str() {
        "unavailable" => assert!(matches!(err, KeyStoreError::Unavailable(_)), "{err:?}"),
        "locked" => assert_eq!(err, KeyStoreError::Locked),
        "not-persistent" => assert!(matches!(err, KeyStoreError::NotPersistent(_)), "{err:?}"),
        "" => assert!(matches!(err, KeyStoreError::Unavailable(_) | KeyStoreError::Locked), "{err:?}"),
        other => panic!("RJ_KEYCHAIN_EXPECT {other:?} is not unavailable, locked or not-persistent"),
    }
    // Bounded: reaching the keychain is given 15 s; a prompt that cannot be shown fails at once.
    assert!(elapsed < Duration::from_secs(20), "{elapsed:?}");

    // The other calls answer just as cleanly: nothing is kept, and nothing is found.
    if expected != "not-persistent" {
        let set = store.set(ACCOUNT, KEY);
        assert!(set.is_err(), "{set:?}");
        let get = store.get(ACCOUNT);
        assert!(!matches!(get, Ok(Some(_))), "{get:?}");
    }
}
