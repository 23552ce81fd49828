//! Encryption at rest from Settings and the unlock screen: turning it on (key kept in the system
//! keychain or sealed by a passphrase, recovery key shown and confirmed first), turning it off,
//! the plain copy kept meanwhile, and unlocking at start.

use chrono::{DateTime, SecondsFormat, Utc};
use resilience_core::encryption::steps::{self, KeySource, StepError};
use resilience_core::encryption::{migrate, passphrase_strength as rate, DbKey, KeyFile, PassphraseStrength};
use resilience_core::error::Message;
use resilience_core::file::write_atomically;
use resilience_core::file::{file_kind, FileKind};
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use super::app::AppInfo;
use crate::args::Arg;
use crate::paths::{target_path, SavedFile};
use crate::state::EncryptionMethod;
use crate::{AppError, AppState};

/// Whether the journal is encrypted and how, for the Settings card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct EncryptionStatus {
    pub encrypted: bool,
    /// How the key is kept; `None` when plain, or when only the recovery key opens it.
    pub method: Option<EncryptionMethod>,
    /// The demo journal is never encrypted.
    pub demo: bool,
    /// Why the system keychain cannot keep a key here; `None` when it can.
    pub keychain_problem: Option<Message>,
    /// The unencrypted copy kept after encrypting, until confirmed or seven days.
    pub plain_copy: Option<PlainCopy>,
}

/// The unencrypted copy kept after encrypting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct PlainCopy {
    pub path: String,
    /// When it is removed at the latest (RFC 3339, UTC).
    pub kept_until: String,
}

/// A new key's recovery key, shown once before encrypting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct PreparedEncryption {
    pub recovery_key: String,
}

/// Turning encryption on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(rename_all = "camelCase")]
pub struct EncryptRequest {
    pub method: EncryptionMethod,
    /// For the passphrase method.
    pub passphrase: Option<String>,
    /// The recovery key as the person typed or pasted it, to confirm they have it.
    pub recovery_key: String,
}

/// What unlocks the journal at start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum UnlockSecret {
    /// Ask the keychain again (after unlocking it).
    Keychain,
    Passphrase {
        passphrase: String,
    },
    RecoveryKey {
        #[serde(rename = "recoveryKey")]
        #[ts(rename = "recoveryKey")]
        recovery_key: String,
    },
}

/// Whether the journal is encrypted and how.
#[tauri::command(async)]
pub fn encryption_status(state: State<'_, AppState>) -> Result<EncryptionStatus, AppError> {
    status(&state)
}

fn status(state: &AppState) -> Result<EncryptionStatus, AppError> {
    let (path, demo) = state.database();
    let encrypted = !demo && file_kind(&path).map_err(resilience_core::Error::from)? == FileKind::Encrypted;
    let method = if encrypted { KeyFile::read(&path).ok().flatten().map(|f| EncryptionMethod::of(&f)) } else { None };
    let plain_copy = if demo { None } else { migrate::plain_copy(&path)? };
    Ok(EncryptionStatus {
        encrypted,
        method,
        demo,
        // Only asked while it matters: choosing how to keep the key of a plain journal.
        keychain_problem: if demo || encrypted { None } else { state.keys.keychain_problem() },
        plain_copy: plain_copy.map(|(path, until)| PlainCopy {
            path: path.to_string_lossy().into_owned(),
            kept_until: until.to_rfc3339_opts(SecondsFormat::Secs, true),
        }),
    })
}

/// Makes a new key and returns its recovery key, to be saved and confirmed before encrypting.
/// Asking again replaces it.
#[tauri::command(async)]
pub fn prepare_encryption(state: State<'_, AppState>) -> Result<PreparedEncryption, AppError> {
    refuse_demo_or_encrypted(&state)?;
    let key = DbKey::generate();
    let recovery_key = key.recovery_key().to_string();
    *state.keys.pending() = Some(key);
    Ok(PreparedEncryption { recovery_key })
}

