//! The bytes of a file to import, checked before any parser sees them: not too large, not empty,
//! text rather than binary, UTF-8 (a byte-order mark is dropped).

use std::io::Read;
use std::path::Path;

use crate::error::Message;
use crate::{Error, Result};

/// The largest file an import reads: 50 MB, far more than decades of daily entries.
pub const MAX_IMPORT_BYTES: u64 = 50 * 1024 * 1024;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Reads the file at `path` for an import, refusing a file larger than [`MAX_IMPORT_BYTES`] by its
/// size before reading it. Only a regular file is read: a FIFO, a device or a folder is refused
/// before it is opened (opening a FIFO to read waits for a writer for ever), and again once open.
pub fn read_import_file(path: &Path) -> Result<Vec<u8>> {
    if !std::fs::metadata(path)?.is_file() {
        return Err(not_a_file());
    }
    let file = std::fs::File::open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(not_a_file());
    }
    let size = meta.len();
    check_size(size)?;
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // The file may grow while it is read; never read more than the limit allows.
    file.take(MAX_IMPORT_BYTES + 1).read_to_end(&mut bytes)?;
    check_size(bytes.len() as u64)?;
    Ok(bytes)
}

fn not_a_file() -> Error {
    Error::invalid("file", Message::new("error-import-not-a-file"))
}

fn check_size(size: u64) -> Result<()> {
    if size > MAX_IMPORT_BYTES {
        let megabytes = size.div_ceil(1024 * 1024);
        return Err(Error::invalid(
            "file",
            Message::new("error-import-too-large").arg("size", megabytes).arg("max", 50),
        ));
    }
    Ok(())
}

/// The text of an import file: checked for size, emptiness, binary content and UTF-8, with a
/// leading byte-order mark removed.
pub fn decode_text(bytes: &[u8]) -> Result<&str> {
    check_size(bytes.len() as u64)?;
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(Error::invalid("file", Message::new("error-import-utf16")));
    }
    let bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::invalid("file", Message::new("error-import-empty")));
    }
    if let Some(at) = bytes.iter().position(|b| *b == 0) {
        let (line, column) = line_and_column(bytes, at);
        return Err(Error::invalid(
            "file",
            Message::new("error-import-binary").arg("line", line.to_string()).arg("column", column.to_string()),
        ));
    }
    std::str::from_utf8(bytes).map_err(|err| {
        let (line, column) = line_and_column(bytes, err.valid_up_to());
        Error::invalid(
            "file",
            Message::new("error-import-not-utf8").arg("line", line.to_string()).arg("column", column.to_string()),
        )
    })
}

/// The 1-based line and column (in characters) of the byte at `offset`, for messages.
pub(crate) fn line_and_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let line_start = before.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..]).chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(bytes: &[u8]) -> String {
        decode_text(bytes).unwrap_err().to_string()
    }

    #[test]
    fn a_bom_is_dropped_and_crlf_kept() {
        assert_eq!(decode_text(b"\xEF\xBB\xBFday\r\n2026-01-01\r\n").unwrap(), "day\r\n2026-01-01\r\n");
    }

    #[test]
    fn empty_and_blank_files_are_refused() {
        assert_eq!(message(b""), "error-import-empty");
        assert_eq!(message(b"\xEF\xBB\xBF \r\n"), "error-import-empty");
    }

    #[test]
    fn binary_is_refused_naming_where() {
        assert!(
            message(b"PK\x03\x04\x00\x00").contains("error-import-binary column=\"5\" line=\"1\""),
            "{}",
            message(b"PK\x03\x04\x00")
        );
    }

    #[test]
    fn latin_1_is_refused_naming_line_and_column() {
        let text = b"day,notes\n2026-01-01,caf\xE9\n";
        let msg = message(text);
        assert!(msg.contains("error-import-not-utf8 column=\"15\" line=\"2\""), "{msg}");
    }

    #[test]
    fn utf16_is_refused_with_advice() {
        assert!(message(b"\xFF\xFEd\x00a\x00").contains("error-import-utf16"));
    }

    #[test]
    fn a_file_over_50_mb_is_refused_by_its_size_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("huge.csv");
        let file = std::fs::File::create(&path).unwrap();
        file.set_len(MAX_IMPORT_BYTES + 1).unwrap();
        let err = read_import_file(&path).unwrap_err();
        assert!(err.to_string().contains("error-import-too-large max=50"), "{err}");
        std::fs::write(&path, b"day\n").unwrap();
        assert_eq!(read_import_file(&path).unwrap(), b"day\n");
    }
}
