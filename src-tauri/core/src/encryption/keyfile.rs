//! The key file beside an encrypted journal (`journal.db.key`): how its key is kept. It holds no
//! secret in the clear — the keychain's entry name, or the journal key sealed with a key derived
//! from the passphrase (Argon2id → ChaCha20-Poly1305). Losing it loses nothing: the recovery key
//! opens the journal on its own.

use std::path::{Path, PathBuf};

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use data_encoding::BASE64;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::{DbKey, KEY_LEN};
use crate::atomic_file::write_atomically;
use crate::{Error, Result};

/// The key file's format version.
const FORMAT: u32 = 1;
/// Bound into the sealed key, so a sealed key from anything else never unseals as ours.
const ASSOCIATED: &[u8] = b"resilience-journal journal key v1";
const SALT_LEN: usize = 16;
const NONCE_LEN: usize = 12;

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

impl KdfParams {
    /// 64 MiB, 3 passes, 1 lane (RFC 9106's memory-constrained choice; about a second here).
    pub const RECOMMENDED: KdfParams = KdfParams { memory_kib: 64 * 1024, iterations: 3, parallelism: 1 };

    fn derive(&self, passphrase: &str, salt: &[u8]) -> Result<Zeroizing<[u8; KEY_LEN]>> {
        let params = argon2::Params::new(self.memory_kib, self.iterations, self.parallelism, Some(KEY_LEN))
            .map_err(|e| Error::Database(format!("the key file's Argon2 settings are not usable ({e})")))?;
        let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        let mut out = Zeroizing::new([0u8; KEY_LEN]);
        argon
            .hash_password_into(passphrase.as_bytes(), salt, out.as_mut())
            .map_err(|e| Error::Database(format!("the passphrase could not be processed ({e})")))?;
        Ok(out)
    }
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
    /// [`DbKey::id`] of the journal key, to tell whether a key fits.
    pub key_id: String,
    #[serde(flatten)]
    pub method: KeyMethod,
}

impl KeyFile {
    /// The key is in the system keychain under [`KeyFile::keychain_account`].
    pub fn keychain(key: &DbKey) -> Self {
        KeyFile { format: FORMAT, key_id: key.id(), method: KeyMethod::Keychain { account: keychain_account(key) } }
    }

    /// The key sealed with `passphrase`.
    pub fn passphrase(key: &DbKey, passphrase: &str, kdf: KdfParams) -> Result<Self> {
        let mut salt = [0u8; SALT_LEN];
        let mut nonce = [0u8; NONCE_LEN];
        getrandom::fill(&mut salt)
            .and_then(|()| getrandom::fill(&mut nonce))
            .map_err(|e| Error::Database(e.to_string()))?;
        let wrapping = kdf.derive(passphrase, &salt)?;
        let cipher = ChaCha20Poly1305::new(&Key::from(*wrapping));
        let sealed = cipher
            .encrypt(&Nonce::from(nonce), Payload { msg: key.bytes(), aad: ASSOCIATED })
            .map_err(|_| Error::Database("the key could not be sealed".into()))?;
        Ok(KeyFile {
            format: FORMAT,
            key_id: key.id(),
            method: KeyMethod::Passphrase {
                kdf,
                salt: BASE64.encode(&salt),
                nonce: BASE64.encode(&nonce),
                sealed: BASE64.encode(&sealed),
            },
        })
    }

