//! The steps of turning encryption on and of unlocking, as far as they do not depend on the app:
//! confirming the recovery key, the passphrase rule, keeping the key in the keychain (write, read
//! back, roll back on a mismatch), reading the key from a secret, checking a key fits the journal,
//! and bringing the backups along. The app's commands call these in order; every failure is a
//! [`StepError`] with a stable code, a field where one applies and a sentence for the person.

use std::path::{Path, PathBuf};

use super::keyfile::keychain_account;
use super::{passphrase_strength, DbKey, KdfParams, KeyFile, KeyMethod, KeyStore, KeyStoreError, RecoveryKeyError};
use crate::error::Message;

/// Why an encryption step failed.
#[derive(Debug, thiserror::Error)]
pub enum StepError {
    /// No key was made for encrypting yet (or it was used).
    #[error("{}", self.message())]
    NoPendingKey,
    /// The typed recovery key cannot be read.
    #[error("{}", self.message())]
    UnreadableRecoveryKey(#[from] RecoveryKeyError),
    /// The typed recovery key is not the one shown for the pending key.
    #[error("{}", self.message())]
    OtherRecoveryKey,
    /// The passphrase would be guessed too easily; the strength meter's warning says why (when
    /// it gave one).
    #[error("{}", self.message())]
    WeakPassphrase(Option<Message>),
    /// The keychain refused or failed.
    #[error("{}", self.message())]
    Keychain(#[from] KeyStoreError),
    /// The keychain gave back something else than what was stored (the entry was removed again).
    #[error("{}", self.message())]
    KeychainChanged,
    /// Unlocking with the passphrase, but the key file that keeps its key is gone.
    #[error("{}", self.message())]
    NoPassphraseFile,
    /// A key (from the passphrase or the keychain) does not open the journal.
    #[error("{}", self.message())]
    WrongKey,
    /// A recovery key does not open the journal.
    #[error("{}", self.message())]
    WrongRecoveryKey,
    /// Reading or writing the journal or its files failed.
    #[error(transparent)]
    Journal(#[from] crate::Error),
}

impl StepError {
    /// The stable code the UI tells errors apart by.
    pub fn code(&self) -> &'static str {
        match self {
            StepError::NoPendingKey => "no_recovery_key",
            StepError::UnreadableRecoveryKey(_)
            | StepError::OtherRecoveryKey
            | StepError::WeakPassphrase(_)
            | StepError::NoPassphraseFile => "invalid_input",
            StepError::Keychain(_) | StepError::KeychainChanged => "keychain",
            StepError::WrongKey => "wrong_key",
            StepError::WrongRecoveryKey => "wrong_recovery_key",
            StepError::Journal(err) => err.code(),
        }
    }

    /// What to tell the person, as a message of the catalogue (`locales/<language>/errors.ftl`).
    pub fn message(&self) -> Message {
        match self {
            StepError::NoPendingKey => Message::new("error-no-pending-key"),
            StepError::UnreadableRecoveryKey(err) => recovery_key_message(err),
            StepError::OtherRecoveryKey => Message::new("error-other-recovery-key"),
            StepError::WeakPassphrase(None) => Message::new("error-weak-passphrase-guessable"),
            StepError::WeakPassphrase(Some(warning)) => {
                Message::new("error-weak-passphrase").arg("warning", warning.clone())
            }
            StepError::Keychain(err) => key_store_message(err),
            StepError::KeychainChanged => Message::new("error-keychain-changed"),
            StepError::NoPassphraseFile => Message::new("error-no-passphrase-file"),
            StepError::WrongKey => Message::new("error-step-wrong-key"),
            StepError::WrongRecoveryKey => Message::new("error-wrong-recovery-key"),
            StepError::Journal(err) => err.message(),
        }
    }

    /// The form field (camelCase) the error is about, if any.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            StepError::UnreadableRecoveryKey(_) | StepError::OtherRecoveryKey | StepError::WrongRecoveryKey => {
                Some("recoveryKey")
            }
            StepError::WeakPassphrase(_) | StepError::NoPassphraseFile => Some("passphrase"),
            StepError::Journal(err) => err.field(),
            _ => None,
        }
    }
}

