//! The recovery key: the journal key in Crockford base 32 (no I, L, O or U, so nothing reads
//! ambiguously), with a two-byte checksum so a typo is caught before any file is tried.

use zeroize::Zeroizing;

use super::{DbKey, KEY_LEN};
use crate::model::code::{self, code_chars, CodeError};

/// What the checksum of a recovery key is computed for.
const DOMAIN: &str = "resilience-journal recovery key";
/// Characters in a recovery key: (32 + 2) bytes × 8 bits ÷ 5 bits, rounded up.
pub const RECOVERY_KEY_CHARS: usize = code_chars(KEY_LEN);

/// Why a typed recovery key was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecoveryKeyError {
    #[error(
        "A recovery key has {RECOVERY_KEY_CHARS} letters and digits; this one has {0}. Check that none are missing."
    )]
    Length(usize),
    #[error(
        "A recovery key has only the digits 0–9 and the letters A–Z except I, L, O and U; “{0}” is not one of them."
    )]
    Character(char),
    #[error("This recovery key has a typo: check it letter by letter against the one you saved.")]
    Checksum,
}

impl DbKey {
    /// The recovery key people write down: 55 letters and digits in 11 groups.
    pub fn recovery_key(&self) -> Zeroizing<String> {
        encode(self)
    }

    /// Reads a recovery key as typed (any case, spaces or dashes, O for 0, I or L for 1).
    pub fn from_recovery_key(text: &str) -> Result<Self, RecoveryKeyError> {
        decode(text)
    }
}

fn encode(key: &DbKey) -> Zeroizing<String> {
    code::encode(DOMAIN, key.bytes())
}

fn decode(text: &str) -> Result<DbKey, RecoveryKeyError> {
    let bytes = code::decode(DOMAIN, KEY_LEN, text).map_err(|err| match err {
        CodeError::Length(n) => RecoveryKeyError::Length(n),
        CodeError::Character(c) => RecoveryKeyError::Character(c),
        CodeError::Checksum => RecoveryKeyError::Checksum,
    })?;
    let array: [u8; KEY_LEN] = bytes[..].try_into().map_err(|_| RecoveryKeyError::Checksum)?;
    Ok(DbKey::from_bytes(array))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recovery_key_is_55_characters_in_11_groups_and_reads_back() {
        let key = DbKey::generate();
        let shown = encode(&key);
        assert_eq!(RECOVERY_KEY_CHARS, 55);
        assert_eq!(shown.split('-').count(), 11);
        assert!(shown.split('-').all(|g| g.len() == 5));
        assert_eq!(decode(&shown).unwrap(), key);
    }

    #[test]
    fn a_known_key_has_a_known_recovery_key() {
        // 32 zero bytes: base 32 of zeros is "0"s; the checksum decides the tail.
        let shown = encode(&DbKey::from_bytes([0; KEY_LEN]));
        assert!(shown.starts_with("00000-00000-00000-00000-00000-00000-00000-00000-00000-000"), "{}", shown.as_str());
        assert_eq!(decode(&shown).unwrap(), DbKey::from_bytes([0; KEY_LEN]));
    }

    #[test]
    fn typing_is_forgiving_but_typos_are_caught() {
        let key = DbKey::generate();
        let shown = encode(&key);
        let relaxed = shown.to_lowercase().replace('-', " ").replace('0', "o").replace('1', "l");
        assert_eq!(decode(&relaxed).unwrap(), key);
        assert_eq!(decode(&format!("  {}\n", shown.as_str())).unwrap(), key);

        // Change one character to another valid one: the checksum notices.
        let mut chars: Vec<char> = shown.chars().collect();
        chars[7] = if chars[7] == 'A' { 'B' } else { 'A' };
        let typo: String = chars.into_iter().collect();
        assert_eq!(decode(&typo).unwrap_err(), RecoveryKeyError::Checksum);
        assert_eq!(decode(&shown[..shown.len() - 1]).unwrap_err(), RecoveryKeyError::Length(54));
        assert_eq!(decode(&shown.replace(&shown[..1], "U")).unwrap_err(), RecoveryKeyError::Character('U'));
    }
}
