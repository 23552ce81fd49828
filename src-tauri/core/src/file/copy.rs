//! Copying a whole journal into a new file (plain or encrypted) and proving the copy holds every
//! row: SQLCipher's `sqlcipher_export`, then the copy opened and checked page by page, index by
//! index and row by row against a [`Fingerprint`] of the source.

use std::fs;
use std::path::Path;

use rusqlite::types::ValueRef;
use rusqlite::{Connection, OpenFlags};
use sha2::{Digest, Sha256};

use super::disk::{remove_if_exists, remove_quietly, sibling};
use super::{create_private_file_if_missing, open_connection, DbKey};
use crate::{Error, Result};

/// Every row of every table, summed up: the row count per table and one hash over all rows
/// (order-independent), plus the header values a copy must carry over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    pub user_version: i64,
    pub application_id: i64,
    pub rows: Vec<(String, u64)>,
    pub hash: String,
}

/// `sqlcipher_export` of everything in `source` into a new file at `target` (encrypted with
/// `key`, or plain), with `user_version` and `application_id` set again. A failure removes it.
pub(crate) fn export(source: &Connection, target: &Path, key: Option<&DbKey>) -> Result<()> {
    remove_if_exists(target)?;
    remove_if_exists(&sibling(target, "-journal"))?;
    create_private_file_if_missing(target)?;
    let written = (|| {
        let attach_key = match key {
            Some(key) => key.attach_value(),
            None => zeroize::Zeroizing::new(String::new()),
        };
        source
            .execute("ATTACH DATABASE ?1 AS copy KEY ?2", [target.to_string_lossy().as_ref(), attach_key.as_str()])?;
        let exported = (|| {
            let header = |name: &str| source.query_row(&format!("PRAGMA main.{name}"), [], |r| r.get::<_, i64>(0));
            let (user_version, application_id) = (header("user_version")?, header("application_id")?);
            source.execute_batch("BEGIN")?;
            source.query_row("SELECT sqlcipher_export('copy')", [], |_| Ok(()))?;
            source.execute_batch(&format!(
                "PRAGMA copy.user_version = {user_version}; PRAGMA copy.application_id = {application_id}; COMMIT;"
            ))?;
            Ok::<_, Error>(())
        })();
        if exported.is_err() {
            let _ = source.execute_batch("ROLLBACK");
        }
        let detached = source.execute_batch("DETACH DATABASE copy");
        exported?;
        detached?;
        fs::File::open(target)?.sync_all()?;
        Ok(())
    })();
    if written.is_err() {
        remove_quietly(target);
    }
    written
}

/// Exports everything in `source` into a new file at `target` (encrypted with `key`, or plain)
/// and checks the copy holds every row. A failure removes it.
pub(crate) fn export_checked(source: &Connection, target: &Path, key: Option<&DbKey>) -> Result<()> {
    let expected = fingerprint(source)?;
    export(source, target, key)?;
    check_copy(target, key, &expected).inspect_err(|_| remove_quietly(target))
}

/// Opens the copy at `path` (with `key`, or plain) and checks it is whole and holds exactly what
/// `expected` describes.
pub(crate) fn check_copy(path: &Path, key: Option<&DbKey>, expected: &Fingerprint) -> Result<()> {
    let (conn, encrypted) = open_connection(path, OpenFlags::SQLITE_OPEN_READ_WRITE, key)?;
    if encrypted != key.is_some() {
        return Err(damaged(path, "the copy is not in the expected form"));
    }
    if encrypted {
        let problems: Vec<String> = conn
            .prepare("PRAGMA cipher_integrity_check")?
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<_>>()?;
        if !problems.is_empty() {
            return Err(damaged(path, &format!("cipher_integrity_check: {}", problems.join("; "))));
        }
    }
    let verdict: String = conn.query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))?;
    if verdict != "ok" {
        return Err(damaged(path, &format!("integrity_check: {verdict}")));
    }
    let fts: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for table in fts {
        let quoted = table.replace('"', "\"\"");
        conn.execute(&format!("INSERT INTO \"{quoted}\"(\"{quoted}\") VALUES ('integrity-check')"), [])
            .map_err(|e| damaged(path, &format!("full-text index: {e}")))?;
    }
    let found = fingerprint(&conn)?;
    if &found != expected {
        return Err(damaged(path, "the copy does not hold the same rows as the journal"));
    }
    drop(conn);
    fs::File::open(path)?.sync_all()?;
    Ok(())
}

/// See [`Fingerprint`].
pub fn fingerprint(conn: &Connection) -> Result<Fingerprint> {
    let header = |name: &str| conn.query_row(&format!("PRAGMA {name}"), [], |r| r.get::<_, i64>(0));
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND rootpage > 0 \
             AND name NOT LIKE 'sqlite_stat%' ORDER BY name",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut rows = Vec::new();
    let mut all = Sha256::new();
    for table in tables {
        let mut row_hashes = Vec::new();
        let mut statement = conn.prepare(&format!("SELECT * FROM \"{}\"", table.replace('"', "\"\"")))?;
        let columns = statement.column_count();
        let mut query = statement.query([])?;
        while let Some(row) = query.next()? {
            let mut hash = Sha256::new();
            for i in 0..columns {
                match row.get_ref(i)? {
                    ValueRef::Null => hash.update([0]),
                    ValueRef::Integer(n) => {
                        hash.update([1]);
                        hash.update(n.to_le_bytes());
                    }
                    ValueRef::Real(x) => {
                        hash.update([2]);
                        hash.update(x.to_bits().to_le_bytes());
                    }
                    ValueRef::Text(bytes) | ValueRef::Blob(bytes) => {
                        hash.update([3]);
                        hash.update((bytes.len() as u64).to_le_bytes());
                        hash.update(bytes);
                    }
                }
            }
            row_hashes.push(hash.finalize());
        }
        row_hashes.sort_unstable();
        all.update(table.as_bytes());
        all.update([0]);
        for hash in &row_hashes {
            all.update(hash);
        }
        rows.push((table, row_hashes.len() as u64));
    }
    Ok(Fingerprint {
        user_version: header("user_version")?,
        application_id: header("application_id")?,
        rows,
        hash: data_encoding::HEXLOWER.encode(&all.finalize()),
    })
}

fn damaged(path: &Path, detail: &str) -> Error {
    Error::Damaged { path: path.to_path_buf(), detail: detail.to_string() }
}