/// What to tell the person about a recovery key that cannot be read.
pub fn recovery_key_message(err: &RecoveryKeyError) -> Message {
    match err {
        RecoveryKeyError::Length(count) => Message::new("error-recovery-key-length")
            .arg("expected", super::recovery_key::RECOVERY_KEY_CHARS)
            .arg("count", *count),
        RecoveryKeyError::Character(c) => Message::new("error-recovery-key-character").arg("character", c.to_string()),
        RecoveryKeyError::Checksum => Message::new("error-recovery-key-typo"),
    }
}

/// What to tell the person about a keychain that refused or failed; `detail` is the keychain's
/// own (technical) words.
pub fn key_store_message(err: &KeyStoreError) -> Message {
    match err {
        KeyStoreError::Unavailable(detail) => Message::new("error-keychain-unavailable").arg("detail", detail.as_str()),
        KeyStoreError::Locked => Message::new("error-keychain-locked"),
        KeyStoreError::NotPersistent(detail) => {
            Message::new("error-keychain-not-persistent").arg("detail", detail.as_str())
        }
        KeyStoreError::Other(detail) => Message::new("error-keychain-other").arg("detail", detail.as_str()),
    }
}

/// Where a key to unlock the journal came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeySource {
    Passphrase,
    RecoveryKey,
}

/// The pending key, once the recovery key the person typed (or pasted) is the one shown for it.
pub fn confirm_recovery_key(pending: Option<&DbKey>, typed: &str) -> Result<DbKey, StepError> {
    let pending = pending.ok_or(StepError::NoPendingKey)?;
    if DbKey::from_recovery_key(typed)? != *pending {
        return Err(StepError::OtherRecoveryKey);
    }
    Ok(pending.clone())
}

/// The passphrase rule: the strength meter must find it acceptable.
pub fn check_passphrase(passphrase: &str) -> Result<(), StepError> {
    let rated = passphrase_strength(passphrase);
    if rated.acceptable {
        return Ok(());
    }
    Err(StepError::WeakPassphrase(rated.warning))
}

/// How `key` is kept between starts: sealed by `passphrase` (which must pass
/// [`check_passphrase`]) when one is given, else in `store` (see [`store_in_keychain`]).
pub fn key_file_for(key: &DbKey, passphrase: Option<&str>, store: &dyn KeyStore) -> Result<KeyFile, StepError> {
    match passphrase {
        Some(passphrase) => {
            check_passphrase(passphrase)?;
            Ok(KeyFile::passphrase(key, passphrase, KdfParams::RECOMMENDED)?)
        }
        None => store_in_keychain(store, key),
    }
}

/// Keeps `key` in `store` and reads it back before relying on it; an entry that comes back
/// different is removed again. Returns the key file that points at the entry.
pub fn store_in_keychain(store: &dyn KeyStore, key: &DbKey) -> Result<KeyFile, StepError> {
    store.check()?;
    let account = keychain_account(key);
    store.set(&account, &key.to_hex())?;
    match store.get(&account)? {
        Some(kept) if DbKey::from_hex(&kept).as_ref() == Some(key) => Ok(KeyFile::keychain(key)),
        _ => {
            let _ = store.delete(&account);
            Err(StepError::KeychainChanged)
        }
    }
}

/// Undoes [`key_file_for`] after encrypting failed: a keychain entry made for the key goes.
pub fn roll_back_key_file(store: &dyn KeyStore, key_file: &KeyFile) {
    if let KeyMethod::Keychain { account } = &key_file.method {
        let _ = store.delete(account);
    }
}

/// After decrypting: removes the keychain entry the old key file pointed at, if any.
pub fn forget_keychain_entry(store: &dyn KeyStore, old: Option<&KeyFile>) -> Result<(), KeyStoreError> {
    match old {
        Some(KeyFile { method: KeyMethod::Keychain { account }, .. }) => store.delete(account),
        _ => Ok(()),
    }
}

/// The journal key sealed in the key file beside `journal`, opened with `passphrase`.
pub fn unseal_with_passphrase(journal: &Path, passphrase: &str) -> Result<DbKey, StepError> {
    let file = KeyFile::read(journal)?.ok_or(StepError::NoPassphraseFile)?;
    Ok(file.unseal(passphrase)?)
}

