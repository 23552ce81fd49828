//! Sealing a sync file: XChaCha20-Poly1305 under the journal's 256-bit sync key, with a random
//! 24-byte nonce, and the journal id, peer id, sequence and format version as associated data, so
//! a file moved to another journal, peer or place in the sequence does not open.
//!
//! A file is `RJSYNC`, one format-version byte, the nonce, then the ciphertext with its 16-byte
//! tag. Opening gives the whole plaintext or a [`OpenError`], never part of it.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use zeroize::Zeroizing;

/// The first bytes of every sync file.
pub const MAGIC: &[u8; 6] = b"RJSYNC";
/// The format this version writes and the newest it opens.
pub const FORMAT_VERSION: u8 = 1;
/// The sync key's length in bytes.
pub const KEY_LEN: usize = 32;

const NONCE_LEN: usize = 24;
const TAG_LEN: usize = 16;
const HEADER_LEN: usize = MAGIC.len() + 1 + NONCE_LEN;

/// The journal's sync key: random, separate from the journal key, wiped from memory when dropped.
pub struct SyncKey(Zeroizing<[u8; KEY_LEN]>);

impl std::fmt::Debug for SyncKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SyncKey(…)")
    }
}

impl SyncKey {
    /// A new random key from the operating system's generator.
    pub fn generate() -> Self {
        let mut bytes = Zeroizing::new([0u8; KEY_LEN]);
        getrandom::fill(bytes.as_mut()).expect("the operating system's random generator works");
        SyncKey(bytes)
    }

    /// The key made of `bytes`.
    pub fn from_bytes(bytes: [u8; KEY_LEN]) -> Self {
        SyncKey(Zeroizing::new(bytes))
    }

    /// The key's bytes (to keep it in the keychain or show it as a sync code).
    pub fn bytes(&self) -> &[u8; KEY_LEN] {
        &self.0
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(&Key::from(*self.0))
    }
}

/// Where a sync file belongs: its journal, the peer that wrote it, and its place in that peer's
/// sequence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileLabel<'a> {
    pub journal_id: &'a str,
    pub peer_id: u64,
    pub sequence: u64,
}

/// Why a sync file did not open. None of them gives any of its contents.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OpenError {
    /// Shorter than the smallest sealed file: cut off while being written or copied.
    #[error("the sync file is cut short")]
    Truncated,
    /// Not a sync file at all.
    #[error("this is not a sync file")]
    NotASyncFile,
    /// Written by a newer version of the app, in a format this one cannot read.
    #[error("the sync file has format {found}; this version reads up to {supported}")]
    NewerFormat { found: u8, supported: u8 },
    /// The key does not fit, the file was changed, or it belongs to another journal, peer or
    /// sequence number.
    #[error("the sync file does not open with this key and label")]
    Unreadable,
}

/// The associated data binding a file to its label and format.
fn associated_data(label: &FileLabel<'_>, version: u8) -> Vec<u8> {
    let journal = label.journal_id.as_bytes();
    let mut ad = Vec::with_capacity(MAGIC.len() + 1 + 4 + journal.len() + 16);
    ad.extend_from_slice(MAGIC);
    ad.push(version);
    ad.extend_from_slice(&u32::try_from(journal.len()).unwrap_or(u32::MAX).to_be_bytes());
    ad.extend_from_slice(journal);
    ad.extend_from_slice(&label.peer_id.to_be_bytes());
    ad.extend_from_slice(&label.sequence.to_be_bytes());
    ad
}

/// Seals `plain` for the file `label` under `key`, with a fresh random nonce.
pub fn seal(key: &SyncKey, label: &FileLabel<'_>, plain: &[u8]) -> Vec<u8> {
    let mut nonce = [0u8; NONCE_LEN];
    getrandom::fill(&mut nonce).expect("the operating system's random generator works");
    seal_with_nonce(key, label, plain, nonce)
}

fn seal_with_nonce(key: &SyncKey, label: &FileLabel<'_>, plain: &[u8], nonce: [u8; NONCE_LEN]) -> Vec<u8> {
    let ad = associated_data(label, FORMAT_VERSION);
    let sealed = key
        .cipher()
        .encrypt(&XNonce::from(nonce), Payload { msg: plain, aad: &ad })
        .expect("XChaCha20-Poly1305 seals any message that fits in memory");
    let mut file = Vec::with_capacity(HEADER_LEN + sealed.len());
    file.extend_from_slice(MAGIC);
    file.push(FORMAT_VERSION);
    file.extend_from_slice(&nonce);
    file.extend_from_slice(&sealed);
    file
}

/// Opens the file `bytes` that should be `label`, under `key`.
pub fn open(key: &SyncKey, label: &FileLabel<'_>, bytes: &[u8]) -> Result<Vec<u8>, OpenError> {
    let magic_len = MAGIC.len().min(bytes.len());
    if bytes[..magic_len] != MAGIC[..magic_len] {
        return Err(OpenError::NotASyncFile);
    }
    if bytes.len() < HEADER_LEN + TAG_LEN {
        return Err(OpenError::Truncated);
    }
    let version = bytes[MAGIC.len()];
    if version > FORMAT_VERSION {
        return Err(OpenError::NewerFormat { found: version, supported: FORMAT_VERSION });
    }
    if version == 0 {
        return Err(OpenError::NotASyncFile);
    }
    let nonce: [u8; NONCE_LEN] = bytes[MAGIC.len() + 1..HEADER_LEN].try_into().map_err(|_| OpenError::Truncated)?;
    let ad = associated_data(label, version);
    key.cipher()
        .decrypt(&XNonce::from(nonce), Payload { msg: &bytes[HEADER_LEN..], aad: &ad })
        .map_err(|_| OpenError::Unreadable)
}

#[cfg(test)]
#[path = "seal_tests.rs"]
mod tests;
