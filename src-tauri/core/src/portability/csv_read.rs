//! Reading CSV files for import: the reader, and errors that name the line.

use crate::error::Message;
use crate::{Error, Result};

/// A reader over `text` with a header row. Rows must have as many fields as the header.
pub(crate) fn reader(text: &str, delimiter: u8) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new().delimiter(delimiter).has_headers(true).flexible(false).from_reader(text.as_bytes())
}

/// The most likely separator of a CSV file: whichever of comma, semicolon and tab occurs most
/// often in its first line (a comma when none does).
pub(crate) fn detect_delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or_default();
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| (first.bytes().filter(|b| b == d).count(), *d == b','))
        .unwrap_or(b',')
}

/// The header row, each name trimmed. A header naming the same column twice is refused.
pub(crate) fn headers(text: &str, reader: &mut csv::Reader<&[u8]>) -> Result<Vec<String>> {
    let headers: Vec<String> =
        reader.headers().map_err(|e| csv_error(text, e))?.iter().map(|h| h.trim().to_string()).collect();
    for (i, name) in headers.iter().enumerate() {
        if headers[..i].iter().any(|h| h.eq_ignore_ascii_case(name)) {
            return Err(Error::invalid("file", Message::new("error-csv-column-twice").arg("name", name.as_str())));
        }
    }
    Ok(headers)
}

/// Where `name` is among `headers`, ignoring case.
pub(crate) fn column(headers: &[String], name: &str) -> Option<usize> {
    headers.iter().position(|h| h.eq_ignore_ascii_case(name.trim()))
}

/// The 1-based line a record starts on in `text`. (Counted from the byte offset, which for CRLF
/// line ends points at the `\n` ending the line before: the reader's own line count is off there.)
pub(crate) fn line_of(text: &str, record: &csv::StringRecord) -> u64 {
    record.position().map_or(0, |p| line_at(text, p))
}

fn line_at(text: &str, position: &csv::Position) -> u64 {
    let through = usize::try_from(position.byte()).map_or(text.len(), |b| b.saturating_add(1)).min(text.len());
    text.as_bytes()[..through].iter().filter(|b| **b == b'\n').count() as u64 + 1
}

/// A CSV reader's complaint about `text`, naming the line.
pub(crate) fn csv_error(text: &str, err: csv::Error) -> Error {
    let line = err.position().map(|p| line_at(text, p));
    let message = match (err.kind(), line) {
        (csv::ErrorKind::UnequalLengths { expected_len, len, .. }, Some(line)) => Message::new("error-csv-field-count")
            .arg("line", line.to_string())
            .arg("count", *len)
            .arg("expected", *expected_len),
        (_, Some(line)) => {
            Message::new("error-csv-line-unreadable").arg("line", line.to_string()).arg("detail", err.to_string())
        }
        (_, None) => Message::new("error-csv-unreadable").arg("detail", err.to_string()),
    };
    Error::invalid("file", message)
}

/// Puts "Line N, column C" in front of a validation message.
pub(crate) fn at_cell(line: u64, column: &str, err: Error) -> Error {
    let context = Message::new("error-context-cell").arg("line", line.to_string()).arg("column", column);
    super::json::within(context, err)
}
