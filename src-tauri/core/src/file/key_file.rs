//! The key file beside an encrypted journal (`journal.db.key`) as it lies on disk: its format,
//! where it is, reading, writing and removing it. It holds no secret in the clear — the keychain's
//! entry name, or the journal key sealed with a key derived from the passphrase. Making and
//! unsealing one is [`crate::encryption`]'s; losing it loses nothing: the recovery key opens the
//! journal on its own.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::atomic::write_atomically;
use crate::{Error, Result};

/// The key file's format version.
pub(crate) const FORMAT: u32 = 1;

/// The path of the key file of the journal at `journal`.
pub fn key_file_path(journal: &Path) -> PathBuf {
    let mut name = journal.as_os_str().to_os_string();
    name.push(".key");
    PathBuf::from(name)
}

/// Argon2id's cost, kept with the salt so a journal opens with the cost it was sealed with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KdfParams {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

/// How the journal's key is kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "method", rename_all = "snake_case", deny_unknown_fields)]
pub enum KeyMethod {
    /// In the system keychain under `account`.
    Keychain { account: String },
    /// Sealed with a key derived from the passphrase.
    Passphrase {
        kdf: KdfParams,
        /// Base 64.
        salt: String,
        nonce: String,
        sealed: String,
    },
}

/// The contents of the key file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyFile {
    pub format: u32,
    /// [`super::DbKey::id`] of the journal key, to tell whether a key fits.
    pub key_id: String,
    #[serde(flatten)]
    pub method: KeyMethod,
}

impl KeyFile {
    /// The key file of the journal at `journal`, if there is one. A file that cannot be read as
    /// a key file is an error (it is left where it is).
    pub fn read(journal: &Path) -> Result<Option<KeyFile>> {
        let path = key_file_path(journal);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(err) => return Err(err.into()),
        };
        let file: KeyFile = serde_json::from_str(&text).map_err(|e| Error::Damaged {
            path: path.clone(),
            detail: format!("not a key file: {e}; the recovery key still opens the journal"),
        })?;
        if file.format != FORMAT {
            return Err(Error::Damaged { path, detail: format!("key file format {} is not known", file.format) });
        }
        Ok(Some(file))
    }

    /// Writes this key file beside the journal at `journal`, whole or not at all.
    pub fn write(&self, journal: &Path) -> Result<()> {
        let text = serde_json::to_vec_pretty(self).map_err(|e| Error::Database(e.to_string()))?;
        write_atomically(&key_file_path(journal), &text)
    }

    /// Removes the key file of the journal at `journal`, if there is one.
    pub fn remove(journal: &Path) -> Result<()> {
        match std::fs::remove_file(key_file_path(journal)) {
            Ok(()) => Ok(()),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(err) => Err(err.into()),
        }
    }
}