/// Writes the pending recovery key, with how to use it, to a text file at `path` (`.txt` added
/// when missing); returns where it was saved.
#[tauri::command(async)]
pub fn save_recovery_key(state: State<'_, AppState>, path: Arg) -> Result<SavedFile, AppError> {
    let path = target_path(&path.text("path")?, "txt")?;
    let key = state.keys.pending().clone().ok_or(StepError::NoPendingKey)?;
    write_atomically(&path, recovery_sheet(&key, state.time.now_utc()).as_bytes())?;
    Ok(SavedFile::at(&path))
}

fn recovery_sheet(key: &DbKey, now: DateTime<Utc>) -> String {
    format!(
        "Resilience Journal — recovery key\n\
         Made {}\n\n\
         {}\n\n\
         This key opens your encrypted journal and its backups on any computer, even if you forget\n\
         your passphrase or the system keychain is lost. Keep it somewhere safe and private (printed,\n\
         or in a password manager) and not next to the journal. Anyone with this key and your journal\n\
         file can read the journal.\n\n\
         To use it: start Resilience Journal, choose \"Use recovery key\" and type it in (dashes and\n\
         capitals do not matter; O may be typed as 0 and I or L as 1).\n",
        now.format("%Y-%m-%d %H:%M UTC"),
        key.recovery_key().as_str()
    )
}

/// Encrypts the journal with the pending key, once the typed recovery key matches it. The key is
/// stored first (keychain, or sealed by the passphrase); the journal is then encrypted never in
/// place (see `resilience_core::encryption::migrate`). On failure nothing changes.
#[tauri::command(async)]
pub fn encrypt_journal(state: State<'_, AppState>, request: Arg) -> Result<EncryptionStatus, AppError> {
    let request: EncryptRequest = request.payload("encryption request", "request")?;
    refuse_demo_or_encrypted(&state)?;
    let key = steps::confirm_recovery_key(state.keys.pending().as_ref(), &request.recovery_key)?;
    let passphrase = (request.method == EncryptionMethod::Passphrase).then(|| request.passphrase.unwrap_or_default());
    let key_file = steps::key_file_for(&key, passphrase.as_deref(), state.keys.store())?;
    change_encryption(&state, None, Some(&key), |path, now| {
        migrate::encrypt(path, &key, &key_file, now, |_| {}).map(drop)
    })
    .inspect_err(|_| steps::roll_back_key_file(state.keys.store(), &key_file))?;
    *state.keys.pending() = None;
    status(&state)
}

/// Turns encryption off: the journal is decrypted never in place, then its key file and its
/// keychain entry go. The recovery key no longer matters afterwards.
#[tauri::command(async)]
pub fn decrypt_journal(state: State<'_, AppState>) -> Result<EncryptionStatus, AppError> {
    let (path, demo) = state.database();
    if demo {
        return Err(AppError::demo_not_encrypted(false));
    }
    let key = state.slot.key().ok_or_else(AppError::not_encrypted)?;
    let key_file = KeyFile::read(&path).ok().flatten();
    change_encryption(&state, Some(&key), None, |path, _| migrate::decrypt(path, &key, |_| {}).map(drop))?;
    if let Err(err) = steps::forget_keychain_entry(state.keys.store(), key_file.as_ref()) {
        log::warn!("the journal's old key could not be removed from the keychain: {err}");
    }
    status(&state)
}

/// Replaces the journal by `change` (encrypting or decrypting it) and opens it with `to`, then
/// brings the backups along (from the key `from` to `to`).
fn change_encryption(
    state: &AppState,
    from: Option<&DbKey>,
    to: Option<&DbKey>,
    change: impl FnOnce(&std::path::Path, DateTime<Utc>) -> resilience_core::Result<()>,
) -> Result<(), AppError> {
    let now = state.time.now_utc();
    state.replace_journal(|path, _| change(path, now).map(|()| ((), to.cloned())).map_err(Into::into))?;
    log::info!("the journal was {}", if to.is_some() { "encrypted" } else { "decrypted" });
    let (path, _) = state.database();
    let converted = steps::convert_backups(&path, from, to);
    log::info!("{} backup(s) converted with the journal", converted.converted);
    for (_, err) in converted.failed {
        log::warn!("a backup could not be converted with the journal: {err}");
    }
    if let Some(err) = converted.error {
        log::warn!("the backups could not be converted with the journal: {err}");
    }
    Ok(())
}

