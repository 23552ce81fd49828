//! Where a journal's key can be kept between starts: the system keychain (macOS Keychain, Windows
//! Credential Manager, Secret Service on Linux — the app implements [`KeyStore`] over them) or, in
//! tests, [`MemoryKeyStore`].

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use zeroize::Zeroizing;

/// Why the keychain could not keep or give a key. The message is shown to the person as is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyStoreError {
    /// No keychain service answers (none installed, no session bus …).
    #[error("The system keychain is not available on this computer ({0}).")]
    Unavailable(String),
    /// The keychain is there but locked (the person has to unlock it first).
    #[error("The system keychain is locked. Unlock it (for example by logging in again) and try again.")]
    Locked,
    /// The keychain only keeps secrets in memory (until logout or reboot), so a key kept there
    /// would be lost: refused.
    #[error(
        "The system keychain here keeps secrets only until you log out ({0}), so it cannot keep your journal's key."
    )]
    NotPersistent(String),
    /// Anything else the keychain reported.
    #[error("The system keychain reported a problem: {0}")]
    Other(String),
}

/// A place that keeps secrets (hex text of a key) under an account name.
pub trait KeyStore: Send + Sync {
    /// Checks that the store is there, unlocked, and keeps what it is given across restarts.
    fn check(&self) -> Result<(), KeyStoreError>;
    /// The secret kept under `account`, if any.
    fn get(&self, account: &str) -> Result<Option<Zeroizing<String>>, KeyStoreError>;
    /// Keeps `secret` under `account`, replacing what was there.
    fn set(&self, account: &str, secret: &str) -> Result<(), KeyStoreError>;
    /// Forgets what is kept under `account` (nothing kept is not an error).
    fn delete(&self, account: &str) -> Result<(), KeyStoreError>;
}

/// A keychain in memory, for tests: it can be made to fail like a real one.
#[derive(Debug, Default)]
pub struct MemoryKeyStore {
    secrets: Mutex<HashMap<String, String>>,
    failure: Mutex<Option<KeyStoreError>>,
    checks: std::sync::atomic::AtomicUsize,
}

impl MemoryKeyStore {
    /// An empty, working store.
    pub fn new() -> Self {
        Self::default()
    }

    /// Makes every call fail with `failure` (or work again with `None`).
    pub fn fail_with(&self, failure: Option<KeyStoreError>) {
        *self.failure.lock().unwrap_or_else(PoisonError::into_inner) = failure;
    }

    fn failing(&self) -> Result<(), KeyStoreError> {
        match &*self.failure.lock().unwrap_or_else(PoisonError::into_inner) {
            Some(err) => Err(err.clone()),
            None => Ok(()),
        }
    }

    /// How many times [`KeyStore::check`] was called.
    pub fn checks(&self) -> usize {
        self.checks.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// How many secrets are kept (tests check that a key was forgotten).
    pub fn len(&self) -> usize {
        self.secrets.lock().unwrap_or_else(PoisonError::into_inner).len()
    }

    /// Whether nothing is kept.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl KeyStore for MemoryKeyStore {
    fn check(&self) -> Result<(), KeyStoreError> {
        self.checks.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.failing()
    }

    fn get(&self, account: &str) -> Result<Option<Zeroizing<String>>, KeyStoreError> {
        self.failing()?;
        let secrets = self.secrets.lock().unwrap_or_else(PoisonError::into_inner);
        Ok(secrets.get(account).map(|s| Zeroizing::new(s.clone())))
    }

    fn set(&self, account: &str, secret: &str) -> Result<(), KeyStoreError> {
        self.failing()?;
        self.secrets.lock().unwrap_or_else(PoisonError::into_inner).insert(account.to_string(), secret.to_string());
        Ok(())
    }

    fn delete(&self, account: &str) -> Result<(), KeyStoreError> {
        self.failing()?;
        self.secrets.lock().unwrap_or_else(PoisonError::into_inner).remove(account);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_memory_store_keeps_replaces_forgets_and_fails_on_demand() {
        let store = MemoryKeyStore::new();
        assert_eq!(store.get("a").unwrap(), None);
        store.set("a", "one").unwrap();
        store.set("a", "two").unwrap();
        assert_eq!(store.get("a").unwrap().as_deref().map(String::as_str), Some("two"));
        store.fail_with(Some(KeyStoreError::Locked));
        assert_eq!(store.get("a").unwrap_err(), KeyStoreError::Locked);
        assert_eq!(store.check().unwrap_err(), KeyStoreError::Locked);
        store.fail_with(None);
        store.delete("a").unwrap();
        store.delete("a").unwrap();
        assert!(store.is_empty());
    }
}