    /// The journal key, unsealed with `passphrase`. A wrong passphrase is
    /// [`Error::WrongPassphrase`]; nothing is written either way.
    pub fn unseal(&self, passphrase: &str) -> Result<DbKey> {
        let KeyMethod::Passphrase { kdf, salt, nonce, sealed } = &self.method else {
            return Err(Error::invalid(
                "passphrase",
                "This journal's key is kept in the system keychain, not by a passphrase.",
            ));
        };
        let damaged = || Error::Database("the key file is damaged; use your recovery key".into());
        let salt = BASE64.decode(salt.as_bytes()).map_err(|_| damaged())?;
        let nonce: [u8; NONCE_LEN] =
            BASE64.decode(nonce.as_bytes()).ok().and_then(|n| n.try_into().ok()).ok_or_else(damaged)?;
        let sealed = BASE64.decode(sealed.as_bytes()).map_err(|_| damaged())?;
        let wrapping = kdf.derive(passphrase, &salt)?;
        let cipher = ChaCha20Poly1305::new(&Key::from(*wrapping));
        let opened = Zeroizing::new(
            cipher
                .decrypt(&Nonce::from(nonce), Payload { msg: &sealed, aad: ASSOCIATED })
                .map_err(|_| Error::WrongPassphrase)?,
        );
        let bytes: [u8; KEY_LEN] = opened.as_slice().try_into().map_err(|_| damaged())?;
        let key = DbKey::from_bytes(bytes);
        if key.id() != self.key_id {
            return Err(damaged());
        }
        Ok(key)
    }

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

/// The keychain entry name for `key`.
pub fn keychain_account(key: &DbKey) -> String {
    format!("journal-key-{}", key.id())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Cheap settings so the tests run quickly; the format is the same.
    const FAST: KdfParams = KdfParams { memory_kib: 256, iterations: 1, parallelism: 1 };

    #[test]
    fn a_sealed_key_opens_with_its_passphrase_only() {
        let key = DbKey::generate();
        let file = KeyFile::passphrase(&key, "correct horse battery staple", FAST).unwrap();
        assert_eq!(file.unseal("correct horse battery staple").unwrap(), key);
        assert!(matches!(file.unseal("Correct horse battery staple"), Err(Error::WrongPassphrase)));
        assert!(matches!(file.unseal(""), Err(Error::WrongPassphrase)));
    }

    #[test]
    fn the_key_file_holds_no_key_bytes_and_round_trips_through_disk() {
        let dir = tempfile::tempdir().unwrap();
        let journal = dir.path().join("journal.db");
        let key = DbKey::generate();
        let file = KeyFile::passphrase(&key, "a long passphrase", FAST).unwrap();
        file.write(&journal).unwrap();
        let text = std::fs::read_to_string(key_file_path(&journal)).unwrap();
        assert!(!text.contains(key.to_hex().as_str()));
        assert!(!text.contains(&BASE64.encode(key.bytes())));
        assert_eq!(KeyFile::read(&journal).unwrap(), Some(file));
        KeyFile::remove(&journal).unwrap();
        KeyFile::remove(&journal).unwrap();
        assert_eq!(KeyFile::read(&journal).unwrap(), None);
    }

    #[test]
    fn a_tampered_or_foreign_key_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let journal = dir.path().join("journal.db");
        std::fs::write(key_file_path(&journal), b"{\"format\":1}").unwrap();
        assert_eq!(KeyFile::read(&journal).unwrap_err().code(), "damaged");

        let key = DbKey::generate();
        let mut file = KeyFile::passphrase(&key, "pass phrase", FAST).unwrap();
        if let KeyMethod::Passphrase { sealed, .. } = &mut file.method {
            let mut bytes = BASE64.decode(sealed.as_bytes()).unwrap();
            bytes[0] ^= 1;
            *sealed = BASE64.encode(&bytes);
        }
        assert!(matches!(file.unseal("pass phrase"), Err(Error::WrongPassphrase)));
        assert_eq!(KeyFile::keychain(&key).unseal("x").unwrap_err().field(), Some("passphrase"));
    }

    #[test]
    fn the_keychain_method_names_its_entry_after_the_key() {
        let key = DbKey::from_bytes([1; KEY_LEN]);
        let file = KeyFile::keychain(&key);
        assert_eq!(file.method, KeyMethod::Keychain { account: format!("journal-key-{}", key.id()) });
        let json = serde_json::to_value(&file).unwrap();
        assert_eq!(json["method"], "keychain");
        assert_eq!(json["keyId"], key.id());
    }
}
