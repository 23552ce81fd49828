//! Encryption at rest: the journal's key, the recovery key that stands for it, how the key is
//! kept between starts (keychain or passphrase), and moving a journal between plain and encrypted.
//!
//! One random 256-bit key encrypts the journal (SQLCipher, given as a raw key, so no key
//! derivation runs on open). The key never changes while the journal stays encrypted:
//! - the **recovery key** is that key written out for people (Crockford base-32 with a checksum),
//!   so it opens the journal and every encrypted backup on any computer, with nothing else;
//! - the **system keychain** keeps the key's hex text; or
//! - a **passphrase** wraps it: Argon2id derives a key from the passphrase, which seals the journal
//!   key with ChaCha20-Poly1305 into the key file beside the journal (see [`KeyFile`]).

pub mod keyfile;
pub mod keystore;
pub mod migrate;
mod recovery_key;
mod strength;

use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

pub use keyfile::{KdfParams, KeyFile, KeyMethod};
pub use keystore::{KeyStore, KeyStoreError, MemoryKeyStore};
pub use recovery_key::RecoveryKeyError;
pub use strength::{passphrase_strength, PassphraseStrength};

/// Bytes in a journal key.
pub const KEY_LEN: usize = 32;

/// A journal's key. Its bytes are wiped from memory when it is dropped and never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct DbKey(Zeroizing<[u8; KEY_LEN]>);

impl std::fmt::Debug for DbKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "DbKey({})", self.id())
    }
}

impl DbKey {
    /// A new random key from the operating system's generator.
    pub fn generate() -> Self {
        let mut bytes = Zeroizing::new([0u8; KEY_LEN]);
        getrandom::fill(bytes.as_mut()).expect("the operating system's random generator works");
        DbKey(bytes)
    }

    /// The key with these bytes.
    pub fn from_bytes(bytes: [u8; KEY_LEN]) -> Self {
        DbKey(Zeroizing::new(bytes))
    }

    pub(crate) fn bytes(&self) -> &[u8; KEY_LEN] {
        &self.0
    }

    /// Lowercase hex, as kept in the system keychain.
    pub fn to_hex(&self) -> Zeroizing<String> {
        Zeroizing::new(data_encoding::HEXLOWER.encode(self.0.as_ref()))
    }

    /// Reads [`DbKey::to_hex`]'s text back; `None` if it is not 64 hex digits.
    pub fn from_hex(text: &str) -> Option<Self> {
        let bytes = Zeroizing::new(data_encoding::HEXLOWER_PERMISSIVE.decode(text.trim().as_bytes()).ok()?);
        let array: [u8; KEY_LEN] = bytes.as_slice().try_into().ok()?;
        Some(Self::from_bytes(array))
    }

    /// The statement that gives this key to SQLCipher as a raw key (no key derivation).
    pub(crate) fn pragma(&self, schema: &str) -> Zeroizing<String> {
        Zeroizing::new(format!("PRAGMA {schema}.key = \"x'{}'\"", self.to_hex().as_str()))
    }

    /// The value for `ATTACH … KEY ?`: the raw key in SQLCipher's `x'…'` form.
    pub(crate) fn attach_value(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("x'{}'", self.to_hex().as_str()))
    }

    /// The recovery key people write down: 55 letters and digits in 11 groups.
    pub fn recovery_key(&self) -> Zeroizing<String> {
        recovery_key::encode(self)
    }

    /// Reads a recovery key as typed (any case, spaces or dashes, O for 0, I or L for 1).
    pub fn from_recovery_key(text: &str) -> Result<Self, RecoveryKeyError> {
        recovery_key::decode(text)
    }

    /// A short public name of this key (first 8 hex digits of a hash of it): names the keychain
    /// entry and tells whether a key fits a key file, without revealing anything about the key.
    pub fn id(&self) -> String {
        let mut hash = Sha256::new();
        hash.update(b"resilience-journal key id\0");
        hash.update(self.0.as_ref());
        data_encoding::HEXLOWER.encode(&hash.finalize()[..4])
    }
}

