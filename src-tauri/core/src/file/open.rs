//! Opening a journal file, plain or encrypted, without writing to it.

use std::path::Path;

use rusqlite::Connection;
/// How a connection is opened (read-only, read-write …), for [`open_connection`].
pub use rusqlite::OpenFlags;

use super::{file_kind, DbKey, FileKind};
use crate::{Error, Result};

/// Opens an existing journal file, plain or encrypted (then with `key`), and checks that the key
/// fits by reading the schema. Nothing is written. Returns the connection and whether the file is
/// encrypted. An encrypted file without a key is [`Error::Locked`]; a wrong key [`Error::WrongKey`].
pub fn open_connection(path: &Path, flags: OpenFlags, key: Option<&DbKey>) -> Result<(Connection, bool)> {
    let encrypted = file_kind(path)? == FileKind::Encrypted;
    let conn = Connection::open_with_flags(path, flags)?;
    if !encrypted {
        return Ok((conn, false));
    }
    let Some(key) = key else {
        return Err(Error::Locked { path: path.to_path_buf() });
    };
    conn.execute_batch(&key.pragma("main"))?;
    // A wrong key (or a file that is no database at all) shows only on the first read.
    if conn.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(())).is_err() {
        return Err(Error::WrongKey { path: path.to_path_buf() });
    }
    Ok((conn, true))
}
