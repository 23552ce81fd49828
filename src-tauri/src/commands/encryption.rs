//! Encryption at rest from Settings and the unlock screen: turning it on (key kept in the system
//! keychain or sealed by a passphrase, recovery key shown and confirmed first), turning it off,
//! the plain copy kept meanwhile, and unlocking at start.

use chrono::{DateTime, SecondsFormat, Utc};
use resilience_core::atomic_file::write_atomically;
use resilience_core::encryption::keyfile::keychain_account;
use resilience_core::encryption::{
    file_kind, migrate, passphrase_strength as rate, DbKey, FileKind, KdfParams, KeyFile, KeyMethod, PassphraseStrength,
};
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use super::app::AppInfo;
use super::charts::{invalid, target_path, SavedFile};
use crate::args::Arg;
use crate::state::EncryptionMethod;
use crate::{AppError, AppState};

/// Whether the journal is encrypted and how, for the Settings card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct EncryptionStatus {
    pub encrypted: bool,
    /// How the key is kept; `None` when plain, or when only the recovery key opens it.
    pub method: Option<EncryptionMethod>,
    /// The demo journal is never encrypted.
    pub demo: bool,
    /// Why the system keychain cannot keep a key here; `None` when it can.
    pub keychain_problem: Option<String>,
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
        keychain_problem: if demo || encrypted { None } else { state.keychain_problem() },
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
    *state.pending_key() = Some(key);
    Ok(PreparedEncryption { recovery_key })
}

/// Writes the pending recovery key, with how to use it, to a text file at `path` (`.txt` added
/// when missing); returns where it was saved.
#[tauri::command(async)]
pub fn save_recovery_key(state: State<'_, AppState>, path: Arg) -> Result<SavedFile, AppError> {
    let path = target_path(&path.text("path")?, "txt")?;
    let pending = state.pending_key().clone();
    let key = pending.ok_or_else(no_pending)?;
    let text = recovery_sheet(&key, state.now_utc());
    write_atomically(&path, text.as_bytes())?;
    Ok(SavedFile { path: path.to_string_lossy().into_owned() })
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
    let key = state.pending_key().clone().ok_or_else(no_pending)?;
    let typed = DbKey::from_recovery_key(&request.recovery_key).map_err(|e| invalid("recoveryKey", &e.to_string()))?;
    if typed != key {
        return Err(invalid(
            "recoveryKey",
            "This is not the recovery key shown in the previous step. Go back and copy or type that one.",
        ));
    }
    let key_file = match request.method {
        EncryptionMethod::Passphrase => {
            let passphrase = request.passphrase.unwrap_or_default();
            let rated = rate(&passphrase);
            if !rated.acceptable {
                let why = rated.warning.unwrap_or_else(|| "It would be guessed too easily.".into());
                return Err(invalid("passphrase", &format!("Choose a stronger passphrase. {why}")));
            }
            KeyFile::passphrase(&key, &passphrase, KdfParams::RECOMMENDED)?
        }
        EncryptionMethod::Keychain => {
            store_in_keychain(&state, &key)?;
            KeyFile::keychain(&key)
        }
    };
    let now = state.now_utc();
    let encrypted = state.replace_journal(|path, _| {
        migrate::encrypt(path, &key, &key_file, now, |_| {}).map(|_| ((), Some(key.clone()))).map_err(Into::into)
    });
    if let Err(err) = encrypted {
        if let KeyMethod::Keychain { account } = &key_file.method {
            let _ = state.keystore().delete(account);
        }
        return Err(err);
    }
    *state.pending_key() = None;
    log::info!("the journal was encrypted");
    let (path, _) = state.database();
    convert_backups(&path, None, Some(&key));
    status(&state)
}

/// Keeps `key` in the keychain and reads it back through the keychain before relying on it.
fn store_in_keychain(state: &AppState, key: &DbKey) -> Result<(), AppError> {
    let keychain = |e: resilience_core::encryption::KeyStoreError| AppError::new("keychain", e.to_string());
    let store = state.keystore();
    store.check().map_err(keychain)?;
    let account = keychain_account(key);
    store.set(&account, &key.to_hex()).map_err(keychain)?;
    match store.get(&account).map_err(keychain)? {
        Some(kept) if DbKey::from_hex(&kept).as_ref() == Some(key) => Ok(()),
        _ => {
            let _ = store.delete(&account);
            Err(AppError::new("keychain", "The system keychain did not give the key back as it was stored."))
        }
    }
}

