//! Sync on this computer: the open journal's sync engine (loaded by the first pass, dropped
//! whenever another journal file is opened), its key, what the last pass found, and the sync
//! job's wake-up. The rules are the core's (`resilience_core::sync`); this only holds them.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use resilience_core::encryption::KeyStore;
use resilience_core::error::Message;
use resilience_core::store::sync_state::SyncRow;
use resilience_core::sync::code::{read_sync_code, sync_code};
use resilience_core::sync::engine::{Engine, PassReport};
use resilience_core::sync::seal::{SyncKey, KEY_LEN};
use tokio::sync::Notify;

/// What the last pass found that the person should know.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LastPass {
    /// A problem in plain words (`sync-problem-…`), `None` when all went well.
    pub problem: Option<Message>,
    /// Files of a newer version of the app wait, unapplied.
    pub newer_version: bool,
}

/// The engine and key of the open journal, and the last pass's findings.
#[derive(Default)]
pub struct SyncInner {
    pub engine: Option<Engine>,
    pub key: Option<SyncKey>,
    pub last: LastPass,
}

/// Sync's part of the app state.
#[derive(Default)]
pub struct SyncSlot {
    inner: Mutex<SyncInner>,
    wake: Arc<Notify>,
}

impl SyncSlot {
    /// The engine, key and findings, locked. Take the journal first, then this.
    pub fn lock(&self) -> MutexGuard<'_, SyncInner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Asks the sync job for a pass soon (a local change, a new file in the folder).
    pub fn changed(&self) {
        self.wake.notify_one();
    }

    /// What the sync job waits on between passes.
    pub fn wake(&self) -> Arc<Notify> {
        Arc::clone(&self.wake)
    }

    /// Forgets the engine and key: another journal file is open now (a restore, the demo, an
    /// unlock); the next pass loads them from it.
    pub fn reset(&self) {
        *self.lock() = SyncInner::default();
        self.changed();
    }
}

/// The keychain account of a journal's sync key.
pub fn key_account(journal_id: &str) -> String {
    format!("sync-key-{journal_id}")
}

/// Keeps `key` in the system keychain; when the keychain cannot keep it, returns the key's bytes
/// for the journal to keep (the journal file is encrypted whenever the person encrypts it).
pub fn keep_key(store: &dyn KeyStore, journal_id: &str, key: &SyncKey) -> Option<Vec<u8>> {
    // The same check as for the journal key: a keychain that would forget it (one kept only in
    // memory, a locked one) is not used.
    match store.check().and_then(|()| store.set(&key_account(journal_id), &sync_code(key))) {
        Ok(()) => None,
        Err(err) => {
            log::info!("the sync key is kept in the journal: the keychain cannot keep it ({err})");
            Some(key.bytes().to_vec())
        }
    }
}

/// The sync key of `row`: from the journal, or from the system keychain.
pub fn load_key(store: &dyn KeyStore, row: &SyncRow) -> Result<SyncKey, Message> {
    if let Some(bytes) = &row.key {
        let array: [u8; KEY_LEN] = bytes[..].try_into().map_err(|_| Message::new("sync-problem-key-missing"))?;
        return Ok(SyncKey::from_bytes(array));
    }
    match store.get(&key_account(&row.journal_id)) {
        Ok(Some(code)) => read_sync_code(&code).map_err(|_| Message::new("sync-problem-key-missing")),
        Ok(None) | Err(_) => Err(Message::new("sync-problem-key-missing")),
    }
}

/// Forgets the key of `journal_id` in the keychain (removing this computer from sync).
pub fn forget_key(store: &dyn KeyStore, journal_id: &str) {
    if let Err(err) = store.delete(&key_account(journal_id)) {
        log::warn!("the sync key could not be removed from the keychain: {err}");
    }
}

/// What a pass's report says to the person.
pub fn findings(report: &PassReport) -> LastPass {
    let problem = if report.folder_missing {
        Some(Message::new("sync-problem-folder-missing"))
    } else if report.unreadable > 0 {
        Some(Message::new("sync-problem-unreadable-files").arg("count", report.unreadable as i64))
    } else if report.newer_version > 0 {
        Some(Message::new("sync-problem-newer-version"))
    } else {
        None
    };
    LastPass { problem, newer_version: report.newer_version > 0 }
}
