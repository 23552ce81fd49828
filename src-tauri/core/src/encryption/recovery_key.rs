//! The recovery key: the journal key in Crockford base 32 (no I, L, O or U, so nothing reads
//! ambiguously), with a two-byte checksum so a typo is caught before any file is tried.

use data_encoding::{Encoding, Specification};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::{DbKey, KEY_LEN};

/// Characters per group when shown.
const GROUP: usize = 5;
/// Checksum bytes after the key.
const CHECK_LEN: usize = 2;
/// Characters in a recovery key: (32 + 2) bytes × 8 bits ÷ 5 bits, rounded up.
pub const RECOVERY_KEY_CHARS: usize = ((KEY_LEN + CHECK_LEN) * 8).div_ceil(5);

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

fn crockford() -> Encoding {
    let mut spec = Specification::new();
    spec.symbols.push_str("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    spec.translate.from.push_str("abcdefghjkmnpqrstvwxyzoOiIlL");
    spec.translate.to.push_str("ABCDEFGHJKMNPQRSTVWXYZ001111");
    spec.check_trailing_bits = false;
    spec.encoding().expect("a valid base-32 alphabet")
}

fn checksum(key: &[u8]) -> [u8; CHECK_LEN] {
    let mut hash = Sha256::new();
    hash.update(b"resilience-journal recovery key\0");
    hash.update(key);
    let digest = hash.finalize();
    [digest[0], digest[1]]
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
    let mut bytes = Zeroizing::new(Vec::with_capacity(KEY_LEN + CHECK_LEN));
    bytes.extend_from_slice(key.bytes());
    bytes.extend_from_slice(&checksum(key.bytes()));
    let plain = Zeroizing::new(crockford().encode(&bytes));
    let groups: Vec<&str> =
        plain.as_bytes().chunks(GROUP).map(|c| std::str::from_utf8(c).unwrap_or_default()).collect();
    Zeroizing::new(groups.join("-"))
}

fn decode(text: &str) -> Result<DbKey, RecoveryKeyError> {
    let compact: Zeroizing<String> =
        Zeroizing::new(text.chars().filter(|c| !c.is_whitespace() && *c != '-' && *c != '–').collect());
    let alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZabcdefghjkmnpqrstvwxyzoOiIlL";
    if let Some(bad) = compact.chars().find(|c| !alphabet.contains(*c)) {
        return Err(RecoveryKeyError::Character(bad));
    }
    let count = compact.chars().count();
    if count != RECOVERY_KEY_CHARS {
        return Err(RecoveryKeyError::Length(count));
    }
    let bytes = Zeroizing::new(crockford().decode(compact.as_bytes()).map_err(|_| RecoveryKeyError::Checksum)?);
    let (key, check) = bytes.split_at(KEY_LEN);
    if check != checksum(key) {
        return Err(RecoveryKeyError::Checksum);
    }
    let array: [u8; KEY_LEN] = key.try_into().map_err(|_| RecoveryKeyError::Checksum)?;
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
