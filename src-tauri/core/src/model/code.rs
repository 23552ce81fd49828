//! Keys people copy by hand (the recovery key, the sync code): bytes with a two-byte checksum in
//! Crockford base 32 (no I, L, O or U, so nothing reads ambiguously), in groups of five. Reading
//! is forgiving: any case, spaces or dashes, O for 0, I or L for 1; a typo is caught by the
//! checksum before anything is tried with the key.

use data_encoding::{Encoding, Specification};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

/// Characters per group when shown.
const GROUP: usize = 5;
/// Checksum bytes after the key.
pub const CHECK_LEN: usize = 2;

/// Why a typed code was not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeError {
    /// It has this many characters, not the code's number.
    Length(usize),
    /// This character is not in the alphabet.
    Character(char),
    /// The checksum does not match: a typo.
    Checksum,
}

/// The number of characters of a code of `len` bytes.
pub const fn code_chars(len: usize) -> usize {
    ((len + CHECK_LEN) * 8).div_ceil(5)
}

fn crockford() -> Encoding {
    let mut spec = Specification::new();
    spec.symbols.push_str("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    spec.translate.from.push_str("abcdefghjkmnpqrstvwxyzoOiIlL");
    spec.translate.to.push_str("ABCDEFGHJKMNPQRSTVWXYZ001111");
    spec.check_trailing_bits = false;
    spec.encoding().expect("a valid base-32 alphabet")
}

fn checksum(domain: &str, key: &[u8]) -> [u8; CHECK_LEN] {
    let mut hash = Sha256::new();
    hash.update(domain.as_bytes());
    hash.update([0]);
    hash.update(key);
    let digest = hash.finalize();
    [digest[0], digest[1]]
}

/// `key` with its checksum for `domain` (what kind of code it is), grouped with dashes.
pub fn encode(domain: &str, key: &[u8]) -> Zeroizing<String> {
    let mut bytes = Zeroizing::new(Vec::with_capacity(key.len() + CHECK_LEN));
    bytes.extend_from_slice(key);
    bytes.extend_from_slice(&checksum(domain, key));
    let plain = Zeroizing::new(crockford().encode(&bytes));
    let groups: Vec<&str> =
        plain.as_bytes().chunks(GROUP).map(|c| std::str::from_utf8(c).unwrap_or_default()).collect();
    Zeroizing::new(groups.join("-"))
}

/// Reads a code of `len` key bytes for `domain` as typed.
pub fn decode(domain: &str, len: usize, text: &str) -> Result<Zeroizing<Vec<u8>>, CodeError> {
    let compact: Zeroizing<String> =
        Zeroizing::new(text.chars().filter(|c| !c.is_whitespace() && *c != '-' && *c != '–').collect());
    let alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZabcdefghjkmnpqrstvwxyzoOiIlL";
    if let Some(bad) = compact.chars().find(|c| !alphabet.contains(*c)) {
        return Err(CodeError::Character(bad));
    }
    let count = compact.chars().count();
    if count != code_chars(len) {
        return Err(CodeError::Length(count));
    }
    let mut bytes = Zeroizing::new(crockford().decode(compact.as_bytes()).map_err(|_| CodeError::Checksum)?);
    if bytes.len() != len + CHECK_LEN {
        return Err(CodeError::Checksum);
    }
    let check = bytes.split_off(len);
    if check[..] != checksum(domain, &bytes)[..] {
        return Err(CodeError::Checksum);
    }
    Ok(bytes)
}
