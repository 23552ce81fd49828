//! Telling a plain journal file from an encrypted one by its first bytes, without opening it.

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