/// Overwrites and removes the unencrypted copy kept after encrypting (the person checked the
/// encrypted journal works).
#[tauri::command(async)]
pub fn forget_plain_copy(state: State<'_, AppState>) -> Result<EncryptionStatus, AppError> {
    let (path, _) = state.database();
    migrate::forget_plain_copies(&path)?;
    status(&state)
}

/// How hard `passphrase` would be to guess, for the strength meter.
#[tauri::command(async)]
pub fn passphrase_strength(passphrase: Arg) -> Result<PassphraseStrength, AppError> {
    Ok(rate(&passphrase.text("passphrase")?))
}

/// Opens the locked journal with its passphrase, its recovery key, or the keychain again. A wrong
/// secret changes nothing and can be tried again.
#[tauri::command(async)]
pub fn unlock_journal(state: State<'_, AppState>, secret: Arg) -> Result<AppInfo, AppError> {
    let secret: UnlockSecret = secret.payload("unlock secret", "secret")?;
    let (path, _) = state.database();
    let key = secret.key(&path)?;
    let from_recovery = key.as_ref().is_some_and(|(_, source)| *source == KeySource::RecoveryKey);
    state.unlock(key)?;
    log::info!("the journal was unlocked");
    if from_recovery {
        keep_recovered_key(&state, &path);
    }
    Ok(super::app::info(&state))
}

impl UnlockSecret {
    /// The key this secret stands for (`None`: ask the keychain again) and where it came from.
    fn key(self, journal: &std::path::Path) -> Result<Option<(DbKey, KeySource)>, StepError> {
        Ok(match self {
            UnlockSecret::Keychain => None,
            UnlockSecret::Passphrase { passphrase } => {
                Some((steps::unseal_with_passphrase(journal, &passphrase)?, KeySource::Passphrase))
            }
            UnlockSecret::RecoveryKey { recovery_key } => {
                Some((steps::read_recovery_key(&recovery_key)?, KeySource::RecoveryKey))
            }
        })
    }
}

/// After the recovery key opened a journal whose key was meant to be in the keychain (or whose key
/// file is missing, as on a new computer), keeps the key in this computer's keychain when it can,
/// so the next start asks for nothing. A passphrase journal keeps asking for its passphrase.
fn keep_recovered_key(state: &AppState, journal: &std::path::Path) {
    let Some(key) = state.slot.key() else { return };
    match steps::keep_recovered_key(journal, &key, state.keys.store()) {
        Ok(true) => log::info!("the recovered key is kept in the keychain"),
        Ok(false) => {}
        Err(err) => log::warn!("the recovered key could not be kept in the keychain: {err}"),
    }
}

fn refuse_demo_or_encrypted(state: &AppState) -> Result<(), AppError> {
    let (path, demo) = state.database();
    if demo {
        return Err(AppError::demo_not_encrypted(true));
    }
    if state.journal().is_err() {
        return Err(AppError::journal_closed(Message::new("error-journal-not-open")));
    }
    if file_kind(&path).map_err(resilience_core::Error::from)? == FileKind::Encrypted {
        return Err(AppError::already_encrypted());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn the_recovery_sheet_carries_the_key_and_how_to_use_it() {
        let key = DbKey::generate();
        let sheet = recovery_sheet(&key, Utc.with_ymd_and_hms(2026, 12, 6, 21, 0, 0).unwrap());
        assert!(sheet.contains(key.recovery_key().as_str()));
        assert!(sheet.contains("2026-12-06 21:00 UTC") && sheet.contains("Use recovery key"));
        assert!(!sheet.contains(key.to_hex().as_str()));
    }
}