/// What the first bytes of a journal file say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// No file.
    Missing,
    /// A plain SQLite file (or an empty one).
    Plain,
    /// Shaped like an encrypted journal: no SQLite header, whole 4 KiB pages (random bytes of such
    /// a size look the same; only the key tells them apart).
    Encrypted,
    /// Neither: not a database at all (opening it reports it as damaged).
    Other,
}

/// The 16 bytes every plain SQLite file starts with.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// SQLCipher's page size: an encrypted file is a whole number of these.
const CIPHER_PAGE: u64 = 4096;

/// Tells a plain journal from an encrypted one without opening it: a plain one starts with
/// SQLite's header; an encrypted one is whole 4 KiB pages whose first page looks random (SQLCipher
/// starts with a random salt and then ciphertext). Anything else — text, a page of zeros, a cut
/// file — is [`FileKind::Other`].
pub fn file_kind(path: &std::path::Path) -> std::io::Result<FileKind> {
    use std::io::Read;
    let mut file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(FileKind::Missing),
        Err(err) => return Err(err),
    };
    let mut page = Vec::with_capacity(CIPHER_PAGE as usize);
    file.by_ref().take(CIPHER_PAGE).read_to_end(&mut page)?;
    let size = file.metadata()?.len();
    if page.is_empty() || page.starts_with(SQLITE_HEADER) {
        return Ok(FileKind::Plain);
    }
    let mut seen = [false; 256];
    for byte in &page {
        seen[usize::from(*byte)] = true;
    }
    // 4096 random bytes take ~256 distinct values (fewer than 230 is vanishingly unlikely).
    let looks_random = seen.iter().filter(|s| **s).count() >= 230;
    Ok(if size >= CIPHER_PAGE && size % CIPHER_PAGE == 0 && looks_random {
        FileKind::Encrypted
    } else {
        FileKind::Other
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_random_round_trip_through_hex_and_never_print_their_bytes() {
        let (a, b) = (DbKey::generate(), DbKey::generate());
        assert_ne!(a, b);
        assert_eq!(DbKey::from_hex(&a.to_hex()), Some(a.clone()));
        assert_eq!(DbKey::from_hex("abc"), None);
        assert_eq!(DbKey::from_hex(&"zz".repeat(32)), None);
        let shown = format!("{a:?}");
        assert!(!shown.contains(a.to_hex().as_str()) && shown.contains(&a.id()));
        assert_eq!(a.id().len(), 8);
    }

    #[test]
    fn the_raw_key_pragma_has_sqlciphers_form() {
        let key = DbKey::from_bytes([0xab; KEY_LEN]);
        assert_eq!(key.pragma("main").as_str(), format!("PRAGMA main.key = \"x'{}'\"", "ab".repeat(32)));
    }

    #[test]
    fn file_kind_reads_only_the_header() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.db");
        assert_eq!(file_kind(&path).unwrap(), FileKind::Missing);
        std::fs::write(&path, b"").unwrap();
        assert_eq!(file_kind(&path).unwrap(), FileKind::Plain);
        std::fs::write(&path, b"SQLite format 3\0rest of the page").unwrap();
        assert_eq!(file_kind(&path).unwrap(), FileKind::Plain);
        let random: Vec<u8> = (0..8192u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
        std::fs::write(&path, &random).unwrap();
        assert_eq!(file_kind(&path).unwrap(), FileKind::Encrypted);
        std::fs::write(&path, &random[..8000]).unwrap();
        assert_eq!(file_kind(&path).unwrap(), FileKind::Other, "not whole pages");
        std::fs::write(&path, [0x5a; 8192]).unwrap();
        assert_eq!(file_kind(&path).unwrap(), FileKind::Other, "a page of one byte is damage, not ciphertext");
        std::fs::write(&path, b"garbage").unwrap();
        assert_eq!(file_kind(&path).unwrap(), FileKind::Other);
    }
}
