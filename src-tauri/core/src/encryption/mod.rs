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
//!
//! The key's type ([`DbKey`]) and the key file's format live one layer down in [`crate::file`],
//! because opening and tidying a journal file needs them; they are re-exported here as this
//! module's vocabulary, and the ways people hold the key (recovery key, passphrase seal, keychain
//! entry) are added to them here.

pub mod keyfile;
pub mod keystore;
pub mod migrate;
mod recovery_key;
pub mod steps;
mod strength;

pub use crate::file::{DbKey, KeyFile, KEY_LEN};
pub use keyfile::{KdfParams, KeyMethod};
pub use keystore::{KeyStore, KeyStoreError, MemoryKeyStore};
pub use recovery_key::RecoveryKeyError;
pub use strength::{passphrase_strength, PassphraseStrength};
