//! The sync code: the journal's sync key as people copy it from one computer to the next — the
//! key and a checksum in Crockford base 32, 55 letters and digits in 11 groups, read as
//! forgivingly as the recovery key ([`crate::model::code`]). The code names no journal: the
//! joining computer finds the journal in the sync folder whose files open with it.

use zeroize::Zeroizing;

use super::seal::{SyncKey, KEY_LEN};
use crate::error::Message;
use crate::model::code::{self, code_chars, CodeError};
use crate::Error;

/// What the checksum of a sync code is computed for (a recovery key typed here is refused by
/// its checksum, not tried as a sync key).
const DOMAIN: &str = "resilience-journal sync code";
/// Characters in a sync code.
pub const SYNC_CODE_CHARS: usize = code_chars(KEY_LEN);

/// The sync code of `key`.
pub fn sync_code(key: &SyncKey) -> Zeroizing<String> {
    code::encode(DOMAIN, key.bytes())
}

/// Reads a sync code as typed; an error names the `code` field.
pub fn read_sync_code(text: &str) -> Result<SyncKey, Error> {
    let bytes = code::decode(DOMAIN, KEY_LEN, text).map_err(|err| {
        let message = match err {
            CodeError::Length(count) => Message::new("error-sync-code-length")
                .arg("count", count as i64)
                .arg("expected", SYNC_CODE_CHARS as i64),
            CodeError::Character(c) => Message::new("error-sync-code-character").arg("character", c.to_string()),
            CodeError::Checksum => Message::new("error-sync-code-typo"),
        };
        Error::invalid("code", message)
    })?;
    let array: [u8; KEY_LEN] =
        bytes[..].try_into().map_err(|_| Error::invalid("code", Message::new("error-sync-code-typo")))?;
    Ok(SyncKey::from_bytes(array))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sync_code_reads_back_forgivingly_and_typos_are_caught() {
        let key = SyncKey::generate();
        let shown = sync_code(&key);
        assert_eq!(SYNC_CODE_CHARS, 55);
        assert_eq!(shown.split('-').count(), 11);
        let relaxed = shown.to_lowercase().replace('-', " ").replace('0', "o").replace('1', "l");
        assert_eq!(read_sync_code(&relaxed).unwrap().bytes(), key.bytes());

        let mut chars: Vec<char> = shown.chars().collect();
        chars[3] = if chars[3] == 'A' { 'B' } else { 'A' };
        let typo: String = chars.into_iter().collect();
        let Error::Invalid { field, message } = read_sync_code(&typo).unwrap_err() else { panic!() };
        assert_eq!((field, message.id.as_str()), ("code", "error-sync-code-typo"));
        let Error::Invalid { message, .. } = read_sync_code(&shown[..20]).unwrap_err() else { panic!() };
        assert_eq!(message.id, "error-sync-code-length");
        let Error::Invalid { message, .. } = read_sync_code("U").unwrap_err() else { panic!() };
        assert_eq!(message.id, "error-sync-code-character");
    }

    #[test]
    fn a_recovery_key_is_not_taken_for_a_sync_code() {
        let key = [7u8; KEY_LEN];
        let recovery = code::encode("resilience-journal recovery key", &key);
        assert!(read_sync_code(&recovery).is_err());
    }
}