/// The journal key a typed recovery key stands for.
pub fn read_recovery_key(typed: &str) -> Result<DbKey, StepError> {
    Ok(DbKey::from_recovery_key(typed)?)
}

/// Checks that `key` opens the journal at `path` (read-only, nothing changes); a key that does not
/// fit is a [`StepError::WrongKey`] or, from a recovery key, a [`StepError::WrongRecoveryKey`].
pub fn check_key_fits(path: &Path, key: &DbKey, source: KeySource) -> Result<(), StepError> {
    let flags = crate::file::OpenFlags::SQLITE_OPEN_READ_ONLY;
    match crate::file::open_connection(path, flags, Some(key)) {
        Ok(_) => Ok(()),
        Err(crate::Error::WrongKey { .. }) if source == KeySource::RecoveryKey => Err(StepError::WrongRecoveryKey),
        Err(crate::Error::WrongKey { .. }) => Err(StepError::WrongKey),
        Err(other) => Err(other.into()),
    }
}

/// After the recovery key opened `journal`: keeps its key in `store` and points the key file at
/// it, so the next start asks for nothing. A passphrase journal keeps asking for its passphrase
/// (`Ok(false)`).
pub fn keep_recovered_key(journal: &Path, key: &DbKey, store: &dyn KeyStore) -> Result<bool, StepError> {
    let file = KeyFile::read(journal).ok().flatten();
    if matches!(&file, Some(KeyFile { method: KeyMethod::Passphrase { .. }, .. })) {
        return Ok(false);
    }
    store_in_keychain(store, key)?.write(journal)?;
    Ok(true)
}

/// What bringing the backups to the journal's new state did.
#[derive(Debug, Default)]
pub struct BackupConversion {
    /// Backups converted.
    pub converted: usize,
    /// Backups that stay as they were (still listed; they say why they cannot be restored).
    pub failed: Vec<(PathBuf, crate::Error)>,
    /// Set when the backups could not be looked at at all.
    pub error: Option<crate::Error>,
}

/// Brings the backups of `journal` from the key `from` to `to` (`None`: plain); one that cannot be
/// converted stays as it was.
pub fn convert_backups(journal: &Path, from: Option<&DbKey>, to: Option<&DbKey>) -> BackupConversion {
    match super::migrate::convert_backups(journal, from, to) {
        Ok((converted, failed)) => BackupConversion { converted, failed, error: None },
        Err(err) => BackupConversion { error: Some(err), ..BackupConversion::default() },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::encryption::MemoryKeyStore;

    #[test]
    fn the_recovery_key_must_be_the_one_shown() {
        let key = DbKey::generate();
        assert!(matches!(confirm_recovery_key(None, "x"), Err(StepError::NoPendingKey)));
        let other = DbKey::generate();
        let err = confirm_recovery_key(Some(&key), &other.recovery_key()).unwrap_err();
        assert!(matches!(err, StepError::OtherRecoveryKey));
        assert_eq!((err.code(), err.field()), ("invalid_input", Some("recoveryKey")));
        assert!(matches!(confirm_recovery_key(Some(&key), "abc"), Err(StepError::UnreadableRecoveryKey(_))));
        assert_eq!(confirm_recovery_key(Some(&key), &key.recovery_key()).unwrap(), key);
    }

    #[test]
    fn a_weak_passphrase_is_refused_with_the_reason() {
        let err = check_passphrase("password").unwrap_err();
        assert_eq!((err.code(), err.field()), ("invalid_input", Some("passphrase")));
        assert!(err.to_string().starts_with("error-weak-passphrase"), "{err}");
        assert!(check_passphrase("correct horse battery staple violet anvil").is_ok());
    }

    #[test]
    fn the_keychain_is_written_and_read_back() {
        let store = MemoryKeyStore::new();
        let key = DbKey::generate();
        let file = store_in_keychain(&store, &key).unwrap();
        assert_eq!(store.len(), 1);
        roll_back_key_file(&store, &file);
        assert!(store.is_empty());
        store.fail_with(Some(KeyStoreError::Locked));
        let err = store_in_keychain(&store, &key).unwrap_err();
        assert_eq!(err.code(), "keychain");
        assert_eq!(err.message(), Message::new("error-keychain-locked"));
    }
}
