//! The keys the app holds while it runs: where keys are kept (the keychain), the real journal's
//! key while the demo is open, a new key waiting for its recovery key to be confirmed, and the
//! keychain's last answer to the check.

use resilience_core::encryption::steps::key_store_message;
use resilience_core::error::Message;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use resilience_core::encryption::{DbKey, KeyStore};

/// How long a failing keychain's answer is kept before the keychain is asked again.
pub const KEYCHAIN_RECHECK: Duration = Duration::from_secs(120);

/// Keys in memory and the keychain.
pub struct Keys {
    /// Where keys of encrypted journals are kept (the system keychain; a fake in tests).
    store: Arc<dyn KeyStore>,
    /// The real journal's key while the demo is open.
    real: Mutex<Option<DbKey>>,
    /// A new key made for encrypting, whose recovery key has been shown but not yet confirmed.
    pending: Mutex<Option<DbKey>>,
    /// The keychain's last answer to the check and when it was asked: `None` until asked.
    keychain_problem: Mutex<Option<(Instant, Option<Message>)>>,
}

impl Keys {
    /// No keys yet; `store` keeps them between starts.
    pub fn new(store: Arc<dyn KeyStore>) -> Self {
        Keys { store, real: Mutex::new(None), pending: Mutex::new(None), keychain_problem: Mutex::new(None) }
    }

    /// Where keys are kept.
    pub fn store(&self) -> &dyn KeyStore {
        self.store.as_ref()
    }

    /// The key made for encrypting and not yet used.
    pub fn pending(&self) -> MutexGuard<'_, Option<DbKey>> {
        self.pending.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The real journal's key, kept while the demo is open.
    pub(super) fn real(&self) -> MutexGuard<'_, Option<DbKey>> {
        self.real.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Why the keychain cannot keep a key here (`None`: it can). The check is a round trip
    /// through the keychain (which may show the system's unlock prompt), so its answer is kept:
    /// a working keychain for the whole run, a failing one for [`KEYCHAIN_RECHECK`].
    pub fn keychain_problem(&self) -> Option<Message> {
        let mut cached = self.keychain_problem.lock().unwrap_or_else(PoisonError::into_inner);
        let now = Instant::now();
        if let Some((asked, answer)) = cached.as_ref() {
            if answer.is_none() || now.duration_since(*asked) < KEYCHAIN_RECHECK {
                return answer.clone();
            }
        }
        let answer = self.store.check().err().map(|e| key_store_message(&e));
        *cached = Some((now, answer.clone()));
        answer
    }
}