/// Turns encryption off: the journal is decrypted never in place, then its key file and its
/// keychain entry go. The recovery key no longer matters afterwards.
#[tauri::command(async)]
pub fn decrypt_journal(state: State<'_, AppState>) -> Result<EncryptionStatus, AppError> {
    let (path, demo) = state.database();
    if demo {
        return Err(AppError::new("demo", "The demo journal is never encrypted."));
    }
    let key = state.key().ok_or_else(|| AppError::new("not_encrypted", "The journal is not encrypted."))?;
    let key_file = KeyFile::read(&path).ok().flatten();
    state.replace_journal(|path, _| migrate::decrypt(path, &key, |_| {}).map(|_| ((), None)).map_err(Into::into))?;
    if let Some(KeyFile { method: KeyMethod::Keychain { account }, .. }) = key_file {
        if let Err(err) = state.keystore().delete(&account) {
            log::warn!("the journal's old key could not be removed from the keychain: {err}");
        }
    }
    log::info!("the journal was decrypted");
    convert_backups(&path, Some(&key), None);
    status(&state)
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
    let key = match secret {
        UnlockSecret::Keychain => None,
        UnlockSecret::Passphrase { passphrase } => {
            let file = KeyFile::read(&path)?.ok_or_else(|| {
                invalid("passphrase", "The file that keeps the passphrase's key is missing: use the recovery key.")
            })?;
            Some(file.unseal(&passphrase)?)
        }
        UnlockSecret::RecoveryKey { recovery_key } => {
            let key = DbKey::from_recovery_key(&recovery_key).map_err(|e| invalid("recoveryKey", &e.to_string()))?;
            Some(key)
        }
    };
    let from_recovery = key.is_some();
    state.unlock(key).map_err(|err| match err.code.as_str() {
        "wrong_key" if from_recovery => AppError {
            code: "wrong_recovery_key".into(),
            message:
                "This recovery key does not open this journal. It may belong to another journal; nothing was changed."
                    .into(),
            field: Some("recoveryKey".into()),
        },
        _ => err,
    })?;
    log::info!("the journal was unlocked");
    if from_recovery {
        keep_recovered_key(&state, &path);
    }
    Ok(super::app::info(&state))
}

/// After the recovery key opened a journal whose key was meant to be in the keychain (or whose key
/// file is missing, as on a new computer), keeps the key in this computer's keychain when it can,
/// so the next start asks for nothing. A passphrase journal keeps asking for its passphrase.
fn keep_recovered_key(state: &AppState, journal: &std::path::Path) {
    let file = KeyFile::read(journal).ok().flatten();
    if matches!(&file, Some(KeyFile { method: KeyMethod::Passphrase { .. }, .. })) {
        return;
    }
    let Some(key) = state.key() else { return };
    let kept = store_in_keychain(state, &key).and_then(|()| KeyFile::keychain(&key).write(journal).map_err(Into::into));
    match kept {
        Ok(()) => log::info!("the recovered key is kept in the keychain"),
        Err(err) => log::warn!("the recovered key could not be kept in the keychain: {}", err.message),
    }
}

/// Brings the backups to the journal's new state; one that cannot be converted stays as it was
/// (it is still listed, and says why it cannot be restored).
fn convert_backups(journal: &std::path::Path, from: Option<&DbKey>, to: Option<&DbKey>) {
    match migrate::convert_backups(journal, from, to) {
        Ok((converted, failed)) => {
            log::info!("{converted} backup(s) converted with the journal");
            for (_, err) in failed {
                log::warn!("a backup could not be converted with the journal: {err}");
            }
        }
        Err(err) => log::warn!("the backups could not be converted with the journal: {err}"),
    }
}

fn refuse_demo_or_encrypted(state: &AppState) -> Result<(), AppError> {
    let (path, demo) = state.database();
    if demo {
        return Err(AppError::new("demo", "The demo journal is never encrypted. Go back to your journal first."));
    }
    if state.journal().is_err() {
        return Err(AppError::new("journal_unavailable", "The journal is not open."));
    }
    if file_kind(&path).map_err(resilience_core::Error::from)? == FileKind::Encrypted {
        return Err(AppError::new("already_encrypted", "The journal is already encrypted."));
    }
    Ok(())
}

fn no_pending() -> AppError {
    AppError::new("no_recovery_key", "Start again from “Encrypt my journal”: no recovery key was made yet.")
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
