//! Sealing the journal key into the key file (Argon2id derives a key from the passphrase, which
//! seals the journal key with ChaCha20-Poly1305) and unsealing it, or naming its keychain entry.
//! The key file's format and place on disk are [`crate::file::key_file`]'s.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use data_encoding::BASE64;
use zeroize::Zeroizing;

use crate::error::Message;
use crate::file::key_file::FORMAT;
pub use crate::file::key_file::{key_file_path, KdfParams, KeyFile, KeyMethod};
use crate::file::{DbKey, KEY_LEN};
use crate::{Error, Result};

/// Bound into the sealed key, so a sealed key from anything else never unseals as ours.
const ASSOCIATED: &[u8] = b"resilience-journal journal key v1";
const SALT_LEN: usize = 16;
const NONCE_LEN: usize = 12;

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

impl KeyFile {
    /// The key is in the system keychain under [`keychain_account`].
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
            return Err(Error::invalid("passphrase", Message::new("error-key-in-keychain")));
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
