//! The journal's key as the file sees it: 32 random bytes, given to SQLCipher as a raw key.
//! How people keep it (recovery key, keychain, passphrase) is [`crate::encryption`]'s.

use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

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

    /// A short public name of this key (first 8 hex digits of a hash of it): names the keychain
    /// entry and tells whether a key fits a key file, without revealing anything about the key.
    pub fn id(&self) -> String {
        let mut hash = Sha256::new();
        hash.update(b"resilience-journal key id\0");
        hash.update(self.0.as_ref());
        data_encoding::HEXLOWER.encode(&hash.finalize()[..4])
    }
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
}
